#pragma once

#include "ui/calendar/ContentTypeIcons.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QWidget>

namespace cf {

class ContentCalendarModel;
class ContentCalendarModelFilter;
struct CalendarEntry;

// What the month and week views share: they paint straight from the
// calendar model's day index (only the visible days, only accepted items),
// and they move items with their own mouse handling instead of QDrag, so a
// move is an ordinary press-move-release that tests can drive and that never
// starts a nested drag loop.
//
// A press on an item followed by a move beyond the platform's drag distance
// starts a move; the release asks the subclass which local date and time the
// point means and emits moveRequested(). A press and release on the same item
// without moving emits itemActivated(). Whether a move is allowed is decided
// by whoever listens (the page), not here.
class CalendarViewBase : public QWidget
{
    Q_OBJECT
public:
    explicit CalendarViewBase(ContentCalendarModelFilter *filter, QWidget *parent = nullptr);

    void setAnchorDate(const QDate &date);
    QDate anchorDate() const { return m_anchor; }
    void setToday(const QDate &today);
    void setShowHijri(bool show);
    bool showsHijri() const { return m_showHijri; }

    // Lays the visible items out again on the next paint (after the model
    // changed in a way no signal reports, or to measure a full frame).
    void relayout();

    virtual QDate firstVisibleDay() const = 0;
    virtual QDate lastVisibleDay() const = 0;
    // Where an item is painted now (widget coordinates); empty when it is not
    // visible. Used by tests and accessibility.
    virtual QRect itemRect(qint64 id) = 0;
    // A point that drops onto that day (and, where the view shows times, that time).
    virtual QPoint pointFor(const QDate &day, const QTime &time) = 0;

Q_SIGNALS:
    void itemActivated(qint64 id);
    // newLocal is in the model's display zone.
    void moveRequested(qint64 id, const QDateTime &newLocal);
    // The user asked to see one day in more detail ("+N more").
    void dayActivated(const QDate &day);
    // The context menu was asked for on an item (globalPos: where to show it).
    void itemMenuRequested(qint64 id, const QPoint &globalPos);

protected:
    // The item under `pos`, or 0.
    virtual qint64 itemAt(const QPoint &pos) = 0;
    // The local date and time a drop at `pos` means for that item; invalid
    // when `pos` is outside every day.
    virtual QDateTime dropTarget(const QPoint &pos, int sourceRow) = 0;
    // A day whose "+N more" is under `pos`, or an invalid date.
    virtual QDate moreAt(const QPoint &pos) = 0;
    // The cached layout no longer matches the model, size or dates.
    virtual void invalidateLayout() = 0;

    bool isMoving() const { return m_moving; }
    qint64 movingId() const { return m_pressId; }
    QPoint movePos() const { return m_movePos; }
    QDate today() const { return m_today; }
    ContentCalendarModel *calendar() const;
    ContentCalendarModelFilter *filter() const { return m_filter; }
    ContentTypeIcons &icons() { return m_icons; }
    // A logical (left-to-right) rectangle mirrored for right-to-left layouts.
    QRect visual(const QRect &logical) const;
    // Qt::AlignLeft or Qt::AlignRight: where text starts in this direction.
    Qt::Alignment leading() const;
    Qt::Alignment trailing() const;
    QString hijriText(const QDate &day, const QString &format) const;
    // The item's tooltip text: title, platform, type, status, time, campaign.
    QString describe(int sourceRow) const;
    // Paints an item as a tinted chip with its platform bar, type icon, time,
    // title and status (dot when narrow, pill when wide).
    void paintChip(QPainter &painter, const QRect &visualRect, int sourceRow, bool showTime);

    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:

    ContentCalendarModelFilter *m_filter;
    ContentTypeIcons m_icons;
    // Elided chip texts by (row, width): eliding shapes the whole text, so
    // repaints while dragging reuse them. Cleared with every relayout.
    QHash<quint64, QString> m_elided;
    QDate m_anchor;
    QDate m_today;
    bool m_showHijri = false;
    qint64 m_pressId = 0;
    QPoint m_pressPos;
    QPoint m_movePos;
    bool m_moving = false;
};

} // namespace cf
