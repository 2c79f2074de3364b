#include "app/workflow/CampaignCreationService.h"

#include "app/content/media/AssetStore.h"
#include "app/content/media/GenerationJobRunner.h"
#include "app/content/media/MediaLimits.h"
#include "app/content/media/MediaPipeline.h"
#include "app/content/media/ToolLocator.h"
#include "app/content/text/ContentGenerator.h"
#include "app/content/text/PhraseBank.h"
#include "app/content/text/PlatformLimits.h"
#include "app/core/Clock.h"
#include "app/planning/CampaignPlanner.h"
#include "app/planning/PlanBundle.h"
#include "app/workflow/ImageImport.h"
#include "app/workflow/WorkflowLog.h"
#include "models/store/AssetRepository.h"
#include "models/store/CampaignRepository.h"
#include "models/store/ContentRepository.h"
#include "models/store/Database.h"
#include "models/store/SqlSupport.h"
#include "models/store/WorkspaceRepository.h"

#include <QCoreApplication>
#include <QtConcurrent>

namespace cf {
namespace {

// Where each step starts on the run's 0-100 scale: media takes the most time.
constexpr int kSavingPercent = 10;
constexpr int kCopyPercent = 20;
constexpr int kMediaPercent = 40;

} // namespace

CampaignCreationService::CampaignCreationService(const Database &database, const Clock &clock, QString assetsDir,
                                                 std::shared_ptr<const PlanningResources> resources, QObject *parent)
    : QObject(parent), m_db(database), m_clock(clock), m_assetsDir(std::move(assetsDir)), m_resources(std::move(resources))
{
    connect(&m_planWatcher, &QFutureWatcher<Planned>::finished, this, &CampaignCreationService::onPlanned);
    connect(&m_copyWatcher, &QFutureWatcher<std::shared_ptr<Written>>::finished, this,
            &CampaignCreationService::onCopyWritten);
}

CampaignCreationService::~CampaignCreationService()
{
    m_cancel.cancel();
    m_planWatcher.waitForFinished();
    m_copyWatcher.waitForFinished();
}

QString CampaignCreationService::stepTitle(Step step)
{
    switch (step) {
    case Step::Planning: return tr("Planning the campaign");
    case Step::Saving: return tr("Saving the draft");
    case Step::WritingCopy: return tr("Writing the Arabic and English copy");
    case Step::MakingMedia: return tr("Making images, voice-overs and videos");
    case Step::Done: return tr("Done");
    }
    return {};
}

void CampaignCreationService::report(Step step, int percent, const QString &detail)
{
    Q_EMIT progressChanged(step, percent, detail);
}

bool CampaignCreationService::start(const CampaignCreationRequest &request)
{
    if (m_running || !m_resources)
        return false;
    m_running = true;
    m_request = request;
    m_cancel = CancelToken();
    m_campaignId = 0;
    m_mediaTotal = m_mediaDone = m_mediaFailed = 0;
    report(Step::Planning, 0);

    const QDateTime now = m_clock.nowUtc();
    m_planWatcher.setFuture(QtConcurrent::run([resources = m_resources, request, now, assetsDir = m_assetsDir] {
        Planned planned;
        const PlanOutcome outcome = CampaignPlanner(resources->data).plan(request.brief, request.referenceDate);
        if (!outcome.plan) {
            QStringList messages;
            for (const PlanMessage &e : outcome.errors)
                messages << e.message;
            planned.error = messages.join(QLatin1Char('\n'));
            return planned;
        }
        CampaignBundle bundle = bundleFromPlan(*outcome.plan, now);
        bundle.campaign.automationLevel = request.automation;
        bundle.campaign.product = request.product;
        // Images are checked and copied here, off the GUI thread; their rows
        // are written with the campaign.
        const auto import = [&](const QString &file, std::optional<Asset> *asset) {
            if (file.isEmpty() || !planned.error.isEmpty())
                return;
            QString error;
            *asset = importImageFile(file, assetsDir, &error);
            if (!*asset)
                planned.error = error;
        };
        import(request.logoFile, &planned.logo);
        import(request.productPhotoFile, &planned.productPhoto);
        if (planned.error.isEmpty())
            planned.bundle = std::move(bundle);
        return planned;
    }));
    return true;
}

void CampaignCreationService::cancel()
{
    if (!m_running)
        return;
    m_cancel.cancel();
    // Queued media jobs end at once, running ones at their next check;
    // onMediaJobFinished() completes the cancellation when the last reports.
    if (m_runner)
        m_runner->cancelAll();
}

void CampaignCreationService::onPlanned()
{
    Planned planned = m_planWatcher.result();
    if (m_cancel.isCancelled())
        return cancelRun();
    if (!planned.bundle)
        return failRun(planned.error);
    report(Step::Saving, kSavingPercent);
    saveCampaign(std::move(planned));
}

void CampaignCreationService::saveCampaign(Planned planned)
{
    const QDateTime now = m_clock.nowUtc();
    CampaignBundle &bundle = *planned.bundle;
    const WorkspaceRepository workspaces(m_db);
    qint64 campaignId = 0;
    const StoreStatus saved = sql::inTransaction(m_db.handle(), [&]() -> StoreStatus {
        Workspace fallback;
        fallback.name = m_request.businessName.isEmpty() ? tr("My business") : m_request.businessName;
        fallback.defaultCurrency = bundle.campaign.budget.amount.currency;
        fallback.timeZone = bundle.campaign.timeZone;
        fallback.locale = bundle.campaign.languages.value(0) == QLatin1String("ar") ? QStringLiteral("ar_SA")
                                                                                   : QStringLiteral("en_US");
        fallback.createdAt = fallback.updatedAt = now;
        const auto workspaceId = workspaces.firstOrCreate(fallback);
        if (!workspaceId)
            return workspaceId.error();
        auto workspace = workspaces.find(*workspaceId);
        if (!workspace)
            return workspace.error();
        // Remember the brand and the product for the next campaign.
        Workspace updated = workspace.value();
        if (!m_request.businessName.isEmpty())
            updated.name = m_request.businessName;
        if (!m_request.tone.isEmpty())
            updated.brandKit.tone = m_request.tone;
        updated.brandKit.lastProduct = m_request.product;
        const AssetRepository assets(m_db);
        for (auto [asset, slot] : {std::pair{&planned.logo, &updated.brandKit.logoAssetId},
                                   std::pair{&planned.productPhoto, &updated.brandKit.productPhotoAssetId}}) {
            if (!*asset)
                continue;
            Asset row = **asset;
            row.createdAt = now;
            const auto id = assets.insertOrFind(row);
            if (!id)
                return id.error();
            *slot = *id;
        }
        if (!(updated == workspace.value())) {
            updated.updatedAt = now;
            if (StoreStatus s = workspaces.update(updated); s.isError())
                return s;
        }
        bundle.campaign.workspaceId = *workspaceId;
        const auto id = CampaignTransfer(m_db).insert(bundle);
        if (!id)
            return id.error();
        campaignId = *id;
        return {};
    });
    if (saved.isError())
        return failRun(saved.fullText());
    m_campaignId = campaignId;
    qCInfo(lcWorkflow) << "campaign" << campaignId << "saved as a draft";

    auto campaign = CampaignRepository(m_db).find(campaignId);
    auto workspace = campaign ? workspaces.find(campaign->workspaceId) : StoreResult<Workspace>(campaign.error());
    auto items = ContentRepository(m_db).listForCampaign(campaignId);
    if (!campaign || !workspace || !items)
        return failRun((!campaign ? campaign.error() : !workspace ? workspace.error() : items.error()).fullText());

    report(Step::WritingCopy, kCopyPercent);
    GenerationRequest request;
    request.campaign = campaign.value();
    request.workspace = workspace.value();
    request.items = items.value();
    request.seed = m_request.seed;
    request.nowUtc = now;
    m_copyWatcher.setFuture(QtConcurrent::run([resources = m_resources, request] {
        auto written = std::make_shared<Written>();
        QString error;
        const auto bank = PhraseBank::loadBuiltIn(&error);
        const auto limits = bank ? PlatformLimits::loadBuiltIn(&error) : std::nullopt;
        if (!limits) {
            written->error = error;
            return written;
        }
        written->items = ContentGenerator(*bank, *limits, resources->data).generate(request);
        return written;
    }));
}

void CampaignCreationService::onCopyWritten()
{
    const std::shared_ptr<Written> written = m_copyWatcher.result();
    // Cancelled while writing: the draft keeps its items without copy, which
    // "generate" or the review screen can still fill.
    if (m_cancel.isCancelled())
        return cancelRun();
    if (!written->error.isEmpty())
        return failRun(written->error);
    const ContentRepository content(m_db);
    const StoreStatus saved = sql::inTransaction(m_db.handle(), [&]() -> StoreStatus {
        for (const GeneratedItem &g : written->items) {
            if (!g.changed)
                continue;
            if (StoreStatus s = content.update(g.item); s.isError())
                return s;
        }
        return {};
    });
    if (saved.isError())
        return failRun(saved.fullText());
    report(Step::WritingCopy, kMediaPercent, tr("%n items written", nullptr, int(written->items.size())));
    if (!m_request.generateMedia)
        return finishRun();
    startMedia();
}

void CampaignCreationService::startMedia()
{
    QString error;
    if (!m_fonts)
        m_fonts = FontRegistry::registerBundled(&error);
    const auto limits = m_fonts ? MediaLimits::loadBuiltIn(&error) : std::nullopt;
    if (!limits)
        return failRun(error);
    const auto campaign = CampaignRepository(m_db).find(m_campaignId);
    const auto workspace = campaign ? WorkspaceRepository(m_db).find(campaign->workspaceId) : campaign.error();
    const auto items = ContentRepository(m_db).listForCampaign(m_campaignId);
    if (!campaign || !workspace || !items)
        return failRun((!campaign ? campaign.error() : !workspace ? workspace.error() : items.error()).fullText());

    const AssetStore store(m_assetsDir);
    QString logoPath;
    if (const auto logoId = workspace->brandKit.logoAssetId) {
        const auto logo = AssetRepository(m_db).find(*logoId);
        if (logo && store.hasFile(*logo))
            logoPath = store.absolutePath(*logo);
    }
    const std::vector<PlannedMediaJob> jobs = MediaPipeline(*limits).plan(campaign.value(), workspace.value(), items.value(), logoPath);
    m_runner = std::make_unique<GenerationJobRunner>(
        m_db, MediaEnvironment{*m_fonts, ToolLocator::fromEnvironment(), m_assetsDir}, m_clock);
    if (m_maxParallelMedia > 0)
        m_runner->setMaxParallelJobs(m_maxParallelMedia);
    connect(m_runner.get(), &GenerationJobRunner::jobFinished, this,
            [this](qint64, JobStatus status, qint64, const QString &) {
                m_mediaFailed += status == JobStatus::Failed;
                onMediaJobFinished();
            });
    m_mediaTotal = int(jobs.size());
    if (jobs.empty())
        return finishRun();
    for (const PlannedMediaJob &job : jobs) {
        const auto id = m_runner->submit(m_campaignId, job.contentItemId, job.spec);
        if (!id) {
            qCWarning(lcWorkflow) << "media job not stored:" << id.error().fullText();
            ++m_mediaFailed;
            // Counted as done; the last report ends the run.
            QMetaObject::invokeMethod(this, &CampaignCreationService::onMediaJobFinished, Qt::QueuedConnection);
        }
    }
    // Reported once every job is queued, so a cancel from this signal
    // reaches all of them.
    report(Step::MakingMedia, kMediaPercent, tr("%1 of %2 media files").arg(0).arg(m_mediaTotal));
}

void CampaignCreationService::onMediaJobFinished()
{
    if (!m_running)
        return;
    ++m_mediaDone;
    const int percent = kMediaPercent + (100 - kMediaPercent) * m_mediaDone / qMax(1, m_mediaTotal);
    report(Step::MakingMedia, qMin(percent, 99), tr("%1 of %2 media files").arg(m_mediaDone).arg(m_mediaTotal));
    if (m_mediaDone < m_mediaTotal)
        return;
    if (m_cancel.isCancelled())
        cancelRun();
    else
        finishRun();
}

void CampaignCreationService::finishRun()
{
    if (StoreStatus s = CampaignRepository(m_db).setStatus(m_campaignId, CampaignStatus::InReview, m_clock.nowUtc());
        s.isError())
        qCWarning(lcWorkflow) << "campaign" << m_campaignId << "not moved to review:" << s.fullText();
    m_running = false;
    report(Step::Done, 100);
    qCInfo(lcWorkflow) << "campaign" << m_campaignId << "created;" << m_mediaFailed << "media jobs failed";
    Q_EMIT finished(m_campaignId, m_mediaFailed);
}

void CampaignCreationService::failRun(const QString &error)
{
    m_running = false;
    qCWarning(lcWorkflow) << "campaign creation failed:" << error;
    Q_EMIT failed(error, m_campaignId);
}

void CampaignCreationService::cancelRun()
{
    m_running = false;
    qCInfo(lcWorkflow) << "campaign creation cancelled; draft" << m_campaignId;
    Q_EMIT cancelled(m_campaignId);
}

} // namespace cf
