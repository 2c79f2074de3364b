#include "ui/calendar/CalendarViewBase.h"

#include "models/itemmodels/ContentCalendarModelFilter.h"
#include "ui/calendar/PlatformPalette.h"
#include "ui/calendar/StatusBadge.h"

#include <QApplication>
#include <QCalendar>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QToolTip>

namespace cf {

namespace {
constexpr int kPlatformBarWidth = 3;
constexpr int kPillMinChipWidth = 220; // below this a dot stands for the status
} // namespace

CalendarViewBase::CalendarViewBase(ContentCalendarModelFilter *filter, QWidget *parent)
    : QWidget(parent), m_filter(filter), m_anchor(QDate::currentDate())
{
    setMouseTracking(false);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(m_filter, &ContentCalendarModelFilter::filterChanged, this, &CalendarViewBase::relayout);
}

ContentCalendarModel *CalendarViewBase::calendar() const
{
    return m_filter->calendarModel();
}

void CalendarViewBase::setAnchorDate(const QDate &date)
{
    if (!date.isValid() || date == m_anchor)
        return;
    m_anchor = date;
    relayout();
}

void CalendarViewBase::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    update();
}

void CalendarViewBase::setShowHijri(bool show)
{
    if (show == m_showHijri)
        return;
    m_showHijri = show;
    relayout();
}

void CalendarViewBase::relayout()
{
    m_elided.clear();
    invalidateLayout();
    update();
}

QRect CalendarViewBase::visual(const QRect &logical) const
{
    return QStyle::visualRect(layoutDirection(), rect(), logical);
}

Qt::Alignment CalendarViewBase::leading() const
{
    return layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft;
}

Qt::Alignment CalendarViewBase::trailing() const
{
    return layoutDirection() == Qt::RightToLeft ? Qt::AlignLeft : Qt::AlignRight;
}

QString CalendarViewBase::hijriText(const QDate &day, const QString &format) const
{
    return QLocale().toString(day, format, QCalendar(QCalendar::System::IslamicCivil));
}

QString CalendarViewBase::describe(int sourceRow) const
{
    const CalendarEntry &e = calendar()->entry(sourceRow);
    const QDateTime local = calendar()->localTime(sourceRow);
    const QString when = local.isValid() ? QLocale().toString(local, QLocale::LongFormat) : QString();
    return tr("%1\n%2 · %3 · %4\n%5\nCampaign: %6")
        .arg(e.displayTitle(), platformDisplayName(e.platform), contentTypeDisplayName(e.contentType),
             calendarStatusDisplayName(e.status()), when, e.campaignName);
}

void CalendarViewBase::paintChip(QPainter &painter, const QRect &r, int sourceRow, bool showTime)
{
    const CalendarEntry &e = calendar()->entry(sourceRow);
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    painter.fillRect(r, platformTint(e.platform));
    const QRect bar = rtl ? QRect(r.right() - kPlatformBarWidth + 1, r.top(), kPlatformBarWidth, r.height())
                          : QRect(r.left(), r.top(), kPlatformBarWidth, r.height());
    painter.fillRect(bar, platformColor(e.platform));

    const int pad = 3;
    const int iconSize = qMin(16, r.height() - 2);
    int start = r.left() + kPlatformBarWidth + pad;
    int end = r.right() - pad;
    const QPixmap icon = m_icons.pixmap(e.contentType, iconSize, devicePixelRatioF());
    const int iconY = r.top() + (r.height() - iconSize) / 2;
    if (rtl) {
        start = r.left() + pad;
        end = r.right() - kPlatformBarWidth - pad;
        painter.drawPixmap(end - iconSize + 1, iconY, icon);
        end -= iconSize + pad;
    } else {
        painter.drawPixmap(start, iconY, icon);
        start += iconSize + pad;
    }

    // Status on the trailing side.
    if (r.width() >= kPillMinChipWidth) {
        const int w = statusPillWidth(painter.fontMetrics(), e.status());
        const QRect pill(rtl ? start : end - w + 1, r.top() + 2, w, r.height() - 4);
        paintStatusPill(painter, pill, e.status());
        if (rtl)
            start += w + pad;
        else
            end -= w + pad;
    } else {
        const int d = qMin(8, r.height() - 6);
        const QRect dot(rtl ? start : end - d + 1, r.top() + (r.height() - d) / 2, d, d);
        paintStatusDot(painter, dot, e.status());
        if (rtl)
            start += d + pad;
        else
            end -= d + pad;
    }

    const QRect textRect(start, r.top(), qMax(0, end - start + 1), r.height());
    const quint64 key = (quint64(sourceRow) << 24) | (quint64(textRect.width()) << 1) | (showTime ? 1u : 0u);
    auto cached = m_elided.constFind(key);
    if (cached == m_elided.constEnd()) {
        QString text = e.displayTitle();
        if (showTime) {
            const QDateTime local = calendar()->localTime(sourceRow);
            text = tr("%1 %2", "time, then item title").arg(QLocale().toString(local.time(), QLocale::ShortFormat), text);
        }
        cached = m_elided.insert(key, painter.fontMetrics().elidedText(text, Qt::ElideRight, textRect.width()));
    }
    painter.setPen(QColor(0x1F, 0x26, 0x2E));
    painter.drawText(textRect, int(leading() | Qt::AlignVCenter | Qt::TextSingleLine), cached.value());
}

bool CalendarViewBase::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const qint64 id = itemAt(help->pos());
        const int row = id ? calendar()->rowOf(id) : -1;
        if (row >= 0)
            QToolTip::showText(help->globalPos(), describe(row), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void CalendarViewBase::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressId = itemAt(event->position().toPoint());
    m_pressPos = event->position().toPoint();
    m_movePos = m_pressPos;
    m_moving = false;
    event->accept();
}

void CalendarViewBase::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || m_pressId == 0)
        return;
    m_movePos = event->position().toPoint();
    if (!m_moving && (m_movePos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
        m_moving = true;
        setCursor(Qt::ClosedHandCursor);
    }
    if (m_moving)
        update();
}

void CalendarViewBase::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    const qint64 id = m_pressId;
    const bool wasMoving = m_moving;
    m_pressId = 0;
    m_moving = false;
    unsetCursor();
    update();
    if (wasMoving) {
        const int row = calendar()->rowOf(id);
        if (row < 0)
            return;
        const QDateTime target = dropTarget(pos, row);
        if (target.isValid() && target != calendar()->localTime(row))
            Q_EMIT moveRequested(id, target);
        return;
    }
    if (id != 0 && itemAt(pos) == id) {
        Q_EMIT itemActivated(id);
        return;
    }
    const QDate more = moreAt(pos);
    if (more.isValid())
        Q_EMIT dayActivated(more);
}

void CalendarViewBase::contextMenuEvent(QContextMenuEvent *event)
{
    const qint64 id = itemAt(event->pos());
    if (id == 0) {
        QWidget::contextMenuEvent(event);
        return;
    }
    event->accept();
    Q_EMIT itemMenuRequested(id, event->globalPos());
}

void CalendarViewBase::resizeEvent(QResizeEvent *event)
{
    invalidateLayout();
    QWidget::resizeEvent(event);
}

void CalendarViewBase::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LayoutDirectionChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        relayout();
    QWidget::changeEvent(event);
}

} // namespace cf
