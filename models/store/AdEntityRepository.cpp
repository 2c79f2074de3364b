#include "models/store/AdEntityRepository.h"

#include "models/store/Database.h"
#include "models/store/RowSupport.h"

#include <QCoreApplication>

namespace cf {

namespace {

const QString kColumns = QStringLiteral(
    "e.id, e.campaign_id, e.ad_set_id, e.connection_id, e.platform, e.level, e.external_id, e.delivery, "
    "e.budget_pushed_minor, e.budget_pushed_period, e.created_at, e.updated_at");
constexpr int kColumnCount = 12;

AdEntity fromRow(const QSqlQuery &q)
{
    AdEntity e;
    e.id = q.value(0).toLongLong();
    e.key.campaignId = q.value(1).toLongLong();
    e.key.adSetId = sql::optionalId(q.value(2));
    e.key.connectionId = q.value(3).toLongLong();
    e.platform = sql::platformColumn(q.value(4));
    const auto level = sql::enumColumn<AdEntityLevel>(q.value(5), "ad_entities.level");
    if ((level == AdEntityLevel::AdSet) != e.key.adSetId.has_value())
        throw std::invalid_argument("ad_entities.level does not match ad_set_id");
    e.externalId = q.value(6).toString();
    e.delivery = sql::enumColumn<AdDelivery>(q.value(7), "ad_entities.delivery");
    if (!q.value(8).isNull())
        e.budgetPushed = PushedBudget{q.value(8).toLongLong(),
                                      sql::enumColumn<BudgetPeriod>(q.value(9), "ad_entities.budget_pushed_period")};
    e.createdAt = sql::instantColumn(q.value(10), "ad_entities.created_at");
    e.updatedAt = sql::instantColumn(q.value(11), "ad_entities.updated_at");
    return e;
}

// The WHERE clause that names exactly one entity (NULL ad set = campaign).
const QString kKeyWhere = QStringLiteral("e.campaign_id = ? AND e.connection_id = ? AND e.level = ? "
                                         "AND COALESCE(e.ad_set_id, 0) = ?");
QVariantList keyArgs(const AdEntityKey &key)
{
    return {key.campaignId, key.connectionId, enumId(key.level()), key.adSetId.value_or(0)};
}

} // namespace

StoreResult<std::vector<AdEntity>> AdEntityRepository::select(const QString &where, const QVariantList &args) const
{
    if (StoreStatus r = m_db.checkReadable(); r.isError())
        return r;
    QSqlQuery q(m_db.handle());
    q.setForwardOnly(true);
    if (StoreStatus s = sql::exec(q, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM ad_entities e ") + where,
                                  args);
        s.isError())
        return s;
    std::vector<AdEntity> rows;
    try {
        while (q.next())
            rows.push_back(fromRow(q));
    } catch (const std::exception &e) {
        return sql::invalidData(QStringLiteral("ad_entities"), QString::fromUtf8(e.what()));
    }
    return rows;
}

StoreResult<std::optional<AdEntity>> AdEntityRepository::find(const AdEntityKey &key) const
{
    auto rows = select(QStringLiteral("WHERE ") + kKeyWhere, keyArgs(key));
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<AdEntity>();
    return std::optional<AdEntity>(rows->front());
}

StoreResult<std::vector<AdEntity>> AdEntityRepository::listFor(qint64 campaignId, qint64 connectionId) const
{
    return select(QStringLiteral("WHERE e.campaign_id = ? AND e.connection_id = ? ORDER BY e.ad_set_id IS NOT NULL, e.id"),
                  {campaignId, connectionId});
}

StoreResult<std::vector<AdEntity>> AdEntityRepository::listForCampaign(qint64 campaignId) const
{
    return select(QStringLiteral("WHERE e.campaign_id = ? ORDER BY e.connection_id, e.ad_set_id IS NOT NULL, e.id"),
                  {campaignId});
}

StoreResult<qint64> AdEntityRepository::upsertExternalId(const AdEntityKey &key, Platform platform,
                                                         const QString &externalId,
                                                         const std::optional<PushedBudget> &createdWith,
                                                         const QDateTime &nowUtc) const
{
    if (StoreStatus w = m_db.checkWritable(); w.isError())
        return w;
    if (externalId.isEmpty())
        return sql::invalidData(QStringLiteral("ad_entities.external_id"), QStringLiteral("empty"));
    qint64 rowId = 0;
    const StoreStatus status = sql::inTransaction(m_db.handle(), [&]() -> StoreStatus {
        const QVariant now = sql::instantValue(nowUtc);
        QSqlQuery u(m_db.handle());
        QVariantList args{externalId, now};
        args.append(keyArgs(key));
        if (StoreStatus s = sql::exec(u,
                                      QStringLiteral("UPDATE ad_entities AS e SET external_id = ?, updated_at = ? WHERE ")
                                          + kKeyWhere,
                                      args);
            s.isError())
            return s;
        if (u.numRowsAffected() == 0) {
            QSqlQuery i(m_db.handle());
            const bool withBudget = createdWith && key.adSetId;
            if (StoreStatus s = sql::exec(i,
                                          QStringLiteral("INSERT INTO ad_entities (campaign_id, ad_set_id, connection_id, "
                                                         "platform, level, external_id, delivery, budget_pushed_minor, "
                                                         "budget_pushed_period, created_at, updated_at) "
                                                         "VALUES (?, ?, ?, ?, ?, ?, 'paused', ?, ?, ?, ?)"),
                                          {key.campaignId, sql::optional(key.adSetId), key.connectionId,
                                           platformId(platform), enumId(key.level()), externalId,
                                           withBudget ? QVariant(createdWith->minor) : QVariant(),
                                           withBudget ? QVariant(enumId(createdWith->period)) : QVariant(), now, now});
                s.isError())
                return s;
        }
        QSqlQuery f(m_db.handle());
        if (StoreStatus s = sql::exec(f, QStringLiteral("SELECT e.id FROM ad_entities e WHERE ") + kKeyWhere, keyArgs(key));
            s.isError())
            return s;
        if (!f.next())
            return sql::invalidData(QStringLiteral("ad_entities"), QStringLiteral("row vanished after upsert"));
        rowId = f.value(0).toLongLong();
        if (!key.adSetId)
            return {};
        QSqlQuery a(m_db.handle());
        if (StoreStatus s = sql::exec(a, QStringLiteral("UPDATE ad_sets SET external_id = ? WHERE id = ?"),
                                      {externalId, *key.adSetId});
            s.isError())
            return s;
        if (a.numRowsAffected() == 0)
            return StoreError::make(StoreError::Code::NotFound,
                                    QCoreApplication::translate("cf::Database", "There is no ad set with id %1.")
                                        .arg(*key.adSetId));
        return {};
    });
    if (status.isError())
        return status;
    return rowId;
}

StoreResult<std::vector<AdActivationGroup>> AdEntityRepository::activationDue() const
{
    if (StoreStatus r = m_db.checkReadable(); r.isError())
        return r;
    QSqlQuery q(m_db.handle());
    q.setForwardOnly(true);
    if (StoreStatus s = sql::exec(q,
                                  QStringLiteral(
                                      "SELECT c.campaign_id, t.connection_id, t.id, t.external_id FROM publish_targets t"
                                      " JOIN campaign_content c ON c.id = t.content_id"
                                      " WHERE c.ad_set_id IS NOT NULL AND t.state = 'published' AND t.ad_delivery = ''"
                                      " AND NOT EXISTS (SELECT 1 FROM publish_targets o"
                                      "   JOIN campaign_content oc ON oc.id = o.content_id"
                                      "   WHERE oc.ad_set_id IS NOT NULL AND oc.campaign_id = c.campaign_id"
                                      "   AND o.connection_id = t.connection_id AND o.state IN"
                                      "   ('scheduled', 'claimed', 'sending', 'failed_retryable', 'unknown'))"
                                      " ORDER BY c.campaign_id, t.connection_id, t.id"));
        s.isError())
        return s;
    std::vector<AdActivationGroup> groups;
    while (q.next()) {
        const qint64 campaignId = q.value(0).toLongLong();
        const qint64 connectionId = q.value(1).toLongLong();
        if (groups.empty() || groups.back().campaignId != campaignId || groups.back().connectionId != connectionId)
            groups.push_back({campaignId, connectionId, {}, {}});
        groups.back().adTargetIds.push_back(q.value(2).toLongLong());
        groups.back().adExternalIds.push_back(q.value(3).toString());
    }
    return groups;
}

StoreStatus AdEntityRepository::markDelivered(qint64 campaignId, qint64 connectionId,
                                              const std::vector<qint64> &adTargetIds, AdDelivery delivery,
                                              const QDateTime &nowUtc) const
{
    if (StoreStatus w = m_db.checkWritable(); w.isError())
        return w;
    return sql::inTransaction(m_db.handle(), [&]() -> StoreStatus {
        const QVariant now = sql::instantValue(nowUtc);
        QSqlQuery q(m_db.handle());
        if (StoreStatus s = sql::exec(q,
                                      QStringLiteral("UPDATE ad_entities SET delivery = ?, updated_at = ? "
                                                     "WHERE campaign_id = ? AND connection_id = ?"),
                                      {enumId(delivery), now, campaignId, connectionId});
            s.isError())
            return s;
        for (qint64 targetId : adTargetIds) {
            QSqlQuery t(m_db.handle());
            if (StoreStatus s = sql::exec(t,
                                          QStringLiteral("UPDATE publish_targets SET ad_delivery = ?, updated_at = ? "
                                                         "WHERE id = ?"),
                                          {enumId(delivery), now, targetId});
                s.isError())
                return s;
        }
        return {};
    });
}

StoreStatus AdEntityRepository::recordPushedBudget(qint64 entityId, const PushedBudget &budget,
                                                   const QDateTime &nowUtc) const
{
    if (StoreStatus w = m_db.checkWritable(); w.isError())
        return w;
    QSqlQuery q(m_db.handle());
    if (StoreStatus s = sql::exec(q,
                                  QStringLiteral("UPDATE ad_entities SET budget_pushed_minor = ?, budget_pushed_period = ?, "
                                                 "updated_at = ? WHERE id = ? AND level = 'adset'"),
                                  {budget.minor, enumId(budget.period), sql::instantValue(nowUtc), entityId});
        s.isError())
        return s;
    if (q.numRowsAffected() == 0)
        return StoreError::make(StoreError::Code::NotFound,
                                QCoreApplication::translate("cf::Database", "There is no ad set entity with id %1.")
                                    .arg(entityId));
    return {};
}

StoreResult<std::vector<PendingBudgetPush>> AdEntityRepository::pendingBudgetPushes() const
{
    if (StoreStatus r = m_db.checkReadable(); r.isError())
        return r;
    QSqlQuery q(m_db.handle());
    q.setForwardOnly(true);
    if (StoreStatus s = sql::exec(q,
                                  QStringLiteral("SELECT ") + kColumns
                                      + QStringLiteral(", s.budget_minor, s.budget_currency, s.budget_period "
                                                       "FROM ad_entities e JOIN ad_sets s ON s.id = e.ad_set_id "
                                                       "WHERE e.level = 'adset' AND (e.budget_pushed_minor IS NULL "
                                                       "OR e.budget_pushed_minor <> s.budget_minor "
                                                       "OR e.budget_pushed_period IS NOT s.budget_period) "
                                                       "ORDER BY e.id"));
        s.isError())
        return s;
    std::vector<PendingBudgetPush> rows;
    try {
        while (q.next()) {
            PendingBudgetPush push;
            push.entity = fromRow(q);
            push.localBudget.amount.minor = q.value(kColumnCount).toLongLong();
            push.localBudget.amount.currency = q.value(kColumnCount + 1).toString();
            push.localBudget.period = sql::enumColumn<BudgetPeriod>(q.value(kColumnCount + 2), "ad_sets.budget_period");
            rows.push_back(push);
        }
    } catch (const std::exception &e) {
        return sql::invalidData(QStringLiteral("ad_entities"), QString::fromUtf8(e.what()));
    }
    return rows;
}

} // namespace cf
