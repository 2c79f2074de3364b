#pragma once

// An AI-optimised campaign with measured history, for the optimiser suites:
// eight Facebook posts already out on 1-4 December 2026 at 09:00 and 19:00
// Riyadh time (posts at 19:00 engage 6 %, at 09:00 2 %), and two Meta ad
// sets of 100.00 SAR a day whose ads have spent and converted.

#include "models/domain/AdSet.h"
#include "models/domain/MetricSample.h"
#include "models/store/AdSetRepository.h"
#include "models/store/MetricRepository.h"
#include "tests/app/publishing/PublishFixture.h"

#include <QTimeZone>

namespace cf::test {

// A wall-clock time in Riyadh (UTC+3) as UTC.
inline QDateTime riyadh(const QDate &date, int hour, int minute = 0)
{
    return QDateTime(date, QTime(hour, minute), QTimeZone("Asia/Riyadh")).toUTC();
}
inline QDateTime riyadh(int decemberDay, int hour, int minute = 0)
{
    return riyadh(QDate(2026, 12, decemberDay), hour, minute);
}

class OptimiserFixture : public PublishFixture
{
public:
    // The history starts on firstDay (4 days); ad results are measured on the last.
    explicit OptimiserFixture(const QString &connectionName, const QDate &firstDay = QDate(2026, 12, 1))
        : PublishFixture(connectionName, AutomationLevel::AiOptimized)
    {
        if (!ok())
            return;
        auto campaign = CampaignRepository(db).find(campaignId);
        Campaign c = *campaign;
        c.objective = Objective::Sales;
        m_seeded = !CampaignRepository(db).update(c).isError();
        std::vector<MetricSample> samples;
        m_lastDay = firstDay.addDays(3);
        for (QDate day = firstDay; day <= m_lastDay; day = day.addDays(1)) {
            for (auto [hour, engaged] : {std::pair{9, 4.0}, std::pair{19, 12.0}}) {
                const qint64 id = addPublished(riyadh(day, hour));
                samples.push_back(sample(id, std::nullopt, Metric::Impressions, 200, riyadh(day, hour).addDays(1)));
                samples.push_back(sample(id, std::nullopt, Metric::Engagements, engaged, riyadh(day, hour).addDays(1)));
            }
        }
        m_seeded = m_seeded && !MetricRepository(db).append(samples).isError();
    }

    bool seeded() const { return ok() && m_seeded; }

    qint64 addPublished(const QDateTime &when)
    {
        const qint64 id = addItem(when);
        auto item = ContentRepository(db).find(id);
        ContentItem published = *item;
        published.publishState = PublishState::Published;
        ContentRepository(db).update(published);
        return id;
    }

    // A Meta ad set of `budgetMinor` halalas a day with one ad that spent
    // `spendMinor` and converted `conversions` times; returns the ad set id.
    qint64 addAdSet(const QString &name, qint64 budgetMinor, double spendMinor, double conversions)
    {
        AdSet a;
        a.campaignId = campaignId;
        a.platform = Platform::Facebook;
        a.name = name;
        a.platformObjective = QStringLiteral("OUTCOME_SALES");
        a.budget = {{budgetMinor, QStringLiteral("SAR")}, BudgetPeriod::Daily};
        auto id = AdSetRepository(db).insert(a);
        if (!id)
            return 0;
        ContentItem ad;
        ad.campaignId = campaignId;
        ad.adSetId = *id;
        ad.platform = Platform::Facebook;
        ad.contentType = ContentType::ImagePost;
        ad.scheduledUtc = riyadh(m_lastDay.addDays(-3), 12);
        ad.approval = ApprovalState::Approved;
        ad.publishState = PublishState::Published;
        auto adId = ContentRepository(db).insert(ad);
        if (!adId)
            return 0;
        MetricRepository(db).append({sample(*adId, *id, Metric::SpendMinor, spendMinor, riyadh(m_lastDay, 23)),
                                     sample(*adId, *id, Metric::Conversions, conversions, riyadh(m_lastDay, 23))});
        return *id;
    }

    qint64 budgetOf(qint64 adSetId) { return AdSetRepository(db).find(adSetId)->budget.amount.minor; }
    QDateTime timeOf(qint64 itemId) { return ContentRepository(db).find(itemId)->scheduledUtc; }

    MetricSample sample(qint64 item, std::optional<qint64> adSet, Metric metric, double value, const QDateTime &at) const
    {
        MetricSample s;
        s.campaignId = campaignId;
        s.contentItemId = item;
        s.adSetId = adSet;
        s.platform = Platform::Facebook;
        s.metric = metric;
        s.value = value;
        s.sampledAt = at;
        return s;
    }

private:
    bool m_seeded = false;
    QDate m_lastDay;
};

} // namespace cf::test
