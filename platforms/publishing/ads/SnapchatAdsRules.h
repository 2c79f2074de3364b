#pragma once

#include "platforms/publishing/PublishHttp.h"
#include "platforms/publishing/PublishTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace cf::snapchatads {

// The Snapchat Marketing API v1 facts the ads adapter relies on
// (../shared/platforms/ads.md section 3), kept apart from the HTTP flow.

inline const QString kApiBase = QStringLiteral("https://adsapi.snapchat.com/v1/");

constexpr int kMaxHeadline = 34;
// Current docs say 32; older docs and schemas 25 (SnapchatAdsPublisher::setBrandNameLimit).
constexpr int kMaxBrandName = 32;
constexpr int kMaxName = 375;
constexpr qint64 kMinDailyBudgetMicro = 5000000; // in every currency
constexpr qint64 kMaxImageBytes = 5LL * 1024 * 1024;
constexpr qint64 kMaxVideoBytes = 32LL * 1024 * 1024;
constexpr double kMinVideoSeconds = 3;
constexpr double kMaxVideoSeconds = 180;
// Snapchat allows 10 requests a second per token (429 above, with no
// Retry-After): calls of one adapter are spaced at least this far apart.
constexpr int kMinCallSpacingMs = 110;

// Minor units of a currency -> Snapchat's micro-currency (1 unit = 1,000,000).
qint64 toMicro(const Money &money);

// The ad squad's optimisation goal for a campaign objective; nullopt when
// the objective needs a pixel or an app CampaignForge cannot attach.
std::optional<QString> optimizationGoalFor(const QString &objective);
// The campaign objective actually sent: leads and catalogue sales need a
// pixel, lead form or catalogue CampaignForge does not manage, so (like the
// Meta adapter) they go out as WEB_CONVERSION with swipes to the web page.
QString effectiveObjective(const QString &objective);
// A WEB_VIEW call to action; MORE for anything Snapchat does not take there.
QString callToAction(const QString &requested);
// ISO-8601 in UTC with milliseconds, as Snapchat returns them.
QString isoTime(const QDateTime &time);

// What the ad request says: the top snap's media (the first video, else the
// first image), the brand name (ad, then copy, then account), the web view URL.
const PublishMedia *topSnapMedia(const PublishRequest &request);
QString brandName(const PublishRequest &request);
QString landingUrl(const PublishRequest &request);

// The entity in {"request_status":"SUCCESS","<plural>":[{"sub_request_status":
// "SUCCESS","<singular>":{...}}]} (statuses compared case-insensitively);
// nullopt when the call or its first item failed.
std::optional<QJsonObject> firstEntity(const HttpResult &result, const QString &plural, const QString &singular);
// Every entity of a list answer with a SUCCESS item.
QList<QJsonObject> entities(const HttpResult &result, const QString &plural, const QString &singular);

// The taxonomy for a failed call: no answer or 5xx as every REST call;
// 401 token (retryable once after a refresh); 429 or E1008 rate limited
// (60 s, Snapchat sends no Retry-After); 403 policy when it says so, else
// permission; validation errors (400, or an ERROR item in a 200) by their
// words: budget, targeting, policy, media; E3003 not found.
PublishOutcome failure(const HttpResult &result, bool creates, const QDateTime &nowUtc);

} // namespace cf::snapchatads
