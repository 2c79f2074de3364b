#pragma once

#include "ui/calendar/CalendarViewBase.h"

#include <vector>

namespace cf {

// Seven days from the locale's week start: a column per day, an hour row per
// hour with the hours in a gutter on the leading side. An hour holds up to
// three items side by side, else two and "+N". Dropping moves the item to the
// day and the quarter hour under the pointer.
class WeekView : public CalendarViewBase
{
    Q_OBJECT
public:
    static constexpr int kSnapMinutes = 15;

    explicit WeekView(ContentCalendarModelFilter *filter, QWidget *parent = nullptr);

    QDate firstVisibleDay() const override;
    QDate lastVisibleDay() const override;
    QRect itemRect(qint64 id) override;
    QPoint pointFor(const QDate &day, const QTime &time) override;

    QSize sizeHint() const override { return {840, 640}; }
    QSize minimumSizeHint() const override { return {480, 420}; }

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
        QRect rect;
    };
    struct More
    {
        QDate day;
        QRect rect;
        int count;
    };
    void ensureLayout();
    int headerHeight() const;
    int gutterWidth() const;
    double hourHeight() const;
    int columnWidth() const;
    // The logical column of a visual x, or -1.
    int columnAt(int x) const;

    bool m_layoutValid = false;
    std::vector<Chip> m_chips;
    std::vector<More> m_more;
};

} // namespace cf
