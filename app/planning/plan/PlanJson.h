#pragma once

#include "app/planning/plan/CampaignPlan.h"

#include <QJsonArray>
#include <QJsonObject>

#include <vector>

namespace cf {

// The plan as JSON, the shape `campaignforge-cli plan` prints: brief,
// strategy, calendar, timeline, structure, budget, estimates, warnings and
// inferences. Dates are ISO 8601; times carry their UTC offset.
QJsonObject planToJson(const CampaignPlan &plan);
QJsonArray messagesToJson(const std::vector<PlanMessage> &messages);

} // namespace cf
