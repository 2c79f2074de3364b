#pragma once

#include "app/planning/plan/CampaignPlan.h"

#include <QString>

namespace cf {

// The wizard's plan summary as rich text for a QTextBrowser: strategy, budget
// split per channel, ad structure, estimates, and the planner's warnings (or
// errors, when no plan could be made). `language` picks the bilingual texts
// the planner carries; everything else goes through tr().
struct PlanSummaryHtml
{
    static QString plan(const CampaignPlan &plan, const QString &language);
    static QString errors(const std::vector<PlanMessage> &errors);
};

} // namespace cf
