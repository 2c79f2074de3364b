#include "models/store/MetricRepository.h"

#include "models/store/Database.h"
#include "models/store/RowSupport.h"

#include <QCoreApplication>

#include <cmath>

namespace cf {
namespace {

const QString kColumns = QStringLiteral("id, campaign_id, ad_set_id, content_id, platform, metric, value, sampled_at");

// The WHERE clause shared by series() and seriesTotals(); appends its bindings.
QString seriesWhere(qint64 campaignId, std::optional<Platform> platform, Metric metric, const QDateTime &fromUtc,
                    const QDateTime &toUtc, QVariantList &args)
{
    QString where = QStringLiteral("WHERE campaign_id = ? AND metric = ?");
    args << campaignId << enumId(metric);
    if (platform) {
        where += QStringLiteral(" AND platform = ?");
        args << platformId(*platform);
    }
    // Instants are stored in one fixed-width UTC format, so text order is time order.
    if (fromUtc.isValid()) {
        where += QStringLiteral(" AND sampled_at >= ?");
        args << sql::instantValue(fromUtc);
    }
    if (toUtc.isValid()) {
        where += QStringLiteral(" AND sampled_at <= ?");
        args << sql::instantValue(toUtc);
    }
    return where;
}

} // namespace

StoreStatus MetricRepository::append(const std::vector<MetricSample> &samples) const
{
    if (StoreStatus w = m_db.checkWritable(); w.isError())
        return w;
    for (const MetricSample &s : samples) {
        if (s.campaignId <= 0 || !s.sampledAt.isValid() || !std::isfinite(s.value))
            return StoreError::make(StoreError::Code::InvalidData,
                                    QCoreApplication::translate("cf::Database",
                                                                "A metric sample needs a campaign, a time and a number."),
                                    QStringLiteral("campaign %1, metric %2").arg(s.campaignId).arg(enumId(s.metric)));
    }
    if (samples.empty())
        return {};
    return sql::inTransaction(m_db.handle(), [&]() -> StoreStatus {
        QSqlQuery q(m_db.handle());
        for (const MetricSample &s : samples) {
            if (StoreStatus st = sql::exec(q,
                                           QStringLiteral("INSERT INTO metrics (campaign_id, ad_set_id, content_id, platform, "
                                                          "metric, value, sampled_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                           {s.campaignId, sql::optional(s.adSetId), sql::optional(s.contentItemId),
                                            platformId(s.platform), enumId(s.metric), s.value,
                                            sql::instantValue(s.sampledAt)});
                st.isError())
                return st;
        }
        return {};
    });
}

StoreResult<std::vector<MetricSample>> MetricRepository::latest(qint64 campaignId) const
{
    // NULL ad set / content ids form one partition each, as SQL window
    // partitions treat NULLs as equal: campaign-level samples stay separate.
    return select(QStringLiteral("SELECT ") + kColumns +
                      QStringLiteral(" FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY ad_set_id, content_id, platform, "
                                     "metric ORDER BY sampled_at DESC, id DESC) AS newest FROM metrics WHERE campaign_id = ?) "
                                     "WHERE newest = 1 ORDER BY platform, content_id, ad_set_id, metric"),
                  {campaignId});
}

StoreResult<std::vector<MetricSample>> MetricRepository::series(qint64 campaignId, std::optional<Platform> platform,
                                                                Metric metric, const QDateTime &fromUtc,
                                                                const QDateTime &toUtc) const
{
    QVariantList args;
    const QString where = seriesWhere(campaignId, platform, metric, fromUtc, toUtc, args);
    return select(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM metrics ") + where +
                      QStringLiteral(" ORDER BY sampled_at, id"),
                  args);
}

StoreResult<std::vector<MetricTotalPoint>> MetricRepository::seriesTotals(qint64 campaignId,
                                                                          std::optional<Platform> platform, Metric metric,
                                                                          const QDateTime &fromUtc,
                                                                          const QDateTime &toUtc) const
{
    if (StoreStatus r = m_db.checkReadable(); r.isError())
        return r;
    QVariantList args;
    const QString where = seriesWhere(campaignId, platform, metric, fromUtc, toUtc, args);
    QSqlQuery q(m_db.handle());
    q.setForwardOnly(true);
    if (StoreStatus s = sql::exec(q,
                                  QStringLiteral("SELECT sampled_at, SUM(value) FROM metrics ") + where +
                                      QStringLiteral(" GROUP BY sampled_at ORDER BY sampled_at"),
                                  args);
        s.isError())
        return s;
    std::vector<MetricTotalPoint> points;
    try {
        while (q.next())
            points.push_back({sql::instantColumn(q.value(0), "metrics.sampled_at"), q.value(1).toDouble()});
    } catch (const std::exception &e) {
        return sql::invalidData(QStringLiteral("metrics"), QString::fromUtf8(e.what()));
    }
    return points;
}

StoreResult<std::vector<qint64>> MetricRepository::campaignsWithSamples() const
{
    if (StoreStatus r = m_db.checkReadable(); r.isError())
        return r;
    QSqlQuery q(m_db.handle());
    q.setForwardOnly(true);
    if (StoreStatus s = sql::exec(q, QStringLiteral("SELECT DISTINCT campaign_id FROM metrics ORDER BY campaign_id"));
        s.isError())
        return s;
    std::vector<qint64> ids;
    while (q.next())
        ids.push_back(q.value(0).toLongLong());
    return ids;
}

StoreResult<std::vector<Platform>> MetricRepository::platformsWithSamples(qint64 campaignId) const
{
    if (StoreStatus r = m_db.checkReadable(); r.isError())
        return r;
    QSqlQuery q(m_db.handle());
    q.setForwardOnly(true);
    if (StoreStatus s = sql::exec(q,
                                  QStringLiteral("SELECT DISTINCT platform FROM metrics WHERE campaign_id = ? ORDER BY platform"),
                                  {campaignId});
        s.isError())
        return s;
    std::vector<Platform> platforms;
    try {
        while (q.next())
            platforms.push_back(sql::platformColumn(q.value(0)));
    } catch (const std::exception &e) {
        return sql::invalidData(QStringLiteral("metrics"), QString::fromUtf8(e.what()));
    }
    return platforms;
}

StoreResult<QDateTime> MetricRepository::lastSampledAt(qint64 campaignId) const
{
    if (StoreStatus r = m_db.checkReadable(); r.isError())
        return r;
    QSqlQuery q(m_db.handle());
    q.setForwardOnly(true);
    if (StoreStatus s = sql::exec(q, QStringLiteral("SELECT MAX(sampled_at) FROM metrics WHERE campaign_id = ?"), {campaignId});
        s.isError())
        return s;
    if (!q.next() || q.value(0).isNull())
        return QDateTime();
    try {
        return sql::instantColumn(q.value(0), "metrics.sampled_at");
    } catch (const std::exception &e) {
        return sql::invalidData(QStringLiteral("metrics"), QString::fromUtf8(e.what()));
    }
}

StoreResult<std::vector<MetricSample>> MetricRepository::select(const QString &statement, const QVariantList &args) const
{
    if (StoreStatus r = m_db.checkReadable(); r.isError())
        return r;
    QSqlQuery q(m_db.handle());
    q.setForwardOnly(true);
    if (StoreStatus s = sql::exec(q, statement, args); s.isError())
        return s;
    std::vector<MetricSample> rows;
    try {
        while (q.next()) {
            MetricSample m;
            m.id = q.value(0).toLongLong();
            m.campaignId = q.value(1).toLongLong();
            m.adSetId = sql::optionalId(q.value(2));
            m.contentItemId = sql::optionalId(q.value(3));
            m.platform = sql::platformColumn(q.value(4));
            m.metric = sql::enumColumn<Metric>(q.value(5), "metrics.metric");
            m.value = q.value(6).toDouble();
            m.sampledAt = sql::instantColumn(q.value(7), "metrics.sampled_at");
            rows.push_back(std::move(m));
        }
    } catch (const std::exception &e) {
        return sql::invalidData(QStringLiteral("metrics"), QString::fromUtf8(e.what()));
    }
    return rows;
}

} // namespace cf
