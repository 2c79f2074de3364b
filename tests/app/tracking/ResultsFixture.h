#pragma once

// Measured results for the dashboard and export suites: a campaign with an
// ad set and posts on Instagram and TikTok in a temporary database, and
// deterministic cumulative samples that grow like real insights do.
#include "models/domain/MetricSample.h"
#include "models/store/AdSetRepository.h"
#include "models/store/CampaignRepository.h"
#include "models/store/ContentRepository.h"
#include "models/store/MetricRepository.h"
#include "tests/models/StoreFixture.h"

#include <cmath>
#include <optional>
#include <vector>

namespace cf::test {

// One counter to seed: an ad set's or a post's results on one platform.
struct ResultsSeedEntity
{
    Platform platform = Platform::Instagram;
    std::optional<qint64> adSetId;
    std::optional<qint64> contentItemId;
    double impressionsPerDay = 1000;
    bool paid = false; // paid results also report spend
};

// Cumulative samples every stepHours from startUtc for `days` days: the
// day's additions vary smoothly (a weekly-looking wave) but never shrink, and
// reach, clicks, conversions and spend follow impressions at fixed rates.
inline std::vector<MetricSample> generatedResults(qint64 campaignId, const std::vector<ResultsSeedEntity> &entities,
                                                  const QDateTime &startUtc, int days, int stepHours = 6)
{
    std::vector<MetricSample> samples;
    const int steps = days * 24 / stepHours;
    for (size_t e = 0; e < entities.size(); ++e) {
        const ResultsSeedEntity &entity = entities[e];
        double impressions = 0;
        for (int k = 1; k <= steps; ++k) {
            const double wave = 1.0 + 0.45 * std::sin(double(k) * stepHours / 24.0 * 0.9 + double(e));
            impressions += entity.impressionsPerDay * stepHours / 24.0 * wave;
            const QDateTime at = startUtc.addSecs(qint64(k) * stepHours * 3600);
            const double shown = std::floor(impressions);
            const std::pair<Metric, double> values[] = {
                {Metric::Impressions, shown},
                {Metric::Reach, std::floor(shown * 0.62)},
                {Metric::Clicks, std::floor(shown * 0.014)},
                {Metric::Conversions, std::floor(shown * 0.0009)},
                {Metric::SpendMinor, entity.paid ? std::floor(shown * 1.6) : -1.0}, // 16 SAR per 1,000
            };
            for (const auto &[metric, value] : values) {
                if (value < 0)
                    continue;
                MetricSample s;
                s.campaignId = campaignId;
                s.platform = entity.platform;
                s.adSetId = entity.adSetId;
                s.contentItemId = entity.contentItemId;
                s.metric = metric;
                s.value = value;
                s.sampledAt = at;
                samples.push_back(s);
            }
        }
    }
    return samples;
}

// A database holding one campaign whose name needs CSV quoting, an Instagram
// ad set, an Arabic-titled Instagram post and a TikTok post.
class ResultsFixture : public StoreFixture
{
public:
    explicit ResultsFixture(const QString &connection) : StoreFixture(connection)
    {
        if (!ok())
            return;
        Campaign c = sampleCampaign(QStringLiteral("Ramadan sale, \"Eid\" edition"));
        c.estimated.impressions = {40000, 60000};
        c.estimated.reach = {25000, 35000};
        c.estimated.clicks = {500, 900};
        c.estimated.conversions = {20, 60};
        auto campaign = CampaignRepository(db).insert(c);
        campaignId = campaign ? *campaign : 0;
        AdSet adSet;
        adSet.campaignId = campaignId;
        adSet.platform = Platform::Instagram;
        adSet.name = QStringLiteral("نساء ٢٥-٤٠ الرياض");
        adSet.budget = {{60000, QStringLiteral("SAR")}, BudgetPeriod::Total};
        auto adSetRow = AdSetRepository(db).insert(adSet);
        adSetId = adSetRow ? *adSetRow : 0;
        const ContentRepository content(db);
        ContentItem post = sampleItem(campaignId, utcAt(2, 18, 9), Platform::Instagram);
        post.title = {QStringLiteral("عرض رمضان\nخصم ٣٠٪"), QString()}; // Arabic only, with a line break
        auto postRow = content.insert(post);
        instagramPostId = postRow ? *postRow : 0;
        ContentItem clip = sampleItem(campaignId, utcAt(2, 18, 9), Platform::TikTok);
        clip.title = {QString(), QStringLiteral("Ramadan lookbook")};
        auto clipRow = content.insert(clip);
        tiktokPostId = clipRow ? *clipRow : 0;
        m_seeded = campaign && adSetRow && postRow && clipRow;
    }

    bool seeded() const { return ok() && m_seeded; }

    // The three counters of this campaign, as results to generate.
    std::vector<ResultsSeedEntity> entities() const
    {
        return {{Platform::Instagram, adSetId, std::nullopt, 2400, true},
                {Platform::Instagram, std::nullopt, instagramPostId, 900, false},
                {Platform::TikTok, std::nullopt, tiktokPostId, 1600, false}};
    }

    bool append(const std::vector<MetricSample> &samples) const
    {
        return !MetricRepository(db).append(samples).isError();
    }

    qint64 campaignId = 0;
    qint64 adSetId = 0;
    qint64 instagramPostId = 0;
    qint64 tiktokPostId = 0;

private:
    bool m_seeded = false;
};

} // namespace cf::test
