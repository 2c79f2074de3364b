#pragma once

// Runs MetricsReaders against a campaignforge-sandbox child process and
// computes the numbers the sandbox must answer (docs/sandbox.md, "Tracking
// numbers"), independently of the sandbox's own code.

#include "../publishing/AdsTestSupport.h"

#include "platforms/metrics/MetricsReaders.h"

#include <QDateTime>

namespace cf::test {

// Impressions of an object whose statistics were first read `hours` sandbox hours ago.
inline qint64 sandboxImpressions(const QString &id, qint64 hours)
{
    quint32 hash = 2166136261u;
    for (const char byte : id.toUtf8()) {
        hash ^= quint8(byte);
        hash *= 16777619u;
    }
    return (100 + qint64(hash % 900u)) * (hours + 1);
}

inline MetricsResult readMetrics(MetricsReader &reader, const MetricsQuery &query)
{
    QObject context;
    std::optional<MetricsResult> result;
    reader.readMetrics(query, &context, [&result](const MetricsResult &r) { result = r; });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, 20000);
    if (!result) {
        MetricsResult none;
        none.ok = false;
        none.failure.platformMessage = QStringLiteral("no answer within 20 s");
        return none;
    }
    return *result;
}

inline StatusResult readStatus(MetricsReader &reader, const MetricsQuery &query)
{
    QObject context;
    std::optional<StatusResult> result;
    reader.readStatus(query, &context, [&result](const StatusResult &r) { result = r; });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, 20000);
    if (!result) {
        StatusResult none;
        none.ok = false;
        return none;
    }
    return *result;
}

inline MetricsQuery adsQuery(Platform platform, const QString &accountId, const QString &token, std::vector<QString> ids)
{
    MetricsQuery query;
    query.connection.platform = platform;
    query.connection.kind = ConnectionKind::AdAccount;
    query.connection.accountId = accountId;
    query.parentConnection = query.connection;
    query.accessToken = token;
    query.ads = true;
    query.externalIds = std::move(ids);
    return query;
}

inline UtcNow systemNow()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

} // namespace cf::test
