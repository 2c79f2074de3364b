#include "platforms/sandbox/SandboxMetrics.h"

#include <QtGlobal>

namespace cf::sandbox {

MetricCounters MetricCounters::fromImpressions(qint64 impressions)
{
    MetricCounters c;
    c.impressions = impressions;
    c.reach = impressions * 3 / 5;
    c.clicks = impressions / 25;
    c.likes = impressions / 20;
    c.comments = impressions / 100;
    c.shares = impressions / 200;
    c.saved = impressions / 250;
    c.engagements = c.likes + c.comments + c.shares;
    c.purchases = impressions / 400;
    c.videoViews = impressions * 2 / 5;
    c.spendCents = impressions * 3 / 2; // 15.00 per 1,000 impressions
    return c;
}

QString MetricCounters::spendText() const
{
    return QStringLiteral("%1.%2").arg(spendCents / 100).arg(spendCents % 100, 2, 10, QLatin1Char('0'));
}

qint64 MetricsTimeline::base(const QString &id)
{
    quint32 hash = 2166136261u;
    for (const char byte : id.toUtf8()) {
        hash ^= quint8(byte);
        hash *= 16777619u;
    }
    return 100 + qint64(hash % 900u);
}

MetricCounters MetricsTimeline::counters(const QString &id)
{
    const qint64 now = m_clock.nowSecs();
    const auto it = m_firstSeen.emplace(id, now).first;
    const qint64 hours = qMax<qint64>(0, (now - it->second) / 3600);
    return MetricCounters::fromImpressions(impressionsAt(id, hours));
}

} // namespace cf::sandbox
