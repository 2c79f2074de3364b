#pragma once

#include "app/planning/ParsedInstruction.h"
#include "app/planning/data/PlanningData.h"

#include <QCoreApplication>
#include <QDate>

namespace cf {

// The campaign engine's composition root: instruction -> brief (inference)
// -> content calendar -> timeline -> budget -> ad structure -> estimates ->
// strategy. Deterministic: the same instruction and reference date give the
// same plan, so plans can be compared and tested.
class CampaignPlanner
{
    Q_DECLARE_TR_FUNCTIONS(cf::CampaignPlanner)

public:
    explicit CampaignPlanner(const PlanningData &data) : m_data(data) {}

    // `referenceDate` is "today" in the owner's calendar (from a Clock).
    PlanOutcome plan(const ParsedInstruction &parsed, const QDate &referenceDate) const;

private:
    const PlanningData &m_data;
};

} // namespace cf
