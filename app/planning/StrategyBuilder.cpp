#include "app/planning/StrategyBuilder.h"

#include <set>

namespace cf {

StrategyPlan StrategyBuilder::build(const CampaignBrief &brief, const std::vector<PhasePlan> &phases,
                                    const std::vector<PlannedItem> &items) const
{
    StrategyPlan s;
    const CampaignTemplate *tpl = m_data.templateFor(brief.campaignType);
    const ObjectiveInfo *objective = m_data.objective(brief.objective);
    const OccasionInfo *occasion = brief.occasion ? m_data.occasion(brief.occasion->id) : nullptr;
    if (tpl)
        s.typeName = tpl->name;
    if (objective) {
        s.objectiveName = objective->name;
        s.successMetrics = objective->metrics;
    }
    if (occasion)
        s.keyMessages = occasion->messages;
    if (tpl)
        s.keyMessages.insert(s.keyMessages.end(), tpl->keyMessages.begin(), tpl->keyMessages.end());

    // Themes in the order the calendar first uses them.
    std::set<QString> seen;
    for (const PlannedItem &item : items) {
        if (!seen.insert(item.theme).second)
            continue;
        ThemePlan theme{item.theme, Bilingual{brief.theme, brief.theme}};
        if (occasion) {
            for (const OccasionTheme &t : occasion->themes) {
                if (t.key == item.theme)
                    theme.label = t.label;
            }
        }
        for (const PhasePlan &p : phases) {
            if (p.id == item.theme)
                theme.label = p.name;
        }
        s.themes.push_back(theme);
    }
    return s;
}

} // namespace cf
