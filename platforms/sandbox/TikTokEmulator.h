#pragma once

#include "platforms/sandbox/PlatformEmulator.h"
#include "platforms/sandbox/TikTokVideoQueryApi.h"

#include <map>

namespace cf::sandbox {

// TikTok Login Kit and Content Posting API: authorize with client_key and
// comma-separated scopes, PKCE whose challenge is the lowercase hex SHA-256
// (desktop variant), token/refresh (rotated; 24 h / 365 d) and revoke on
// open.tiktokapis.com; user info, creator_info, Direct Post and inbox video
// init (FILE_UPLOAD with chunked PUT to open-upload.tiktokapis.com, or
// PULL_FROM_URL), photo posts (content/init, PULL_FROM_URL only) and status/fetch. Every body is {"data":..,"error":{code,message,log_id}}.
class TikTokEmulator final : public PlatformEmulator
{
public:
    explicit TikTokEmulator(SandboxContext &context)
        : PlatformEmulator(context)
    {
    }
    QList<HostRoute> routes() const override;
    SandboxReply handle(const SandboxRequest &request) override;
    SandboxReply faultReply(FaultKind kind, const FaultRule &rule, const SandboxRequest &request) override;
    void reset() override;

    static constexpr qint64 kMinChunk = 5 * 1024 * 1024;
    static constexpr qint64 kMaxChunk = 64 * 1024 * 1024;
    static constexpr int kMaxTitle = 2200;
    static constexpr int kMaxPhotoTitle = 90;
    static constexpr int kMaxPhotoDescription = 4000;
    static constexpr int kMaxPhotos = 35;

private:
    struct Publish
    {
        QString id;
        QString userId;
        bool direct = true;
        qint64 size = 0;
        qint64 chunkSize = 0;
        qint64 received = 0;
        bool pull = false;
        bool failed = false; // a pulled URL containing /sandbox-fail/
        qint64 completedAt = 0;
        qint64 postId = 0;
        QString uploadId;
    };
    SandboxReply token(const SandboxRequest &request);
    SandboxReply revoke(const SandboxRequest &request);
    SandboxReply api(const SandboxRequest &request);
    SandboxReply initVideo(const SandboxRequest &request, const TokenCheck &check, bool direct);
    SandboxReply initPhoto(const SandboxRequest &request, const TokenCheck &check);
    SandboxReply upload(const SandboxRequest &request);
    SandboxReply status(const SandboxRequest &request, const TokenCheck &check);

    std::map<QString, Publish> m_publishes;
    TikTokVideoQueryApi m_videoQuery{m_context}; // tracking: /v2/video/query/
};

} // namespace cf::sandbox
