#include "models/itemmodels/CampaignListModel.h"

#include <QLocale>
#include <QTimeZone>

namespace cf {

CampaignListModel::CampaignListModel(const CampaignRepository *repository, QObject *parent)
    : QAbstractTableModel(parent), m_repository(repository)
{
}

void CampaignListModel::setRepository(const CampaignRepository *repository)
{
    m_repository = repository;
    reload();
}

bool CampaignListModel::reload()
{
    if (!m_repository) {
        beginResetModel();
        m_rows.clear();
        endResetModel();
        m_lastError = {};
        Q_EMIT reloaded(true);
        return true;
    }
    auto rows = m_repository->listSummaries();
    if (!rows) {
        m_lastError = rows.error();
        Q_EMIT reloaded(false);
        return false;
    }
    beginResetModel();
    m_rows = std::move(rows.value());
    endResetModel();
    m_lastError = {};
    Q_EMIT reloaded(true);
    return true;
}

qint64 CampaignListModel::campaignId(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return 0;
    return m_rows[std::size_t(row)].campaign.id;
}

Campaign CampaignListModel::campaign(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return {};
    return m_rows[std::size_t(row)].campaign;
}

int CampaignListModel::rowOf(qint64 id) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].campaign.id == id)
            return int(i);
    }
    return -1;
}

int CampaignListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CampaignListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CampaignSummary &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: return displayText(row, index.column());
    case SortRole: return sortValue(row, index.column());
    case CampaignIdRole: return row.campaign.id;
    case StatusRole: return int(row.campaign.status);
    case ArchivedRole: return row.campaign.status == CampaignStatus::Archived;
    case ItemCountRole: return row.contentCount;
    case ApprovedCountRole: return row.approvedCount;
    case PublishedCountRole: return row.publishedCount;
    case Qt::TextAlignmentRole:
        if (index.column() == BudgetColumn)
            return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
        return {};
    default: return {};
    }
}

QVariant CampaignListModel::displayText(const CampaignSummary &row, int column) const
{
    const Campaign &c = row.campaign;
    const QLocale locale;
    switch (column) {
    case NameColumn: return c.name.isEmpty() ? tr("(untitled)") : c.name;
    case StatusColumn: return campaignStatusDisplayName(c.status);
    case StartColumn: return c.startDate.isValid() ? locale.toString(c.startDate, QLocale::ShortFormat) : tr("Not set");
    case EndColumn: return c.endDate.isValid() ? locale.toString(c.endDate, QLocale::ShortFormat) : tr("Not set");
    case BudgetColumn: {
        const QString amount = formatMoney(c.budget.amount, locale);
        return c.budget.period == BudgetPeriod::Daily ? tr("%1 a day").arg(amount) : amount;
    }
    case PlatformsColumn: {
        QStringList names;
        for (Platform p : c.platforms)
            names << platformDisplayName(p);
        return names.isEmpty() ? tr("None") : locale.createSeparatedList(names);
    }
    case ProgressColumn:
        if (row.contentCount == 0)
            return tr("No items");
        return tr("%1 approved, %2 published of %3")
            .arg(locale.toString(row.approvedCount), locale.toString(row.publishedCount), locale.toString(row.contentCount));
    case NextItemColumn: {
        if (!row.nextScheduledUtc.isValid())
            return tr("Nothing scheduled");
        // Shown in the campaign's own time zone: that is when its audience sees it.
        const QTimeZone zone(c.timeZone.toUtf8());
        const QDateTime local = zone.isValid() ? row.nextScheduledUtc.toTimeZone(zone) : row.nextScheduledUtc.toLocalTime();
        return locale.toString(local, QLocale::ShortFormat);
    }
    default: return {};
    }
}

QVariant CampaignListModel::sortValue(const CampaignSummary &row, int column) const
{
    const Campaign &c = row.campaign;
    switch (column) {
    case NameColumn: return c.name;
    case StatusColumn: return int(c.status);
    case StartColumn: return c.startDate;
    case EndColumn: return c.endDate;
    case BudgetColumn: return c.budget.amount.minor;
    case PlatformsColumn: {
        QStringList ids;
        for (Platform p : c.platforms)
            ids << platformId(p);
        return ids.join(QLatin1Char(','));
    }
    case ProgressColumn:
        // Share of the items approved (published ones were approved first).
        return row.contentCount == 0 ? 0.0 : double(row.approvedCount) / row.contentCount;
    case NextItemColumn: return row.nextScheduledUtc;
    default: return {};
    }
}

QVariant CampaignListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case StatusColumn: return tr("Status");
    case StartColumn: return tr("Start");
    case EndColumn: return tr("End");
    case BudgetColumn: return tr("Budget");
    case PlatformsColumn: return tr("Platforms");
    case ProgressColumn: return tr("Progress");
    case NextItemColumn: return tr("Next item");
    default: return {};
    }
}

} // namespace cf
