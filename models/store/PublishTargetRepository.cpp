#include "models/store/PublishTargetRepository.h"

#include "models/domain/PublishAttempt.h"
#include "models/store/Database.h"
#include "models/store/RowSupport.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace cf {

namespace {

const QString kColumns = QStringLiteral(
    "id, content_id, connection_id, platform, language, state, attempts, next_attempt_at, claimed_by, claimed_at, "
    "attempt_id, request_fingerprint, sending_at, external_id, permalink, error_kind, error_message, error_action, "
    "checkpoints, native_schedule, released, created_at, updated_at, platform_status, platform_status_at, ad_delivery");

// {"step": "entity id", ...}; anything else in the column is damage.
std::map<QString, QString> checkpointsColumn(const QVariant &value)
{
    const nlohmann::json parsed = sql::jsonColumn<nlohmann::json>(value, "publish_targets.checkpoints");
    if (!parsed.is_object())
        throw std::invalid_argument("publish_targets.checkpoints: not a JSON object");
    std::map<QString, QString> out;
    for (const auto &[step, id] : parsed.items()) {
        if (!id.is_string())
            throw std::invalid_argument("publish_targets.checkpoints: value of \"" + step + "\" is not text");
        out[QString::fromStdString(step)] = QString::fromStdString(id.get<std::string>());
    }
    return out;
}

PublishTarget fromRow(const QSqlQuery &q)
{
    PublishTarget t;
    t.id = q.value(0).toLongLong();
    t.contentItemId = q.value(1).toLongLong();
    t.connectionId = q.value(2).toLongLong();
    t.platform = sql::platformColumn(q.value(3));
    t.language = q.value(4).toString();
    t.state = sql::enumColumn<TargetState>(q.value(5), "publish_targets.state");
    t.attempts = q.value(6).toInt();
    t.nextAttemptAt = sql::instantColumn(q.value(7), "publish_targets.next_attempt_at");
    t.claimedBy = q.value(8).toString();
    t.claimedAt = sql::instantColumn(q.value(9), "publish_targets.claimed_at");
    t.attemptId = sql::optionalId(q.value(10));
    t.requestFingerprint = q.value(11).toString();
    t.sendingAt = sql::instantColumn(q.value(12), "publish_targets.sending_at");
    t.externalId = q.value(13).toString();
    t.permalink = q.value(14).toString();
    t.errorKind = q.value(15).toString();
    t.errorMessage = q.value(16).toString();
    t.errorAction = q.value(17).toString();
    t.checkpoints = checkpointsColumn(q.value(18));
    t.nativeSchedule = q.value(19).toInt() != 0;
    t.released = q.value(20).toInt() != 0;
    t.createdAt = sql::instantColumn(q.value(21), "publish_targets.created_at");
    t.updatedAt = sql::instantColumn(q.value(22), "publish_targets.updated_at");
    t.platformStatus = q.value(23).toString();
    t.platformStatusAt = sql::instantColumn(q.value(24), "publish_targets.platform_status_at");
    t.adDelivery = q.value(25).toString();
    return t;
}

StoreError noSuchTarget(qint64 id)
{
    return StoreError::make(StoreError::Code::NotFound,
                            QCoreApplication::translate("cf::Database", "There is no publishing target with id %1.").arg(id));
}

QString id(TargetState state) { return enumId(state); }

// Brings the item's publish_state (and its first external id and permalink)
// in line with its targets. Part of every move's transaction.
StoreStatus syncContent(const QSqlDatabase &db, const QString &contentIdSql, const QVariantList &contentIdArgs,
                        const QDateTime &nowUtc)
{
    const QString has = QStringLiteral("EXISTS (SELECT 1 FROM publish_targets WHERE content_id = campaign_content.id "
                                       "AND state IN (%1))");
    QString statement = QStringLiteral("UPDATE campaign_content SET publish_state = CASE"
                                       " WHEN ") + has.arg(QStringLiteral("'claimed','sending'"))
                        + QStringLiteral(" THEN 'publishing' WHEN ") + has.arg(QStringLiteral("'unknown'"))
                        + QStringLiteral(" THEN 'unknown' WHEN ") + has.arg(QStringLiteral("'failed_permanent'"))
                        + QStringLiteral(" THEN 'failed' WHEN ") + has.arg(QStringLiteral("'scheduled','failed_retryable'"))
                        + QStringLiteral(" THEN 'queued' WHEN ") + has.arg(QStringLiteral("'published'"))
                        + QStringLiteral(" THEN 'published' ELSE 'cancelled' END,"
                                         " external_id = COALESCE((SELECT external_id FROM publish_targets WHERE "
                                         "content_id = campaign_content.id AND state = 'published' ORDER BY id LIMIT 1), "
                                         "external_id),"
                                         " permalink = COALESCE((SELECT permalink FROM publish_targets WHERE "
                                         "content_id = campaign_content.id AND state = 'published' ORDER BY id LIMIT 1), "
                                         "permalink),"
                                         " updated_at = ?"
                                         " WHERE id IN (") + contentIdSql
                        + QStringLiteral(") AND EXISTS (SELECT 1 FROM publish_targets WHERE content_id = campaign_content.id)");
    QSqlQuery q(db);
    QVariantList args{sql::instantValue(nowUtc)};
    args.append(contentIdArgs);
    return sql::exec(q, statement, args);
}

} // namespace

