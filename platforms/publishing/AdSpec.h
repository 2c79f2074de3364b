#pragma once

#include "models/domain/AdSet.h"

#include <QString>

namespace cf {

// What a paid ad needs beyond an organic post (issue #7). The worker fills
// it from the campaign, the item's ad set and the workspace; an ads adapter
// builds the platform's hierarchy from it:
//   Meta:      campaign -> ad set   -> image -> ad creative -> ad
//   TikTok:    campaign -> ad group -> image/video           -> ad
//   Snapchat:  campaign -> ad squad -> media  -> creative     -> ad
// Everything is created PAUSED; the worker activates the whole hierarchy
// (AdPublisher::setDelivery) once every ad of the campaign on that account
// exists, so a half-built campaign never spends.
//
// Checkpoint keys (PlatformPublisher::Checkpoint) an ads adapter reports:
//   "campaign", "adset"   shared by every ad of the same campaign / ad set
//                         on the same account: the worker stores them in
//                         ad_entities and pre-fills them into the
//                         checkpoints of the next ad, so one campaign and
//                         one ad set exist on the platform, never two;
//   "geo"                 resolved location keys (compact JSON), per target;
//   "image", "video", "media", "creative", "identity" and upload progress
//   such as "video_upload"                  per target (an adapter's own);
// and the ad's own id comes back as PublishOutcome::externalId.
struct AdSpec
{
    qint64 campaignId = 0;   // local campaign id, for entity names
    QString campaignName;    // the platform campaign's name (AdEntityNames)
    QString adSetName;       // the platform ad set's name
    QString adName;          // the ad's name
    AdSet adSet;             // targeting, placements, objective, budget, dates
    QString landingUrl;      // where the ad's call to action leads
    QString brandName;       // Snapchat brand_name, TikTok display name
    QString pageId;          // Meta: the Facebook Page the ad speaks as
    QString instagramActorId; // Meta: the Instagram account, for Instagram placements
};

} // namespace cf
