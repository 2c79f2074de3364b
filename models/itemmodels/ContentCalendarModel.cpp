#include "models/itemmodels/ContentCalendarModel.h"

#include "models/store/CampaignRepository.h"
#include "models/store/ContentRepository.h"
#include "models/store/PublishTargetRepository.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace cf {

CalendarStatus calendarStatusFor(ApprovalState approval, PublishState publish)
{
    switch (publish) {
    case PublishState::Published: return CalendarStatus::Published;
    case PublishState::Failed: return CalendarStatus::Failed;
    case PublishState::Unknown: return CalendarStatus::Unknown;
    case PublishState::Queued:
    case PublishState::Publishing: return CalendarStatus::Scheduled;
    case PublishState::Draft:
    case PublishState::Cancelled: break;
    }
    return approval == ApprovalState::Approved ? CalendarStatus::Approved : CalendarStatus::Draft;
}

QString calendarStatusId(CalendarStatus status)
{
    switch (status) {
    case CalendarStatus::Draft: return QStringLiteral("draft");
    case CalendarStatus::Approved: return QStringLiteral("approved");
    case CalendarStatus::Scheduled: return QStringLiteral("scheduled");
    case CalendarStatus::Published: return QStringLiteral("published");
    case CalendarStatus::Failed: return QStringLiteral("failed");
    case CalendarStatus::Unknown: return QStringLiteral("unknown");
    }
    return {};
}

QString calendarStatusDisplayName(CalendarStatus status)
{
    switch (status) {
    case CalendarStatus::Draft: return QCoreApplication::translate("cf::ContentCalendarModel", "Draft");
    case CalendarStatus::Approved: return QCoreApplication::translate("cf::ContentCalendarModel", "Approved");
    case CalendarStatus::Scheduled: return QCoreApplication::translate("cf::ContentCalendarModel", "Scheduled");
    case CalendarStatus::Published: return QCoreApplication::translate("cf::ContentCalendarModel", "Published");
    case CalendarStatus::Failed: return QCoreApplication::translate("cf::ContentCalendarModel", "Failed");
    case CalendarStatus::Unknown: return QCoreApplication::translate("cf::ContentCalendarModel", "Unknown");
    }
    return {};
}

bool CalendarEntry::movable() const
{
    switch (publishState) {
    case PublishState::Draft:
    case PublishState::Queued:
    case PublishState::Failed:
    case PublishState::Cancelled: return true;
    case PublishState::Publishing:
    case PublishState::Published:
    case PublishState::Unknown: return false;
    }
    return false;
}

bool CalendarEntry::waitsOnPlatform(const QDateTime &nowUtc) const
{
    return !nativeTargetIds.empty() && publishState == PublishState::Published && scheduledUtc.isValid()
           && scheduledUtc > nowUtc;
}

QString CalendarEntry::displayTitle() const
{
    const bool arabic = QLocale().language() == QLocale::Arabic;
    const QString &preferred = arabic ? title.ar : title.en;
    return preferred.isEmpty() ? (arabic ? title.en : title.ar) : preferred;
}

ContentCalendarModel::ContentCalendarModel(QObject *parent) : QAbstractTableModel(parent) {}

StoreResult<std::vector<CalendarEntry>> ContentCalendarModel::loadEntries(const Database &database)
{
    const CampaignRepository campaigns(database);
    const ContentRepository content(database);
    auto campaignRows = campaigns.list();
    if (!campaignRows)
        return campaignRows.error();
    // Posts held in a platform's scheduler, by item: one query for all.
    auto published = PublishTargetRepository(database).listInState(TargetState::Published);
    if (!published)
        return published.error();
    QHash<qint64, std::vector<qint64>> nativeTargets;
    for (const PublishTarget &t : published.value()) {
        if (t.nativeSchedule && !t.externalId.isEmpty())
            nativeTargets[t.contentItemId].push_back(t.id);
    }
    std::vector<CalendarEntry> entries;
    for (const Campaign &campaign : campaignRows.value()) {
        auto items = content.listForCampaign(campaign.id);
        if (!items)
            return items.error();
        for (const ContentItem &item : items.value()) {
            CalendarEntry e;
            e.id = item.id;
            e.campaignId = campaign.id;
            e.campaignName = campaign.name;
            e.campaignTimeZone = campaign.timeZone;
            e.platform = item.platform;
            e.contentType = item.contentType;
            e.approval = item.approval;
            e.publishState = item.publishState;
            e.scheduledUtc = item.scheduledUtc;
            e.title = item.title;
            e.nativeTargetIds = nativeTargets.value(item.id);
            entries.push_back(std::move(e));
        }
    }
    // Stable and independent of campaign order: by time, unscheduled last.
    std::stable_sort(entries.begin(), entries.end(), [](const CalendarEntry &a, const CalendarEntry &b) {
        if (a.scheduledUtc.isValid() != b.scheduledUtc.isValid())
            return a.scheduledUtc.isValid();
        return a.scheduledUtc < b.scheduledUtc;
    });
    return entries;
}

void ContentCalendarModel::setEntries(std::vector<CalendarEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    rebuildIndex();
    endResetModel();
}

void ContentCalendarModel::setDisplayZone(const QTimeZone &zone)
{
    if (!zone.isValid() || zone == m_zone)
        return;
    beginResetModel();
    m_zone = zone;
    rebuildIndex();
    endResetModel();
}

