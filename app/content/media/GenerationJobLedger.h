#pragma once

#include "app/content/media/MediaJob.h"
#include "models/store/StoreError.h"

#include <optional>

namespace cf {
class Clock;
class Database;

// The database side of media jobs, shared by the asynchronous
// GenerationJobRunner and the blocking batch the CLI uses: admitting a job
// (with cache reuse), marking it running, storing progress and recording
// its outcome (asset row, job row, link to the content item). Used only on
// the thread that owns the database connection.
class GenerationJobLedger
{
public:
    GenerationJobLedger(const Database &database, QString assetsDir, const Clock &clock)
        : m_db(database), m_assetsDir(std::move(assetsDir)), m_clock(clock)
    {
    }

    struct Admission
    {
        qint64 jobId = 0;
        bool mustRun = true; // false: already finished (reused or bad input)
        JobStatus status = JobStatus::Queued;
        std::optional<qint64> assetId;
        QString error;
    };
    // Stores the job row. When identical work succeeded before and its file
    // is still present, the job is stored as succeeded with that asset (and
    // linked); when the inputs cannot be read it is stored as failed.
    StoreResult<Admission> admit(qint64 campaignId, std::optional<qint64> contentItemId, const MediaJobSpec &spec) const;

    void markRunning(qint64 jobId) const;
    void storeProgress(qint64 jobId, int percent) const;

    struct Recorded
    {
        JobStatus status = JobStatus::Failed;
        std::optional<qint64> assetId;
        QString error;
    };
    // Writes the asset row (success), links it to the item and finishes the job row.
    Recorded record(qint64 jobId, std::optional<qint64> contentItemId, const MediaJobOutcome &outcome) const;
    // Finishes a job that never ran (cancelled while queued).
    void recordCancelled(qint64 jobId) const;

private:
    std::optional<qint64> reusableAsset(GenerationKind kind, const QString &cacheKey) const;
    void linkToContent(qint64 contentItemId, qint64 assetId) const;

    const Database &m_db;
    QString m_assetsDir;
    const Clock &m_clock;
};

} // namespace cf
