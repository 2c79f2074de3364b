#pragma once

#include "app/content/media/GenerationJobLedger.h"
#include "app/content/media/MediaJob.h"
#include "models/store/StoreError.h"

#include <QObject>
#include <QThreadPool>

#include <deque>
#include <map>
#include <optional>

namespace cf {
class Clock;
class Database;

// Runs media generation jobs on its own thread pool and keeps their rows in
// generation_jobs current: queued when submitted, running with progress,
// then succeeded (with the stored asset, linked to the content item),
// failed (with a translated reason) or cancelled.
//
// Workers only compute and write files; every database write happens on the
// runner's thread (the one owning `database`), reached by queued calls.
// Identical work is not redone: a job whose cache key matches an earlier
// succeeded job whose file is still present finishes at once with that asset.
class GenerationJobRunner : public QObject
{
    Q_OBJECT

public:
    GenerationJobRunner(const Database &database, MediaEnvironment environment, const Clock &clock,
                        QObject *parent = nullptr);
    // Cancels everything and waits for running workers (no event loop).
    ~GenerationJobRunner() override;

    // How many jobs run at once (default: the number of CPU cores).
    void setMaxParallelJobs(int count);

    // Stores the job and schedules it; returns its id. Bad input (an
    // unreadable logo) is stored as a failed job, not refused.
    StoreResult<qint64> submit(qint64 campaignId, std::optional<qint64> contentItemId, const MediaJobSpec &spec);

    // A queued job is cancelled at once; a running one stops at its next
    // check (within a tenth of a second while a tool runs). False when the
    // job is not queued or running here.
    bool cancel(qint64 jobId);
    void cancelAll();

    bool isIdle() const { return m_queue.empty() && m_running.empty(); }

Q_SIGNALS:
    void jobStarted(qint64 jobId);
    void jobProgress(qint64 jobId, int percent);
    // assetId is 0 unless the job succeeded; error is empty unless it failed.
    void jobFinished(qint64 jobId, cf::JobStatus status, qint64 assetId, const QString &error);
    // No job is queued or running any more.
    void idle();

private:
    struct Pending
    {
        qint64 id = 0;
        std::optional<qint64> contentItemId;
        MediaJobSpec spec;
        CancelToken cancel;
    };

    void startMore();
    void onProgress(qint64 jobId, int percent);
    void onDone(qint64 jobId, std::optional<qint64> contentItemId, const MediaJobOutcome &outcome);

    MediaEnvironment m_env;
    GenerationJobLedger m_ledger;
    int m_maxParallel;
    std::deque<Pending> m_queue;
    std::map<qint64, CancelToken> m_running;
    std::map<qint64, int> m_lastStoredProgress;
    QThreadPool m_pool;
};

} // namespace cf
