#pragma once

#include "platforms/sandbox/PlatformEmulator.h"
#include "platforms/sandbox/SandboxMetrics.h"

namespace cf::sandbox {

// GET /v1/{campaigns|adsquads|ads}/{id}/stats on adsapi.snapchat.com
// (../shared/platforms/ads.md 3.8), called by SnapchatEmulator once the
// Bearer token is valid. Checked: granularity (TOTAL; DAY and HOUR also
// need start_time and end_time, and are refused by the sandbox, which keeps
// lifetime totals only) and fields among the documented stats. Answers the
// total_stats envelope with numbers (spend in micro-currency) from the
// shared MetricsTimeline; a refused request is HTTP 400 with E2002.
class SnapchatStatsApi
{
public:
    explicit SnapchatStatsApi(SandboxContext &context)
        : m_timeline(context.clock)
    {
    }
    static bool handles(const QString &path);
    SandboxReply handle(const SandboxRequest &request);
    void reset() { m_timeline.reset(); }

private:
    MetricsTimeline m_timeline;
};

} // namespace cf::sandbox
