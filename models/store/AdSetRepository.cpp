#include "models/store/AdSetRepository.h"

#include "models/store/Database.h"
#include "models/store/RowSupport.h"

#include <QCoreApplication>

namespace cf {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, campaign_id, platform, name, targeting, placements, platform_objective, budget_minor, "
    "budget_currency, budget_period, start_at, end_at, external_id FROM ad_sets ");

QVariantList bindings(const AdSet &a)
{
    return {a.campaignId,
            platformId(a.platform),
            a.name,
            sql::jsonText(a.targeting),
            sql::jsonText(a.placements),
            a.platformObjective,
            a.budget.amount.minor,
            a.budget.amount.currency,
            enumId(a.budget.period),
            sql::instantValue(a.startUtc),
            sql::instantValue(a.endUtc),
            a.externalId};
}

AdSet fromRow(const QSqlQuery &q)
{
    AdSet a;
    a.id = q.value(0).toLongLong();
    a.campaignId = q.value(1).toLongLong();
    a.platform = sql::platformColumn(q.value(2));
    a.name = q.value(3).toString();
    a.targeting = sql::jsonColumn<Audience>(q.value(4), "ad_sets.targeting");
    a.placements = sql::jsonColumn<QStringList>(q.value(5), "ad_sets.placements");
    a.platformObjective = q.value(6).toString();
    a.budget.amount.minor = q.value(7).toLongLong();
    a.budget.amount.currency = q.value(8).toString();
    a.budget.period = sql::enumColumn<BudgetPeriod>(q.value(9), "ad_sets.budget_period");
    a.startUtc = sql::instantColumn(q.value(10), "ad_sets.start_at");
    a.endUtc = sql::instantColumn(q.value(11), "ad_sets.end_at");
    a.externalId = q.value(12).toString();
    return a;
}

StoreError notFound(qint64 id)
{
    return StoreError::make(StoreError::Code::NotFound,
                            QCoreApplication::translate("cf::Database", "There is no ad set with id %1.").arg(id));
}

StoreResult<std::vector<AdSet>> select(const Database &db, const QString &where, const QVariantList &args)
{
    if (StoreStatus r = db.checkReadable(); r.isError())
        return r;
    QSqlQuery q(db.handle());
    q.setForwardOnly(true);
    if (StoreStatus s = sql::exec(q, kSelect + where, args); s.isError())
        return s;
    std::vector<AdSet> rows;
    try {
        while (q.next())
            rows.push_back(fromRow(q));
    } catch (const std::exception &e) {
        return sql::invalidData(QStringLiteral("ad_sets"), QString::fromUtf8(e.what()));
    }
    return rows;
}

} // namespace

StoreResult<qint64> AdSetRepository::insert(const AdSet &adSet) const
{
    if (StoreStatus w = m_db.checkWritable(); w.isError())
        return w;
    QSqlQuery q(m_db.handle());
    if (StoreStatus s = sql::exec(q,
                                  QStringLiteral("INSERT INTO ad_sets (campaign_id, platform, name, targeting, placements, "
                                                 "platform_objective, budget_minor, budget_currency, budget_period, "
                                                 "start_at, end_at, external_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                  bindings(adSet));
        s.isError())
        return s;
    return q.lastInsertId().toLongLong();
}

StoreStatus AdSetRepository::update(const AdSet &adSet) const
{
    if (StoreStatus w = m_db.checkWritable(); w.isError())
        return w;
    QVariantList args = bindings(adSet);
    args << adSet.id;
    QSqlQuery q(m_db.handle());
    if (StoreStatus s = sql::exec(q,
                                  QStringLiteral("UPDATE ad_sets SET campaign_id = ?, platform = ?, name = ?, targeting = ?, "
                                                 "placements = ?, platform_objective = ?, budget_minor = ?, "
                                                 "budget_currency = ?, budget_period = ?, start_at = ?, end_at = ?, "
                                                 "external_id = ? WHERE id = ?"),
                                  args);
        s.isError())
        return s;
    return q.numRowsAffected() == 0 ? notFound(adSet.id) : StoreStatus{};
}

StoreStatus AdSetRepository::setExternalId(qint64 id, const QString &externalId) const
{
    if (StoreStatus w = m_db.checkWritable(); w.isError())
        return w;
    QSqlQuery q(m_db.handle());
    if (StoreStatus s = sql::exec(q, QStringLiteral("UPDATE ad_sets SET external_id = ? WHERE id = ?"), {externalId, id});
        s.isError())
        return s;
    return q.numRowsAffected() == 0 ? notFound(id) : StoreStatus{};
}

StoreResult<AdSet> AdSetRepository::find(qint64 id) const
{
    auto rows = select(m_db, QStringLiteral("WHERE id = ?"), {id});
    if (!rows)
        return rows.error();
    if (rows->empty())
        return notFound(id);
    return rows->front();
}

StoreResult<std::vector<AdSet>> AdSetRepository::listForCampaign(qint64 campaignId) const
{
    return select(m_db, QStringLiteral("WHERE campaign_id = ? ORDER BY id"), {campaignId});
}

} // namespace cf
