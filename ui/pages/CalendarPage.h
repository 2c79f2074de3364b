#pragma once

#include "models/itemmodels/ContentCalendarModel.h"

#include <QDate>
#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QButtonGroup;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolButton;
class QUndoStack;

namespace cf {

class AgendaView;
class CalendarFilterBar;
class CalendarViewBase;
class Clock;
class ContentCalendarModelFilter;
class Database;
class ElidingLabel;
class EmptyState;
class MessageBanner;
class MonthView;
class NativeScheduleActions;
class PublishNowAction;
class RescheduleRules;
class WeekView;
struct CalendarLoad;

// The publishing calendar: month, week and agenda views of every content
// item of every campaign, filters by campaign, platform and status, the time
// zone the times are in, and today's date (with the Hijri date when asked).
//
// Items load on a worker thread with its own database connection whenever
// the page is shown. Dragging an item in the month or week view moves it if
// RescheduleRules allows (otherwise the banner says why); a move is saved at
// once on the GUI thread's connection and pushed on undoStack(), whose undo
// and redo write the time back. With nothing scheduled the page shows its
// empty state with a way to the campaigns.
//
// Posts a platform holds in its own scheduler are cancelled from the item's
// context menu or moved after a question, through nativeActions() (wired to
// the publishing thread by the publishing coordinator); that part lives in
// CalendarPageNative.cpp.
class CalendarPage : public QWidget
{
    Q_OBJECT
public:
    enum class ViewMode { Month, Week, Agenda };

    // database may be null (unavailable): the page then stays empty.
    CalendarPage(const Clock &clock, bool showHijriDates, const Database *database, QWidget *parent = nullptr);
    ~CalendarPage() override;

    void setShowHijriDates(bool show);
    bool showsHijriDates() const { return m_showHijri; }
    // "Today: …" as currently displayed; formatted in the default locale.
    QString todayText() const;

    QUndoStack *undoStack() const { return m_undo; }
    ContentCalendarModel *model() const { return m_model; }
    ContentCalendarModelFilter *filterModel() const { return m_filter; }
    MonthView *monthView() const { return m_month; }
    WeekView *weekView() const { return m_week; }
    AgendaView *agendaView() const { return m_agenda; }
    NativeScheduleActions *nativeActions() const { return m_native; }
    // "Publish now" in the item menu; the coordinator installs its wake.
    PublishNowAction *publishNowAction() const { return m_publishNow; }
    // The context menu open now (Open, Cancel on <platform>), or null.
    QMenu *itemMenu() const;

    void setViewMode(ViewMode mode);
    ViewMode viewMode() const { return m_mode; }
    void setAnchorDate(const QDate &date);
    QDate anchorDate() const { return m_anchor; }
    void showPreviousPeriod();
    void showNextPeriod();
    void showToday();

    // Reads every item again (off the GUI thread); loaded() follows.
    void reload();
    bool isLoading() const;
    // The refusal or error on the banner, empty when it is hidden.
    QString bannerText() const;
    QString periodText() const;
    QString timeZoneText() const;

Q_SIGNALS:
    void showCampaignsRequested();
    void itemActivated(qint64 id);
    void loaded(bool ok);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildToolbar(QWidget *bar);
    void retranslateUi();
    void updateToday();
    void updatePeriod();
    void updateZone();
    void updateEmptyState();
    void onLoaded();
    void onMoveRequested(qint64 id, const QDateTime &newLocal);
    // CalendarPageNative.cpp
    void connectNativeActions();
    void showItemMenu(qint64 id, const QPoint &globalPos);
    void onNativeFinished(qint64 id, bool ok, const QString &text);
    bool saveTime(qint64 id, const QDateTime &utc);
    void showBanner(bool error, const QString &text);
    QDate today() const;

    const Clock &m_clock;
    const Database *m_database;
    bool m_showHijri;
    ViewMode m_mode = ViewMode::Month;
    QDate m_anchor;
    bool m_reloadAgain = false;

    ContentCalendarModel *m_model;
    ContentCalendarModelFilter *m_filter;
    std::unique_ptr<RescheduleRules> m_rules;
    QFutureWatcher<CalendarLoad> *m_watcher;
    QUndoStack *m_undo;
    NativeScheduleActions *m_native;
    QPointer<QMenu> m_itemMenu;
    PublishNowAction *m_publishNow = nullptr; // made in connectNativeActions()

    MessageBanner *m_banner;
    QToolButton *m_previous = nullptr;
    QToolButton *m_today = nullptr;
    QToolButton *m_next = nullptr;
    QLabel *m_period = nullptr;
    ElidingLabel *m_todayLabel = nullptr;
    QButtonGroup *m_modes = nullptr;
    CalendarFilterBar *m_filterBar;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    MonthView *m_month;
    WeekView *m_week;
    AgendaView *m_agenda;
};

} // namespace cf
