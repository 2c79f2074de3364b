#include "ui/calendar/WeekView.h"

#include "models/itemmodels/ContentCalendarModelFilter.h"

#include <QLocale>
#include <QPaintEvent>
#include <QPainter>

#include <array>

namespace cf {

namespace {
constexpr int kDays = 7;
constexpr int kHours = 24;
constexpr int kMaxSideBySide = 3;
const QColor kGrid(0xE1, 0xE5, 0xEA);
const QColor kToday(0x0B, 0x7A, 0x6C);
const QColor kMuted(0x6B, 0x74, 0x80);
} // namespace

WeekView::WeekView(ContentCalendarModelFilter *filter, QWidget *parent) : CalendarViewBase(filter, parent)
{
    setObjectName(QStringLiteral("calendarWeekView"));
}

QDate WeekView::firstVisibleDay() const
{
    const int weekStart = int(QLocale().firstDayOfWeek());
    return anchorDate().addDays(-((anchorDate().dayOfWeek() - weekStart + kDays) % kDays));
}

QDate WeekView::lastVisibleDay() const
{
    return firstVisibleDay().addDays(kDays - 1);
}

int WeekView::headerHeight() const
{
    return fontMetrics().height() * (showsHijri() ? 3 : 2) + 10;
}

int WeekView::gutterWidth() const
{
    return fontMetrics().horizontalAdvance(QLocale().toString(QTime(23, 0), QLocale::ShortFormat)) + 14;
}

double WeekView::hourHeight() const
{
    return qMax(1.0, double(height() - headerHeight()) / kHours);
}

int WeekView::columnWidth() const
{
    return qMax(1, (width() - gutterWidth()) / kDays);
}

int WeekView::columnAt(int x) const
{
    const int logicalX = layoutDirection() == Qt::RightToLeft ? width() - 1 - x : x;
    const int col = (logicalX - gutterWidth()) / columnWidth();
    return logicalX < gutterWidth() || col >= kDays ? -1 : col;
}

void WeekView::ensureLayout()
{
    if (m_layoutValid)
        return;
    m_layoutValid = true;
    m_chips.clear();
    m_more.clear();
    const int top = headerHeight();
    const int gutter = gutterWidth();
    const int colW = columnWidth();
    const double hourH = hourHeight();
    const ContentCalendarModel *model = calendar();
    QDate day = firstVisibleDay();
    for (int col = 0; col < kDays; ++col, day = day.addDays(1)) {
        std::array<std::vector<int>, kHours> byHour;
        for (int row : model->rowsOnDay(day)) {
            if (filter()->accepts(row))
                byHour[size_t(model->localTime(row).time().hour())].push_back(row);
        }
        for (int hour = 0; hour < kHours; ++hour) {
            const std::vector<int> &rows = byHour[size_t(hour)];
            if (rows.empty())
                continue;
            const int n = int(rows.size());
            const int shown = n > kMaxSideBySide ? kMaxSideBySide - 1 : n;
            const int slots = n > kMaxSideBySide ? kMaxSideBySide : n;
            const int slotW = (colW - 4) / slots;
            const int y = top + int(hour * hourH) + 1;
            const int h = qMax(4, int(hourH) - 2);
            for (int k = 0; k < shown; ++k) {
                const QRect logical(gutter + col * colW + 2 + k * slotW, y, slotW - 2, h);
                m_chips.push_back({rows[size_t(k)], model->entry(rows[size_t(k)]).id, visual(logical)});
            }
            if (n > shown) {
                const QRect logical(gutter + col * colW + 2 + shown * slotW, y, slotW - 2, h);
                m_more.push_back({day, visual(logical), n - shown});
            }
        }
    }
}

qint64 WeekView::itemAt(const QPoint &pos)
{
    ensureLayout();
    for (const Chip &chip : m_chips) {
        if (chip.rect.contains(pos))
            return chip.id;
    }
    return 0;
}

QRect WeekView::itemRect(qint64 id)
{
    ensureLayout();
    for (const Chip &chip : m_chips) {
        if (chip.id == id)
            return chip.rect;
    }
    return {};
}

QPoint WeekView::pointFor(const QDate &day, const QTime &time)
{
    const int col = int(firstVisibleDay().daysTo(day));
    if (col < 0 || col >= kDays)
        return {-1, -1};
    const double minutes = time.hour() * 60 + time.minute();
    const int y = headerHeight() + int(minutes / 60.0 * hourHeight()) + 1;
    const int logicalX = gutterWidth() + col * columnWidth() + columnWidth() / 2;
    const int x = layoutDirection() == Qt::RightToLeft ? width() - 1 - logicalX : logicalX;
    return {x, y};
}

QDateTime WeekView::dropTarget(const QPoint &pos, int sourceRow)
{
    Q_UNUSED(sourceRow)
    const int col = columnAt(pos.x());
    if (col < 0 || pos.y() < headerHeight())
        return {};
    const double hours = (pos.y() - headerHeight()) / hourHeight();
    int minutes = int(hours * 60.0);
    minutes = qBound(0, minutes / kSnapMinutes * kSnapMinutes, kHours * 60 - kSnapMinutes);
    return QDateTime(firstVisibleDay().addDays(col), QTime(minutes / 60, minutes % 60), calendar()->displayZone());
}

QDate WeekView::moreAt(const QPoint &pos)
{
    ensureLayout();
    for (const More &more : m_more) {
        if (more.rect.contains(pos))
            return more.day;
    }
    return {};
}

void WeekView::paintEvent(QPaintEvent *event)
{
    ensureLayout();
    QPainter painter(this);
    painter.fillRect(event->rect(), palette().base());
    const QLocale locale;
    const int top = headerHeight();
    const int gutter = gutterWidth();
    const int colW = columnWidth();
    const double hourH = hourHeight();
    const int line = fontMetrics().height();

    QFont bold = font();
    bold.setBold(true);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    for (int col = 0; col < kDays; ++col) {
        const QDate day = firstVisibleDay().addDays(col);
        const QRect column = visual(QRect(gutter + col * colW, 0, colW, height()));
        const bool isToday = day == today();
        if (isToday)
            painter.fillRect(column, QColor(0xEE, 0xF7, 0xF5));
        painter.setPen(kGrid);
        painter.drawLine(column.topLeft(), column.bottomLeft());
        painter.setFont(isToday ? bold : font());
        painter.setPen(isToday ? kToday : palette().color(QPalette::Text));
        const QRect name(column.left(), 4, column.width(), line);
        painter.drawText(name, int(Qt::AlignCenter), locale.dayName(day.dayOfWeek(), QLocale::ShortFormat));
        const QRect date(column.left(), 4 + line, column.width(), line);
        painter.drawText(date, int(Qt::AlignCenter), locale.toString(day, QStringLiteral("d MMM")));
        if (showsHijri()) {
            painter.setFont(small);
            painter.setPen(kMuted);
            const QRect hijri(column.left(), 4 + 2 * line, column.width(), line);
            painter.drawText(hijri, int(Qt::AlignCenter), hijriText(day, QStringLiteral("d MMMM")));
        }
    }
    painter.setFont(small);
    for (int hour = 0; hour < kHours; ++hour) {
        const int y = top + int(hour * hourH);
        painter.setPen(kGrid);
        painter.drawLine(visual(QRect(gutter, y, colW * kDays, 1)).topLeft(),
                         visual(QRect(gutter, y, colW * kDays, 1)).topRight());
        if (hourH >= fontMetrics().height() * 0.8 || hour % 2 == 0) {
            painter.setPen(kMuted);
            const QRect label = visual(QRect(2, y, gutter - 8, qMax(1, int(hourH))));
            painter.drawText(label, int(trailing() | Qt::AlignTop), locale.toString(QTime(hour, 0), QLocale::ShortFormat));
        }
    }
    painter.setFont(font());
    for (const Chip &chip : m_chips) {
        if (!chip.rect.intersects(event->rect()))
            continue;
        painter.setOpacity(isMoving() && chip.id == movingId() ? 0.35 : 1.0);
        paintChip(painter, chip.rect, chip.row, true);
    }
    painter.setOpacity(1.0);
    for (const More &more : m_more) {
        painter.setPen(kMuted);
        painter.drawRect(more.rect.adjusted(0, 0, -1, -1));
        painter.drawText(more.rect, int(Qt::AlignCenter), tr("+%1").arg(locale.toString(more.count)));
    }
    if (isMoving()) {
        const int row = calendar()->rowOf(movingId());
        const QDateTime target = row >= 0 ? dropTarget(movePos(), row) : QDateTime();
        if (target.isValid()) {
            // A line at the quarter hour the item would move to, with its time.
            const QPoint at = pointFor(target.date(), target.time());
            const int col = int(firstVisibleDay().daysTo(target.date()));
            const QRect column = visual(QRect(gutter + col * colW, at.y() - 1, colW, 2));
            painter.fillRect(column, kToday);
            painter.setPen(kToday);
            painter.drawText(QRect(column.left() + 4, column.top() - line - 2, column.width() - 8, line),
                             int(leading() | Qt::AlignBottom), locale.toString(target.time(), QLocale::ShortFormat));
        }
    }
}

} // namespace cf
