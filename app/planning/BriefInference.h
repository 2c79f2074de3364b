#pragma once

#include "app/planning/ParsedInstruction.h"
#include "app/planning/data/PlanningData.h"

#include <QCoreApplication>
#include <QDate>

#include <vector>

namespace cf {

// Fills every gap an instruction leaves (campaign type, objective, dates,
// currency, time zone, languages, audience) and records why, so the owner
// can see and correct each guess. Pure function of its inputs: the
// reference date stands in for "today".
class BriefInference
{
    Q_DECLARE_TR_FUNCTIONS(cf::BriefInference)

public:
    struct Result
    {
        CampaignBrief brief;
        std::vector<PlanInference> inferences;
        std::vector<PlanMessage> warnings;
        std::vector<PlanMessage> errors;
    };

    explicit BriefInference(const PlanningData &data) : m_data(data) {}
    Result infer(const ParsedInstruction &parsed, const QDate &referenceDate) const;

private:
    void resolvePlaces(const ParsedInstruction &parsed, Result &r) const;
    void resolveTypeAndObjective(const ParsedInstruction &parsed, const QDate &referenceDate, Result &r) const;
    void resolveDates(const ParsedInstruction &parsed, const QDate &referenceDate, Result &r) const;
    void resolveMoneyAndAudience(const ParsedInstruction &parsed, Result &r) const;

    const PlanningData &m_data;
};

// True when the text contains Arabic letters.
bool containsArabic(const QString &text);

} // namespace cf
