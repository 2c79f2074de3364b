#include "models/itemmodels/ContentCalendarModelFilter.h"

namespace cf {

namespace {
quint32 bit(int index)
{
    return 1u << unsigned(index);
}
} // namespace

ContentCalendarModelFilter::ContentCalendarModelFilter(ContentCalendarModel *source, QObject *parent)
    : QSortFilterProxyModel(parent), m_calendar(source)
{
    setSourceModel(source);
    setSortRole(ContentCalendarModel::ScheduledUtcRole);
    sort(ContentCalendarModel::WhenColumn, Qt::AscendingOrder);
    // The day index moves with the model; tell the painted views too.
    connect(source, &QAbstractItemModel::modelReset, this, &ContentCalendarModelFilter::filterChanged);
    connect(source, &QAbstractItemModel::dataChanged, this, &ContentCalendarModelFilter::filterChanged);
}

void ContentCalendarModelFilter::setCampaignId(qint64 campaignId)
{
    if (campaignId == m_campaignId)
        return;
    m_campaignId = campaignId;
    refilter();
}

void ContentCalendarModelFilter::setPlatformShown(Platform platform, bool shown)
{
    const quint32 mask = shown ? (m_platformMask | bit(int(platform))) : (m_platformMask & ~bit(int(platform)));
    if (mask == m_platformMask)
        return;
    m_platformMask = mask;
    refilter();
}

bool ContentCalendarModelFilter::isPlatformShown(Platform platform) const
{
    return (m_platformMask & bit(int(platform))) != 0;
}

void ContentCalendarModelFilter::setStatusShown(CalendarStatus status, bool shown)
{
    const quint32 mask = shown ? (m_statusMask | bit(int(status))) : (m_statusMask & ~bit(int(status)));
    if (mask == m_statusMask)
        return;
    m_statusMask = mask;
    refilter();
}

bool ContentCalendarModelFilter::isStatusShown(CalendarStatus status) const
{
    return (m_statusMask & bit(int(status))) != 0;
}

void ContentCalendarModelFilter::setDayRange(const QDate &first, const QDate &last)
{
    if (first == m_first && last == m_last)
        return;
    m_first = first;
    m_last = last;
    refilter();
}

bool ContentCalendarModelFilter::accepts(int sourceRow) const
{
    if (sourceRow < 0 || sourceRow >= m_calendar->entryCount())
        return false;
    const CalendarEntry &e = m_calendar->entry(sourceRow);
    if (m_campaignId != 0 && e.campaignId != m_campaignId)
        return false;
    if ((m_platformMask & bit(int(e.platform))) == 0)
        return false;
    return (m_statusMask & bit(int(e.status()))) != 0;
}

bool ContentCalendarModelFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !accepts(sourceRow))
        return false;
    if (!m_first.isValid() || !m_last.isValid())
        return true;
    const QDateTime local = m_calendar->localTime(sourceRow);
    return local.isValid() && local.date() >= m_first && local.date() <= m_last;
}

void ContentCalendarModelFilter::refilter()
{
    invalidateFilter();
    Q_EMIT filterChanged();
}

} // namespace cf
