#include "models/store/CampaignRepository.h"

#include "models/store/Database.h"
#include "models/store/RowSupport.h"
#include "models/store/WorkspaceRepository.h"

#include <QCoreApplication>

namespace cf {

namespace {

// Column order shared by SELECT (after id) and INSERT/UPDATE bindings.
const QString kFields = QStringLiteral(
    "workspace_id, name, instruction, type, objective, automation_level, status, theme, time_zone, languages, "
    "platforms, strategy, audience, budget_minor, budget_currency, budget_period, start_date, end_date, estimated, "
    "actual, created_at, updated_at, product");
constexpr int kFieldCount = 23;

QVariantList bindings(const Campaign &c, qint64 workspaceId)
{
    return {workspaceId,
            c.name,
            c.instruction,
            c.type ? QVariant(enumId(*c.type)) : QVariant(),
            c.objective ? QVariant(enumId(*c.objective)) : QVariant(),
            enumId(c.automationLevel),
            enumId(c.status),
            c.theme,
            c.timeZone,
            sql::jsonText(c.languages),
            sql::jsonText(c.platforms),
            sql::jsonText(c.strategy),
            sql::jsonText(c.audience),
            c.budget.amount.minor,
            c.budget.amount.currency,
            enumId(c.budget.period),
            sql::dateValue(c.startDate),
            sql::dateValue(c.endDate),
            sql::jsonText(c.estimated),
            sql::jsonText(c.actual),
            sql::instantValue(c.createdAt),
            sql::instantValue(c.updatedAt),
            sql::jsonText(c.product)};
}

// Reads the campaign columns starting at `first` (id, then kFields).
Campaign fromRow(const QSqlQuery &q, int first = 0)
{
    auto v = [&](int i) { return q.value(first + i); };
    Campaign c;
    c.id = v(0).toLongLong();
    c.workspaceId = v(1).toLongLong();
    c.name = v(2).toString();
    c.instruction = v(3).toString();
    if (!v(4).isNull())
        c.type = sql::enumColumn<CampaignType>(v(4), "campaigns.type");
    if (!v(5).isNull())
        c.objective = sql::enumColumn<Objective>(v(5), "campaigns.objective");
    c.automationLevel = sql::enumColumn<AutomationLevel>(v(6), "campaigns.automation_level");
    c.status = sql::enumColumn<CampaignStatus>(v(7), "campaigns.status");
    c.theme = v(8).toString();
    c.timeZone = v(9).toString();
    c.languages = sql::jsonColumn<QStringList>(v(10), "campaigns.languages");
    c.platforms = sql::jsonColumn<std::vector<Platform>>(v(11), "campaigns.platforms");
    c.strategy = sql::jsonColumn<CampaignStrategy>(v(12), "campaigns.strategy");
    c.audience = sql::jsonColumn<Audience>(v(13), "campaigns.audience");
    c.budget.amount.minor = v(14).toLongLong();
    c.budget.amount.currency = v(15).toString();
    c.budget.period = sql::enumColumn<BudgetPeriod>(v(16), "campaigns.budget_period");
    c.startDate = sql::dateColumn(v(17), "campaigns.start_date");
    c.endDate = sql::dateColumn(v(18), "campaigns.end_date");
    c.estimated = sql::jsonColumn<PerformanceEstimate>(v(19), "campaigns.estimated");
    c.actual = sql::jsonColumn<PerformanceTotals>(v(20), "campaigns.actual");
    c.createdAt = sql::instantColumn(v(21), "campaigns.created_at");
    c.updatedAt = sql::instantColumn(v(22), "campaigns.updated_at");
    c.product = sql::jsonColumn<ProductFacts>(v(23), "campaigns.product");
    return c;
}

StoreError notFound(qint64 id)
{
    return StoreError::make(StoreError::Code::NotFound,
                            QCoreApplication::translate("cf::Database", "There is no campaign with id %1.").arg(id));
}

StoreStatus requireChanged(const QSqlQuery &q, qint64 id)
{
    return q.numRowsAffected() == 0 ? notFound(id) : StoreStatus{};
}

} // namespace

StoreResult<qint64> CampaignRepository::insert(const Campaign &campaign) const
{
    if (StoreStatus w = m_db.checkWritable(); w.isError())
        return w;
    qint64 workspaceId = campaign.workspaceId;
    if (workspaceId == 0) {
        Workspace fallback;
        fallback.name = QCoreApplication::translate("cf::Database", "My business");
        fallback.defaultCurrency = campaign.budget.amount.currency;
        fallback.timeZone = campaign.timeZone;
        fallback.createdAt = campaign.createdAt;
        fallback.updatedAt = campaign.createdAt;
        const auto created = WorkspaceRepository(m_db).firstOrCreate(fallback);
        if (!created)
            return created.error();
        workspaceId = created.value();
    }
    QString placeholders = QStringLiteral("?");
    for (int i = 1; i < kFieldCount; ++i)
        placeholders += QStringLiteral(", ?");
    QSqlQuery q(m_db.handle());
    if (StoreStatus s = sql::exec(q, QStringLiteral("INSERT INTO campaigns (%1) VALUES (%2)").arg(kFields, placeholders),
                                  bindings(campaign, workspaceId));
        s.isError())
        return s;
    return q.lastInsertId().toLongLong();
}

StoreStatus CampaignRepository::update(const Campaign &campaign) const
{
    if (StoreStatus w = m_db.checkWritable(); w.isError())
        return w;
    QString assignments = kFields;
    assignments.replace(QLatin1String(", "), QLatin1String(" = ?, "));
    assignments += QStringLiteral(" = ?");
    QVariantList args = bindings(campaign, campaign.workspaceId);
    args << campaign.id;
    QSqlQuery q(m_db.handle());
    if (StoreStatus s = sql::exec(q, QStringLiteral("UPDATE campaigns SET %1 WHERE id = ?").arg(assignments), args);
        s.isError())
        return s;
    return requireChanged(q, campaign.id);
}

StoreStatus CampaignRepository::setStatus(qint64 id, CampaignStatus status, const QDateTime &nowUtc) const
{
    if (StoreStatus w = m_db.checkWritable(); w.isError())
        return w;
    QSqlQuery q(m_db.handle());
    if (StoreStatus s = sql::exec(q, QStringLiteral("UPDATE campaigns SET status = ?, updated_at = ? WHERE id = ?"),
                                  {enumId(status), sql::instantValue(nowUtc), id});
        s.isError())
        return s;
    return requireChanged(q, id);
}

StoreStatus CampaignRepository::remove(qint64 id) const
{
    if (StoreStatus w = m_db.checkWritable(); w.isError())
        return w;
    QSqlQuery q(m_db.handle());
    if (StoreStatus s = sql::exec(q, QStringLiteral("DELETE FROM campaigns WHERE id = ?"), {id}); s.isError())
        return s;
    return requireChanged(q, id);
}

StoreResult<Campaign> CampaignRepository::find(qint64 id) const
{
    if (StoreStatus r = m_db.checkReadable(); r.isError())
        return r;
    QSqlQuery q(m_db.handle());
    q.setForwardOnly(true);
    if (StoreStatus s = sql::exec(q, QStringLiteral("SELECT id, %1 FROM campaigns WHERE id = ?").arg(kFields), {id});
        s.isError())
        return s;
    if (!q.next())
        return notFound(id);
    try {
        return fromRow(q);
    } catch (const std::exception &e) {
        return sql::invalidData(QStringLiteral("campaigns"), QString::fromUtf8(e.what()));
    }
}

StoreResult<std::vector<Campaign>> CampaignRepository::list() const
{
    auto summaries = listSummaries();
    if (!summaries)
        return summaries.error();
    std::vector<Campaign> campaigns;
    campaigns.reserve(summaries->size());
    for (CampaignSummary &summary : summaries.value())
        campaigns.push_back(std::move(summary.campaign));
    return campaigns;
}

StoreResult<std::vector<CampaignSummary>> CampaignRepository::listSummaries() const
{
    if (StoreStatus r = m_db.checkReadable(); r.isError())
        return r;
    // The next item is the earliest one still on its way out; one grouped
    // subquery instead of a query per campaign.
    const QString statement = QStringLiteral(
        "SELECT c.id, %1, n.next_at, coalesce(n.item_count, 0), coalesce(n.approved, 0), "
        "coalesce(n.published, 0) FROM campaigns c "
        "LEFT JOIN (SELECT campaign_id, count(*) AS item_count, "
        "  sum(approval_state = 'approved') AS approved, sum(publish_state = 'published') AS published, "
        "  min(CASE WHEN publish_state IN ('draft', 'queued') THEN scheduled_at END) AS next_at "
        "  FROM campaign_content GROUP BY campaign_id) n ON n.campaign_id = c.id "
        "ORDER BY c.created_at DESC, c.id DESC");
    QString prefixed = kFields;
    prefixed.replace(QLatin1String(", "), QLatin1String(", c."));
    QSqlQuery q(m_db.handle());
    q.setForwardOnly(true);
    if (StoreStatus s = sql::exec(q, statement.arg(QStringLiteral("c.") + prefixed)); s.isError())
        return s;
    std::vector<CampaignSummary> rows;
    try {
        while (q.next()) {
            CampaignSummary summary;
            summary.campaign = fromRow(q);
            summary.nextScheduledUtc = sql::instantColumn(q.value(kFieldCount + 1), "campaign_content.scheduled_at");
            summary.contentCount = q.value(kFieldCount + 2).toInt();
            summary.approvedCount = q.value(kFieldCount + 3).toInt();
            summary.publishedCount = q.value(kFieldCount + 4).toInt();
            rows.push_back(std::move(summary));
        }
    } catch (const std::exception &e) {
        return sql::invalidData(QStringLiteral("campaigns"), QString::fromUtf8(e.what()));
    }
    return rows;
}

} // namespace cf
