#pragma once

#include "platforms/sandbox/SandboxClock.h"

#include <QString>

#include <map>

namespace cf::sandbox {

// The lifetime counters a published object shows in every emulator's
// statistics endpoint, all derived from its impressions so the numbers are
// consistent with each other (docs/sandbox.md, "Tracking numbers").
struct MetricCounters
{
    qint64 impressions = 0;
    qint64 reach = 0;       // 3/5
    qint64 clicks = 0;      // 1/25
    qint64 likes = 0;       // 1/20
    qint64 comments = 0;    // 1/100
    qint64 shares = 0;      // 1/200
    qint64 saved = 0;       // 1/250
    qint64 engagements = 0; // likes + comments + shares
    qint64 purchases = 0;   // 1/400
    qint64 videoViews = 0;  // 2/5
    qint64 spendCents = 0;  // 15.00 per 1,000 impressions, in hundredths of the account currency

    static MetricCounters fromImpressions(qint64 impressions);
    // "12.34" from spendCents.
    QString spendText() const;
};

// Deterministic statistics for sandbox objects: an object's impressions are
// base(id) * (h + 1), where h is the whole sandbox hours since this
// timeline first answered for that id (its "publish" as far as tracking can
// tell) and base(id) = 100 + FNV-1a(id) % 900. Tests assert exact values and
// see them grow by moving the sandbox clock. One timeline per emulator API.
class MetricsTimeline
{
public:
    explicit MetricsTimeline(const SandboxClock &clock)
        : m_clock(clock)
    {
    }
    // 100..999, from the id's UTF-8 bytes, the same in every run.
    static qint64 base(const QString &id);
    static qint64 impressionsAt(const QString &id, qint64 hours) { return base(id) * (hours + 1); }

    // The counters now; the first call for an id starts its clock.
    MetricCounters counters(const QString &id);
    void reset() { m_firstSeen.clear(); }

private:
    const SandboxClock &m_clock;
    std::map<QString, qint64> m_firstSeen; // id -> sandbox seconds
};

} // namespace cf::sandbox
