#pragma once

#include "models/itemmodels/ContentCalendarModel.h"

#include <QColor>

class QFontMetrics;
class QPainter;
class QRect;

namespace cf {

// How an item's calendar status looks: a colour, and a badge that is a dot
// where space is tight (month view) or a pill with the translated name.
QColor calendarStatusColor(CalendarStatus status);
void paintStatusDot(QPainter &painter, const QRect &rect, CalendarStatus status);
// Paints the pill inside `rect` (text centred, elided) and returns its width.
int paintStatusPill(QPainter &painter, const QRect &rect, CalendarStatus status);
int statusPillWidth(const QFontMetrics &metrics, CalendarStatus status);

} // namespace cf
