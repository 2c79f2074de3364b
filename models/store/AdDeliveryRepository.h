#pragma once

#include "models/domain/AdEntity.h"
#include "models/store/StoreError.h"

#include <QString>

#include <vector>

namespace cf {
class Database;

// One change of delivery the worker must make on an ad account, because
// what the owner wants no longer matches what the platform holds.
struct AdDeliveryWork
{
    enum class Kind {
        PauseCampaign,  // the campaign is paused, cancelled or archived, or its ads are paused by the owner
        ResumeCampaign, // the owner wants ads again: those paused with the campaign start again
        PauseAds,       // single ads whose items were cancelled while they were delivering
    };
    Kind kind = Kind::PauseCampaign;
    qint64 campaignId = 0;
    qint64 connectionId = 0;
    QString campaignExternalId;          // empty for PauseAds
    std::vector<QString> adSetExternalIds; // empty for PauseAds
    std::vector<qint64> adTargetIds;
    std::vector<QString> adExternalIds;  // in the same order
};

// What the owner asked for a campaign's paid ads, and the delivery changes
// that follow from it (issue #7, docs/publishing.md "Paid ads").
//
// The owner's "Pause ads" / "Resume ads" is recorded in audit_log (action
// ads_paused / ads_resumed on the campaign); the newest of the two is the
// wish, so the trail of who paused the spend and when comes with it, and no
// schema change is needed. What the platform holds is ad_entities.delivery
// and publish_targets.ad_delivery.
class AdDeliveryRepository
{
public:
    explicit AdDeliveryRepository(const Database &database) : m_db(database) {}

    // Appends the owner's wish for the campaign's ads to audit_log.
    StoreStatus recordOwnerWish(qint64 campaignId, bool paused, const QDateTime &nowUtc) const;
    // True when the newest wish recorded for the campaign is "paused".
    StoreResult<bool> pausedByOwner(qint64 campaignId) const;

    // Every (campaign, ad account) whose platform delivery differs from the
    // wish: a campaign that may not deliver (paused, cancelled, archived,
    // or paused by the owner) with anything switched on; a campaign that
    // may deliver with ads that were paused with it; cancelled ads still on.
    StoreResult<std::vector<AdDeliveryWork>> workDue() const;

    // After a PauseAds change: only these ads' ad_delivery changes.
    StoreStatus markAds(const std::vector<qint64> &adTargetIds, AdDelivery delivery, const QDateTime &nowUtc) const;

private:
    const Database &m_db;
};

} // namespace cf
