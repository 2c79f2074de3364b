#include "app/content/media/GenerationJobLedger.h"

#include "app/content/media/AssetStore.h"
#include "app/content/media/MediaLog.h"
#include "app/core/Clock.h"
#include "models/store/AssetRepository.h"
#include "models/store/ContentRepository.h"
#include "models/store/Database.h"
#include "models/store/GenerationJobRepository.h"

#include <algorithm>

namespace cf {

std::optional<qint64> GenerationJobLedger::reusableAsset(GenerationKind kind, const QString &cacheKey) const
{
    const auto previous = GenerationJobRepository(m_db).findSucceededByCacheKey(kind, cacheKey);
    if (!previous || !previous.value() || !previous.value()->resultAssetId)
        return std::nullopt;
    const auto asset = AssetRepository(m_db).find(*previous.value()->resultAssetId);
    // The row alone is not enough: the file must still be there, whole.
    if (!asset || !AssetStore(m_assetsDir).hasFile(*asset))
        return std::nullopt;
    return asset->id;
}

StoreResult<GenerationJobLedger::Admission> GenerationJobLedger::admit(qint64 campaignId,
                                                                       std::optional<qint64> contentItemId,
                                                                       const MediaJobSpec &spec) const
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
        return id.error();
    if (cached && contentItemId)
        linkToContent(*contentItemId, *cached);
    return Admission{*id, job.status == JobStatus::Queued, job.status, cached, job.error};
}

void GenerationJobLedger::markRunning(qint64 jobId) const
{
    if (StoreStatus s = GenerationJobRepository(m_db).markRunning(jobId, m_clock.nowUtc()); s.isError())
        qCWarning(lcMedia) << "job" << jobId << "cannot be marked running:" << s.fullText();
}

void GenerationJobLedger::storeProgress(qint64 jobId, int percent) const
{
    GenerationJobRepository(m_db).setProgress(jobId, percent);
}

GenerationJobLedger::Recorded GenerationJobLedger::record(qint64 jobId, std::optional<qint64> contentItemId,
                                                          const MediaJobOutcome &outcome) const
{
    Recorded r{outcome.status, std::nullopt, outcome.status == JobStatus::Failed ? outcome.error : QString()};
    if (outcome.status == JobStatus::Succeeded && outcome.asset) {
        Asset asset = *outcome.asset;
        asset.createdAt = m_clock.nowUtc();
        const auto stored = AssetRepository(m_db).insertOrFind(asset);
        if (stored) {
            r.assetId = *stored;
            if (contentItemId)
                linkToContent(*contentItemId, *stored);
        } else {
            r.status = JobStatus::Failed;
            r.error = stored.error().message;
        }
    }
    if (StoreStatus s = GenerationJobRepository(m_db).finish(jobId, r.status, r.assetId, r.error, m_clock.nowUtc());
        s.isError())
        qCWarning(lcMedia) << "job" << jobId << "result not stored:" << s.fullText();
    qCDebug(lcMedia) << "job" << jobId << enumId(r.status) << r.error;
    return r;
}

void GenerationJobLedger::recordCancelled(qint64 jobId) const
{
    record(jobId, std::nullopt, MediaJobOutcome{JobStatus::Cancelled, QString(), std::nullopt});
}

void GenerationJobLedger::linkToContent(qint64 contentItemId, qint64 assetId) const
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

} // namespace cf
