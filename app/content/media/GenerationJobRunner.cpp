#include "app/content/media/GenerationJobRunner.h"

#include "app/content/media/MediaLog.h"

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
    : QObject(parent), m_env(std::move(environment)), m_ledger(database, m_env.assetsDir, clock),
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

StoreResult<qint64> GenerationJobRunner::submit(qint64 campaignId, std::optional<qint64> contentItemId,
                                                const MediaJobSpec &spec)
{
    const auto admission = m_ledger.admit(campaignId, contentItemId, spec);
    if (!admission)
        return admission.error();
    const qint64 id = admission->jobId;
    if (!admission->mustRun) {
        // Reported from the event loop, like every other finish, so callers
        // can connect after submit().
        const JobStatus status = admission->status;
        const qint64 assetId = admission->assetId.value_or(0);
        const QString error = admission->error;
        QMetaObject::invokeMethod(
            this,
            [this, id, status, assetId, error] {
                Q_EMIT jobFinished(id, status, assetId, error);
                if (isIdle())
                    Q_EMIT idle();
            },
            Qt::QueuedConnection);
        return id;
    }
    m_queue.push_back(Pending{id, contentItemId, spec, CancelToken()});
    startMore();
    return id;
}

void GenerationJobRunner::startMore()
{
    while (!m_queue.empty() && int(m_running.size()) < m_maxParallel) {
        Pending next = std::move(m_queue.front());
        m_queue.pop_front();
        m_ledger.markRunning(next.id);
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
        m_ledger.storeProgress(jobId, stored);
    }
    Q_EMIT jobProgress(jobId, percent);
}

void GenerationJobRunner::onDone(qint64 jobId, std::optional<qint64> contentItemId, const MediaJobOutcome &outcome)
{
    m_running.erase(jobId);
    m_lastStoredProgress.erase(jobId);
    const GenerationJobLedger::Recorded r = m_ledger.record(jobId, contentItemId, outcome);
    Q_EMIT jobFinished(jobId, r.status, r.assetId.value_or(0), r.error);
    startMore();
    if (isIdle())
        Q_EMIT idle();
}

bool GenerationJobRunner::cancel(qint64 jobId)
{
    const auto queued = std::find_if(m_queue.begin(), m_queue.end(), [jobId](const Pending &p) { return p.id == jobId; });
    if (queued != m_queue.end()) {
        m_queue.erase(queued);
        m_ledger.recordCancelled(jobId);
        Q_EMIT jobFinished(jobId, JobStatus::Cancelled, 0, QString());
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
