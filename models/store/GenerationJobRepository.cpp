#include "models/store/GenerationJobRepository.h"

#include "models/store/Database.h"
#include "models/store/RowSupport.h"

#include <QCoreApplication>

namespace cf {

namespace {

GenerationJob fromRow(const QSqlQuery &q)
{
    GenerationJob j;
    j.id = q.value(0).toLongLong();
    j.campaignId = q.value(1).toLongLong();
    j.contentItemId = sql::optionalId(q.value(2));
    j.kind = sql::enumColumn<GenerationKind>(q.value(3), "generation_jobs.kind");
    j.status = sql::enumColumn<JobStatus>(q.value(4), "generation_jobs.status");
    j.progressPercent = q.value(5).toInt();
    j.parametersJson = q.value(6).toString();
    j.resultAssetId = sql::optionalId(q.value(7));
    j.error = q.value(8).toString();
    j.createdAt = sql::instantColumn(q.value(9), "generation_jobs.created_at");
    j.startedAt = sql::instantColumn(q.value(10), "generation_jobs.started_at");
    j.finishedAt = sql::instantColumn(q.value(11), "generation_jobs.finished_at");
    return j;
}

StoreError noSuchJob(qint64 id)
{
    return StoreError::make(StoreError::Code::NotFound,
                            QCoreApplication::translate("cf::Database", "There is no generation job with id %1.").arg(id));
}

} // namespace

StoreResult<std::vector<GenerationJob>> GenerationJobRepository::select(const QString &where, const QVariantList &args) const
{
    if (StoreStatus r = m_db.checkReadable(); r.isError())
        return r;
    QSqlQuery q(m_db.handle());
    q.setForwardOnly(true);
    if (StoreStatus s = sql::exec(q,
                                  QStringLiteral("SELECT id, campaign_id, content_id, kind, status, progress, parameters, "
                                                 "result_asset_id, error, created_at, started_at, finished_at "
                                                 "FROM generation_jobs ")
                                      + where,
                                  args);
        s.isError())
        return s;
    std::vector<GenerationJob> rows;
    try {
        while (q.next())
            rows.push_back(fromRow(q));
    } catch (const std::exception &e) {
        return sql::invalidData(QStringLiteral("generation_jobs"), QString::fromUtf8(e.what()));
    }
    return rows;
}

StoreResult<qint64> GenerationJobRepository::insert(const GenerationJob &job) const
{
    if (StoreStatus w = m_db.checkWritable(); w.isError())
        return w;
    QSqlQuery q(m_db.handle());
    const QString parameters = job.parametersJson.isEmpty() ? QStringLiteral("{}") : job.parametersJson;
    if (StoreStatus s = sql::exec(q,
                                  QStringLiteral("INSERT INTO generation_jobs (campaign_id, content_id, kind, status, "
                                                 "progress, parameters, result_asset_id, error, created_at, started_at, "
                                                 "finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                  {job.campaignId, sql::optional(job.contentItemId), enumId(job.kind), enumId(job.status),
                                   qBound(0, job.progressPercent, 100), parameters, sql::optional(job.resultAssetId),
                                   job.error, sql::instantValue(job.createdAt), sql::instantValue(job.startedAt),
                                   sql::instantValue(job.finishedAt)});
        s.isError())
        return s;
    return q.lastInsertId().toLongLong();
}

StoreResult<GenerationJob> GenerationJobRepository::find(qint64 id) const
{
    auto rows = select(QStringLiteral("WHERE id = ?"), {id});
    if (!rows)
        return rows.error();
    if (rows->empty())
        return noSuchJob(id);
    return rows->front();
}

StoreResult<std::vector<GenerationJob>> GenerationJobRepository::listForCampaign(qint64 campaignId) const
{
    return select(QStringLiteral("WHERE campaign_id = ? ORDER BY id"), {campaignId});
}

namespace {

StoreStatus updateOne(const Database &db, qint64 id, const QString &statement, QVariantList args)
{
    if (StoreStatus w = db.checkWritable(); w.isError())
        return w;
    QSqlQuery q(db.handle());
    args.append(id);
    if (StoreStatus s = sql::exec(q, statement, args); s.isError())
        return s;
    return q.numRowsAffected() == 1 ? StoreStatus{} : noSuchJob(id);
}

} // namespace

StoreStatus GenerationJobRepository::markRunning(qint64 id, const QDateTime &startedAtUtc) const
{
    return updateOne(m_db, id,
                     QStringLiteral("UPDATE generation_jobs SET status = ?, started_at = ?, progress = 0 WHERE id = ?"),
                     {enumId(JobStatus::Running), sql::instantValue(startedAtUtc)});
}

StoreStatus GenerationJobRepository::setProgress(qint64 id, int percent) const
{
    return updateOne(m_db, id, QStringLiteral("UPDATE generation_jobs SET progress = ? WHERE id = ?"),
                     {qBound(0, percent, 100)});
}

StoreStatus GenerationJobRepository::finish(qint64 id, JobStatus status, std::optional<qint64> resultAssetId,
                                            const QString &error, const QDateTime &finishedAtUtc) const
{
    const int progress = status == JobStatus::Succeeded ? 100 : -1;
    return updateOne(m_db, id,
                     QStringLiteral("UPDATE generation_jobs SET status = ?, result_asset_id = ?, error = ?, "
                                    "finished_at = ?, progress = CASE WHEN ? >= 0 THEN ? ELSE progress END WHERE id = ?"),
                     {enumId(status), sql::optional(resultAssetId), error, sql::instantValue(finishedAtUtc), progress,
                      progress});
}

StoreResult<std::optional<GenerationJob>> GenerationJobRepository::findSucceededByCacheKey(GenerationKind kind,
                                                                                           const QString &cacheKey) const
{
    // json_extract is part of every SQLite Qt ships or links (JSON is built
    // in since SQLite 3.38).
    auto rows = select(QStringLiteral("WHERE kind = ? AND status = ? AND result_asset_id IS NOT NULL "
                                      "AND json_valid(parameters) AND json_extract(parameters, '$.cache_key') = ? "
                                      "ORDER BY id DESC LIMIT 1"),
                       {enumId(kind), enumId(JobStatus::Succeeded), cacheKey});
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<GenerationJob>();
    return std::optional<GenerationJob>(rows->front());
}

StoreResult<int> GenerationJobRepository::failUnfinished(const QString &reason, const QDateTime &nowUtc) const
{
    if (StoreStatus w = m_db.checkWritable(); w.isError())
        return w;
    QSqlQuery q(m_db.handle());
    if (StoreStatus s = sql::exec(q,
                                  QStringLiteral("UPDATE generation_jobs SET status = ?, error = ?, finished_at = ? "
                                                 "WHERE status IN (?, ?)"),
                                  {enumId(JobStatus::Failed), reason, sql::instantValue(nowUtc), enumId(JobStatus::Queued),
                                   enumId(JobStatus::Running)});
        s.isError())
        return s;
    return q.numRowsAffected();
}

} // namespace cf
