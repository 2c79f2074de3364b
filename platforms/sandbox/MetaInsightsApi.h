#pragma once

#include "platforms/sandbox/MetaGraphSupport.h"
#include "platforms/sandbox/PlatformEmulator.h"

#include <map>

namespace cf::sandbox {

// GET /{id}/insights on graph.facebook.com for ads (Marketing API: fields=
// impressions,reach,clicks,spend,actions; numbers as strings, spend in the
// account currency's major units), Page posts (metric=post_*) and Instagram
// media (metric=views,reach,likes,...), with lifetime values.
//
// The numbers are a deterministic function of the object id and of whole
// hours since the sandbox first answered for it (its "publish" as far as
// tracking can tell), so tests can assert exact values and see them grow by
// moving the sandbox clock: see insightsBase() and docs/sandbox.md.
class MetaInsightsApi
{
public:
    explicit MetaInsightsApi(SandboxContext &context)
        : m_context(context)
    {
    }
    // nullopt when the call is not an insights read.
    std::optional<SandboxReply> handle(MetaCall &call);
    void reset() { m_firstSeen.clear(); }

    // 100..999, from the id's characters (FNV-1a), the same in every run.
    static qint64 insightsBase(const QString &id);
    // Impressions after `hours` whole hours: base * (hours + 1).
    static qint64 impressionsAt(const QString &id, qint64 hours) { return insightsBase(id) * (hours + 1); }

private:
    qint64 hoursSinceFirstSeen(const QString &id);
    SandboxReply adInsights(const MetaCall &call, const QString &id, qint64 hours) const;
    SandboxReply lifetimeInsights(const MetaCall &call, const QString &id, qint64 hours) const;

    SandboxContext &m_context;
    std::map<QString, qint64> m_firstSeen; // id -> sandbox seconds
};

} // namespace cf::sandbox
