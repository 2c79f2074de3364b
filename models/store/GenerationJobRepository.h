#pragma once

#include "models/domain/GenerationJob.h"
#include "models/store/StoreError.h"

#include <optional>
#include <vector>

namespace cf {
class Database;

// Rows of generation_jobs: creative, voice-over and video work with its
// status, progress, result asset and error. The job's inputs are kept as
// JSON in parametersJson; a "cache_key" member there lets identical work be
// found again (findSucceededByCacheKey) so it is not redone.
class GenerationJobRepository
{
public:
    explicit GenerationJobRepository(const Database &database) : m_db(database) {}

    StoreResult<qint64> insert(const GenerationJob &job) const;
    StoreResult<GenerationJob> find(qint64 id) const;
    StoreResult<std::vector<GenerationJob>> listForCampaign(qint64 campaignId) const;

    StoreStatus markRunning(qint64 id, const QDateTime &startedAtUtc) const;
    StoreStatus setProgress(qint64 id, int percent) const;
    // Records the end of a job: succeeded (with its asset), failed (with a
    // translated reason) or cancelled.
    StoreStatus finish(qint64 id, JobStatus status, std::optional<qint64> resultAssetId, const QString &error,
                       const QDateTime &finishedAtUtc) const;

    // The most recent succeeded job of `kind` whose parameters carry this
    // cache key and that still has a result asset; nullopt when there is none.
    StoreResult<std::optional<GenerationJob>> findSucceededByCacheKey(GenerationKind kind, const QString &cacheKey) const;

    // Jobs still queued or running from an earlier run (the program ended
    // before they did) are marked failed with `reason`; returns how many.
    StoreResult<int> failUnfinished(const QString &reason, const QDateTime &nowUtc) const;

private:
    StoreResult<std::vector<GenerationJob>> select(const QString &where, const QVariantList &args) const;

    const Database &m_db;
};

} // namespace cf
