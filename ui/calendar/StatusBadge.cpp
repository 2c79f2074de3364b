#include "ui/calendar/StatusBadge.h"

#include <QFontMetrics>
#include <QPainter>

namespace cf {

namespace {
constexpr int kPillPadding = 6;
}

QColor calendarStatusColor(CalendarStatus status)
{
    switch (status) {
    case CalendarStatus::Draft: return QColor(0x7A, 0x80, 0x8A);
    case CalendarStatus::Approved: return QColor(0x2D, 0x6C, 0xDF);
    case CalendarStatus::Scheduled: return QColor(0x0B, 0x7A, 0x6C);
    case CalendarStatus::Published: return QColor(0x2E, 0x8B, 0x3E);
    case CalendarStatus::Failed: return QColor(0xC6, 0x28, 0x28);
    case CalendarStatus::Unknown: return QColor(0xC7, 0x7C, 0x02);
    }
    return QColor(Qt::gray);
}

void paintStatusDot(QPainter &painter, const QRect &rect, CalendarStatus status)
{
    const int d = qMin(rect.width(), rect.height());
    const QRect dot(rect.center().x() - d / 2, rect.center().y() - d / 2, d, d);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(Qt::white, 1));
    painter.setBrush(calendarStatusColor(status));
    painter.drawEllipse(dot);
    painter.restore();
}

int statusPillWidth(const QFontMetrics &metrics, CalendarStatus status)
{
    // Two pixels of slack: eliding compares against rounded advances.
    return metrics.horizontalAdvance(calendarStatusDisplayName(status)) + 2 * kPillPadding + 2;
}

int paintStatusPill(QPainter &painter, const QRect &rect, CalendarStatus status)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(Qt::NoPen);
    painter.setBrush(calendarStatusColor(status));
    painter.drawRoundedRect(rect, rect.height() / 2.0, rect.height() / 2.0);
    painter.setPen(Qt::white);
    const QString text =
        painter.fontMetrics().elidedText(calendarStatusDisplayName(status), Qt::ElideRight, rect.width() - 2 * kPillPadding);
    painter.drawText(rect, Qt::AlignCenter, text);
    painter.restore();
    return rect.width();
}

} // namespace cf
