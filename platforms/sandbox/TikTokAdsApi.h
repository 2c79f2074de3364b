#pragma once

#include "platforms/sandbox/PlatformEmulator.h"

#include <map>
#include <optional>

namespace cf::sandbox {

// TikTok Marketing API v1.3 ads routes on business-api.tiktok.com, strictly
// per ../shared/platforms/ads.md section 2 (called by TikTokBusinessEmulator
// once the Access-Token is valid):
//   GET  tool/region/                      fixed region table (GeoNames ids)
//   POST campaign/create/ adgroup/create/ ad/create/
//   POST file/image/ad/upload/ file/video/ad/upload/, GET file/video/ad/info/
//   GET  campaign/get/ adgroup/get/ ad/get/ (filtering by ids, paging)
//   POST campaign|adgroup|ad/status/update/, adgroup/budget/update/
//   GET  identity/get/, POST identity/create/ (CUSTOMIZED_USER identities)
// Required fields, enums, minimum budgets in the advertiser's currency,
// references (ad group -> campaign, ad -> ad group and uploaded media),
// MD5 signatures and unique file names are checked; errors are code 40002
// ("field: reason") in the HTTP 200 envelope. A create body's request_id is an
// idempotency key: repeating it answers with the entity made the first time.
// Ads read back `secondary_status`: AD_STATUS_DISABLE until enabled, then
// AD_STATUS_AUDIT for kReviewSeconds of sandbox time, then
// AD_STATUS_DELIVERY_OK, or AD_STATUS_AUDIT_DENY when the ad text contains
// kForbiddenWord.
class TikTokAdsApi
{
public:
    static constexpr int kReviewSeconds = 5;
    static inline const QString kForbiddenWord = QStringLiteral("forbidden");
    static constexpr int kMaxCreativesPerCall = 20;

    explicit TikTokAdsApi(SandboxContext &context)
        : m_context(context)
    {
    }
    static bool handles(const QString &path);
    SandboxReply handle(const SandboxRequest &request);
    void reset();

    // The smallest daily ad-group budget (major units) in a currency; the
    // campaign minimum is 2.5 times it ($20 and $50 in USD).
    static double minimumDailyBudget(const QString &currency);

private:
    struct Entity
    {
        QString id;
        QString advertiserId;
        QString parentId; // campaign of an ad group, ad group of an ad
        Json fields;
        qint64 reviewStartedAt = 0; // sandbox seconds; ads only, 0 until first enabled
    };
    struct Region
    {
        const char *id;
        const char *name;
        const char *level;
        const char *code;
        const char *parentId;
    };
    static const std::vector<Region> &regions();
    static const Region *region(const QString &id);

    std::optional<QString> advertiserCurrency(const QString &advertiserId) const;
    SandboxReply regionList(const SandboxRequest &request);
    SandboxReply createCampaign(const Json &body);
    SandboxReply createAdGroup(const Json &body);
    SandboxReply createAds(const Json &body);
    SandboxReply uploadImage(const SandboxRequest &request);
    SandboxReply uploadVideo(const SandboxRequest &request);
    SandboxReply videoInfo(const SandboxRequest &request);
    SandboxReply list(const SandboxRequest &request, std::map<QString, Entity> &entities, const char *idKey);
    SandboxReply updateStatus(const Json &body, std::map<QString, Entity> &entities, const char *idsKey);
    SandboxReply updateBudget(const Json &body);
    SandboxReply identityList(const SandboxRequest &request) const;
    SandboxReply createIdentity(const Json &body);
    Json adView(const Entity &ad) const;
    // Remembers (or replays) the answer to a create with a request_id.
    std::optional<SandboxReply> replay(const QString &path, const Json &body) const;
    SandboxReply remember(const QString &path, const Json &body, const Json &data);

    SandboxContext &m_context;
    std::map<QString, Entity> m_campaigns;
    std::map<QString, Entity> m_adGroups;
    std::map<QString, Entity> m_ads;
    std::map<QString, Entity> m_images;
    std::map<QString, Entity> m_videos;
    std::map<QString, Entity> m_identities;
    std::map<QString, Json> m_requestIds; // path|advertiser|request_id -> data
};

// The {"code","message","request_id","data"} envelope (HTTP 200).
SandboxReply tiktokBusinessEnvelope(int code, const QString &message, const Json &data = Json::object());

// Shared by the TikTokAdsApi files.
namespace tiktokads {
// code 40002 with "field: reason".
SandboxReply invalid(const QString &field, const QString &reason);
// A JSON array of strings under key (empty when absent); *wellFormed = false otherwise.
QStringList stringArray(const Json &body, const char *key, bool *wellFormed);
} // namespace tiktokads

} // namespace cf::sandbox
