#include "ui/pages/CalendarPage.h"

#include "app/core/Clock.h"
#include "models/itemmodels/ContentCalendarModelFilter.h"
#include "models/store/ContentRepository.h"
#include "models/store/Database.h"
#include "ui/UiLog.h"
#include "ui/calendar/AgendaView.h"
#include "ui/calendar/CalendarFilterBar.h"
#include "ui/calendar/MonthView.h"
#include "ui/calendar/NativeScheduleActions.h"
#include "ui/calendar/RescheduleCommand.h"
#include "ui/calendar/RescheduleRules.h"
#include "ui/calendar/WeekView.h"
#include "ui/widgets/ElidingLabel.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/MessageBanner.h"

#include <QButtonGroup>
#include <QCalendar>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace cf {

// What the worker hands back: every item, and the planner's tables the
// reschedule rules need (read once, on the first load).
struct CalendarLoad
{
    StoreResult<std::vector<CalendarEntry>> entries = StoreError{};
    std::optional<PlanningData> planning;
    QString planningError;
};

namespace {

enum StackIndex { EmptyIndex, MonthIndex, WeekIndex, AgendaIndex };

CalendarLoad loadCalendar(const QString &path, bool needPlanning)
{
    CalendarLoad result;
    // QtSql connections must not cross threads: this worker opens its own.
    Database db;
    DatabaseOptions options;
    options.createIfMissing = false;
    options.migrate = false;
    if (db.open(path, Database::connectionNameForCurrentThread(QStringLiteral("cf-calendar")), options))
        result.entries = ContentCalendarModel::loadEntries(db);
    else
        result.entries = db.error();
    if (needPlanning)
        result.planning = PlanningData::load(&result.planningError);
    return result;
}

} // namespace

CalendarPage::CalendarPage(const Clock &clock, bool showHijriDates, const Database *database, QWidget *parent)
    : QWidget(parent),
      m_clock(clock),
      m_database(database),
      m_showHijri(showHijriDates),
      m_model(new ContentCalendarModel(this)),
      m_filter(new ContentCalendarModelFilter(m_model, this)),
      m_watcher(new QFutureWatcher<CalendarLoad>(this)),
      m_undo(new QUndoStack(this)),
      m_native(new NativeScheduleActions(clock, *m_model, [this](qint64 id, const QDateTime &utc) { return saveTime(id, utc); },
                                         this)),
      m_banner(new MessageBanner(this)),
      m_filterBar(new CalendarFilterBar(m_filter, this)),
      m_stack(new QStackedWidget(this)),
      m_empty(new EmptyState(QStringLiteral(":/icons/empty-calendar.svg"), this)),
      m_month(new MonthView(m_filter, this)),
      m_week(new WeekView(m_filter, this)),
      m_agenda(new AgendaView(m_filter, this))
{
    m_banner->setObjectName(QStringLiteral("calendarBanner"));
    m_banner->hide();
    m_undo->setObjectName(QStringLiteral("calendarUndoStack"));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_month);
    m_stack->addWidget(m_week);
    m_stack->addWidget(m_agenda);

    auto *bar = new QWidget(this);
    buildToolbar(bar);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);

    m_anchor = today();
    for (CalendarViewBase *view : {static_cast<CalendarViewBase *>(m_month), static_cast<CalendarViewBase *>(m_week)}) {
        view->setShowHijri(m_showHijri);
        view->setAnchorDate(m_anchor);
        connect(view, &CalendarViewBase::itemActivated, this, &CalendarPage::itemActivated);
        connect(view, &CalendarViewBase::moveRequested, this, &CalendarPage::onMoveRequested);
    }
    connect(m_month, &CalendarViewBase::dayActivated, this, [this](const QDate &day) {
        setAnchorDate(day);
        setViewMode(ViewMode::Week);
    });
    connect(m_agenda, &AgendaView::itemActivated, this, &CalendarPage::itemActivated);
    connectNativeActions();
    connect(m_empty, &EmptyState::actionTriggered, this, &CalendarPage::showCampaignsRequested);
    connect(m_filterBar, &CalendarFilterBar::campaignChanged, this, &CalendarPage::updateZone);
    connect(m_watcher, &QFutureWatcher<CalendarLoad>::finished, this, &CalendarPage::onLoaded);
    retranslateUi();
    updateEmptyState();
}

CalendarPage::~CalendarPage() = default;

