#pragma once

#include "app/planning/plan/CampaignPlan.h"
#include "models/store/CampaignTransfer.h"

#include <QDateTime>

namespace cf {

// The plan as the store keeps it: a draft campaign, one stored ad set per
// ad set / ad group / ad squad, one content item per calendar item, and one
// content item per ad (pointing at its ad set). Texts are left empty for the
// content generator; strategy texts are in the campaign's primary language.
CampaignBundle bundleFromPlan(const CampaignPlan &plan, const QDateTime &nowUtc);

} // namespace cf
