#pragma once

#include "platforms/publishing/PublishHttp.h"
#include "platforms/publishing/PublishTypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace cf::metaads {

// What the Marketing API receives for one ad set, derived from the local
// AdSet (ads.md 1.3, 1.4, 1.12). Pure functions, so they are tested
// without a network.

// The campaign objective and the ad set's goal and billing event.
// Sales and leads need a Meta Pixel or an instant form that CampaignForge
// does not manage yet, so those ad sets go out as OUTCOME_TRAFFIC optimised
// for link clicks to the landing page (fallback = true, logged). App
// promotion needs an app id: nullopt (refused in checkLimits).
struct Objective
{
    QString objective;
    QString optimizationGoal;
    QString billingEvent;
    bool fallback = false;
};
std::optional<Objective> objectiveFor(const AdSet &adSet);

// "act_<digits>" for an ad account connection (stored with or without the prefix).
QString accountPath(const Connection &connection);
QString accountDigits(const Connection &connection);

// Meta counts money in the currency's smallest unit with offset 1 for a
// few currencies (JPY, KRW, HUF, TWD...) and 100 for all others, which is
// not always ISO 4217's exponent (KWD has 3 decimals but offset 100).
qint64 offsetOf(const QString &currency);
qint64 metaAmount(const Money &money);

// The targeting spec: city keys from /search, ages, genders, publisher
// platforms and positions from the placements (falling back to the item's
// platform), and Advantage+ audience off so the owner's audience holds.
QJsonObject targeting(const AdSet &adSet, const QJsonArray &cityKeys, Platform itemPlatform);
// True when the targeting places ads on Instagram (the creative then needs the Instagram account).
bool placesOnInstagram(const AdSet &adSet, Platform itemPlatform);

// Graph's time format, in UTC: 2026-03-01T00:00:00+0000.
QString graphTime(const QDateTime &utc);

// The call to action type of the item's copy when Meta knows it, else LEARN_MORE.
QString callToAction(const PublishRequest &request);
// The landing page: the ad spec's, else the item copy's link.
QString landingUrl(const PublishRequest &request);

// Ads Manager with the ad selected.
QString adsManagerUrl(const Connection &connection, const QString &adId);

// filtering=[{"field":"name","operator":"EQUAL","value":name}] as compact JSON.
QString nameFilter(const QString &name);

// Maps a failed Marketing API answer onto the taxonomy: Graph's shared
// mapping (tokens, throttling with the usage headers, policy, permissions),
// refined for ads: 100/1885272 budget too low, targeting blamed or
// deprecated (1487694) -> invalid targeting, image errors -> media rejected.
PublishOutcome failure(const HttpResult &result, bool creates, const QDateTime &nowUtc);

} // namespace cf::metaads
