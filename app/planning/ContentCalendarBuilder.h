#pragma once

#include "app/planning/data/PlanningData.h"

#include <QCoreApplication>

#include <vector>

namespace cf {

// Turns a campaign template into dated content items: the template's phases
// are stretched or shrunk to the flight, each platform in a phase's platform
// groups gets the phase's content types that it can carry (e-mails only on
// Mailchimp and Kit, blog posts only on WordPress), at the phase's frequency
// times the platform's volume, capped per week where the platform says so.
class ContentCalendarBuilder
{
    Q_DECLARE_TR_FUNCTIONS(cf::ContentCalendarBuilder)

public:
    struct Result
    {
        std::vector<PhasePlan> phases;
        std::vector<PlannedItem> items;
        std::vector<PlanMessage> warnings;
    };

    explicit ContentCalendarBuilder(const PlanningData &data) : m_data(data) {}
    Result build(const CampaignBrief &brief) const;

    // The template's phases laid over `flight` (largest-remainder rounding;
    // a phase that gets no day is left out).
    static std::vector<PhasePlan> layPhases(const CampaignTemplate &tpl, const DateRange &flight);
    // The content types of `phase` that `platform` can publish, in template order.
    QStringList contentTypesFor(const QString &platform, const QStringList &phaseTypes) const;
    // The formats of a content type that a platform supports, in preference order.
    QStringList formatsFor(const QString &platform, const QString &contentType) const;

private:
    QString themeFor(const CampaignBrief &brief, const PhasePlan &phase, const QDate &date, int counter) const;

    const PlanningData &m_data;
};

} // namespace cf
