#pragma once

#include "platforms/sandbox/PlatformEmulator.h"
#include "platforms/sandbox/SnapchatAdsApi.h"
#include "platforms/sandbox/SnapchatStatsApi.h"

namespace cf::sandbox {

// Snapchat Marketing API: OAuth on accounts.snapchat.com (https redirect
// only, secret required, refresh rotated, 3600 s tokens) and the discovery
// calls on adsapi.snapchat.com: /v1/me, /v1/me/organizations and
// /v1/organizations/{id}/adaccounts, in the request_status / sub_request
// envelope, and the ads routes (SnapchatAdsApi). Expired tokens get 401 with WWW-Authenticate; 429s carry no headers.
class SnapchatEmulator final : public PlatformEmulator
{
public:
    explicit SnapchatEmulator(SandboxContext &context)
        : PlatformEmulator(context)
        , m_ads(context)
    {
    }
    QList<HostRoute> routes() const override;
    SandboxReply handle(const SandboxRequest &request) override;
    SandboxReply faultReply(FaultKind kind, const FaultRule &rule, const SandboxRequest &request) override;
    void reset() override { m_ads.reset(); m_stats.reset(); }

private:
    SnapchatAdsApi m_ads;
    SnapchatStatsApi m_stats{m_context}; // tracking: /v1/{ads|adsquads|campaigns}/{id}/stats
};

} // namespace cf::sandbox
