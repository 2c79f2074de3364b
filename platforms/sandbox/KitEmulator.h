#pragma once

#include "platforms/sandbox/PlatformEmulator.h"

namespace cf::sandbox {

// Kit (ConvertKit) API v4 on api.kit.com: OAuth authorize with optional
// S256 PKCE, token endpoint taking JSON (or form) with a secret or, for
// public apps, the code_verifier alone; refresh rotates; GET /v4/account and
// POST /v4/broadcasts (draft or scheduled). Errors are {"errors":[...]}.
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
    void reset() override { m_nextBroadcast = 21; }

private:
    SandboxReply createBroadcast(const SandboxRequest &request);
    qint64 m_nextBroadcast = 21;
};

} // namespace cf::sandbox