StoreResult<std::vector<PublishTarget>> PublishTargetRepository::select(const QString &where, const QVariantList &args) const
{
    if (StoreStatus r = m_db.checkReadable(); r.isError())
        return r;
    QSqlQuery q(m_db.handle());
    q.setForwardOnly(true);
    if (StoreStatus s = sql::exec(q, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM publish_targets ") + where, args);
        s.isError())
        return s;
    std::vector<PublishTarget> rows;
    try {
        while (q.next())
            rows.push_back(fromRow(q));
    } catch (const std::exception &e) {
        return sql::invalidData(QStringLiteral("publish_targets"), QString::fromUtf8(e.what()));
    }
    return rows;
}

StoreResult<std::vector<qint64>> PublishTargetRepository::ids(const QString &statement, const QVariantList &args) const
{
    if (StoreStatus r = m_db.checkReadable(); r.isError())
        return r;
    QSqlQuery q(m_db.handle());
    q.setForwardOnly(true);
    if (StoreStatus s = sql::exec(q, statement, args); s.isError())
        return s;
    std::vector<qint64> out;
    while (q.next())
        out.push_back(q.value(0).toLongLong());
    return out;
}

StoreResult<qint64> PublishTargetRepository::ensure(const NewPublishTarget &target, const QDateTime &nowUtc) const
{
    if (StoreStatus w = m_db.checkWritable(); w.isError())
        return w;
    qint64 newId = 0;
    const StoreStatus status = sql::inTransaction(m_db.handle(), [&]() -> StoreStatus {
        QSqlQuery q(m_db.handle());
        if (StoreStatus s = sql::exec(q,
                                      QStringLiteral("INSERT INTO publish_targets (content_id, connection_id, platform, "
                                                     "language, state, native_schedule, created_at, updated_at) "
                                                     "VALUES (?, ?, ?, ?, 'scheduled', ?, ?, ?) "
                                                     "ON CONFLICT (content_id, connection_id) DO NOTHING"),
                                      {target.contentItemId, target.connectionId, platformId(target.platform),
                                       target.language, target.nativeSchedule ? 1 : 0, sql::instantValue(nowUtc),
                                       sql::instantValue(nowUtc)});
            s.isError())
            return s;
        QSqlQuery find(m_db.handle());
        if (StoreStatus s = sql::exec(find,
                                      QStringLiteral("SELECT id FROM publish_targets WHERE content_id = ? AND connection_id = ?"),
                                      {target.contentItemId, target.connectionId});
            s.isError())
            return s;
        if (!find.next())
            return noSuchTarget(0);
        newId = find.value(0).toLongLong();
        return syncContent(m_db.handle(), QStringLiteral("?"), {target.contentItemId}, nowUtc);
    });
    if (status.isError())
        return status;
    return newId;
}

StoreResult<PublishTarget> PublishTargetRepository::find(qint64 targetId) const
{
    auto rows = select(QStringLiteral("WHERE id = ?"), {targetId});
    if (!rows)
        return rows.error();
    if (rows->empty())
        return noSuchTarget(targetId);
    return rows->front();
}

StoreResult<std::vector<PublishTarget>> PublishTargetRepository::listForContent(qint64 contentId) const
{
    return select(QStringLiteral("WHERE content_id = ? ORDER BY id"), {contentId});
}

StoreResult<std::vector<PublishTarget>> PublishTargetRepository::listAll() const
{
    return select(QStringLiteral("ORDER BY content_id, id"), {});
}

StoreResult<std::vector<PublishTarget>> PublishTargetRepository::listInState(TargetState state) const
{
    return select(QStringLiteral("WHERE state = ? ORDER BY id"), {id(state)});
}

StoreResult<std::vector<qint64>> PublishTargetRepository::dueIds(const QDateTime &nowUtc, int nativeLeadSecs, int limit) const
{
    // Instants are fixed-width UTC text, so text comparison is time order.
    const QVariant now = sql::instantValue(nowUtc);
    const QVariant lead = sql::instantValue(nowUtc.addSecs(nativeLeadSecs));
    return ids(QStringLiteral(
                   "SELECT t.id FROM publish_targets t"
                   " JOIN campaign_content c ON c.id = t.content_id"
                   " JOIN campaigns k ON k.id = c.campaign_id"
                   " WHERE t.state IN ('scheduled', 'failed_retryable')"
                   " AND (t.next_attempt_at IS NULL OR t.next_attempt_at <= ?)"
                   " AND c.approval_state = 'approved' AND c.publish_state <> 'cancelled'"
                   " AND k.status NOT IN ('paused', 'cancelled', 'archived')"
                   " AND (t.released = 1 OR (k.automation_level <> 'manual' AND c.scheduled_at IS NOT NULL"
                   "      AND c.scheduled_at <= CASE WHEN t.native_schedule = 1 THEN ? ELSE ? END))"
                   " ORDER BY c.scheduled_at, t.id LIMIT ?"),
               {now, lead, now, limit});
}

StoreResult<std::vector<qint64>> PublishTargetRepository::unknownDueIds(const QDateTime &nowUtc, int limit) const
{
    return ids(QStringLiteral("SELECT id FROM publish_targets WHERE state = 'unknown'"
                              " AND (next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY id LIMIT ?"),
               {sql::instantValue(nowUtc), limit});
}

StoreResult<bool> PublishTargetRepository::move(qint64 targetId, const QString &set, const QString &guard,
                                                 QVariantList args, const QDateTime &nowUtc,
                                                 const std::function<StoreStatus()> &alsoWhenMoved) const
{
    if (StoreStatus w = m_db.checkWritable(); w.isError())
        return w;
    bool moved = false;
    const StoreStatus status = sql::inTransaction(m_db.handle(), [&]() -> StoreStatus {
        QSqlQuery q(m_db.handle());
        // Bindings in statement order: updated_at, the SET values, the
        // guard's values, then the id (last in the WHERE clause).
        args.prepend(sql::instantValue(nowUtc));
        args.append(targetId);
        if (StoreStatus s = sql::exec(q,
                                      QStringLiteral("UPDATE publish_targets SET updated_at = ?, ") + set
                                          + QStringLiteral(" WHERE (") + guard + QStringLiteral(") AND id = ?"),
                                      args);
            s.isError())
            return s;
        moved = q.numRowsAffected() == 1;
        if (!moved)
            return {};
        if (alsoWhenMoved) {
            if (StoreStatus s = alsoWhenMoved(); s.isError())
                return s;
        }
        return syncContent(m_db.handle(), QStringLiteral("SELECT content_id FROM publish_targets WHERE id = ?"),
                           {targetId}, nowUtc);
    });
    if (status.isError())
        return status;
    return moved;
}

StoreResult<bool> PublishTargetRepository::claim(qint64 targetId, const QString &worker, const QDateTime &nowUtc) const
{
    return move(targetId, QStringLiteral("state = 'claimed', claimed_by = ?, claimed_at = ?"),
                QStringLiteral("state IN ('scheduled', 'failed_retryable')"), {worker, sql::instantValue(nowUtc)}, nowUtc);
}

StoreResult<bool> PublishTargetRepository::release(qint64 targetId, const QString &worker, const QDateTime &notBeforeUtc,
                                                   const QString &reason, const QDateTime &nowUtc) const
{
    return move(targetId,
                QStringLiteral("state = 'scheduled', claimed_by = '', claimed_at = NULL, next_attempt_at = ?, "
                               "error_message = ?"),
                QStringLiteral("state = 'claimed' AND claimed_by = ?"),
                {sql::instantValue(notBeforeUtc), reason, worker}, nowUtc);
}

StoreResult<bool> PublishTargetRepository::block(qint64 targetId, const QString &worker, const TargetError &error,
                                                 const QDateTime &nowUtc) const
{
    return move(targetId,
                QStringLiteral("state = 'failed_permanent', claimed_by = '', error_kind = ?, error_message = ?, "
                               "error_action = ?"),
                QStringLiteral("state = 'claimed' AND claimed_by = ?"),
                {error.kind, error.message, error.action, worker}, nowUtc);
}

StoreResult<std::optional<qint64>> PublishTargetRepository::beginSending(qint64 targetId, const QString &worker,
                                                                         const QString &fingerprint,
                                                                         const QString &idempotencyKey,
                                                                         const QDateTime &nowUtc) const
{
    if (StoreStatus w = m_db.checkWritable(); w.isError())
        return w;
    std::optional<qint64> attempt;
    const StoreStatus status = sql::inTransaction(m_db.handle(), [&]() -> StoreStatus {
        QSqlQuery q(m_db.handle());
        // The attempt row first; the guarded update decides whether it stays.
        if (StoreStatus s = sql::exec(q,
                                      QStringLiteral("INSERT INTO publishing_results (content_id, integration_id, platform, "
                                                     "attempt_number, idempotency_key, outcome, started_at) "
                                                     "SELECT content_id, connection_id, platform, attempts + 1, ?, 'pending', ? "
                                                     "FROM publish_targets WHERE id = ? AND state = 'claimed' AND claimed_by = ?"),
                                      {idempotencyKey, sql::instantValue(nowUtc), targetId, worker});
            s.isError())
            return s;
        if (q.numRowsAffected() != 1)
            return {}; // the claim was lost: nothing inserted, nothing to send
        const qint64 attemptId = q.lastInsertId().toLongLong();
        QSqlQuery u(m_db.handle());
        if (StoreStatus s = sql::exec(u,
                                      QStringLiteral("UPDATE publish_targets SET state = 'sending', attempts = attempts + 1, "
                                                     "attempt_id = ?, request_fingerprint = ?, sending_at = ?, updated_at = ?, "
                                                     "error_kind = '', error_message = '', error_action = '' "
                                                     "WHERE id = ? AND state = 'claimed' AND claimed_by = ?"),
                                      {attemptId, fingerprint, sql::instantValue(nowUtc), sql::instantValue(nowUtc),
                                       targetId, worker});
            s.isError())
            return s;
        if (u.numRowsAffected() != 1)
            return StoreError::make(StoreError::Code::QueryFailed, noSuchTarget(targetId).message);
        attempt = attemptId;
        return syncContent(m_db.handle(), QStringLiteral("SELECT content_id FROM publish_targets WHERE id = ?"),
                           {targetId}, nowUtc);
    });
    if (status.isError())
        return status;
    return attempt;
}

StoreResult<bool> PublishTargetRepository::addCheckpoint(qint64 targetId, qint64 attemptId, const QString &step,
                                                         const QString &value, const QDateTime &nowUtc,
                                                         const std::function<StoreStatus()> &alsoWhenMoved) const
{
    // json_set with a quoted path member: step names are plain words, but
    // quoting keeps any character safe.
    const QString path = QStringLiteral("$.\"") + QString(step).remove(QLatin1Char('"')) + QStringLiteral("\"");
    return move(targetId, QStringLiteral("checkpoints = json_set(checkpoints, ?, ?)"),
                QStringLiteral("state = 'sending' AND attempt_id = ?"), {path, value, attemptId}, nowUtc, alsoWhenMoved);
}

StoreResult<bool> PublishTargetRepository::setPlatformStatus(qint64 targetId, const QString &status,
                                                             const QDateTime &atUtc) const
{
    if (StoreStatus w = m_db.checkWritable(); w.isError())
        return w;
    QSqlQuery q(m_db.handle());
    // No state guard and no content sync: the platform's status is a fact
    // read from outside, not a move of the state machine.
    if (StoreStatus s = sql::exec(q,
                                  QStringLiteral("UPDATE publish_targets SET platform_status = ?, platform_status_at = ? "
                                                 "WHERE id = ?"),
                                  {status, sql::instantValue(atUtc), targetId});
        s.isError())
        return s;
    return q.numRowsAffected() == 1;
}

namespace {

StoreStatus finishAttempt(const QSqlDatabase &db, qint64 attemptId, AttemptOutcome outcome, const TargetError &error,
                          bool retryable, const QString &externalId, const QString &permalink, const QDateTime &nowUtc)
{
    QSqlQuery q(db);
    return sql::exec(q,
                     QStringLiteral("UPDATE publishing_results SET outcome = ?, http_status = COALESCE(?, http_status), "
                                    "error_code = ?, error_message = ?, retryable = ?, external_id = ?, permalink = ?, "
                                    "finished_at = ? WHERE id = ?"),
                     {enumId(outcome), sql::optional(error.httpStatus),
                      error.code.isEmpty() ? error.kind : error.kind + QLatin1Char(':') + error.code, error.message,
                      retryable ? 1 : 0, externalId, permalink, sql::instantValue(nowUtc), attemptId});
}

} // namespace

StoreResult<bool> PublishTargetRepository::finishPublished(qint64 targetId, qint64 attemptId, const QString &externalId,
                                                           const QString &permalink, std::optional<int> httpStatus,
                                                           const QDateTime &nowUtc) const
{
    TargetError none;
    none.httpStatus = httpStatus;
    return move(targetId,
                QStringLiteral("state = 'published', external_id = ?, permalink = ?, claimed_by = '', "
                               "error_kind = '', error_message = '', error_action = ''"),
                QStringLiteral("state IN ('sending', 'unknown') AND attempt_id = ?"), {externalId, permalink, attemptId},
                nowUtc, [&] {
                    return finishAttempt(m_db.handle(), attemptId, AttemptOutcome::Succeeded, none, false, externalId,
                                         permalink, nowUtc);
                });
}

StoreResult<bool> PublishTargetRepository::finishFailed(qint64 targetId, qint64 attemptId, TargetState to,
                                                        const TargetError &error, const QDateTime &nextAttemptUtc,
                                                        const QDateTime &nowUtc) const
{
    if (to != TargetState::FailedRetryable && to != TargetState::FailedPermanent && to != TargetState::Claimed)
        return sql::invalidData(QStringLiteral("publish_targets.state"), id(to));
    return move(targetId,
                QStringLiteral("state = ?, next_attempt_at = ?, error_kind = ?, error_message = ?, "
                               "error_action = ?, claimed_by = CASE WHEN ? = 'claimed' THEN claimed_by ELSE '' END"),
                QStringLiteral("state = 'sending' AND attempt_id = ?"),
                {id(to), sql::instantValue(nextAttemptUtc), error.kind, error.message, error.action, id(to), attemptId},
                nowUtc, [&] {
                    return finishAttempt(m_db.handle(), attemptId, AttemptOutcome::Failed, error,
                                         to != TargetState::FailedPermanent, {}, {}, nowUtc);
                });
}

StoreResult<bool> PublishTargetRepository::finishUnknown(qint64 targetId, qint64 attemptId, const TargetError &error,
                                                         const QDateTime &nextCheckUtc, const QDateTime &nowUtc) const
{
    return move(targetId,
                QStringLiteral("state = 'unknown', next_attempt_at = ?, error_kind = ?, error_message = ?, "
                               "error_action = ?, claimed_by = ''"),
                QStringLiteral("state = 'sending' AND attempt_id = ?"),
                {sql::instantValue(nextCheckUtc), error.kind, error.message, error.action, attemptId}, nowUtc, [&] {
                    // The attempt stays "pending": its outcome is what is unknown.
                    QSqlQuery q(m_db.handle());
                    return sql::exec(q,
                                     QStringLiteral("UPDATE publishing_results SET http_status = ?, error_code = ?, "
                                                    "error_message = ?, finished_at = ? WHERE id = ?"),
                                     {sql::optional(error.httpStatus), error.kind, error.message,
                                      sql::instantValue(nowUtc), attemptId});
                });
}

StoreResult<int> PublishTargetRepository::recoverInterrupted(const QString &message, const QDateTime &nowUtc) const
{
    if (StoreStatus w = m_db.checkWritable(); w.isError())
        return w;
    int unknown = 0;
    const StoreStatus status = sql::inTransaction(m_db.handle(), [&]() -> StoreStatus {
        QSqlQuery q(m_db.handle());
        if (StoreStatus s = sql::exec(q,
                                      QStringLiteral("UPDATE publish_targets SET state = 'unknown', claimed_by = '', "
                                                     "next_attempt_at = NULL, error_kind = 'unknown', error_message = ?, "
                                                     "error_action = '', updated_at = ? WHERE state = 'sending'"),
                                      {message, sql::instantValue(nowUtc)});
            s.isError())
            return s;
        unknown = q.numRowsAffected();
        QSqlQuery c(m_db.handle());
        if (StoreStatus s = sql::exec(c,
                                      QStringLiteral("UPDATE publish_targets SET state = 'scheduled', claimed_by = '', "
                                                     "claimed_at = NULL, updated_at = ? WHERE state = 'claimed'"),
                                      {sql::instantValue(nowUtc)});
            s.isError())
            return s;
        return syncContent(m_db.handle(), QStringLiteral("SELECT content_id FROM publish_targets"), {}, nowUtc);
    });
    if (status.isError())
        return status;
    return unknown;
}

StoreResult<bool> PublishTargetRepository::resolvePublished(qint64 targetId, const QString &externalId,
                                                            const QString &permalink, const QDateTime &nowUtc) const
{
    StoreResult<PublishTarget> target = find(targetId);
    if (!target)
        return target.error();
    if (!target->attemptId)
        return move(targetId,
                    QStringLiteral("state = 'published', external_id = ?, permalink = ?, error_kind = '', "
                                   "error_message = '', error_action = ''"),
                    QStringLiteral("state = 'unknown'"), {externalId, permalink}, nowUtc);
    return finishPublished(targetId, *target->attemptId, externalId, permalink, std::nullopt, nowUtc);
}

StoreResult<bool> PublishTargetRepository::resolveNotPublished(qint64 targetId, const QDateTime &nowUtc) const
{
    return move(targetId,
                QStringLiteral("state = 'scheduled', next_attempt_at = ?, error_kind = '', error_message = '', "
                               "error_action = ''"),
                QStringLiteral("state = 'unknown'"), {sql::instantValue(nowUtc)}, nowUtc, [&] {
                    QSqlQuery q(m_db.handle());
                    return sql::exec(q,
                                     QStringLiteral("UPDATE publishing_results SET outcome = 'failed', finished_at = "
                                                    "COALESCE(finished_at, ?) WHERE outcome = 'pending' AND id = "
                                                    "(SELECT attempt_id FROM publish_targets WHERE id = ?)"),
                                     {sql::instantValue(nowUtc), targetId});
                });
}

StoreResult<bool> PublishTargetRepository::noteStillUnknown(qint64 targetId, const TargetError &error,
                                                            const QDateTime &nextCheckUtc, const QDateTime &nowUtc) const
{
    return move(targetId, QStringLiteral("next_attempt_at = ?, error_kind = ?, error_message = ?, error_action = ?"),
                QStringLiteral("state = 'unknown'"),
                {sql::instantValue(nextCheckUtc), error.kind, error.message, error.action}, nowUtc);
}

namespace {

StoreResult<int> updateForContent(const Database &db, qint64 contentId, const QString &statement, QVariantList args,
                                  const QDateTime &nowUtc)
{
    if (StoreStatus w = db.checkWritable(); w.isError())
        return w;
    int count = 0;
    const StoreStatus status = sql::inTransaction(db.handle(), [&]() -> StoreStatus {
        QSqlQuery q(db.handle());
        args.append(contentId);
        if (StoreStatus s = sql::exec(q, statement, args); s.isError())
            return s;
        count = q.numRowsAffected();
        return syncContent(db.handle(), QStringLiteral("?"), {contentId}, nowUtc);
    });
    if (status.isError())
        return status;
    return count;
}

} // namespace

StoreResult<int> PublishTargetRepository::retryFailed(qint64 contentId, const QDateTime &nowUtc) const
{
    return updateForContent(m_db, contentId,
                            QStringLiteral("UPDATE publish_targets SET state = 'scheduled', next_attempt_at = ?, "
                                           "released = 1, updated_at = ? WHERE state IN ('failed_retryable', "
                                           "'failed_permanent') AND content_id = ?"),
                            {sql::instantValue(nowUtc), sql::instantValue(nowUtc)}, nowUtc);
}

StoreResult<int> PublishTargetRepository::releaseNow(qint64 contentId, const QDateTime &nowUtc) const
{
    return updateForContent(m_db, contentId,
                            QStringLiteral("UPDATE publish_targets SET released = 1, next_attempt_at = ?, updated_at = ? "
                                           "WHERE state IN ('scheduled', 'failed_retryable') AND content_id = ?"),
                            {sql::instantValue(nowUtc), sql::instantValue(nowUtc)}, nowUtc);
}

StoreResult<int> PublishTargetRepository::cancelForContent(qint64 contentId, const QDateTime &nowUtc) const
{
    return updateForContent(m_db, contentId,
                            QStringLiteral("UPDATE publish_targets SET state = 'cancelled', claimed_by = '', updated_at = ? "
                                           "WHERE (state IN ('scheduled', 'claimed', 'failed_retryable', 'failed_permanent') "
                                           "OR (state = 'published' AND EXISTS (SELECT 1 FROM campaign_content c "
                                           "WHERE c.id = publish_targets.content_id AND c.ad_set_id IS NOT NULL))) "
                                           "AND content_id = ?"),
                            {sql::instantValue(nowUtc)}, nowUtc);
}

StoreResult<bool> PublishTargetRepository::withdrawNative(qint64 targetId, bool requeue, const QDateTime &nowUtc) const
{
    return move(targetId,
                QStringLiteral("state = ?, external_id = '', permalink = '', checkpoints = '{}', attempts = 0, "
                               "next_attempt_at = ?, released = 0, claimed_by = '', error_kind = '', "
                               "error_message = '', error_action = ''"),
                QStringLiteral("state = 'published' AND native_schedule = 1"),
                {requeue ? QStringLiteral("scheduled") : QStringLiteral("cancelled"), sql::instantValue(nowUtc)}, nowUtc);
}

} // namespace cf
