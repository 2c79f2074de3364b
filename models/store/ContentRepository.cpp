#include "models/store/ContentRepository.h"

#include "models/store/Database.h"
#include "models/store/RowSupport.h"

#include <QCoreApplication>

#include <map>

namespace cf {

namespace {

const QString kFields = QStringLiteral(
    "campaign_id, ad_set_id, platform, content_type, phase, theme, scheduled_at, title_ar, title_en, body_ar, "
    "body_en, cta_ar, cta_en, hashtags, approval_state, publish_state, external_id, permalink, created_at, updated_at, "
    "copy_json");
const QString kInsert = QStringLiteral("INSERT INTO campaign_content (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                       "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                            .arg(kFields);

QVariantList bindings(const ContentItem &c)
{
    return {c.campaignId,
            sql::optional(c.adSetId),
            platformId(c.platform),
            enumId(c.contentType),
            c.phase,
            c.theme,
            sql::instantValue(c.scheduledUtc),
            c.title.ar,
            c.title.en,
            c.body.ar,
            c.body.en,
            c.callToAction.ar,
            c.callToAction.en,
            sql::jsonText(c.hashtags),
            enumId(c.approval),
            enumId(c.publishState),
            c.externalId,
            c.permalink,
            sql::instantValue(c.createdAt),
            sql::instantValue(c.updatedAt),
            c.copy ? sql::jsonText(*c.copy) : QString()};
}

ContentItem fromRow(const QSqlQuery &q)
{
    ContentItem c;
    c.id = q.value(0).toLongLong();
    c.campaignId = q.value(1).toLongLong();
    c.adSetId = sql::optionalId(q.value(2));
    c.platform = sql::platformColumn(q.value(3));
    c.contentType = sql::enumColumn<ContentType>(q.value(4), "campaign_content.content_type");
    c.phase = q.value(5).toString();
    c.theme = q.value(6).toString();
    c.scheduledUtc = sql::instantColumn(q.value(7), "campaign_content.scheduled_at");
    c.title = {q.value(8).toString(), q.value(9).toString()};
    c.body = {q.value(10).toString(), q.value(11).toString()};
    c.callToAction = {q.value(12).toString(), q.value(13).toString()};
    c.hashtags = sql::jsonColumn<QStringList>(q.value(14), "campaign_content.hashtags");
    c.approval = sql::enumColumn<ApprovalState>(q.value(15), "campaign_content.approval_state");
    c.publishState = sql::enumColumn<PublishState>(q.value(16), "campaign_content.publish_state");
    c.externalId = q.value(17).toString();
    c.permalink = q.value(18).toString();
    c.createdAt = sql::instantColumn(q.value(19), "campaign_content.created_at");
    c.updatedAt = sql::instantColumn(q.value(20), "campaign_content.updated_at");
    // An empty copy_json means "not generated yet".
    if (!q.value(21).toString().isEmpty())
        c.copy = sql::jsonColumn<ContentCopy>(q.value(21), "campaign_content.copy_json");
    return c;
}

StoreError notFound(qint64 id)
{
    return StoreError::make(StoreError::Code::NotFound,
                            QCoreApplication::translate("cf::Database", "There is no content item with id %1.").arg(id));
}

StoreStatus bindAndExec(QSqlQuery &q, const QVariantList &args)
{
    for (int i = 0; i < args.size(); ++i) {
        const QVariant &value = args.at(i);
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            q.bindValue(i, QString(QLatin1String("")));
        else
            q.bindValue(i, value);
    }
    return q.exec() ? StoreStatus{} : sql::errorFrom(q);
}

} // namespace

StoreStatus ContentRepository::writeAssetLinks(qint64 contentId, const std::vector<qint64> &assetIds) const
{
    QSqlQuery q(m_db.handle());
    if (StoreStatus s = sql::exec(q, QStringLiteral("DELETE FROM content_assets WHERE content_id = ?"), {contentId});
        s.isError())
        return s;
    if (assetIds.empty())
        return {};
    if (!q.prepare(QStringLiteral("INSERT INTO content_assets (content_id, asset_id, position) VALUES (?, ?, ?)")))
        return sql::errorFrom(q);
    for (std::size_t i = 0; i < assetIds.size(); ++i) {
        if (StoreStatus s = bindAndExec(q, {contentId, assetIds[i], qint64(i)}); s.isError())
            return s;
    }
    return {};
}

StoreResult<qint64> ContentRepository::insert(const ContentItem &item) const
{
    auto ids = insertAll({item});
    if (!ids)
        return ids.error();
    return ids->front();
}

StoreResult<std::vector<qint64>> ContentRepository::insertAll(const std::vector<ContentItem> &items) const
{
    if (StoreStatus w = m_db.checkWritable(); w.isError())
        return w;
    std::vector<qint64> ids;
    ids.reserve(items.size());
    const StoreStatus status = sql::inTransaction(m_db.handle(), [&]() -> StoreStatus {
        QSqlQuery q(m_db.handle());
        if (!q.prepare(kInsert))
            return sql::errorFrom(q);
        for (const ContentItem &item : items) {
            if (StoreStatus s = bindAndExec(q, bindings(item)); s.isError())
                return s;
            ids.push_back(q.lastInsertId().toLongLong());
            if (StoreStatus s = writeAssetLinks(ids.back(), item.assetIds); s.isError())
                return s;
        }
        return {};
    });
    if (status.isError())
        return status;
    return ids;
}

StoreStatus ContentRepository::update(const ContentItem &item) const
{
    if (StoreStatus w = m_db.checkWritable(); w.isError())
        return w;
    return sql::inTransaction(m_db.handle(), [&]() -> StoreStatus {
        QString assignments = kFields;
        assignments.replace(QLatin1String(", "), QLatin1String(" = ?, "));
        assignments += QStringLiteral(" = ?");
        QVariantList args = bindings(item);
        args << item.id;
        QSqlQuery q(m_db.handle());
        if (StoreStatus s = sql::exec(q, QStringLiteral("UPDATE campaign_content SET %1 WHERE id = ?").arg(assignments), args);
            s.isError())
            return s;
        if (q.numRowsAffected() == 0)
            return notFound(item.id);
        return writeAssetLinks(item.id, item.assetIds);
    });
}

StoreStatus ContentRepository::setApproval(qint64 id, ApprovalState state, const QDateTime &nowUtc) const
{
    if (StoreStatus w = m_db.checkWritable(); w.isError())
        return w;
    QSqlQuery q(m_db.handle());
    if (StoreStatus s = sql::exec(q, QStringLiteral("UPDATE campaign_content SET approval_state = ?, updated_at = ? WHERE id = ?"),
                                  {enumId(state), sql::instantValue(nowUtc), id});
        s.isError())
        return s;
    return q.numRowsAffected() == 0 ? notFound(id) : StoreStatus{};
}

StoreStatus ContentRepository::setPublishState(qint64 id, PublishState state, const QString &externalId,
                                               const QString &permalink, const QDateTime &nowUtc) const
{
    if (StoreStatus w = m_db.checkWritable(); w.isError())
        return w;
    QSqlQuery q(m_db.handle());
    if (StoreStatus s = sql::exec(q,
                                  QStringLiteral("UPDATE campaign_content SET publish_state = ?, external_id = ?, "
                                                 "permalink = ?, updated_at = ? WHERE id = ?"),
                                  {enumId(state), externalId, permalink, sql::instantValue(nowUtc), id});
        s.isError())
        return s;
    return q.numRowsAffected() == 0 ? notFound(id) : StoreStatus{};
}

StoreResult<std::vector<ContentItem>> ContentRepository::select(const QString &where, const QVariantList &args) const
{
    if (StoreStatus r = m_db.checkReadable(); r.isError())
        return r;
    QSqlQuery q(m_db.handle());
    q.setForwardOnly(true);
    if (StoreStatus s = sql::exec(q, QStringLiteral("SELECT id, %1 FROM campaign_content %2").arg(kFields, where), args);
        s.isError())
        return s;
    std::vector<ContentItem> rows;
    std::map<qint64, std::size_t> indexById;
    try {
        while (q.next()) {
            rows.push_back(fromRow(q));
            indexById[rows.back().id] = rows.size() - 1;
        }
    } catch (const std::exception &e) {
        return sql::invalidData(QStringLiteral("campaign_content"), QString::fromUtf8(e.what()));
    }
    if (rows.empty())
        return rows;
    // Asset links for exactly these rows, in one query.
    QSqlQuery links(m_db.handle());
    links.setForwardOnly(true);
    if (StoreStatus s = sql::exec(links,
                                  QStringLiteral("SELECT content_id, asset_id FROM content_assets WHERE content_id IN "
                                                 "(SELECT id FROM campaign_content %1) ORDER BY content_id, position")
                                      .arg(where),
                                  args);
        s.isError())
        return s;
    while (links.next()) {
        const auto it = indexById.find(links.value(0).toLongLong());
        if (it != indexById.end())
            rows[it->second].assetIds.push_back(links.value(1).toLongLong());
    }
    return rows;
}

StoreResult<ContentItem> ContentRepository::find(qint64 id) const
{
    auto rows = select(QStringLiteral("WHERE id = ?"), {id});
    if (!rows)
        return rows.error();
    if (rows->empty())
        return notFound(id);
    return rows->front();
}

StoreResult<std::vector<ContentItem>> ContentRepository::listForCampaign(qint64 campaignId) const
{
    return select(QStringLiteral("WHERE campaign_id = ? ORDER BY scheduled_at IS NULL, scheduled_at, id"), {campaignId});
}

StoreResult<std::vector<ContentItem>> ContentRepository::listDue(const QDateTime &nowUtc, int limit) const
{
    return select(QStringLiteral("WHERE publish_state = 'queued' AND scheduled_at <= ? ORDER BY scheduled_at, id LIMIT ?"),
                  {utcText(nowUtc), limit});
}

} // namespace cf