QTimeZone ContentCalendarModel::commonCampaignZone() const
{
    QString common;
    for (const CalendarEntry &e : m_entries) {
        if (e.campaignTimeZone.isEmpty())
            continue;
        if (common.isEmpty())
            common = e.campaignTimeZone;
        else if (common != e.campaignTimeZone)
            return {};
    }
    const QTimeZone zone(common.toUtf8());
    return zone.isValid() ? zone : QTimeZone();
}

const std::vector<int> &ContentCalendarModel::rowsOnDay(const QDate &day) const
{
    static const std::vector<int> none;
    const auto it = m_rowsByDay.constFind(day);
    return it == m_rowsByDay.constEnd() ? none : it.value();
}

void ContentCalendarModel::rebuildIndex()
{
    m_local.clear();
    m_local.reserve(m_entries.size());
    m_rowById.clear();
    m_rowById.reserve(qsizetype(m_entries.size()));
    m_rowsByDay.clear();
    for (size_t i = 0; i < m_entries.size(); ++i) {
        const CalendarEntry &e = m_entries[i];
        m_local.push_back(e.scheduledUtc.isValid() ? e.scheduledUtc.toTimeZone(m_zone) : QDateTime());
        m_rowById.insert(e.id, int(i));
    }
    for (int row = 0; row < int(m_entries.size()); ++row)
        indexRow(row);
}

void ContentCalendarModel::indexRow(int row)
{
    const QDateTime &local = m_local[size_t(row)];
    if (!local.isValid())
        return;
    std::vector<int> &day = m_rowsByDay[local.date()];
    const auto at = std::upper_bound(day.begin(), day.end(), row, [this](int a, int b) {
        return m_entries[size_t(a)].scheduledUtc < m_entries[size_t(b)].scheduledUtc;
    });
    day.insert(at, row);
}

void ContentCalendarModel::unindexRow(int row)
{
    const QDateTime &local = m_local[size_t(row)];
    if (!local.isValid())
        return;
    const auto it = m_rowsByDay.find(local.date());
    if (it == m_rowsByDay.end())
        return;
    std::vector<int> &day = it.value();
    day.erase(std::remove(day.begin(), day.end(), row), day.end());
    if (day.empty())
        m_rowsByDay.erase(it);
}

bool ContentCalendarModel::setScheduledUtc(qint64 id, const QDateTime &utc)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    unindexRow(row);
    m_entries[size_t(row)].scheduledUtc = utc.isValid() ? utc.toUTC() : QDateTime();
    m_local[size_t(row)] = utc.isValid() ? utc.toTimeZone(m_zone) : QDateTime();
    indexRow(row);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

int ContentCalendarModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ContentCalendarModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContentCalendarModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const CalendarEntry &e = m_entries[size_t(row)];
    switch (role) {
    case Qt::DisplayRole: return displayText(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == TitleColumn ? QVariant(e.displayTitle()) : displayText(row, index.column());
    case IdRole: return e.id;
    case CampaignIdRole: return e.campaignId;
    case CampaignNameRole: return e.campaignName;
    case PlatformRole: return platformId(e.platform);
    case ContentTypeRole: return enumId(e.contentType);
    case StatusRole: return calendarStatusId(e.status());
    case ScheduledUtcRole: return e.scheduledUtc;
    case LocalTimeRole: return m_local[size_t(row)];
    case DayRole: return m_local[size_t(row)].isValid() ? QVariant(m_local[size_t(row)].date()) : QVariant();
    case TitleRole: return e.displayTitle();
    case MovableRole: return e.movable();
    default: return {};
    }
}

QVariant ContentCalendarModel::displayText(int row, int column) const
{
    const CalendarEntry &e = m_entries[size_t(row)];
    switch (Column(column)) {
    case WhenColumn: {
        const QDateTime &local = m_local[size_t(row)];
        return local.isValid() ? QLocale().toString(local, QLocale::ShortFormat)
                               : QCoreApplication::translate("cf::ContentCalendarModel", "Not scheduled");
    }
    case TitleColumn: return e.displayTitle();
    case PlatformColumn: return platformDisplayName(e.platform);
    case TypeColumn: return contentTypeDisplayName(e.contentType);
    case StatusColumn: return calendarStatusDisplayName(e.status());
    case CampaignColumn: return e.campaignName;
    case ColumnCount: break;
    }
    return {};
}

QVariant ContentCalendarModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case WhenColumn: return tr("When");
    case TitleColumn: return tr("Title");
    case PlatformColumn: return tr("Platform");
    case TypeColumn: return tr("Type");
    case StatusColumn: return tr("Status");
    case CampaignColumn: return tr("Campaign");
    case ColumnCount: break;
    }
    return {};
}

QHash<int, QByteArray> ContentCalendarModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "contentId");
    names.insert(CampaignIdRole, "campaignId");
    names.insert(CampaignNameRole, "campaignName");
    names.insert(PlatformRole, "platform");
    names.insert(ContentTypeRole, "contentType");
    names.insert(StatusRole, "status");
    names.insert(ScheduledUtcRole, "scheduledUtc");
    names.insert(LocalTimeRole, "localTime");
    names.insert(DayRole, "day");
    names.insert(TitleRole, "title");
    names.insert(MovableRole, "movable");
    return names;
}

} // namespace cf
