#pragma once

#include "platforms/sandbox/FacebookPagesApi.h"
#include "platforms/sandbox/InstagramApi.h"
#include "platforms/sandbox/MetaAdsApi.h"
#include "platforms/sandbox/MetaInsightsApi.h"
#include "platforms/sandbox/MetaGraphSupport.h"
#include "platforms/sandbox/PlatformEmulator.h"

namespace cf::sandbox {

// www.facebook.com (login dialog) and graph.facebook.com: OAuth code and
// long-lived exchanges, me, me/accounts with Page tokens, me/adaccounts,
// permissions, then Facebook Pages, Instagram (Facebook login) and Marketing
// API calls handed to their own classes; rupload.facebook.com (Instagram's
// video upload host) goes to InstagramApi::upload.
class MetaGraphEmulator final : public PlatformEmulator
{
public:
    explicit MetaGraphEmulator(SandboxContext &context);

    QList<HostRoute> routes() const override;
    SandboxReply handle(const SandboxRequest &request) override;
    SandboxReply faultReply(FaultKind kind, const FaultRule &rule, const SandboxRequest &request) override;
    void reset() override;

    static constexpr qint64 kShortLivedSecs = 2 * 3600;
    static constexpr qint64 kLongLivedSecs = 5183944;
    static constexpr int kOldestVersion = 18;
    static constexpr int kNewestVersion = 25;

private:
    SandboxReply handleGraph(const SandboxRequest &request);
    SandboxReply accessToken(MetaCall &call);
    SandboxReply me(MetaCall &call);
    SandboxReply meAccounts(MetaCall &call);
    SandboxReply meAdAccounts(MetaCall &call);
    SandboxReply permissions(MetaCall &call);
    SandboxReply page(MetaCall &call, const SandboxSeed::Page &page);
    AuthorizeProfile authorizeProfile() const;
    bool appSecretProofValid(const MetaCall &call) const;

    FacebookPagesApi m_pages;
    InstagramApi m_instagram;
    MetaAdsApi m_ads;
    MetaInsightsApi m_insights{m_context}; // tracking: /{id}/insights
};

} // namespace cf::sandbox
