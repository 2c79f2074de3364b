#pragma once

#include "platforms/publishing/AdTypes.h"
#include "platforms/publishing/PlatformPublisher.h"

namespace cf {

// An ad network's adapter (Meta Marketing, TikTok Business, Snapchat
// Marketing). publish() creates one ad and whatever part of its hierarchy
// does not exist yet (request.ad is set; request.checkpoints holds the
// entities that do), everything PAUSED. reconcile() looks the ad up by its
// name (AdSpec::adName) with read-only calls.
//
// The calls below change state that is idempotent on the platform (a
// status, a budget), so an Unknown outcome may simply be asked again; the
// outcome uses PublishOutcome's status and error taxonomy (Published means
// applied).
class AdPublisher : public PlatformPublisher
{
public:
    bool schedulesNatively() const override { return false; }

    virtual void setDelivery(const AdDeliveryChange &change, QObject *context, Done done) = 0;
    virtual void updateBudget(const AdBudgetChange &change, QObject *context, Done done) = 0;
};

} // namespace cf
