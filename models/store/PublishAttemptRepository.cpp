#include "models/store/PublishAttemptRepository.h"

#include "models/store/Database.h"
#include "models/store/RowSupport.h"

#include <QCoreApplication>

namespace cf {

namespace {

PublishAttempt fromRow(const QSqlQuery &q)
{
    PublishAttempt a;
    a.id = q.value(0).toLongLong();
    a.contentItemId = q.value(1).toLongLong();
    a.connectionId = sql::optionalId(q.value(2));
    a.platform = sql::platformColumn(q.value(3));
    a.attemptNumber = q.value(4).toInt();
    a.idempotencyKey = q.value(5).toString();
    a.outcome = sql::enumColumn<AttemptOutcome>(q.value(6), "publishing_results.outcome");
    a.httpStatus = sql::optionalInt(q.value(7));
    a.errorCode = q.value(8).toString();
    a.errorMessage = q.value(9).toString();
    a.retryable = q.value(10).toInt() != 0;
    a.externalId = q.value(11).toString();
    a.permalink = q.value(12).toString();
    a.startedAt = sql::instantColumn(q.value(13), "publishing_results.started_at");
    a.finishedAt = sql::instantColumn(q.value(14), "publishing_results.finished_at");
    return a;
}

} // namespace

StoreResult<std::vector<PublishAttempt>> PublishAttemptRepository::select(const QString &where, const QVariantList &args) const
{
    if (StoreStatus r = m_db.checkReadable(); r.isError())
        return r;
    QSqlQuery q(m_db.handle());
    q.setForwardOnly(true);
    if (StoreStatus s = sql::exec(q,
                                  QStringLiteral("SELECT id, content_id, integration_id, platform, attempt_number, "
                                                 "idempotency_key, outcome, http_status, error_code, error_message, "
                                                 "retryable, external_id, permalink, started_at, finished_at "
                                                 "FROM publishing_results ")
                                      + where,
                                  args);
        s.isError())
        return s;
    std::vector<PublishAttempt> rows;
    try {
        while (q.next())
            rows.push_back(fromRow(q));
    } catch (const std::exception &e) {
        return sql::invalidData(QStringLiteral("publishing_results"), QString::fromUtf8(e.what()));
    }
    return rows;
}

StoreResult<PublishAttempt> PublishAttemptRepository::find(qint64 id) const
{
    auto rows = select(QStringLiteral("WHERE id = ?"), {id});
    if (!rows)
        return rows.error();
    if (rows->empty())
        return StoreError::make(StoreError::Code::NotFound,
                                QCoreApplication::translate("cf::Database", "There is no publishing attempt with id %1.")
                                    .arg(id));
    return rows->front();
}

StoreResult<std::vector<PublishAttempt>> PublishAttemptRepository::listForContent(qint64 contentId) const
{
    return select(QStringLiteral("WHERE content_id = ? ORDER BY id"), {contentId});
}

StoreResult<int> PublishAttemptRepository::count() const
{
    if (StoreStatus r = m_db.checkReadable(); r.isError())
        return r;
    auto value = sql::scalar(m_db.handle(), QStringLiteral("SELECT COUNT(*) FROM publishing_results"));
    if (!value)
        return value.error();
    return value->toInt();
}

} // namespace cf
