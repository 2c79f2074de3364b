#include "models/store/AutomationLogRepository.h"

#include "models/store/Database.h"
#include "models/store/RowSupport.h"

#include <QCoreApplication>

namespace cf {

StoreResult<qint64> AutomationLogRepository::insert(const AutomationLog &entry) const
{
    if (StoreStatus w = m_db.checkWritable(); w.isError())
        return w;
    QSqlQuery q(m_db.handle());
    if (StoreStatus s = sql::exec(q,
                                  QStringLiteral("INSERT INTO automation_logs (campaign_id, content_id, level, event, "
                                                 "message, details, at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                  {sql::optional(entry.campaignId), sql::optional(entry.contentItemId), enumId(entry.level),
                                   entry.event, entry.message,
                                   entry.detailsJson.isEmpty() ? QStringLiteral("{}") : entry.detailsJson,
                                   sql::instantValue(entry.at)});
        s.isError())
        return s;
    return q.lastInsertId().toLongLong();
}

StoreResult<std::vector<AutomationLog>> AutomationLogRepository::select(const QString &where, const QVariantList &args) const
{
    if (StoreStatus r = m_db.checkReadable(); r.isError())
        return r;
    QSqlQuery q(m_db.handle());
    q.setForwardOnly(true);
    if (StoreStatus s = sql::exec(q,
                                  QStringLiteral("SELECT id, campaign_id, content_id, level, event, message, details, at "
                                                 "FROM automation_logs ")
                                      + where,
                                  args);
        s.isError())
        return s;
    std::vector<AutomationLog> rows;
    try {
        while (q.next()) {
            AutomationLog e;
            e.id = q.value(0).toLongLong();
            e.campaignId = sql::optionalId(q.value(1));
            e.contentItemId = sql::optionalId(q.value(2));
            e.level = sql::enumColumn<LogLevel>(q.value(3), "automation_logs.level");
            e.event = q.value(4).toString();
            e.message = q.value(5).toString();
            e.detailsJson = q.value(6).toString();
            e.at = sql::instantColumn(q.value(7), "automation_logs.at");
            rows.push_back(std::move(e));
        }
    } catch (const std::exception &e) {
        return sql::invalidData(QStringLiteral("automation_logs"), QString::fromUtf8(e.what()));
    }
    return rows;
}

StoreResult<std::vector<AutomationLog>> AutomationLogRepository::listForCampaign(qint64 campaignId) const
{
    return select(QStringLiteral("WHERE campaign_id = ? ORDER BY at, id"), {campaignId});
}

StoreResult<std::vector<AutomationLog>> AutomationLogRepository::listForContent(qint64 contentId) const
{
    return select(QStringLiteral("WHERE content_id = ? ORDER BY at, id"), {contentId});
}

StoreResult<AutomationLog> AutomationLogRepository::find(qint64 id) const
{
    auto rows = select(QStringLiteral("WHERE id = ?"), {id});
    if (!rows)
        return rows.error();
    if (rows->empty())
        return StoreError::make(StoreError::Code::NotFound,
                                QCoreApplication::translate("cf::AutomationLogRepository",
                                                            "There is no automation log entry %1.")
                                    .arg(id));
    return rows->front();
}

} // namespace cf