void CalendarPage::buildToolbar(QWidget *bar)
{
    m_previous = new QToolButton(bar);
    m_today = new QToolButton(bar);
    m_next = new QToolButton(bar);
    m_period = new QLabel(bar);
    m_todayLabel = new ElidingLabel(bar);
    m_previous->setObjectName(QStringLiteral("calendarPrevious"));
    m_today->setObjectName(QStringLiteral("calendarToday"));
    m_next->setObjectName(QStringLiteral("calendarNext"));
    m_period->setObjectName(QStringLiteral("calendarPeriod"));
    m_todayLabel->setObjectName(QStringLiteral("calendarTodayLabel"));
    // Back/forward icons point the reading direction's way in Arabic too.
    m_previous->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_next->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    QFont big = m_period->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_period->setFont(big);
    m_todayLabel->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_previous);
    layout->addWidget(m_today);
    layout->addWidget(m_next);
    layout->addSpacing(8);
    layout->addWidget(m_period);
    layout->addSpacing(12);
    layout->addWidget(m_todayLabel, 1);
    m_modes = new QButtonGroup(bar);
    const char *names[] = {"calendarMonthMode", "calendarWeekMode", "calendarAgendaMode"};
    for (int i = 0; i < 3; ++i) {
        auto *button = new QToolButton(bar);
        button->setCheckable(true);
        button->setObjectName(QString::fromLatin1(names[i]));
        m_modes->addButton(button, i);
        layout->addWidget(button);
    }
    m_modes->button(0)->setChecked(true);
    connect(m_modes, &QButtonGroup::idClicked, this, [this](int id) { setViewMode(ViewMode(id)); });
    connect(m_previous, &QToolButton::clicked, this, &CalendarPage::showPreviousPeriod);
    connect(m_next, &QToolButton::clicked, this, &CalendarPage::showNextPeriod);
    connect(m_today, &QToolButton::clicked, this, &CalendarPage::showToday);
}

QDate CalendarPage::today() const
{
    return m_clock.nowUtc().toTimeZone(m_model->displayZone()).date();
}

void CalendarPage::setShowHijriDates(bool show)
{
    m_showHijri = show;
    m_month->setShowHijri(show);
    m_week->setShowHijri(show);
    updateToday();
    updatePeriod();
}

QString CalendarPage::todayText() const
{
    return m_todayLabel->fullText();
}

void CalendarPage::setViewMode(ViewMode mode)
{
    m_mode = mode;
    m_modes->button(int(mode))->setChecked(true);
    updatePeriod();
    updateEmptyState();
}

void CalendarPage::setAnchorDate(const QDate &date)
{
    if (!date.isValid())
        return;
    m_anchor = date;
    m_month->setAnchorDate(date);
    m_week->setAnchorDate(date);
    updatePeriod();
}

void CalendarPage::showPreviousPeriod()
{
    setAnchorDate(m_mode == ViewMode::Week ? m_anchor.addDays(-7) : m_anchor.addMonths(-1));
}

void CalendarPage::showNextPeriod()
{
    setAnchorDate(m_mode == ViewMode::Week ? m_anchor.addDays(7) : m_anchor.addMonths(1));
}

void CalendarPage::showToday()
{
    setAnchorDate(today());
}

void CalendarPage::reload()
{
    if (!m_database || !m_database->isOpen())
        return;
    if (m_watcher->isRunning()) {
        m_reloadAgain = true; // the running read may predate a change
        return;
    }
    m_watcher->setFuture(QtConcurrent::run(loadCalendar, m_database->filePath(), !m_rules));
}

bool CalendarPage::isLoading() const
{
    return m_watcher->isRunning();
}

void CalendarPage::onLoaded()
{
    CalendarLoad result = m_watcher->result();
    if (result.planning)
        m_rules = std::make_unique<RescheduleRules>(std::move(*result.planning));
    else if (!result.planningError.isEmpty())
        qCWarning(lcUi) << "calendar: planning tables not loaded:" << result.planningError;
    const bool ok = result.entries.ok();
    if (ok) {
        m_model->setEntries(std::move(result.entries.value()));
        m_filterBar->refreshCampaigns();
        updateZone();
        if (m_banner->severity() == MessageBanner::Severity::Error)
            m_banner->hide();
    } else {
        showBanner(true, tr("The calendar could not be read: %1").arg(result.entries.error().fullText()));
    }
    updateEmptyState();
    if (m_reloadAgain) {
        m_reloadAgain = false;
        reload();
    }
    Q_EMIT loaded(ok);
}

void CalendarPage::updateZone()
{
    QTimeZone zone;
    const qint64 campaign = m_filter->campaignId();
    for (int row = 0; campaign != 0 && row < m_model->entryCount(); ++row) {
        if (m_model->entry(row).campaignId == campaign) {
            zone = QTimeZone(m_model->entry(row).campaignTimeZone.toUtf8());
            break;
        }
    }
    if (!zone.isValid())
        zone = m_model->commonCampaignZone();
    const bool system = !zone.isValid();
    if (system)
        zone = QTimeZone::systemTimeZone();
    m_model->setDisplayZone(zone);
    const QString offset = zone.displayName(m_clock.nowUtc(), QTimeZone::OffsetName);
    const QString id = QString::fromUtf8(zone.id());
    m_filterBar->setZoneText(system ? tr("Times in this computer's time zone, %1 (%2)").arg(id, offset)
                                    : tr("Times in the campaign's time zone, %1 (%2)").arg(id, offset));
    updateToday();
}

QString CalendarPage::timeZoneText() const
{
    return m_filterBar->zoneText();
}

void CalendarPage::updateEmptyState()
{
    const bool empty = m_model->entryCount() == 0;
    m_filterBar->setVisible(!empty);
    m_stack->setCurrentIndex(empty ? EmptyIndex : m_mode == ViewMode::Month ? MonthIndex
                                                : m_mode == ViewMode::Week  ? WeekIndex
                                                                            : AgendaIndex);
}

