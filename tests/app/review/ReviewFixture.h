#pragma once

// A temporary database holding the seed instruction planned and written the
// way the wizard stores it, plus a ReviewService over it, shared by the
// review service and review page suites.
#include "app/content/text/ContentGenerator.h"
#include "app/core/Clock.h"
#include "app/planning/CampaignPlanner.h"
#include "app/planning/PlanBundle.h"
#include "app/planning/parser/InstructionParser.h"
#include "app/planning/parser/ParserVocabulary.h"
#include "app/review/ReviewService.h"
#include "models/store/CampaignRepository.h"
#include "models/store/CampaignTransfer.h"
#include "models/store/ContentRepository.h"
#include "models/store/Database.h"
#include "models/store/WorkspaceRepository.h"

#include <QTemporaryDir>
#include <QTimeZone>

#include <memory>

namespace cf::test {

inline const QString kReviewSeedInstruction = QStringLiteral(
    "Create Instagram and TikTok campaign for Ramadan sale with 1000 SAR budget targeting women 25-40 in Riyadh");

class ReviewFixture
{
public:
    QTemporaryDir dir;
    FixedClock clock{QDateTime(QDate(2026, 2, 10), QTime(9, 0), QTimeZone::utc())};
    Database db;
    std::shared_ptr<const ReviewResources> resources;
    std::unique_ptr<ReviewService> service;
    qint64 campaignId = 0;
    QString error;

    // Opens the database under `connection` and stores the seed campaign
    // with generated copy; false with `error` set when any step fails.
    bool open(const QString &connection)
    {
        DatabaseOptions options;
        options.nowUtc = clock.nowUtc();
        if (!db.open(dir.filePath(QStringLiteral("campaignforge.sqlite")), connection, options)) {
            error = db.error().fullText();
            return false;
        }
        resources = ReviewResources::loadBuiltIn(&error);
        if (!resources)
            return false;
        service = std::make_unique<ReviewService>(db, clock, dir.filePath(QStringLiteral("assets")), resources);
        return seed();
    }

    std::vector<ContentItem> items() const { return ContentRepository(db).listForCampaign(campaignId).value(); }

private:
    bool seed()
    {
        const QDate today = clock.nowUtc().date();
        const auto vocabulary = ParserVocabulary::loadBuiltIn(&error);
        if (!vocabulary)
            return false;
        const ParsedInstruction parsed = InstructionParser(*vocabulary).parse(kReviewSeedInstruction, today);
        const PlanOutcome outcome = CampaignPlanner(resources->planning).plan(parsed, today);
        if (!outcome.plan) {
            error = outcome.errors.empty() ? QStringLiteral("no plan") : outcome.errors.front().message;
            return false;
        }
        const auto id = CampaignTransfer(db).insert(bundleFromPlan(*outcome.plan, clock.nowUtc()));
        if (!id) {
            error = id.error().fullText();
            return false;
        }
        campaignId = id.value();
        GenerationRequest request;
        request.campaign = CampaignRepository(db).find(campaignId).value();
        request.workspace = WorkspaceRepository(db).find(request.campaign.workspaceId).value();
        request.items = items();
        request.nowUtc = clock.nowUtc();
        const ContentGenerator generator(resources->bank, resources->limits, resources->planning);
        for (const GeneratedItem &g : generator.generate(request)) {
            if (const StoreStatus s = ContentRepository(db).update(g.item); s.isError()) {
                error = s.fullText();
                return false;
            }
        }
        return true;
    }
};

} // namespace cf::test
