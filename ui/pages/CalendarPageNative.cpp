// CalendarPage, second part: the item context menu and the page's side of
// cancelling or moving posts a platform holds in its own scheduler (the
// work itself is NativeScheduleActions').
#include "ui/pages/CalendarPage.h"

#include "ui/calendar/AgendaView.h"
#include "ui/calendar/MonthView.h"
#include "ui/calendar/NativeScheduleActions.h"
#include "ui/calendar/WeekView.h"
#include "ui/publishing/PublishNowAction.h"
#include "ui/widgets/MessageBanner.h"

#include <QAction>
#include <QMenu>

namespace cf {

void CalendarPage::connectNativeActions()
{
    for (CalendarViewBase *view : {static_cast<CalendarViewBase *>(m_month), static_cast<CalendarViewBase *>(m_week)})
        connect(view, &CalendarViewBase::itemMenuRequested, this, &CalendarPage::showItemMenu);
    connect(m_agenda, &AgendaView::itemMenuRequested, this, &CalendarPage::showItemMenu);
    connect(m_native, &NativeScheduleActions::progress, this,
            [this](qint64, const QString &text) { showBanner(false, text); });
    connect(m_native, &NativeScheduleActions::finished, this, &CalendarPage::onNativeFinished);
    // "Publish now" releases an approved item; its targets appear, so reload.
    m_publishNow = new PublishNowAction(m_database, m_clock, this);
    connect(m_publishNow, &PublishNowAction::finished, this, [this](qint64, bool ok, const QString &text) {
        if (ok) {
            reload();
            PublishNowAction::showInStatusBar(this, text);
        }
        showBanner(!ok, text);
    });
}

QMenu *CalendarPage::itemMenu() const
{
    return m_itemMenu;
}

void CalendarPage::showItemMenu(qint64 id, const QPoint &globalPos)
{
    if (m_model->rowOf(id) < 0)
        return;
    if (m_itemMenu)
        m_itemMenu->close();
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("calendarItemMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *open = menu->addAction(tr("Open"));
    open->setObjectName(QStringLiteral("openItem"));
    connect(open, &QAction::triggered, this, [this, id] { Q_EMIT itemActivated(id); });
    m_publishNow->addTo(menu, id);
    if (m_native->canWithdraw(id)) {
        menu->addSeparator();
        m_native->addActions(menu, id);
    }
    m_itemMenu = menu;
    menu->popup(globalPos);
}

void CalendarPage::onNativeFinished(qint64 id, bool ok, const QString &text)
{
    Q_UNUSED(id)
    showBanner(!ok, text);
    // The targets moved on the publishing thread: read the items again so
    // the badge shows the outcome (cancelled, or scheduled again). After a
    // failure nothing moved (a reschedule's old time is already back), and
    // a reload would clear the error banner before it is read.
    if (ok)
        reload();
}

} // namespace cf
