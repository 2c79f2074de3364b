#pragma once

#include "platforms/sandbox/PlatformEmulator.h"
#include "platforms/sandbox/YouTubeUploadApi.h"

namespace cf::sandbox {

// Google OAuth for installed apps (accounts.google.com consent with optional
// PKCE, oauth2.googleapis.com token and revoke; refresh keeps the same
// refresh token) and the identity calls a YouTube connection needs:
// userinfo (www.googleapis.com/oauth2/v3 and openidconnect.googleapis.com/v1)
// and youtube/v3/channels?part=...&mine=true; YouTube publishing is in
// YouTubeUploadApi. Errors use Google's {"error":{code,message,errors[],status}} envelope.
class GoogleEmulator final : public PlatformEmulator
{
public:
    explicit GoogleEmulator(SandboxContext &context)
        : PlatformEmulator(context)
        , m_youtube(context)
    {
    }
    QList<HostRoute> routes() const override;
    SandboxReply handle(const SandboxRequest &request) override;
    SandboxReply faultReply(FaultKind kind, const FaultRule &rule, const SandboxRequest &request) override;
    void reset() override { m_youtube.reset(); }

private:
    SandboxReply api(const SandboxRequest &request);
    YouTubeUploadApi m_youtube;
};

} // namespace cf::sandbox
