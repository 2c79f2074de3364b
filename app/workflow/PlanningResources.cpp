#include "app/workflow/PlanningResources.h"

#include "app/planning/CampaignPlanner.h"
#include "app/planning/parser/InstructionParser.h"

namespace cf {

std::shared_ptr<const PlanningResources> PlanningResources::load(QString *error)
{
    auto vocabulary = ParserVocabulary::loadBuiltIn(error);
    if (!vocabulary)
        return nullptr;
    auto data = PlanningData::load(error);
    if (!data)
        return nullptr;
    return std::make_shared<const PlanningResources>(PlanningResources{std::move(*vocabulary), std::move(*data)});
}

InstructionAnalysis analyseInstruction(const PlanningResources &resources, const QString &text, const QDate &referenceDate)
{
    InstructionAnalysis analysis;
    analysis.parsed = InstructionParser(resources.vocabulary).parse(text, referenceDate);
    analysis.outcome = CampaignPlanner(resources.data).plan(analysis.parsed, referenceDate);
    return analysis;
}

} // namespace cf
