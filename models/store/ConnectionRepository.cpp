#include "models/store/ConnectionRepository.h"

#include "models/store/Database.h"
#include "models/store/RowSupport.h"

#include <QCoreApplication>

namespace cf {

namespace {

const QString kColumns = QStringLiteral(
    "id, workspace_id, platform, account_id, account_name, scopes, expires_at, status, status_detail, created_at, "
    "updated_at, kind, parent_id, provider, picture_url, api_base, selected");

Connection fromRow(const QSqlQuery &q)
{
    Connection c;
    c.id = q.value(0).toLongLong();
    if (!q.value(1).isNull())
        c.workspaceId = q.value(1).toLongLong();
    c.platform = sql::platformColumn(q.value(2));
    c.accountId = q.value(3).toString();
    c.accountName = q.value(4).toString();
    c.scopes = sql::jsonColumn<QStringList>(q.value(5), "platform_integrations.scopes");
    c.expiresAt = sql::instantColumn(q.value(6), "platform_integrations.expires_at");
    c.status = sql::enumColumn<ConnectionStatus>(q.value(7), "platform_integrations.status");
    c.statusDetail = q.value(8).toString();
    c.createdAt = sql::instantColumn(q.value(9), "platform_integrations.created_at");
    c.updatedAt = sql::instantColumn(q.value(10), "platform_integrations.updated_at");
    c.kind = sql::enumColumn<ConnectionKind>(q.value(11), "platform_integrations.kind");
    if (!q.value(12).isNull())
        c.parentId = q.value(12).toLongLong();
    c.provider = q.value(13).toString();
    c.pictureUrl = q.value(14).toString();
    c.apiBase = q.value(15).toString();
    c.selected = q.value(16).toBool();
    return c;
}

QVariant optionalId(const std::optional<qint64> &id) { return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong)); }

// Values for every column but id, in kColumns order.
QVariantList bindings(const Connection &c)
{
    return {optionalId(c.workspaceId), platformId(c.platform), c.accountId, c.accountName, sql::jsonText(c.scopes),
            sql::instantValue(c.expiresAt), enumId(c.status), c.statusDetail, sql::instantValue(c.createdAt),
            sql::instantValue(c.updatedAt), enumId(c.kind), optionalId(c.parentId), c.provider, c.pictureUrl,
            c.apiBase, c.selected ? 1 : 0};
}

StoreResult<std::vector<Connection>> select(const QSqlDatabase &db, const QString &where, const QVariantList &args)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (StoreStatus s = sql::exec(q, QStringLiteral("SELECT %1 FROM platform_integrations %2").arg(kColumns, where), args);
        s.isError())
        return s;
    std::vector<Connection> rows;
    try {
        while (q.next())
            rows.push_back(fromRow(q));
    } catch (const std::exception &e) {
        return sql::invalidData(QStringLiteral("platform_integrations"), QString::fromUtf8(e.what()));
    }
    return rows;
}

// The first column of the first row, or a null QVariant when there is none.
StoreResult<QVariant> firstValue(const QSqlDatabase &db, const QString &statement, const QVariantList &args)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (StoreStatus s = sql::exec(q, statement, args); s.isError())
        return s;
    return q.next() ? q.value(0) : QVariant();
}

StoreError notFound(qint64 id)
{
    return StoreError::make(StoreError::Code::NotFound,
                            QCoreApplication::translate("cf::Database", "There is no connection with id %1.").arg(id));
}

} // namespace

