#pragma once

#include "platforms/sandbox/PlatformEmulator.h"

#include <QHash>

#include <deque>
#include <map>
#include <optional>

namespace cf::sandbox {

// Snapchat Marketing API v1 ads routes on adsapi.snapchat.com, strictly per
// ../shared/platforms/ads.md section 3 (called by SnapchatEmulator once the
// Bearer token is valid):
//   GET  targeting/geo/country, targeting/geo/{cc}/metro     fixed tables
//   POST|GET|PUT adaccounts/{id}/campaigns, GET campaigns/{id}
//   POST|GET|PUT campaigns/{id}/adsquads,   GET adsquads/{id}
//   POST adaccounts/{id}/media, POST media/{id}/upload (multipart "file"), GET media/{id}
//   POST adaccounts/{id}/creatives, GET creatives/{id}
//   POST|GET|PUT adsquads/{id}/ads,          GET ads/{id}
// Bodies are wrapper arrays; answers carry a sub_request_status per item.
// Checked: required fields, enums, name <= 375, headline <= 34, brand_name
// <= 32, ad squad daily_budget_micro >= 5,000,000, one language when
// targeting several countries, references (squad -> campaign, creative ->
// READY media, ad -> squad + creative of the matching type), immutable
// fields on PUT (E2023). A refused request is HTTP 400 with error_code E2002
// (EMU) and nothing is created. More than kMaxRequestsPerSecond requests in
// one second from one token: 429 E1008 with no headers. Ads read back
// review_status: PENDING until activated and for kReviewSeconds of sandbox
// time after, then APPROVED, or REJECTED (review_status_reasons) when the
// creative's headline, brand name or the ad name contains kForbiddenWord.
class SnapchatAdsApi
{
public:
    static constexpr int kReviewSeconds = 5;
    static constexpr int kMaxRequestsPerSecond = 10;
    static constexpr qint64 kMinDailyBudgetMicro = 5000000;
    static inline const QString kForbiddenWord = QStringLiteral("forbidden");

    explicit SnapchatAdsApi(SandboxContext &context)
        : m_context(context)
    {
    }
    static bool handles(const QString &path);
    SandboxReply handle(const SandboxRequest &request, const QString &token);
    void reset();

private:
    struct Entity
    {
        QString id;
        QString accountId;
        QString parentId;
        Json fields;
        qint64 reviewStartedAt = 0; // ads: sandbox seconds of the first activation
    };
    using Entities = std::map<QString, Entity>;
    // Checks one item of a create (existing == nullptr) or of a PUT; returns the refusal.
    using Validator = std::optional<SandboxReply> (SnapchatAdsApi::*)(const Json &item, const QString &parentId, const Entity *existing);

    bool overRateLimit(const QString &token);
    SandboxReply geo(const QStringList &segments) const;
    SandboxReply write(const SandboxRequest &request, Entities &entities, const QString &parentId, const char *plural, const char *singular,
                       Validator validate);
    SandboxReply listUnder(const Entities &entities, const QString &parentId, const char *plural, const char *singular) const;
    SandboxReply one(const Entities &entities, const QString &id, const char *plural, const char *singular) const;
    Json view(const Entities &entities, const Entity &entity) const;
    QString accountOf(const QString &parentKind, const QString &parentId) const;

    std::optional<SandboxReply> checkCampaign(const Json &item, const QString &accountId, const Entity *existing);
    std::optional<SandboxReply> checkSquad(const Json &item, const QString &campaignId, const Entity *existing);
    std::optional<SandboxReply> checkMedia(const Json &item, const QString &accountId, const Entity *existing);
    std::optional<SandboxReply> checkCreative(const Json &item, const QString &accountId, const Entity *existing);
    std::optional<SandboxReply> checkAd(const Json &item, const QString &squadId, const Entity *existing);
    SandboxReply upload(const SandboxRequest &request, const QString &mediaId);
    Json adView(const Entity &ad) const;

    SandboxContext &m_context;
    Entities m_campaigns;
    Entities m_squads;
    Entities m_media;
    Entities m_creatives;
    Entities m_ads;
    QHash<QString, std::deque<qint64>> m_recentCalls; // token -> wall-clock ms of its calls in the last second
};

// {"request_status":"ERROR","request_id","debug_message","display_message","error_code"}.
SandboxReply snapchatError(int status, const char *code, const QString &message);

} // namespace cf::sandbox
