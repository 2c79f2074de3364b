#pragma once

#include "models/itemmodels/ContentCalendarModel.h"

#include <QSortFilterProxyModel>

namespace cf {

// The calendar's filters over ContentCalendarModel: one campaign or all, a
// set of platforms and a set of statuses, plus an optional day range that
// only the list (agenda) uses. Sorted by scheduled time.
//
// The month and week views read the source model's day index directly and
// ask accepts(row) per item, so a filter change costs nothing until the
// visible days are painted; filterChanged() tells them to repaint.
class ContentCalendarModelFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ContentCalendarModelFilter(ContentCalendarModel *source, QObject *parent = nullptr);

    ContentCalendarModel *calendarModel() const { return m_calendar; }

    // 0 shows every campaign.
    void setCampaignId(qint64 campaignId);
    qint64 campaignId() const { return m_campaignId; }
    void setPlatformShown(Platform platform, bool shown);
    bool isPlatformShown(Platform platform) const;
    void setStatusShown(CalendarStatus status, bool shown);
    bool isStatusShown(CalendarStatus status) const;
    // Inclusive day range in the display zone; an invalid range shows all days.
    void setDayRange(const QDate &first, const QDate &last);
    // Campaign, platform and status only (not the day range), by source row.
    bool accepts(int sourceRow) const;

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    ContentCalendarModel *m_calendar;
    qint64 m_campaignId = 0;
    quint32 m_platformMask = ~0u;
    quint32 m_statusMask = ~0u;
    QDate m_first;
    QDate m_last;
};

} // namespace cf
