#include "models/store/WorkspaceRepository.h"

#include "models/store/Database.h"
#include "models/store/RowSupport.h"

#include <QCoreApplication>

namespace cf {

namespace {

const QString kColumns = QStringLiteral("id, name, default_currency, time_zone, locale, brand_kit, created_at, updated_at");

Workspace fromRow(const QSqlQuery &q)
{
    Workspace w;
    w.id = q.value(0).toLongLong();
    w.name = q.value(1).toString();
    w.defaultCurrency = q.value(2).toString();
    w.timeZone = q.value(3).toString();
    w.locale = q.value(4).toString();
    w.brandKit = sql::jsonColumn<BrandKit>(q.value(5), "workspaces.brand_kit");
    w.createdAt = sql::instantColumn(q.value(6), "workspaces.created_at");
    w.updatedAt = sql::instantColumn(q.value(7), "workspaces.updated_at");
    return w;
}

QVariantList bindings(const Workspace &w)
{
    return {w.name, w.defaultCurrency, w.timeZone, w.locale, sql::jsonText(w.brandKit), sql::instantValue(w.createdAt),
            sql::instantValue(w.updatedAt)};
}

StoreResult<std::vector<Workspace>> select(const QSqlDatabase &db, const QString &where, const QVariantList &args)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (StoreStatus s = sql::exec(q, QStringLiteral("SELECT %1 FROM workspaces %2").arg(kColumns, where), args);
        s.isError())
        return s;
    std::vector<Workspace> rows;
    try {
        while (q.next())
            rows.push_back(fromRow(q));
    } catch (const std::exception &e) {
        return sql::invalidData(QStringLiteral("workspaces"), QString::fromUtf8(e.what()));
    }
    return rows;
}

} // namespace

StoreResult<qint64> WorkspaceRepository::insert(const Workspace &workspace) const
{
    if (StoreStatus w = m_db.checkWritable(); w.isError())
        return w;
    QSqlQuery q(m_db.handle());
    if (StoreStatus s = sql::exec(q,
                                  QStringLiteral("INSERT INTO workspaces (name, default_currency, time_zone, locale, "
                                                 "brand_kit, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                  bindings(workspace));
        s.isError())
        return s;
    return q.lastInsertId().toLongLong();
}

StoreStatus WorkspaceRepository::update(const Workspace &workspace) const
{
    if (StoreStatus w = m_db.checkWritable(); w.isError())
        return w;
    QSqlQuery q(m_db.handle());
    QVariantList args = bindings(workspace);
    args << workspace.id;
    if (StoreStatus s = sql::exec(q,
                                  QStringLiteral("UPDATE workspaces SET name = ?, default_currency = ?, time_zone = ?, "
                                                 "locale = ?, brand_kit = ?, created_at = ?, updated_at = ? WHERE id = ?"),
                                  args);
        s.isError())
        return s;
    if (q.numRowsAffected() == 0)
        return StoreError::make(StoreError::Code::NotFound,
                                QCoreApplication::translate("cf::Database", "There is no workspace with id %1.").arg(workspace.id));
    return {};
}

StoreResult<Workspace> WorkspaceRepository::find(qint64 id) const
{
    if (StoreStatus r = m_db.checkReadable(); r.isError())
        return r;
    auto rows = select(m_db.handle(), QStringLiteral("WHERE id = ?"), {id});
    if (!rows)
        return rows.error();
    if (rows->empty())
        return StoreError::make(StoreError::Code::NotFound,
                                QCoreApplication::translate("cf::Database", "There is no workspace with id %1.").arg(id));
    return rows->front();
}

StoreResult<std::vector<Workspace>> WorkspaceRepository::list() const
{
    if (StoreStatus r = m_db.checkReadable(); r.isError())
        return r;
    return select(m_db.handle(), QStringLiteral("ORDER BY id"), {});
}

StoreResult<qint64> WorkspaceRepository::firstOrCreate(const Workspace &fallback) const
{
    if (StoreStatus r = m_db.checkReadable(); r.isError())
        return r;
    const auto first = sql::scalar(m_db.handle(), QStringLiteral("SELECT min(id) FROM workspaces"));
    if (!first)
        return first.error();
    if (!first->isNull())
        return first->toLongLong();
    return insert(fallback);
}

} // namespace cf
