#pragma once

#include "models/domain/ContentItem.h"
#include "models/store/StoreError.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QTimeZone>

#include <vector>

namespace cf {

class Database;

// What the calendar shows as an item's state: one word derived from the
// approval and the publish state (see calendarStatusFor()).
enum class CalendarStatus { Draft, Approved, Scheduled, Published, Failed, Unknown };
inline constexpr int kCalendarStatusCount = 6;

// Published and failed come from the publish state; queued or sending is
// "scheduled"; an attempt whose outcome was never recorded is "unknown";
// anything not yet sent is "approved" once approved, otherwise "draft".
CalendarStatus calendarStatusFor(ApprovalState approval, PublishState publish);
QString calendarStatusId(CalendarStatus status);
QString calendarStatusDisplayName(CalendarStatus status);

// One content item as the calendar needs it, with its campaign's name and
// time zone; a value type so it can be read on a worker thread.
struct CalendarEntry
{
    qint64 id = 0;
    qint64 campaignId = 0;
    QString campaignName;
    QString campaignTimeZone; // IANA id
    Platform platform = Platform::Facebook;
    ContentType contentType = ContentType::TextPost;
    ApprovalState approval = ApprovalState::Pending;
    PublishState publishState = PublishState::Draft;
    QDateTime scheduledUtc; // invalid when not scheduled
    BilingualText title;
    // Publishing targets of this item that the platform holds in its own
    // scheduler (published with a native schedule and an external id): the
    // post exists there but goes out only at scheduledUtc. Such an item can
    // be cancelled or moved on the platform while that time is ahead.
    std::vector<qint64> nativeTargetIds;

    CalendarStatus status() const { return calendarStatusFor(approval, publishState); }
    // Items that went out, are going out or may have gone out stay where they are.
    bool movable() const;
    // Targets wait in the platform's scheduler and the time is still ahead of nowUtc.
    bool waitsOnPlatform(const QDateTime &nowUtc) const;
    // The title in the current default locale's language, else the other one.
    QString displayTitle() const;
};

// Every content item of every campaign, one row each, with an index from a
// calendar day (in the display time zone) to that day's rows in time order,
// so a month view asks for ~42 days instead of scanning all rows.
//
// Loading: loadEntries() reads the database and may run on a worker thread
// with its own connection; setEntries() then swaps the rows in on the GUI
// thread. data() only formats what is in memory.
class ContentCalendarModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WhenColumn, TitleColumn, PlatformColumn, TypeColumn, StatusColumn, CampaignColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        CampaignIdRole,
        CampaignNameRole,
        PlatformRole,    // platform id, e.g. "instagram"
        ContentTypeRole, // content type id, e.g. "story"
        StatusRole,      // calendar status id, e.g. "scheduled"
        ScheduledUtcRole,
        LocalTimeRole,   // scheduled time in the display zone
        DayRole,         // calendar day in the display zone
        TitleRole,
        MovableRole,
    };

    explicit ContentCalendarModel(QObject *parent = nullptr);

    // All items of all campaigns (one query per campaign), unscheduled last.
    static StoreResult<std::vector<CalendarEntry>> loadEntries(const Database &database);

    void setEntries(std::vector<CalendarEntry> entries);
    // Days are computed in this zone; changing it rebuilds the index.
    void setDisplayZone(const QTimeZone &zone);
    QTimeZone displayZone() const { return m_zone; }
    // The one zone every campaign with items uses, or an invalid zone when
    // they differ or there are none.
    QTimeZone commonCampaignZone() const;

    int entryCount() const { return int(m_entries.size()); }
    const CalendarEntry &entry(int row) const { return m_entries[size_t(row)]; }
    QDateTime localTime(int row) const { return m_local[size_t(row)]; }
    // The row of that item id, or -1.
    int rowOf(qint64 id) const { return m_rowById.value(id, -1); }
    // Rows scheduled on that day (display zone), earliest first.
    const std::vector<int> &rowsOnDay(const QDate &day) const;

    // Moves one item in memory (after the database accepted it); updates the
    // day index and emits dataChanged. False when the id is unknown.
    bool setScheduledUtc(qint64 id, const QDateTime &utc);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void rebuildIndex();
    void indexRow(int row);
    void unindexRow(int row);
    QVariant displayText(int row, int column) const;

    std::vector<CalendarEntry> m_entries;
    std::vector<QDateTime> m_local; // scheduledUtc in m_zone, cached: conversions are not free
    QHash<qint64, int> m_rowById;
    QHash<QDate, std::vector<int>> m_rowsByDay;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace cf
