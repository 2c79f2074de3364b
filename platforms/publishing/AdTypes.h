#pragma once

#include "models/domain/Money.h"
#include "models/domain/Connection.h"
#include "platforms/publishing/PublishTypes.h"

#include <QString>

#include <vector>

namespace cf {

// Turning delivery on (or off) for entities that exist on the platform.
// Children are switched before parents when activating, parents before
// children when pausing, so nothing delivers half-configured.
struct AdDeliveryChange
{
    Connection connection;       // the ad account / advertiser
    Connection parentConnection; // the signed-in account
    QString accessToken;         // never logged
    QString campaignExternalId;
    std::vector<QString> adSetExternalIds;
    std::vector<QString> adExternalIds;
    bool active = true;
};

// A new budget for an ad set that exists on the platform (the AI-optimised
// level moves budget between ad sets; the worker pushes the change).
struct AdBudgetChange
{
    Connection connection;
    Connection parentConnection;
    QString accessToken;
    QString adSetExternalId;
    Budget budget; // in the ad set's currency, minor units; period as in the ad set
};

} // namespace cf
