#pragma once

#include "ui/calendar/CalendarViewBase.h"

#include <vector>

namespace cf {

// Six weeks around the anchor date's month, the week starting on the
// locale's first day, mirrored in right-to-left layouts. Each day shows as
// many items as fit, in time order, then "+N more" (which asks for that day
// in the week view). Only the 42 visible days are looked up in the day
// index, so painting costs the same with 100 or 10,000 items. Dropping an
// item on another day keeps its time of day.
class MonthView : public CalendarViewBase
{
    Q_OBJECT
public:
    explicit MonthView(ContentCalendarModelFilter *filter, QWidget *parent = nullptr);

    QDate firstVisibleDay() const override;
    QDate lastVisibleDay() const override;
    QRect itemRect(qint64 id) override;
    QPoint pointFor(const QDate &day, const QTime &time) override;
    // The "+N more" count shown on that day, 0 when everything fits.
    int overflowOn(const QDate &day);

    QSize sizeHint() const override { return {840, 600}; }
    QSize minimumSizeHint() const override { return {420, 320}; }

protected:
    qint64 itemAt(const QPoint &pos) override;
    QDateTime dropTarget(const QPoint &pos, int sourceRow) override;
    QDate moreAt(const QPoint &pos) override;
    void invalidateLayout() override { m_layoutValid = false; }
    void paintEvent(QPaintEvent *event) override;

private:
    struct Chip
    {
        int row;
        qint64 id;
        QRect rect; // visual
    };
    struct Cell
    {
        QDate day;
        QRect rect; // visual
        int overflow = 0;
        QRect moreRect; // visual
    };
    void ensureLayout();
    int headerHeight() const;
    int lineHeight() const;
    const Cell *cellAt(const QPoint &pos);

    bool m_layoutValid = false;
    std::vector<Cell> m_cells;
    std::vector<Chip> m_chips;
};

} // namespace cf
