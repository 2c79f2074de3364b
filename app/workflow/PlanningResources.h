#pragma once

#include "app/planning/ParsedInstruction.h"
#include "app/planning/data/PlanningData.h"
#include "app/planning/parser/ParserVocabulary.h"
#include "app/planning/plan/CampaignPlan.h"

#include <QDate>

#include <memory>

namespace cf {

// The read-only tables the wizard and the creation service plan with: the
// parser's vocabulary and the planner's data, loaded once from the compiled-in
// resources and shared (immutably) between the GUI thread and workers.
struct PlanningResources
{
    ParserVocabulary vocabulary;
    PlanningData data;

    // nullptr with a translated reason when a table is missing or broken.
    static std::shared_ptr<const PlanningResources> load(QString *error);
};

// What the wizard shows while the owner types: the parse and, when it
// succeeds, the plan the planner would make (with its inferences).
struct InstructionAnalysis
{
    ParsedInstruction parsed;
    PlanOutcome outcome;
};

// Pure and thread-safe: parses text and plans it for referenceDate.
InstructionAnalysis analyseInstruction(const PlanningResources &resources, const QString &text, const QDate &referenceDate);

} // namespace cf
