#pragma once

#include "models/domain/Platform.h"

#include <QString>

namespace cf {

// What an ad network's review said about an ad, read from the raw status
// the status sync stores (publish_targets.platform_status: Meta's
// effective_status, TikTok's secondary_status, Snapchat's review_status).
enum class AdReview {
    NotRead,       // no status synced yet
    PendingReview, // in review or processing
    Approved,      // delivering or cleared to deliver
    Rejected,      // refused by review: the owner must act
    Problem,       // deleted, out of balance, delivered with issues
    Other,         // paused and the like: the platform's own word is shown
};

AdReview adReviewFor(Platform platform, const QString &platformStatus);
// Translated name ("Pending review", "Approved", "Rejected", ...); for
// Other the platform's own word.
QString adReviewDisplayName(AdReview review, const QString &platformStatus);
// Translated: what the owner does about a rejected ad (empty otherwise).
QString adReviewAction(AdReview review, Platform platform);
// The ad network that runs a platform's ads ("Meta" for Facebook and
// Instagram; otherwise the platform's name).
QString adNetworkName(Platform platform);
// Translated delivery of a published ad from publish_targets.ad_delivery
// ("" = created paused, waiting to be switched on).
QString adDeliveryDisplayName(const QString &adDelivery);

} // namespace cf
