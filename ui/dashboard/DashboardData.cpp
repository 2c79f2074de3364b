#include "ui/dashboard/DashboardData.h"

#include "models/store/AdSetRepository.h"
#include "models/store/CampaignRepository.h"
#include "models/store/Database.h"
#include "models/store/MetricRepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace cf {
namespace {

QString readError(const StoreError &error)
{
    return QCoreApplication::translate("cf::DashboardPage", "The results could not be read: %1").arg(error.fullText());
}

} // namespace

DashboardData DashboardData::load(const QString &path, qint64 campaignId)
{
    DashboardData data;
    // QtSql connections must not cross threads: this worker opens its own.
    Database db;
    DatabaseOptions options;
    options.createIfMissing = false;
    options.migrate = false;
    if (!db.open(path, Database::connectionNameForCurrentThread(QStringLiteral("cf-dashboard")), options)) {
        data.error = readError(db.error());
        return data;
    }
    const CampaignRepository campaigns(db);
    const MetricRepository metrics(db);
    auto list = campaigns.list();
    if (!list) {
        data.error = readError(list.error());
        return data;
    }
    auto measured = metrics.campaignsWithSamples();
    if (!measured) {
        data.error = readError(measured.error());
        return data;
    }
    const std::vector<qint64> &withResults = measured.value();
    for (const Campaign &campaign : list.value()) {
        const bool has = std::find(withResults.begin(), withResults.end(), campaign.id) != withResults.end();
        data.campaigns.push_back({campaign.id, campaign.name, has});
    }
    const auto chosen = std::find_if(list->begin(), list->end(), [campaignId](const Campaign &c) { return c.id == campaignId; });
    if (chosen != list->end()) {
        data.campaign = *chosen;
    } else {
        const auto firstMeasured = std::find_if(data.campaigns.begin(), data.campaigns.end(),
                                                [](const DashboardCampaignChoice &c) { return c.hasResults; });
        if (firstMeasured != data.campaigns.end())
            data.campaign = *std::find_if(list->begin(), list->end(), [&](const Campaign &c) { return c.id == firstMeasured->id; });
        else if (!list->empty())
            data.campaign = list->front();
        else
            return data;
    }
    data.campaignId = data.campaign.id;

    auto adSets = AdSetRepository(db).listForCampaign(data.campaignId);
    if (!adSets) {
        data.error = readError(adSets.error());
        return data;
    }
    data.adSets = std::move(adSets.value());
    std::vector<MetricSample> samples;
    for (const auto &[metric, id] : EnumIdTable<Metric>::entries) {
        Q_UNUSED(id);
        auto part = metrics.series(data.campaignId, std::nullopt, metric, QDateTime(), QDateTime());
        if (!part) {
            data.error = readError(part.error());
            return data;
        }
        samples.insert(samples.end(), part->begin(), part->end());
    }
    data.series = MetricsSeries(samples);
    data.lastSampledUtc = data.series.lastSampleUtc();
    return data;
}

} // namespace cf
