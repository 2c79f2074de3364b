#include "models/store/AssetRepository.h"

#include "models/store/Database.h"
#include "models/store/RowSupport.h"

#include <QCoreApplication>

namespace cf {

namespace {

Asset fromRow(const QSqlQuery &q)
{
    Asset a;
    a.id = q.value(0).toLongLong();
    a.workspaceId = sql::optionalId(q.value(1));
    a.kind = sql::enumColumn<AssetKind>(q.value(2), "assets.kind");
    a.relativePath = q.value(3).toString();
    a.mimeType = q.value(4).toString();
    a.sizeBytes = q.value(5).toLongLong();
    a.sha256 = q.value(6).toString();
    a.width = sql::optionalInt(q.value(7));
    a.height = sql::optionalInt(q.value(8));
    a.durationMs = sql::optionalId(q.value(9));
    a.createdAt = sql::instantColumn(q.value(10), "assets.created_at");
    return a;
}

} // namespace

StoreResult<std::vector<Asset>> AssetRepository::select(const QString &where, const QVariantList &args) const
{
    if (StoreStatus r = m_db.checkReadable(); r.isError())
        return r;
    QSqlQuery q(m_db.handle());
    q.setForwardOnly(true);
    if (StoreStatus s = sql::exec(q,
                                  QStringLiteral("SELECT a.id, a.workspace_id, a.kind, a.relative_path, a.mime_type, "
                                                 "a.size_bytes, a.sha256, a.width, a.height, a.duration_ms, a.created_at "
                                                 "FROM assets a ")
                                      + where,
                                  args);
        s.isError())
        return s;
    std::vector<Asset> rows;
    try {
        while (q.next())
            rows.push_back(fromRow(q));
    } catch (const std::exception &e) {
        return sql::invalidData(QStringLiteral("assets"), QString::fromUtf8(e.what()));
    }
    return rows;
}

StoreResult<qint64> AssetRepository::insertOrFind(const Asset &asset) const
{
    if (StoreStatus w = m_db.checkWritable(); w.isError())
        return w;
    if (asset.sha256.isEmpty())
        return StoreError::make(StoreError::Code::InvalidData,
                                QCoreApplication::translate("cf::Database", "An asset needs the checksum of its file."));
    auto existing = findBySha256(asset.sha256);
    if (existing)
        return existing->id;
    if (existing.error().code != StoreError::Code::NotFound)
        return existing.error();
    QSqlQuery q(m_db.handle());
    if (StoreStatus s = sql::exec(q,
                                  QStringLiteral("INSERT INTO assets (workspace_id, kind, relative_path, mime_type, "
                                                 "size_bytes, sha256, width, height, duration_ms, created_at) "
                                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                  {sql::optional(asset.workspaceId), enumId(asset.kind), asset.relativePath, asset.mimeType,
                                   asset.sizeBytes, asset.sha256.toLower(), sql::optional(asset.width),
                                   sql::optional(asset.height), sql::optional(asset.durationMs),
                                   sql::instantValue(asset.createdAt)});
        s.isError())
        return s;
    return q.lastInsertId().toLongLong();
}

StoreResult<Asset> AssetRepository::find(qint64 id) const
{
    auto rows = select(QStringLiteral("WHERE a.id = ?"), {id});
    if (!rows)
        return rows.error();
    if (rows->empty())
        return StoreError::make(StoreError::Code::NotFound,
                                QCoreApplication::translate("cf::Database", "There is no asset with id %1.").arg(id));
    return rows->front();
}

StoreResult<Asset> AssetRepository::findBySha256(const QString &sha256) const
{
    auto rows = select(QStringLiteral("WHERE a.sha256 = ?"), {sha256.toLower()});
    if (!rows)
        return rows.error();
    if (rows->empty())
        return StoreError::make(StoreError::Code::NotFound,
                                QCoreApplication::translate("cf::Database", "There is no asset with checksum %1.").arg(sha256));
    return rows->front();
}

StoreResult<std::vector<Asset>> AssetRepository::listForCampaign(qint64 campaignId) const
{
    return select(QStringLiteral("WHERE a.id IN (SELECT ca.asset_id FROM content_assets ca JOIN campaign_content c "
                                 "ON c.id = ca.content_id WHERE c.campaign_id = ?) ORDER BY a.id"),
                  {campaignId});
}

} // namespace cf
