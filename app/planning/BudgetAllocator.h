#pragma once

#include "app/planning/data/PlanningData.h"

#include <QCoreApplication>

#include <map>
#include <optional>
#include <vector>

namespace cf {

// Splits a total or daily budget across the paid channels (Meta for Facebook
// and Instagram placements, TikTok, Snapchat) by the objective's weights,
// enforces each platform's minimum budgets (resources/data/ad_minimums.json,
// from ads.md) and converts amounts to each platform's unit.
//
// It adapts before it refuses: a channel whose share is below its minimum is
// topped up from the others; a channel that cannot fund several ad sets for
// the whole flight gets one; one that cannot fund the whole flight gets a
// shorter flight, placed on the template's paid-focus phase. Only when the
// total cannot cover every channel's shortest viable flight does it fail with
// insufficient_budget, naming the minimum and what would fix it.
class BudgetAllocator
{
    Q_DECLARE_TR_FUNCTIONS(cf::BudgetAllocator)

public:
    struct Result
    {
        BudgetPlan plan;
        std::vector<PlanMessage> warnings;
        std::vector<PlanMessage> errors;
    };

    explicit BudgetAllocator(const PlanningData &data) : m_data(data) {}

    // desiredAdSets: how many ad sets each channel's audience split asks for.
    Result allocate(const CampaignBrief &brief, const DateRange &paidFocus,
                    const std::map<QString, int> &desiredAdSets) const;

    // "meta", "tiktok", "snapchat" for the paid-capable platforms chosen, in that order.
    static QStringList paidChannels(const QStringList &platforms);
    static QStringList channelPlatforms(const QString &channel, const QStringList &platforms);

    // Smallest daily budget one ad set may have, in `currency` (rounded up to
    // the currency's minor unit); nullopt when the currency is unknown.
    std::optional<double> minimumDailyPerAdSet(const QString &channel, const QString &objective,
                                               const QString &currency) const;
    // Smallest budget a whole campaign may have (TikTok only; 0 elsewhere).
    std::optional<double> minimumCampaign(const QString &channel, const QString &currency) const;
    // `amount` in the platform's unit: Meta minor units, TikTok decimals, Snapchat micro.
    QJsonValue apiAmount(const QString &channel, double amount, const QString &currency) const;
    static QString apiUnit(const QString &channel);

private:
    double roundMoney(double amount, const QString &currency) const;
    std::vector<double> share(double total, const QStringList &channels, const std::vector<double> &floors,
                              const QString &objective) const;

    const PlanningData &m_data;
};

} // namespace cf
