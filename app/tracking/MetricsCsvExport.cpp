#include "app/tracking/MetricsCsvExport.h"

#include "models/store/AdSetRepository.h"
#include "models/store/CampaignRepository.h"
#include "models/store/ContentRepository.h"
#include "models/store/MetricRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QSaveFile>

#include <algorithm>
#include <map>
#include <tuple>

namespace cf {
namespace {

QString preferredTitle(const ContentItem &item)
{
    const bool arabic = QLocale().language() == QLocale::Arabic;
    const QString &preferred = arabic ? item.title.ar : item.title.en;
    const QString &other = arabic ? item.title.en : item.title.ar;
    if (!preferred.isEmpty())
        return preferred;
    if (!other.isEmpty())
        return other;
    return QStringLiteral("#%1").arg(item.id);
}

} // namespace

StoreResult<std::vector<MetricsCsvRow>> MetricsCsvExport::load(const Database &database, qint64 campaignId)
{
    auto campaign = CampaignRepository(database).find(campaignId);
    if (!campaign)
        return campaign.error();
    auto adSets = AdSetRepository(database).listForCampaign(campaignId);
    if (!adSets)
        return adSets.error();
    auto items = ContentRepository(database).listForCampaign(campaignId);
    if (!items)
        return items.error();
    std::map<qint64, QString> adSetNames;
    for (const AdSet &adSet : adSets.value())
        adSetNames[adSet.id] = adSet.name;
    std::map<qint64, QString> itemTitles;
    for (const ContentItem &item : items.value())
        itemTitles[item.id] = preferredTitle(item);

    const MetricRepository metrics(database);
    std::vector<MetricsCsvRow> rows;
    for (const auto &[metric, id] : EnumIdTable<Metric>::entries) {
        Q_UNUSED(id);
        auto samples = metrics.series(campaignId, std::nullopt, metric, QDateTime(), QDateTime());
        if (!samples)
            return samples.error();
        for (const MetricSample &sample : samples.value()) {
            MetricsCsvRow row;
            row.campaign = campaign->name;
            row.platform = sample.platform;
            row.metric = sample.metric;
            row.sampledAtUtc = sample.sampledAt.toUTC();
            row.value = sample.value;
            // An ad is a content item with an ad set: the item says more.
            if (sample.contentItemId) {
                const auto found = itemTitles.find(*sample.contentItemId);
                row.itemOrAdSet = found != itemTitles.end() ? found->second
                                                            : QStringLiteral("#%1").arg(*sample.contentItemId);
            } else if (sample.adSetId) {
                const auto found = adSetNames.find(*sample.adSetId);
                row.itemOrAdSet = found != adSetNames.end() ? found->second
                                                            : QStringLiteral("#%1").arg(*sample.adSetId);
            }
            rows.push_back(std::move(row));
        }
    }
    std::stable_sort(rows.begin(), rows.end(), [](const MetricsCsvRow &a, const MetricsCsvRow &b) {
        return std::tuple(a.sampledAtUtc, int(a.platform), a.itemOrAdSet, int(a.metric))
            < std::tuple(b.sampledAtUtc, int(b.platform), b.itemOrAdSet, int(b.metric));
    });
    return rows;
}

QString MetricsCsvExport::field(const QString &text)
{
    const bool needsQuotes = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return text;
    QString escaped = text;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QByteArray MetricsCsvExport::toCsv(const std::vector<MetricsCsvRow> &rows)
{
    QString text = QStringLiteral("campaign,platform,item_or_ad_set,metric,time_utc,value\r\n");
    for (const MetricsCsvRow &row : rows) {
        const QStringList fields{
            field(row.campaign),
            platformId(row.platform),
            field(row.itemOrAdSet),
            enumId(row.metric),
            row.sampledAtUtc.toUTC().toString(Qt::ISODate),
            // Always a dot: the file is for programs as much as for people.
            QString::number(row.value, 'g', 15),
        };
        text += fields.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

bool MetricsCsvExport::writeFile(const QString &path, const QByteArray &csv, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(csv) == csv.size() && file.commit())
        return true;
    if (error) {
        *error = QCoreApplication::translate("cf::MetricsCsvExport", "The results could not be saved to %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return false;
}

} // namespace cf
