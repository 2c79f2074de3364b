#pragma once

// The seed instruction planned and written in-process, as the wizard (or
// `campaignforge-cli plan --save` + `generate`) would store it: a draft
// campaign with its calendar and bilingual copy, for screenshots and tests
// that need realistic items.
#include "app/content/text/ContentGenerator.h"
#include "app/content/text/PhraseBank.h"
#include "app/content/text/PlatformLimits.h"
#include "app/planning/CampaignPlanner.h"
#include "app/planning/PlanBundle.h"
#include "app/planning/parser/InstructionParser.h"
#include "app/planning/parser/ParserVocabulary.h"
#include "models/store/CampaignRepository.h"
#include "models/store/CampaignTransfer.h"
#include "models/store/ContentRepository.h"
#include "models/store/Database.h"
#include "models/store/WorkspaceRepository.h"

#include <optional>

namespace cf::test {

inline const QString kSeedInstruction = QStringLiteral(
    "Create Instagram and TikTok campaign for Ramadan sale with 1000 SAR budget targeting women 25-40 in Riyadh");

// Plans `instruction` as of `today`, stores it and writes its copy; returns
// the campaign id, or nullopt with the reason in *error.
inline std::optional<qint64> seedCampaign(const Database &db, const QDate &today, const QDateTime &nowUtc,
                                          QString *error, const QString &instruction = kSeedInstruction)
{
    const auto vocabulary = ParserVocabulary::loadBuiltIn(error);
    const auto planning = vocabulary ? PlanningData::load(error) : std::nullopt;
    const auto bank = planning ? PhraseBank::loadBuiltIn(error) : std::nullopt;
    const auto limits = bank ? PlatformLimits::loadBuiltIn(error) : std::nullopt;
    if (!limits)
        return std::nullopt;
    const ParsedInstruction parsed = InstructionParser(*vocabulary).parse(instruction, today);
    const PlanOutcome outcome = CampaignPlanner(*planning).plan(parsed, today);
    if (!outcome.plan) {
        *error = outcome.errors.empty() ? QStringLiteral("no plan") : outcome.errors.front().message;
        return std::nullopt;
    }
    const auto id = CampaignTransfer(db).insert(bundleFromPlan(*outcome.plan, nowUtc));
    if (!id) {
        *error = id.error().fullText();
        return std::nullopt;
    }
    GenerationRequest request;
    request.campaign = CampaignRepository(db).find(id.value()).value();
    request.workspace = WorkspaceRepository(db).find(request.campaign.workspaceId).value();
    request.items = ContentRepository(db).listForCampaign(id.value()).value();
    request.nowUtc = nowUtc;
    const ContentGenerator generator(*bank, *limits, *planning);
    const ContentRepository content(db);
    for (const GeneratedItem &g : generator.generate(request)) {
        if (const StoreStatus s = content.update(g.item); s.isError()) {
            *error = s.fullText();
            return std::nullopt;
        }
    }
    return id.value();
}

} // namespace cf::test
