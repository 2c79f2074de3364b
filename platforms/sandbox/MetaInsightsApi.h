#pragma once

#include "platforms/sandbox/MetaGraphSupport.h"
#include "platforms/sandbox/PlatformEmulator.h"
#include "platforms/sandbox/SandboxMetrics.h"

#include <map>

namespace cf::sandbox {

// GET /{id}/insights on graph.facebook.com for ads (Marketing API: fields=
// impressions,reach,clicks,spend,actions; numbers as strings, spend in the
// account currency's major units), Page posts (metric=post_*) and Instagram
// media (metric=views,reach,likes,...), with lifetime values.
//
// The numbers come from the shared MetricsTimeline (deterministic per id and
// sandbox hour; docs/sandbox.md).
class MetaInsightsApi
{
public:
    explicit MetaInsightsApi(SandboxContext &context)
        : m_context(context)
        , m_timeline(context.clock)
    {
    }
    // nullopt when the call is not an insights read.
    std::optional<SandboxReply> handle(MetaCall &call);
    void reset() { m_timeline.reset(); }

private:
    SandboxReply adInsights(const MetaCall &call, const MetricCounters &c) const;
    SandboxReply lifetimeInsights(const MetaCall &call, const QString &id, const MetricCounters &c) const;

    SandboxContext &m_context;
    MetricsTimeline m_timeline;
};

} // namespace cf::sandbox
