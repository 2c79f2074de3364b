#pragma once

#include "platforms/publishing/PublishHttp.h"
#include "platforms/publishing/PublishTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace cf::tiktokads {

// The TikTok Marketing API v1.3 facts the ads adapter relies on
// (../shared/platforms/ads.md section 2), kept apart from the HTTP flow.

inline const QString kApiBase = QStringLiteral("https://business-api.tiktok.com/open_api/v1.3/");

constexpr int kMaxAdText = 100;      // ad_text 1-100, CJK counting 2, no emoji
constexpr int kMaxDisplayName = 40;  // display_name 1-40
constexpr int kMaxName = 512;        // campaign, ad group and ad names
constexpr int kMaxFileName = 100;    // upload file_name, unique per advertiser
constexpr qint64 kMaxImageBytes = 50LL * 1024 * 1024;
constexpr qint64 kMaxImagePixels = 3686400;
constexpr qint64 kMaxVideoBytes = 500LL * 1024 * 1024;

// The smallest daily ad-group budget in the advertiser's currency, in major
// units. TikTok documents $20; other currencies come from its currency table,
// which ads.md leaves UNCONFIRMED, so these are configurable defaults
// (the sandbox uses the same). nullopt for a currency not in the table.
std::optional<double> minimumDailyBudget(const QString &currency);
// The days a total budget spreads over (at least 1).
int budgetDays(const QDateTime &startUtc, const QDateTime &endUtc);

// Optimisation goal and billing event that go with an objective_type
// (the planner's resources/data/objectives.json choices).
struct Goal
{
    QString optimizationGoal;
    QString billingEvent;
    bool needsPixel = false;
    bool needsApp = false;
};
std::optional<Goal> goalFor(const QString &objectiveType);
// The objective_type actually sent: sales and leads need a pixel or a lead
// form CampaignForge does not manage yet, so (like the Meta adapter) they go
// out as TRAFFIC to the landing page; anything else unchanged.
QString effectiveObjective(const QString &objectiveType);
bool promotionTypeRequired(const QString &objectiveType);

// AGE_18_24 ... AGE_55_100 overlapping [ageMin, ageMax]; empty for everyone.
QStringList ageGroups(std::optional<int> ageMin, std::optional<int> ageMax);
// GENDER_FEMALE / GENDER_MALE for one gender, GENDER_UNLIMITED otherwise.
QString gender(const QStringList &genders);
// A call_to_action value TikTok accepts; LEARN_MORE for anything else.
QString callToAction(const QString &requested);
// "YYYY-MM-DD HH:MM:SS" in UTC+0.
QString utcText(const QDateTime &time);

// TikTok's text length: CJK characters count as two.
int textLength(const QString &text);
bool hasEmoji(const QString &text);

// A request_id (a 64-bit integer as text) derived from what identifies an
// entity, so that a create repeated after an unknown outcome names the same
// entity and TikTok answers with the one it already made.
QString requestId(const QString &identity);

// What the ad request says, with the fallbacks TikTok needs: placements
// named PLACEMENT_* in the ad set (else the TikTok app), the first image,
// the name shown on the ad (brand, else the account), the landing page.
QStringList placementsOf(const AdSet &adSet);
const PublishMedia *firstImage(const PublishRequest &request);
QString displayName(const PublishRequest &request);
QString landingUrl(const PublishRequest &request);

// The envelope {"code","message","request_id","data"}: true when code is 0.
bool succeeded(const HttpResult &result);
QJsonObject data(const HttpResult &result);

// The taxonomy for a failed call (no answer, 5xx, or code != 0):
// 40100/40016 rate limited (retryable, 60 s); 40102/40104/40105 token
// (retryable once after a refresh); 40001 permission; 40002 by its message
// (budget minimum, targeting, policy, media, duplicate); 5xxxx platform
// unavailable (Unknown on a create: it may have been applied).
PublishOutcome failure(const HttpResult &result, bool creates, const QDateTime &nowUtc);

} // namespace cf::tiktokads
