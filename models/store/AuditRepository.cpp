#include "models/store/AuditRepository.h"

#include "models/store/Database.h"
#include "models/store/RowSupport.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace cf {

StoreResult<qint64> AuditRepository::append(const AuditEntry &entry) const
{
    if (StoreStatus w = m_db.checkWritable(); w.isError())
        return w;
    const QString details = entry.detailsJson.isEmpty() ? QStringLiteral("{}") : entry.detailsJson;
    if (!QJsonDocument::fromJson(details.toUtf8()).isObject())
        return StoreError::make(StoreError::Code::InvalidData,
                                QCoreApplication::translate("cf::Database", "The audit entry's details are not a JSON object."),
                                details.left(200));
    if (entry.action.isEmpty() || !entry.at.isValid())
        return StoreError::make(StoreError::Code::InvalidData,
                                QCoreApplication::translate("cf::Database", "An audit entry needs an action and a time."));
    QSqlQuery q(m_db.handle());
    if (StoreStatus s = sql::exec(q,
                                  QStringLiteral("INSERT INTO audit_log (actor, action, entity_type, entity_id, details, at) "
                                                 "VALUES (?, ?, ?, ?, ?, ?)"),
                                  {enumId(entry.actor), entry.action, entry.entityType, sql::optional(entry.entityId),
                                   details, sql::instantValue(entry.at)});
        s.isError())
        return s;
    return q.lastInsertId().toLongLong();
}

StoreResult<std::vector<AuditEntry>> AuditRepository::listForEntity(const QString &entityType, qint64 entityId) const
{
    return select(QStringLiteral("WHERE entity_type = ? AND entity_id = ? ORDER BY at, id"), {entityType, entityId});
}

StoreResult<std::vector<AuditEntry>> AuditRepository::listRecent(int limit) const
{
    return select(QStringLiteral("ORDER BY at DESC, id DESC LIMIT ?"), {qMax(0, limit)});
}

StoreResult<std::vector<AuditEntry>> AuditRepository::select(const QString &tail, const QVariantList &args) const
{
    if (StoreStatus r = m_db.checkReadable(); r.isError())
        return r;
    QSqlQuery q(m_db.handle());
    q.setForwardOnly(true);
    if (StoreStatus s = sql::exec(q, QStringLiteral("SELECT id, actor, action, entity_type, entity_id, details, at FROM audit_log ") + tail,
                                  args);
        s.isError())
        return s;
    std::vector<AuditEntry> rows;
    try {
        while (q.next()) {
            AuditEntry e;
            e.id = q.value(0).toLongLong();
            e.actor = sql::enumColumn<AuditActor>(q.value(1), "audit_log.actor");
            e.action = q.value(2).toString();
            e.entityType = q.value(3).toString();
            e.entityId = sql::optionalId(q.value(4));
            e.detailsJson = q.value(5).toString();
            e.at = sql::instantColumn(q.value(6), "audit_log.at");
            rows.push_back(std::move(e));
        }
    } catch (const std::exception &e) {
        return sql::invalidData(QStringLiteral("audit_log"), QString::fromUtf8(e.what()));
    }
    return rows;
}

} // namespace cf
