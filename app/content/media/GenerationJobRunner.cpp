#include "app/content/media/GenerationJobRunner.h"

#include "app/content/media/AssetStore.h"
#include "app/content/media/MediaLog.h"
#include "app/core/Clock.h"
#include "models/store/AssetRepository.h"
#include "models/store/ContentRepository.h"
#include "models/store/Database.h"
#include "models/store/GenerationJobRepository.h"

#include <QCoreApplication>
#include <QThread>
#include <QtConcurrent>

#include <algorithm>

namespace cf {

namespace {

// Progress rows are written in steps of this many percent: enough for a
// progress bar after a restart, without a write per ffmpeg report.
constexpr int kProgressStep = 10;

} // namespace

GenerationJobRunner::GenerationJobRunner(const Database &database, MediaEnvironment environment, const Clock &clock,
                                         QObject *parent)
    : QObject(parent), m_db(database), m_env(std::move(environment)), m_clock(clock),
      m_maxParallel(qMax(1, QThread::idealThreadCount()))
{
    m_pool.setMaxThreadCount(m_maxParallel);
}

GenerationJobRunner::~GenerationJobRunner()
{
    for (auto &[id, token] : m_running)
        token.cancel();
    m_pool.waitForDone();
}

void GenerationJobRunner::setMaxParallelJobs(int count)
{
    m_maxParallel = qMax(1, count);
    m_pool.setMaxThreadCount(m_maxParallel);
    startMore();
}

std::optional<qint64> GenerationJobRunner::reusableAsset(GenerationKind kind, const QString &cacheKey) const
{
    const auto previous = GenerationJobRepository(m_db).findSucceededByCacheKey(kind, cacheKey);
    if (!previous || !previous.value() || !previous.value()->resultAssetId)
        return std::nullopt;
    const auto asset = AssetRepository(m_db).find(*previous.value()->resultAssetId);
    // The row alone is not enough: the file must still be there, whole.
    if (!asset || !AssetStore(m_env.assetsDir).hasFile(*asset))
        return std::nullopt;
    return asset->id;
}

StoreResult<qint64> GenerationJobRunner::submit(qint64 campaignId, std::optional<qint64> contentItemId,
                                                const MediaJobSpec &spec)
{
    QString keyError;
    const QString cacheKey = mediaJobCacheKey(spec, &keyError);
    GenerationJob job;
    job.campaignId = campaignId;
    job.contentItemId = contentItemId;
    job.kind = spec.kind;
    job.parametersJson = mediaJobParameters(spec, cacheKey);
    job.createdAt = m_clock.nowUtc();
    const std::optional<qint64> cached = cacheKey.isEmpty() ? std::nullopt : reusableAsset(spec.kind, cacheKey);
    if (cacheKey.isEmpty() || cached) {
        // Finished before it starts: bad input, or the same work done before.
        job.status = cached ? JobStatus::Succeeded : JobStatus::Failed;
        job.progressPercent = cached ? 100 : 0;
        job.resultAssetId = cached;
        job.error = keyError;
        job.startedAt = job.finishedAt = job.createdAt;
    }
    const auto id = GenerationJobRepository(m_db).insert(job);
    if (!id)
        return id;
    if (job.status != JobStatus::Queued) {
        if (cached && contentItemId)
            linkToContent(*contentItemId, *cached);
        qCDebug(lcMedia) << "job" << *id << (cached ? "reuses asset" : "failed at once") << cached.value_or(0);
        // Reported from the event loop, like every other finish, so callers
        // can connect after submit().
        const qint64 jobId = *id;
        const JobStatus status = job.status;
        const QString error = job.error;
        QMetaObject::invokeMethod(
            this,
            [this, jobId, status, cached, error] {
                Q_EMIT jobFinished(jobId, status, cached.value_or(0), error);
                if (isIdle())
                    Q_EMIT idle();
            },
            Qt::QueuedConnection);
        return id;
    }
    m_queue.push_back(Pending{*id, contentItemId, spec, CancelToken()});
    startMore();
    return id;
}

void GenerationJobRunner::startMore()
{
    while (!m_queue.empty() && int(m_running.size()) < m_maxParallel) {
        Pending next = std::move(m_queue.front());
        m_queue.pop_front();
        if (StoreStatus s = GenerationJobRepository(m_db).markRunning(next.id, m_clock.nowUtc()); s.isError())
            qCWarning(lcMedia) << "job" << next.id << "cannot be marked running:" << s.fullText();
        m_running.emplace(next.id, next.cancel);
        Q_EMIT jobStarted(next.id);
        const qint64 id = next.id;
        const std::optional<qint64> contentItemId = next.contentItemId;
        // The lambda owns copies of everything it reads; it reaches back only
        // through queued calls on `this`, which the destructor outlives by
        // waiting for the pool.
        (void)QtConcurrent::run(&m_pool, [this, id, contentItemId, spec = std::move(next.spec), env = m_env,
                                          cancel = next.cancel] {
            const auto progress = [this, id](int percent) {
                QMetaObject::invokeMethod(this, [this, id, percent] { onProgress(id, percent); }, Qt::QueuedConnection);
            };
            const MediaJobOutcome outcome = runMediaJob(spec, env, cancel, progress);
            QMetaObject::invokeMethod(
                this, [this, id, contentItemId, outcome] { onDone(id, contentItemId, outcome); }, Qt::QueuedConnection);
        });
    }
}

void GenerationJobRunner::onProgress(qint64 jobId, int percent)
{
    if (!m_running.count(jobId))
        return;
    int &stored = m_lastStoredProgress[jobId];
    if (percent >= stored + kProgressStep) {
        stored = percent - percent % kProgressStep;
        GenerationJobRepository(m_db).setProgress(jobId, stored);
    }
    Q_EMIT jobProgress(jobId, percent);
}

void GenerationJobRunner::onDone(qint64 jobId, std::optional<qint64> contentItemId, const MediaJobOutcome &outcome)
{
    m_running.erase(jobId);
    m_lastStoredProgress.erase(jobId);
    std::optional<qint64> assetId;
    QString error = outcome.error;
    JobStatus status = outcome.status;
    if (status == JobStatus::Succeeded && outcome.asset) {
        Asset asset = *outcome.asset;
        asset.createdAt = m_clock.nowUtc();
        const auto stored = AssetRepository(m_db).insertOrFind(asset);
        if (stored) {
            assetId = *stored;
            if (contentItemId)
                linkToContent(*contentItemId, *assetId);
        } else {
            status = JobStatus::Failed;
            error = stored.error().message;
        }
    }
    finish(jobId, status, assetId, error);
    startMore();
    if (isIdle())
        Q_EMIT idle();
}

void GenerationJobRunner::finish(qint64 jobId, JobStatus status, std::optional<qint64> assetId,
                                 const QString &error)
{
    if (StoreStatus s = GenerationJobRepository(m_db).finish(jobId, status, assetId,
                                                            status == JobStatus::Failed ? error : QString(),
                                                            m_clock.nowUtc());
        s.isError())
        qCWarning(lcMedia) << "job" << jobId << "result not stored:" << s.fullText();
    qCDebug(lcMedia) << "job" << jobId << enumId(status) << error;
    Q_EMIT jobFinished(jobId, status, assetId.value_or(0), status == JobStatus::Failed ? error : QString());
}

void GenerationJobRunner::linkToContent(qint64 contentItemId, qint64 assetId) const
{
    const ContentRepository content(m_db);
    auto found = content.find(contentItemId);
    if (!found)
        return;
    ContentItem item = found.value();
    if (std::find(item.assetIds.begin(), item.assetIds.end(), assetId) != item.assetIds.end())
        return;
    item.assetIds.push_back(assetId);
    item.updatedAt = m_clock.nowUtc();
    if (StoreStatus s = content.update(item); s.isError())
        qCWarning(lcMedia) << "asset" << assetId << "not linked to item" << contentItemId << s.fullText();
}

bool GenerationJobRunner::cancel(qint64 jobId)
{
    const auto queued = std::find_if(m_queue.begin(), m_queue.end(), [jobId](const Pending &p) { return p.id == jobId; });
    if (queued != m_queue.end()) {
        m_queue.erase(queued);
        finish(jobId, JobStatus::Cancelled, std::nullopt, QString());
        if (isIdle())
            Q_EMIT idle();
        return true;
    }
    const auto running = m_running.find(jobId);
    if (running == m_running.end())
        return false;
    running->second.cancel();
    return true;
}

void GenerationJobRunner::cancelAll()
{
    while (!m_queue.empty())
        cancel(m_queue.front().id);
    for (auto &[id, token] : m_running)
        token.cancel();
}

} // namespace cf