void CalendarPage::onMoveRequested(qint64 id, const QDateTime &newLocal)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QDateTime newUtc = newLocal.toUTC();
    if (!m_rules) {
        showBanner(false, tr("The scheduling rules are still loading; try again in a moment."));
        return;
    }
    if (const auto refusal = m_rules->refusal(*m_model, row, newUtc, m_clock.nowUtc())) {
        showBanner(false, tr("Not moved: %1").arg(*refusal));
        return;
    }
    if (m_model->entry(row).waitsOnPlatform(m_clock.nowUtc())) {
        m_native->askReschedule(id, newUtc); // moved there only if the owner agrees
        return;
    }
    const QDateTime oldUtc = m_model->entry(row).scheduledUtc;
    if (!saveTime(id, newUtc))
        return;
    m_banner->hide();
    const QString text = tr("Move “%1” to %2")
                             .arg(m_model->entry(m_model->rowOf(id)).displayTitle(),
                                  QLocale().toString(newLocal, QLocale::ShortFormat));
    m_undo->push(new RescheduleCommand(id, oldUtc, newUtc, [this](qint64 item, const QDateTime &utc) {
        return saveTime(item, utc);
    }, text));
}

bool CalendarPage::saveTime(qint64 id, const QDateTime &utc)
{
    const ContentRepository repository(*m_database);
    auto item = repository.find(id);
    StoreStatus status = item ? StoreStatus{} : item.error();
    if (item) {
        ContentItem changed = item.value();
        changed.scheduledUtc = utc;
        changed.updatedAt = m_clock.nowUtc();
        status = repository.update(changed);
    }
    if (status.isError()) {
        showBanner(true, tr("The new time could not be saved: %1").arg(status.fullText()));
        return false;
    }
    m_model->setScheduledUtc(id, utc);
    return true;
}

void CalendarPage::showBanner(bool error, const QString &text)
{
    m_banner->setMessage(error ? MessageBanner::Severity::Error : MessageBanner::Severity::Warning, text);
    m_banner->setToolTip(text);
    m_banner->show();
}

QString CalendarPage::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void CalendarPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CalendarPage::showEvent(QShowEvent *event)
{
    // The page may stay open across midnight, and other pages change items:
    // refresh whenever it is shown.
    updateToday();
    reload();
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
    m_previous->setToolTip(tr("Previous"));
    m_previous->setAccessibleName(tr("Previous"));
    m_next->setToolTip(tr("Next"));
    m_next->setAccessibleName(tr("Next"));
    m_today->setText(tr("Today"));
    m_modes->button(0)->setText(tr("Month"));
    m_modes->button(1)->setText(tr("Week"));
    m_modes->button(2)->setText(tr("Agenda"));
    updateToday();
    updatePeriod();
    if (m_model->entryCount() > 0)
        updateZone();
}

void CalendarPage::updateToday()
{
    const QDate day = today();
    m_month->setToday(day);
    m_week->setToday(day);
    const QLocale locale;
    const QString gregorian = locale.toString(day, QLocale::LongFormat);
    QString text = tr("Today: %1").arg(gregorian);
    if (m_showHijri) {
        const QString hijri = locale.toString(day, QLocale::LongFormat, QCalendar(QCalendar::System::IslamicCivil));
        text = tr("Today: %1 (Hijri: %2)").arg(gregorian, hijri);
    }
    m_todayLabel->setFullText(text);
    m_todayLabel->setToolTip(text);
    m_empty->setDetail(text);
}

void CalendarPage::updatePeriod()
{
    const QLocale locale;
    const QCalendar hijri(QCalendar::System::IslamicCivil);
    QDate first(m_anchor.year(), m_anchor.month(), 1);
    QDate last = first.addMonths(1).addDays(-1);
    QString text = locale.toString(m_anchor, QStringLiteral("MMMM yyyy"));
    if (m_mode == ViewMode::Week) {
        first = m_week->firstVisibleDay();
        last = m_week->lastVisibleDay();
        text = tr("%1 – %2", "first and last day of the week")
                   .arg(locale.toString(first, QStringLiteral("d MMM")), locale.toString(last, QStringLiteral("d MMM yyyy")));
    }
    if (m_showHijri) {
        const QString a = locale.toString(first, QStringLiteral("MMMM"), hijri);
        const QString b = locale.toString(last, QStringLiteral("MMMM yyyy"), hijri);
        text = tr("%1 · %2", "Gregorian period, then Hijri months")
                   .arg(text, a == locale.toString(last, QStringLiteral("MMMM"), hijri)
                                  ? b : tr("%1 – %2", "first and last Hijri month").arg(a, b));
    }
    m_period->setText(text);
    // The agenda lists the period the other views show.
    m_filter->setDayRange(m_mode == ViewMode::Agenda ? first : QDate(), m_mode == ViewMode::Agenda ? last : QDate());
}

QString CalendarPage::periodText() const
{
    return m_period->text();
}

} // namespace cf
