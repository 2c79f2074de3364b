#pragma once

#include "models/domain/MetricSample.h"
#include "models/store/StoreError.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <vector>

namespace cf {

class Database;

// One line of the results file: one measured (cumulative) value.
struct MetricsCsvRow
{
    QString campaign;
    Platform platform = Platform::Facebook;
    QString itemOrAdSet; // the content item's title or the ad set's name; empty for the whole campaign
    Metric metric = Metric::Impressions;
    QDateTime sampledAtUtc;
    double value = 0;

    friend bool operator==(const MetricsCsvRow &, const MetricsCsvRow &) = default;
};

// A campaign's measured results as CSV for spreadsheets: columns campaign,
// platform, item_or_ad_set, metric, time_utc, value; platform and metric as
// their stable ids (spend_minor is in the currency's minor units, as stored),
// times as ISO 8601 UTC. RFC 4180: CRLF line ends, fields with a comma,
// quote or line break in double quotes with quotes doubled. UTF-8 with a
// byte-order mark, which is what makes Excel read Arabic names correctly.
class MetricsCsvExport
{
public:
    // Every sample of the campaign, oldest first, with names resolved (the
    // content item's title in the current UI language, else the other one).
    static StoreResult<std::vector<MetricsCsvRow>> load(const Database &database, qint64 campaignId);

    static QByteArray toCsv(const std::vector<MetricsCsvRow> &rows);
    // One field, quoted only when it has to be.
    static QString field(const QString &text);

    // Writes the bytes to path (atomically: a failed write leaves no half
    // file). On failure *error (if given) gets a translated sentence that
    // names the file.
    static bool writeFile(const QString &path, const QByteArray &csv, QString *error);
};

} // namespace cf
