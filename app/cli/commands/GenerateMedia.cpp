#include "app/cli/commands/GenerateMedia.h"

#include "app/content/media/AssetStore.h"
#include "app/content/media/FontRegistry.h"
#include "app/content/media/MediaLimits.h"
#include "app/content/media/MediaPipeline.h"
#include "app/core/Clock.h"
#include "app/core/DataPaths.h"
#include "models/store/AssetRepository.h"
#include "models/store/CampaignRepository.h"
#include "models/store/ContentRepository.h"
#include "models/store/Database.h"
#include "models/store/WorkspaceRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace cf {

int generateCampaignMedia(const Database &db, qint64 campaignId, CliContext &context, QJsonObject *report)
{
    const auto campaign = CampaignRepository(db).find(campaignId);
    const auto workspace = campaign ? WorkspaceRepository(db).find(campaign->workspaceId) : campaign.error();
    const auto items = ContentRepository(db).listForCampaign(campaignId);
    if (!campaign || !workspace || !items) {
        context.err << (!campaign ? campaign.error() : !workspace ? workspace.error() : items.error()).fullText()
                    << Qt::endl;
        return cli::kFailed;
    }
    QString error;
    const auto fonts = FontRegistry::registerBundled(&error);
    const auto limits = fonts ? MediaLimits::loadBuiltIn(&error) : std::nullopt;
    if (!limits) {
        context.err << error << Qt::endl;
        return cli::kFailed;
    }
    const AssetStore store(context.paths.assetsDir());
    QString logoPath;
    if (const auto logoId = workspace->brandKit.logoAssetId) {
        const auto logo = AssetRepository(db).find(*logoId);
        if (logo && store.hasFile(*logo))
            logoPath = store.absolutePath(*logo);
    }
    const std::vector<PlannedMediaJob> planned =
        MediaPipeline(*limits).plan(campaign.value(), workspace.value(), items.value(), logoPath);
    const MediaEnvironment environment{*fonts, ToolLocator::fromEnvironment(), context.paths.assetsDir()};
    const std::vector<MediaJobReport> reports =
        runMediaJobsBlocking(db, environment, context.clock, campaignId, planned);

    QJsonArray jobs;
    int succeeded = 0, reused = 0, failed = 0;
    QSet<QString> problems;
    for (const MediaJobReport &r : reports) {
        QJsonObject o{{QStringLiteral("job_id"), r.jobId},
                      {QStringLiteral("item_id"), r.contentItemId},
                      {QStringLiteral("kind"), enumId(r.kind)},
                      {QStringLiteral("language"), r.language},
                      {QStringLiteral("status"), enumId(r.status)},
                      {QStringLiteral("reused"), r.reused}};
        if (r.assetId) {
            o.insert(QStringLiteral("asset_id"), *r.assetId);
            if (const auto asset = AssetRepository(db).find(*r.assetId))
                o.insert(QStringLiteral("file"), store.absolutePath(*asset));
        }
        if (!r.error.isEmpty())
            o.insert(QStringLiteral("error"), r.error);
        jobs.append(o);
        succeeded += r.status == JobStatus::Succeeded;
        reused += r.reused;
        if (r.status == JobStatus::Failed) {
            ++failed;
            problems.insert(r.error);
        }
    }
    for (const QString &problem : problems)
        context.err << problem << Qt::endl;
    *report = QJsonObject{{QStringLiteral("jobs"), int(reports.size())},
                          {QStringLiteral("succeeded"), succeeded},
                          {QStringLiteral("reused"), reused},
                          {QStringLiteral("failed"), failed},
                          {QStringLiteral("items"), jobs}};
    return cli::kOk;
}

} // namespace cf
