#pragma once

#include "models/domain/AdEntity.h"
#include "models/store/StoreError.h"

#include <functional>
#include <vector>

namespace cf {
class Clock;
class Database;

// Where a campaign's paid ads stand, for the review's structure view.
struct CampaignAdsState
{
    std::vector<AdEntity> entities; // campaign and ad set levels on every ad account
    bool pausedByOwner = false;      // the newest "Pause ads" / "Resume ads" was a pause
    bool delivering = false;         // something is switched on on a platform
    bool exists() const { return !entities.empty(); }
    // The ad set's entities (one per ad account), for its platform id and delivery.
    std::vector<const AdEntity *> forAdSet(qint64 adSetId) const;
};

// The owner's "Pause ads" / "Resume ads" for a campaign that has ads on a
// platform. The wish is recorded (audit_log, through AdDeliveryRepository,
// plus an automation_logs line) and the publishing worker is woken; the
// worker then pauses the whole hierarchy (campaign first) or switches the
// ads paused with it on again, and logs when that is done. Runs on the
// thread that owns `db` (the GUI's or the CLI's).
class AdsControl
{
public:
    // wake: asks the publishing thread for a pass (may be empty: the timer's next pass applies it).
    AdsControl(const Database &db, const Clock &clock, std::function<void()> wake = {});

    StoreResult<CampaignAdsState> state(qint64 campaignId) const;
    // Refused (translated) for a campaign without ads on any platform.
    StoreStatus pauseAds(qint64 campaignId) const;
    // Also refused while the campaign itself is paused, cancelled or archived:
    // its ads then stay paused whatever the owner wished.
    StoreStatus resumeAds(qint64 campaignId) const;

private:
    StoreStatus record(qint64 campaignId, bool paused) const;

    const Database &m_db;
    const Clock &m_clock;
    std::function<void()> m_wake;
};

} // namespace cf
