#pragma once

#include "models/itemmodels/ContentCalendarModel.h"
#include "models/itemmodels/ContentCalendarModelFilter.h"
#include "ui/calendar/MonthView.h"

#include <QImage>

#include <memory>

namespace cf::bench {

// calendar_month: the month view painting 10,000 items (ten platforms, all
// statuses, spread over five months around the shown one, about 65 a day)
// into an image the size of a large window. One iteration = one frame.
// calendar_month repaints with the layout in place, as every frame while an
// item is dragged or the window is exposed; calendar_month_relayout first
// invalidates the layout, so the frame also redoes the day-index lookups,
// the filter checks, the "+N more" counts and the text eliding, as after a
// move, a filter change or a resize.
class CalendarMonthBench
{
public:
    static constexpr int kItems = 10000;

    explicit CalendarMonthBench(bool relayoutEachFrame) : m_relayout(relayoutEachFrame) {}

    bool prepare(QString *error);
    bool frame(QString *error);
    QString summary() const;

private:
    std::unique_ptr<ContentCalendarModel> m_model;
    std::unique_ptr<ContentCalendarModelFilter> m_filter;
    std::unique_ptr<MonthView> m_view;
    QImage m_image;
    bool m_relayout;
    int m_visibleOnDays = 0;
};

} // namespace cf::bench
