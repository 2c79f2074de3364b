#pragma once

#include "platforms/sandbox/PlatformEmulator.h"
#include "platforms/sandbox/TikTokAdsApi.h"
#include "platforms/sandbox/TikTokReportApi.h"

namespace cf::sandbox {

// TikTok Marketing API v1.3 on business-api.tiktok.com: portal/auth with
// app_id (the callback carries auth_code and code, valid one hour, once),
// oauth2/access_token with app_id + secret + auth_code (long-term token, no
// refresh), advertiser/get and revoke_token, and the ads routes
// (TikTokAdsApi). Errors are code != 0 in the
// {"code","message","request_id","data"} envelope with HTTP 200.
class TikTokBusinessEmulator final : public PlatformEmulator
{
public:
    explicit TikTokBusinessEmulator(SandboxContext &context)
        : PlatformEmulator(context)
        , m_ads(context)
        , m_report(context)
    {
    }
    QList<HostRoute> routes() const override;
    SandboxReply handle(const SandboxRequest &request) override;
    SandboxReply faultReply(FaultKind kind, const FaultRule &rule, const SandboxRequest &request) override;
    void reset() override { m_ads.reset(); m_report.reset(); }

private:
    TikTokAdsApi m_ads;
    TikTokReportApi m_report; // tracking: report/integrated/get/
};

} // namespace cf::sandbox
