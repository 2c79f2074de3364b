#include "ui/pages/CalendarPage.h"

#include "app/core/Clock.h"
#include "ui/widgets/EmptyState.h"

#include <QCalendar>
#include <QEvent>
#include <QLocale>
#include <QVBoxLayout>

namespace cf {

CalendarPage::CalendarPage(const Clock &clock, bool showHijriDates, QWidget *parent)
    : QWidget(parent),
      m_clock(clock),
      m_showHijri(showHijriDates),
      m_empty(new EmptyState(QStringLiteral(":/icons/empty-calendar.svg"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    connect(m_empty, &EmptyState::actionTriggered, this, &CalendarPage::showCampaignsRequested);
    retranslateUi();
}

void CalendarPage::setShowHijriDates(bool show)
{
    m_showHijri = show;
    updateToday();
}

QString CalendarPage::todayText() const
{
    return m_empty->detail();
}

void CalendarPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CalendarPage::showEvent(QShowEvent *event)
{
    // The page may stay open across midnight; refresh whenever it is shown.
    updateToday();
    QWidget::showEvent(event);
}

void CalendarPage::retranslateUi()
{
    m_empty->setTitle(tr("Nothing scheduled yet"));
    m_empty->setExplanation(
        tr("The calendar will show every post, story, email and ad of your campaigns on the day it goes out, "
           "so you can see busy and quiet days at a glance and move items around. Create a campaign and its "
           "schedule appears here."));
    m_empty->setActionText(tr("Show campaigns"));
    updateToday();
}

void CalendarPage::updateToday()
{
    // Dates are shown in the user's local time and the language's locale
    // (LanguageController sets the default locale).
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    const QLocale locale;
    const QString gregorian = locale.toString(today, QLocale::LongFormat);
    if (!m_showHijri) {
        m_empty->setDetail(tr("Today: %1").arg(gregorian));
        return;
    }
    const QString hijri = locale.toString(today, QLocale::LongFormat, QCalendar(QCalendar::System::IslamicCivil));
    m_empty->setDetail(tr("Today: %1 (Hijri: %2)").arg(gregorian, hijri));
}

} // namespace cf
