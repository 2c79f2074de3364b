#pragma once

#include "platforms/sandbox/PlatformEmulator.h"
#include "platforms/sandbox/XTweetLookupApi.h"

#include <map>

namespace cf::sandbox {

// X (API v2): OAuth 2.0 with mandatory PKCE (S256 or plain), 30-second codes,
// 2-hour tokens, refresh only with offline.access (rotated), revoke;
// users/me; POST /2/tweets with the schema's additionalProperties=false,
// weighted 280-character count and 1-4 processed media; DELETE tweets; media
// upload (simple, INIT/APPEND/FINALIZE commands, and the initialize /
// append / finalize endpoints) with STATUS polling. Every api.x.com answer
// carries x-rate-limit-* headers; POST /2/tweets is limited to 100 per 15 min.
class XEmulator final : public PlatformEmulator
{
public:
    explicit XEmulator(SandboxContext &context)
        : PlatformEmulator(context)
    {
    }
    QList<HostRoute> routes() const override;
    SandboxReply handle(const SandboxRequest &request) override;
    SandboxReply faultReply(FaultKind kind, const FaultRule &rule, const SandboxRequest &request) override;
    void reset() override;

    static constexpr int kMaxWeightedLength = 280;
    static constexpr int kTweetLimitPer15Min = 100;
    static constexpr qint64 kAccessTtl = 7200;
    static constexpr qint64 kCodeTtl = 30;
    static int weightedLength(const QString &text);

private:
    struct Media
    {
        QString id;
        QString userId;
        QString category;
        qint64 totalBytes = 0;
        qint64 receivedBytes = 0;
        bool finalized = false;
        qint64 finalizedAt = 0;
        qint64 createdAt = 0;
    };
    SandboxReply handleApi(const SandboxRequest &request);
    SandboxReply token(const SandboxRequest &request);
    SandboxReply revoke(const SandboxRequest &request);
    SandboxReply createTweet(const SandboxRequest &request, const TokenCheck &check);
    SandboxReply mediaUpload(const SandboxRequest &request, const TokenCheck &check, const QString &mediaId, const QString &action);
    SandboxReply mediaInit(const TokenCheck &check, const QString &category, const QString &mediaType, qint64 totalBytes);
    SandboxReply mediaAppend(Media &media, const SandboxRequest &request);
    SandboxReply mediaFinalize(Media &media);
    Json mediaJson(const Media &media) const;
    QString mediaState(const Media &media) const;
    SandboxReply withRateHeaders(SandboxReply reply, const SandboxRequest &request, int limit);

    struct Tweet
    {
        QString id;
        QString userId;
        QString text;
        QString replyTo; // in_reply_to_tweet_id
        qint64 createdAt = 0;
    };
    SandboxReply userTweets(const SandboxRequest &request, const QString &userId) const;
    std::map<QString, Media> m_media;
    std::map<QString, Tweet> m_tweets;
    std::map<QString, std::pair<qint64, int>> m_windows; // endpoint+user -> window start, count
    XTweetLookupApi m_lookup{m_context}; // tracking: GET /2/tweets?ids=
};

} // namespace cf::sandbox
