#pragma once

#include "ui/StorageStatus.h"

#include <QMainWindow>

#include <array>
#include <functional>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoGroup;

namespace cf {

class AppSettings;
class CalendarPage;
class CampaignListModel;
class CampaignsPage;
class Clock;
class ConnectionsPage;
class DashboardPage;
struct ConnectionsServices;
class Database;
class ElidingLabel;
class LanguageController;
class MessageBanner;
class ReviewPage;
class SettingsPage;

// Everything the window is given by the composition root (app/gui/main.cpp
// or a test). The window owns none of it; all of it must outlive the window.
struct MainWindowServices
{
    AppSettings &settings;
    LanguageController &language;
    const Clock &clock;
    QString dataDir;
    StorageStatus storage;
    // Null when the database is unavailable (storage.state == Unavailable).
    CampaignListModel *campaigns = nullptr;
    // The Connections screen's services; null when accounts cannot be
    // connected, with the translated reason.
    const ConnectionsServices *connections = nullptr;
    QString connectionsUnavailableReason {};
    // Sandbox mode: platform calls go to the local emulator at this address
    // (a badge says so). Empty when off.
    bool sandboxMode = false;
    QString sandboxAddress {};
    // The open database (GUI thread's connection); null when unavailable.
    const Database *database = nullptr;
};

// The application shell: a navigation list beside a stack of pages, a
// banner for database problems, a status bar, and the Go menu whose
// Ctrl+1..Ctrl+6 shortcuts switch pages. Window geometry, dock/toolbar state
// and the last page are saved on close and restored on the next start.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Page { Campaigns, Calendar, Dashboard, Review, Connections, Settings };
    static constexpr int kPageCount = 6;

    explicit MainWindow(const MainWindowServices &services, QWidget *parent = nullptr);

    void showPage(Page page);
    Page currentPage() const;
    QWidget *pageWidget(Page page) const;
    // The visible name of a page in the current language.
    static QString pageTitle(Page page);
    // A page's stable, untranslated name, for saved settings.
    static QString pageId(Page page);
    // Switches to Review for this campaign (after the wizard, or Open).
    void showCampaignInReview(qint64 campaignId);
    // Asked on every close (quitChosen: File > Quit rather than the window's
    // close button); returning false keeps the application running (the
    // tray hides the window instead). Unset: the window closes.
    void setCloseGuard(std::function<bool(bool quitChosen)> guard) { m_closeGuard = std::move(guard); }
    // Closes through the guard as a chosen quit (File > Quit, the tray's Quit).
    void quitChosen();
    // A publishing problem in the banner and the status bar (empty clears it).
    void showPublishingAttention(const QString &message);

Q_SIGNALS:
    // File > Publishing status… (the queue dialog lives with the publishing parts).
    void publishingStatusRequested();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildNavigation();
    void buildMenus();
    void showStorageProblem();
    void updateStatusSummary();
    void retranslateUi();
    void restoreWindowState();
    void saveWindowState();
    void onPageChanged(int index);

    AppSettings &m_settings;
    StorageStatus m_storage;

    MessageBanner *m_banner;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    CampaignsPage *m_campaignsPage;
    CalendarPage *m_calendarPage;
    DashboardPage *m_dashboardPage;
    ReviewPage *m_reviewPage;
    ConnectionsPage *m_connectionsPage;
    SettingsPage *m_settingsPage;
    ElidingLabel *m_statusProblem;
    QLabel *m_statusSummary;
    MessageBanner *m_publishingBanner = nullptr;
    QLabel *m_statusPublishing = nullptr;
    std::function<bool(bool)> m_closeGuard;
    bool m_quitChosen = false;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    // Edit > Undo/Redo act on the current page's QUndoStack (a direct
    // child of the page), through this group.
    QMenu *m_editMenu = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_publishingStatusAction = nullptr;
    std::array<QAction *, kPageCount> m_pageActions {};
};

} // namespace cf
