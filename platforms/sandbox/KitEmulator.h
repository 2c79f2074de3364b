#pragma once

#include "platforms/sandbox/EmailStatsApi.h"
#include "platforms/sandbox/PlatformEmulator.h"

#include <map>

namespace cf::sandbox {

// Kit (ConvertKit) API v4 on api.kit.com: OAuth authorize with optional
// S256 PKCE, token endpoint taking JSON (or form) with a secret or, for
// public apps, the code_verifier alone; refresh rotates; GET /v4/account;
// POST /v4/broadcasts (draft or scheduled), GET /v4/broadcasts (newest
// first, cursor pagination), GET and DELETE /v4/broadcasts/{id}. Errors are {"errors":[...]}.
class KitEmulator final : public PlatformEmulator
{
public:
    explicit KitEmulator(SandboxContext &context)
        : PlatformEmulator(context)
    {
    }
    QList<HostRoute> routes() const override;
    SandboxReply handle(const SandboxRequest &request) override;
    SandboxReply faultReply(FaultKind kind, const FaultRule &rule, const SandboxRequest &request) override;
    void reset() override
    {
        m_nextBroadcast = 21;
        m_broadcasts.clear();
        m_stats.reset();
    }

private:
    SandboxReply createBroadcast(const SandboxRequest &request);
    SandboxReply listBroadcasts(const SandboxRequest &request) const;
    SandboxReply oneBroadcast(const SandboxRequest &request);
    qint64 m_nextBroadcast = 21;
    std::map<qint64, Json> m_broadcasts;
    EmailStatsApi m_stats{m_context}; // tracking: /v4/broadcasts/{id}/stats
};

} // namespace cf::sandbox
