#pragma once

#include "platforms/sandbox/MetaGraphSupport.h"
#include "platforms/sandbox/MetaVideoUploads.h"
#include "platforms/sandbox/PlatformEmulator.h"

#include <map>

namespace cf::sandbox {

// Marketing API calls on graph.facebook.com (ads.md sections 1 and 4), as
// strictly as the contract allows:
//   /act_{id}                      account (currency, time zone)
//   /act_{id}/campaigns            v23+ required fields, one budget level
//   /act_{id}/adsets               targeting (city keys from /search, the
//                                  advantage_audience flag), budgets above the
//                                  minimum (100/1885272), goal vs objective,
//                                  bid_amount for capped strategies
//   /act_{id}/adimages             multipart upload -> hash keyed by filename
//   /act_{id}/advideos             chunked upload_phase start/transfer/finish
//                                  (MetaVideoUploads); GET /{video} status, picture
//   /act_{id}/adcreatives          link_data on an existing image hash, or
//                                  video_data on a ready ad video with a
//                                  thumbnail (image_hash or image_url), and a Page
//   /act_{id}/ads                  an existing ad set and creative
//   GET /act_{id}/{campaigns|adsets|ads}?filtering=[...]  lookups by name
//   /search?type=adgeolocation     a fixed city table (MetaGeoTable.cpp)
//   GET|POST /{entity id}          effective_status, status and budget updates
// An ad switched to ACTIVE is PENDING_REVIEW for kReviewSecs of sandbox time,
// then ACTIVE, or DISAPPROVED when its creative's text contains
// kForbiddenWord (case-insensitive).
class MetaAdsApi
{
public:
    static constexpr qint64 kReviewSecs = 5;
    static constexpr const char *kForbiddenWord = "forbidden"; // the same word as the TikTok and Snapchat emulators
    static constexpr int kMaxAdsPerAdSet = 50;
    static constexpr qint64 kMaxVideoBytes = 4LL * 1024 * 1024 * 1024;

    enum class Kind { Campaign, AdSet, Creative, Ad };
    struct Entity
    {
        Kind kind = Kind::Campaign;
        QString id;
        QString accountId;
        Json fields;              // as GET returns them (without computed statuses)
        qint64 activatedAtSecs = 0; // sandbox time the ad last became ACTIVE; 0 = never
        bool disapproved = false; // the creative's text contains the forbidden word
    };

    explicit MetaAdsApi(SandboxContext &context)
        : m_context(context)
        , m_videos(context, QStringLiteral("1203"))
    {
    }
    std::optional<SandboxReply> handle(MetaCall &call);
    // True for paths this class answers (faults use the ad-account rate limit there).
    bool ownsPath(const QString &path) const;
    void reset();
    // An entity created here, for other sandbox parts (insights); nullptr when unknown.
    const Entity *entity(const QString &id) const;
    // GET's effective_status: PAUSED, PENDING_REVIEW, DISAPPROVED, CAMPAIGN_PAUSED, ADSET_PAUSED, ACTIVE...
    QString effectiveStatus(const Entity &entity) const;

private:
    struct Image
    {
        QString hash;
        QString name;
        int bytes = 0;
    };

    // MetaAdsApi.cpp
    std::optional<SandboxReply> handleAccount(MetaCall &call, const QString &accountId);
    SandboxReply account(const MetaCall &call, const QString &accountId) const;
    SandboxReply createCampaign(MetaCall &call, const QString &accountId);
    SandboxReply list(const MetaCall &call, const QString &accountId, Kind kind) const;
    QString currencyOf(const QString &accountId) const;
    // MetaAdSets.cpp
    SandboxReply createAdSet(MetaCall &call, const QString &accountId);
    std::optional<SandboxReply> checkTargeting(const Json &targeting) const;
    std::optional<SandboxReply> checkBudget(const QString &accountId, const QString &field, qint64 amount, const QString &goal,
                                            qint64 days) const;
    // MetaAdCreatives.cpp
    SandboxReply uploadImages(MetaCall &call, const QString &accountId);
    SandboxReply createCreative(MetaCall &call, const QString &accountId);
    SandboxReply createAd(MetaCall &call, const QString &accountId);
    std::optional<SandboxReply> checkVideoData(const Json &videoData, const QString &accountId) const;
    SandboxReply readEntity(const MetaCall &call, const Entity &entity) const;
    // MetaAdVideos.cpp
    SandboxReply uploadVideo(MetaCall &call, const QString &accountId);
    SandboxReply readVideo(const MetaCall &call, const MetaVideoUploads::Video &video) const;
    SandboxReply updateEntity(MetaCall &call, Entity &entity);
    // MetaGeoTable.cpp
    SandboxReply searchGeo(const MetaCall &call) const;

    Entity &store(Kind kind, const QString &accountId, Json fields);

    SandboxContext &m_context;
    std::map<QString, Entity> m_entities;
    std::map<QString, std::map<QString, Image>> m_images; // account -> hash -> image
    MetaVideoUploads m_videos;                            // ad videos, owner = account id
};

// Sandbox city table for targeting search: key, name, Arabic name, region, country.
struct MetaGeoCity
{
    const char *key;
    const char *name;
    const char *nameAr;
    const char *region;
    int regionId;
    const char *countryCode;
    const char *countryName;
};
const std::vector<MetaGeoCity> &metaGeoCities();
bool metaGeoCityKnown(const QString &key);

// Code 100 "Invalid parameter" with error_user_title/msg and a
// blame_field_specs naming `field` in the string-valued error_data.
SandboxReply adsInvalid(const QString &userMessage, const QString &field, int subcode = 0,
                        const QString &title = QStringLiteral("Invalid parameter"));
// Graph times: ISO 8601 with "+0300", "+03:00" or "Z", or UNIX seconds; 0 when unreadable.
qint64 adsParseTime(const QString &text);

} // namespace cf::sandbox
