#include "ui/calendar/MonthView.h"

#include "models/itemmodels/ContentCalendarModelFilter.h"

#include <QLocale>
#include <QPaintEvent>
#include <QPainter>

namespace cf {

namespace {
constexpr int kWeeks = 6;
constexpr int kDays = 7;
const QColor kGrid(0xD5, 0xDA, 0xE0);
const QColor kOtherMonth(0xF4, 0xF5, 0xF7);
const QColor kToday(0x0B, 0x7A, 0x6C);
const QColor kMuted(0x6B, 0x74, 0x80);
} // namespace

MonthView::MonthView(ContentCalendarModelFilter *filter, QWidget *parent) : CalendarViewBase(filter, parent)
{
    setObjectName(QStringLiteral("calendarMonthView"));
}

QDate MonthView::firstVisibleDay() const
{
    const QDate first(anchorDate().year(), anchorDate().month(), 1);
    const int weekStart = int(QLocale().firstDayOfWeek());
    return first.addDays(-((first.dayOfWeek() - weekStart + kDays) % kDays));
}

QDate MonthView::lastVisibleDay() const
{
    return firstVisibleDay().addDays(kWeeks * kDays - 1);
}

int MonthView::headerHeight() const
{
    return fontMetrics().height() + 10;
}

int MonthView::lineHeight() const
{
    return fontMetrics().height() + 4;
}

void MonthView::ensureLayout()
{
    if (m_layoutValid)
        return;
    m_layoutValid = true;
    m_cells.clear();
    m_chips.clear();
    const int top = headerHeight();
    const int cellW = width() / kDays;
    const int cellH = qMax(1, (height() - top) / kWeeks);
    const int line = lineHeight();
    const int dayLabel = line + 2;
    const int capacity = qMax(0, (cellH - dayLabel - 2) / line);
    const ContentCalendarModel *model = calendar();
    QDate day = firstVisibleDay();
    m_cells.reserve(kWeeks * kDays);
    for (int week = 0; week < kWeeks; ++week) {
        for (int col = 0; col < kDays; ++col, day = day.addDays(1)) {
            const QRect logical(col * cellW, top + week * cellH, cellW, cellH);
            Cell cell{day, visual(logical), 0, {}};
            // Accepted rows of the day, counted all but laid out only as far as they fit.
            int shown = 0;
            int accepted = 0;
            const std::vector<int> &rows = model->rowsOnDay(day);
            for (int row : rows)
                accepted += filter()->accepts(row) ? 1 : 0;
            const int room = accepted > capacity ? capacity - 1 : capacity;
            for (int row : rows) {
                if (shown >= room)
                    break;
                if (!filter()->accepts(row))
                    continue;
                const QRect chip(logical.left() + 3, logical.top() + dayLabel + shown * line, cellW - 6, line - 2);
                m_chips.push_back({row, model->entry(row).id, visual(chip)});
                ++shown;
            }
            cell.overflow = accepted - shown;
            if (cell.overflow > 0) {
                const QRect more(logical.left() + 3, logical.top() + dayLabel + shown * line, cellW - 6, line - 2);
                cell.moreRect = visual(more);
            }
            m_cells.push_back(cell);
        }
    }
}

const MonthView::Cell *MonthView::cellAt(const QPoint &pos)
{
    ensureLayout();
    for (const Cell &cell : m_cells) {
        if (cell.rect.contains(pos))
            return &cell;
    }
    return nullptr;
}

qint64 MonthView::itemAt(const QPoint &pos)
{
    ensureLayout();
    for (const Chip &chip : m_chips) {
        if (chip.rect.contains(pos))
            return chip.id;
    }
    return 0;
}

QRect MonthView::itemRect(qint64 id)
{
    ensureLayout();
    for (const Chip &chip : m_chips) {
        if (chip.id == id)
            return chip.rect;
    }
    return {};
}

QPoint MonthView::pointFor(const QDate &day, const QTime &time)
{
    Q_UNUSED(time)
    ensureLayout();
    for (const Cell &cell : m_cells) {
        if (cell.day == day)
            return QPoint(cell.rect.center().x(), cell.rect.top() + headerHeight() / 2);
    }
    return {-1, -1};
}

int MonthView::overflowOn(const QDate &day)
{
    ensureLayout();
    for (const Cell &cell : m_cells) {
        if (cell.day == day)
            return cell.overflow;
    }
    return 0;
}

QDateTime MonthView::dropTarget(const QPoint &pos, int sourceRow)
{
    const Cell *cell = cellAt(pos);
    const QDateTime local = calendar()->localTime(sourceRow);
    if (!cell || !local.isValid())
        return {};
    return QDateTime(cell->day, local.time(), calendar()->displayZone());
}

QDate MonthView::moreAt(const QPoint &pos)
{
    const Cell *cell = cellAt(pos);
    return cell && cell->overflow > 0 && cell->moreRect.contains(pos) ? cell->day : QDate();
}

void MonthView::paintEvent(QPaintEvent *event)
{
    ensureLayout();
    QPainter painter(this);
    painter.fillRect(event->rect(), palette().base());
    const QLocale locale;
    const int top = headerHeight();
    const int cellW = width() / kDays;

    // Weekday names, in locale order.
    painter.setPen(kMuted);
    for (int col = 0; col < kDays; ++col) {
        const QDate day = firstVisibleDay().addDays(col);
        const QRect header = visual(QRect(col * cellW, 0, cellW, top));
        painter.drawText(header, int(Qt::AlignCenter), locale.dayName(day.dayOfWeek(), QLocale::ShortFormat));
    }

    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    QFont bold = font();
    bold.setBold(true);
    const int line = lineHeight();
    for (const Cell &cell : m_cells) {
        if (!cell.rect.intersects(event->rect()))
            continue;
        if (cell.day.month() != anchorDate().month())
            painter.fillRect(cell.rect, kOtherMonth);
        painter.setPen(kGrid);
        painter.drawRect(cell.rect.adjusted(0, 0, -1, -1));
        const QRect label = cell.rect.adjusted(5, 1, -5, 0);
        const QRect labelLine(label.left(), label.top(), label.width(), line);
        const bool isToday = cell.day == today();
        painter.setFont(isToday ? bold : font());
        painter.setPen(isToday ? kToday : palette().color(QPalette::Text));
        painter.drawText(labelLine, int(leading() | Qt::AlignVCenter), locale.toString(cell.day.day()));
        if (isToday) {
            painter.setPen(QPen(kToday, 2));
            painter.drawRect(cell.rect.adjusted(1, 1, -2, -2));
        }
        if (showsHijri()) {
            painter.setFont(small);
            painter.setPen(kMuted);
            painter.drawText(labelLine, int(trailing() | Qt::AlignVCenter), hijriText(cell.day, QStringLiteral("d MMM")));
        }
        painter.setFont(font());
        if (cell.overflow > 0) {
            painter.setPen(kMuted);
            painter.drawText(cell.moreRect, int(leading() | Qt::AlignVCenter),
                             tr("+%1 more").arg(locale.toString(cell.overflow)));
        }
    }
    painter.setFont(font());
    for (const Chip &chip : m_chips) {
        if (!chip.rect.intersects(event->rect()))
            continue;
        const bool ghost = isMoving() && chip.id == movingId();
        painter.setOpacity(ghost ? 0.35 : 1.0);
        paintChip(painter, chip.rect, chip.row, true);
    }
    painter.setOpacity(1.0);
    if (isMoving()) {
        // The day under the pointer is where the item goes.
        const Cell *target = cellAt(movePos());
        if (target) {
            painter.setPen(QPen(kToday, 2, Qt::DashLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(target->rect.adjusted(2, 2, -3, -3));
        }
        const int row = calendar()->rowOf(movingId());
        if (row >= 0) {
            const QRect ghost(movePos() - QPoint(cellW / 2 - 3, line / 2), QSize(cellW - 6, line - 2));
            paintChip(painter, ghost, row, true);
        }
    }
}

} // namespace cf
