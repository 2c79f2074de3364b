#pragma once

#include "platforms/sandbox/EmailStatsApi.h"
#include "platforms/sandbox/MailchimpCampaigns.h"
#include "platforms/sandbox/PlatformEmulator.h"

namespace cf::sandbox {

// Mailchimp: OAuth on login.mailchimp.com (no scopes, no PKCE, no refresh,
// tokens that never expire), oauth2/metadata with "Authorization: OAuth"
// (an invalid token gets HTTP 200 {"error":"invalid_token"}), and the
// Marketing API 3.0 on every {dc}.api.mailchimp.com, served under /mailchimp:
// root, ping, lists and campaigns (MailchimpCampaigns). Errors are application/problem+json.
class MailchimpEmulator final : public PlatformEmulator
{
public:
    explicit MailchimpEmulator(SandboxContext &context)
        : PlatformEmulator(context)
        , m_campaigns(context)
    {
    }
    QList<HostRoute> routes() const override;
    SandboxReply handle(const SandboxRequest &request) override;
    SandboxReply faultReply(FaultKind kind, const FaultRule &rule, const SandboxRequest &request) override;
    void reset() override { m_campaigns.reset(); m_stats.reset(); }

private:
    SandboxReply marketing(const SandboxRequest &request);
    MailchimpCampaigns m_campaigns;
    EmailStatsApi m_stats{m_context}; // tracking: /3.0/reports/{id}
};

} // namespace cf::sandbox