StoreResult<qint64> ConnectionRepository::upsert(const Connection &connection) const
{
    if (StoreStatus w = m_db.checkWritable(); w.isError())
        return w;
    const auto existing = firstValue(m_db.handle(),
                                      QStringLiteral("SELECT id FROM platform_integrations WHERE platform = ? AND account_id = ?"),
                                      {platformId(connection.platform), connection.accountId});
    if (!existing)
        return existing.error();
    if (!existing->isNull()) {
        Connection updated = connection;
        updated.id = existing->toLongLong();
        // The first connection time survives a reconnect.
        const auto created = firstValue(m_db.handle(),
                                        QStringLiteral("SELECT created_at FROM platform_integrations WHERE id = ?"), {updated.id});
        if (created && !created->isNull())
            updated.createdAt = utcFromText(created->toString());
        if (StoreStatus s = update(updated); s.isError())
            return s;
        return updated.id;
    }
    QSqlQuery q(m_db.handle());
    if (StoreStatus s = sql::exec(q,
                                  QStringLiteral("INSERT INTO platform_integrations (workspace_id, platform, account_id, "
                                                 "account_name, scopes, expires_at, status, status_detail, created_at, "
                                                 "updated_at, kind, parent_id, provider, picture_url, api_base, selected) "
                                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                  bindings(connection));
        s.isError())
        return s;
    return q.lastInsertId().toLongLong();
}

StoreStatus ConnectionRepository::update(const Connection &connection) const
{
    if (StoreStatus w = m_db.checkWritable(); w.isError())
        return w;
    QSqlQuery q(m_db.handle());
    QVariantList args = bindings(connection);
    args << connection.id;
    if (StoreStatus s = sql::exec(q,
                                  QStringLiteral("UPDATE platform_integrations SET workspace_id = ?, platform = ?, "
                                                 "account_id = ?, account_name = ?, scopes = ?, expires_at = ?, status = ?, "
                                                 "status_detail = ?, created_at = ?, updated_at = ?, kind = ?, parent_id = ?, "
                                                 "provider = ?, picture_url = ?, api_base = ?, selected = ? WHERE id = ?"),
                                  args);
        s.isError())
        return s;
    if (q.numRowsAffected() == 0)
        return notFound(connection.id);
    return {};
}

StoreStatus ConnectionRepository::setStatus(qint64 id, ConnectionStatus status, const QString &detail,
                                            const QDateTime &nowUtc) const
{
    if (StoreStatus w = m_db.checkWritable(); w.isError())
        return w;
    QSqlQuery q(m_db.handle());
    if (StoreStatus s = sql::exec(q,
                                  QStringLiteral("UPDATE platform_integrations SET status = ?, status_detail = ?, "
                                                 "updated_at = ? WHERE id = ?"),
                                  {enumId(status), detail, sql::instantValue(nowUtc), id});
        s.isError())
        return s;
    return q.numRowsAffected() == 0 ? notFound(id) : StoreStatus{};
}

StoreStatus ConnectionRepository::setSelected(qint64 id, bool selected, const QDateTime &nowUtc) const
{
    if (StoreStatus w = m_db.checkWritable(); w.isError())
        return w;
    QSqlQuery q(m_db.handle());
    if (StoreStatus s = sql::exec(q, QStringLiteral("UPDATE platform_integrations SET selected = ?, updated_at = ? WHERE id = ?"),
                                  {selected ? 1 : 0, sql::instantValue(nowUtc), id});
        s.isError())
        return s;
    return q.numRowsAffected() == 0 ? notFound(id) : StoreStatus{};
}

StoreResult<Connection> ConnectionRepository::find(qint64 id) const
{
    if (StoreStatus r = m_db.checkReadable(); r.isError())
        return r;
    auto rows = select(m_db.handle(), QStringLiteral("WHERE id = ?"), {id});
    if (!rows)
        return rows.error();
    if (rows->empty())
        return notFound(id);
    return rows->front();
}

StoreResult<std::vector<Connection>> ConnectionRepository::list() const
{
    if (StoreStatus r = m_db.checkReadable(); r.isError())
        return r;
    // Parents first (a parent's id is always smaller than its children's).
    return select(m_db.handle(), QStringLiteral("ORDER BY coalesce(parent_id, id), parent_id IS NOT NULL, id"), {});
}

StoreResult<std::vector<Connection>> ConnectionRepository::children(qint64 parentId) const
{
    if (StoreStatus r = m_db.checkReadable(); r.isError())
        return r;
    return select(m_db.handle(), QStringLiteral("WHERE parent_id = ? ORDER BY id"), {parentId});
}

StoreStatus ConnectionRepository::remove(qint64 id) const
{
    if (StoreStatus w = m_db.checkWritable(); w.isError())
        return w;
    QSqlQuery q(m_db.handle());
    if (StoreStatus s = sql::exec(q, QStringLiteral("DELETE FROM platform_integrations WHERE id = ?"), {id}); s.isError())
        return s;
    return q.numRowsAffected() == 0 ? notFound(id) : StoreStatus{};
}

} // namespace cf
