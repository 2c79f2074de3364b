#include "ui/MainWindow.h"

#include "app/core/AppSettings.h"
#include "app/core/Clock.h"
#include "ui/UiLog.h"
#include "ui/automation/AutomationActivityDialog.h"
#include "ui/connections/SandboxBadge.h"
#include "ui/pages/CalendarPage.h"
#include "ui/pages/CampaignsPage.h"
#include "ui/pages/ConnectionsPage.h"
#include "ui/pages/ReviewPage.h"
#include "ui/pages/SettingsPage.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/widgets/ElidingLabel.h"
#include "ui/widgets/MessageBanner.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cf {
namespace {

constexpr int kNavigationIconSize = 24;

const char *iconFor(MainWindow::Page page)
{
    switch (page) {
    case MainWindow::Page::Campaigns: return ":/icons/nav-campaigns.svg";
    case MainWindow::Page::Calendar: return ":/icons/nav-calendar.svg";
    case MainWindow::Page::Dashboard: return ":/icons/nav-dashboard.svg";
    case MainWindow::Page::Review: return ":/icons/nav-review.svg";
    case MainWindow::Page::Connections: return ":/icons/nav-connections.svg";
    case MainWindow::Page::Settings: return ":/icons/nav-settings.svg";
    }
    return "";
}

} // namespace

MainWindow::MainWindow(const MainWindowServices &services, QWidget *parent)
    : QMainWindow(parent),
      m_settings(services.settings),
      m_storage(services.storage),
      m_banner(new MessageBanner(this)),
      m_navigation(new QListWidget(this)),
      m_pages(new QStackedWidget(this)),
      m_campaignsPage(new CampaignsPage(services.campaigns, services.storage.reason, this)),
      m_calendarPage(new CalendarPage(services.clock, services.settings.showHijriDates(), services.database, this)),
      m_dashboardPage(new DashboardPage(services.clock, services.database, this)),
      m_reviewPage(new ReviewPage(services.database, services.clock, services.dataDir, this)),
      m_connectionsPage(new ConnectionsPage(services.connections, this)),
      m_settingsPage(new SettingsPage(services.settings, services.language, services.dataDir, this, services.database)),
      m_statusProblem(new ElidingLabel(this)),
      m_statusSummary(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_pages->setObjectName(QStringLiteral("pages"));
    m_banner->setObjectName(QStringLiteral("storageBanner"));
    m_statusProblem->setObjectName(QStringLiteral("statusProblem"));
    m_statusSummary->setObjectName(QStringLiteral("statusSummary"));
    m_campaignsPage->setObjectName(QStringLiteral("campaignsPage"));
    m_calendarPage->setObjectName(QStringLiteral("calendarPage"));
    m_dashboardPage->setObjectName(QStringLiteral("dashboardPage"));
    m_reviewPage->setObjectName(QStringLiteral("reviewPage"));
    m_connectionsPage->setObjectName(QStringLiteral("connectionsPage"));
    m_settingsPage->setObjectName(QStringLiteral("settingsPage"));

    // Order matches Page.
    m_pages->addWidget(m_campaignsPage);
    m_pages->addWidget(m_calendarPage);
    m_pages->addWidget(m_dashboardPage);
    m_pages->addWidget(m_reviewPage);
    m_pages->addWidget(m_connectionsPage);
    m_pages->addWidget(m_settingsPage);

    buildNavigation();
    buildMenus();

    // Leading/trailing, never left/right: the row mirrors in Arabic and the
    // navigation moves to the right-hand side.
    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_navigation);
    body->addWidget(m_pages, 1);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    m_publishingBanner = new MessageBanner(central);
    m_publishingBanner->setObjectName(QStringLiteral("publishingBanner"));
    m_publishingBanner->hide();
    layout->addWidget(m_publishingBanner);
    layout->addLayout(body, 1);
    setCentralWidget(central);

    statusBar()->addWidget(m_statusProblem, 1);
    statusBar()->addPermanentWidget(m_statusSummary);
    m_statusPublishing = new QLabel(this);
    m_statusPublishing->setObjectName(QStringLiteral("statusPublishing"));
    m_statusPublishing->hide();
    statusBar()->addPermanentWidget(m_statusPublishing);
    if (services.sandboxMode)
        statusBar()->addPermanentWidget(new SandboxBadge(services.sandboxAddress, this));
    if (!services.connections)
        m_connectionsPage->setUnavailableReason(services.connectionsUnavailableReason);

    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::onPageChanged);
    connect(m_campaignsPage, &CampaignsPage::campaignCountChanged, this, &MainWindow::updateStatusSummary);
    m_campaignsPage->setStore(services.database, services.clock, services.dataDir);
    connect(m_campaignsPage, &CampaignsPage::openRequested, this, &MainWindow::showCampaignInReview);
    connect(m_campaignsPage, &CampaignsPage::campaignCreated, this, &MainWindow::showCampaignInReview);
    // What the automation did for a campaign, with undo and the optimiser's limits.
    connect(m_campaignsPage, &CampaignsPage::activityRequested, this,
            [this, database = services.database, clock = &services.clock](qint64 campaignId) {
                if (!database)
                    return;
                auto *dialog = new AutomationActivityDialog(*database, *clock, m_settings, campaignId, this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->open();
            });
    connect(m_calendarPage, &CalendarPage::showCampaignsRequested, this, [this] { showPage(Page::Campaigns); });
    // Clicking an item in the calendar opens it where it can be edited and approved.
    connect(m_calendarPage, &CalendarPage::itemActivated, this, [this](qint64 itemId) {
        m_reviewPage->showItem(itemId);
        showPage(Page::Review);
    });
    connect(m_reviewPage, &ReviewPage::showCampaignsRequested, this, [this] { showPage(Page::Campaigns); });
    connect(m_settingsPage, &SettingsPage::showHijriDatesChanged, m_calendarPage, &CalendarPage::setShowHijriDates);
    connect(m_settingsPage, &SettingsPage::platformAppsRequested, m_connectionsPage,
            [this] { m_connectionsPage->showPlatformApps(); });

    retranslateUi();
    restoreWindowState();
}

void MainWindow::buildNavigation()
{
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(kNavigationIconSize, kNavigationIconSize));
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setUniformItemSizes(true);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_navigation->setStyleSheet(
        QStringLiteral("#navigation { background: palette(alternate-base); padding-top: 8px; }"
                       " #navigation::item { padding: 8px 10px; margin: 2px 6px; border-radius: 6px; }"
                       " #navigation::item:selected { background: #CDEBE5; color: #0B4F4A; }"));
    for (int i = 0; i < kPageCount; ++i) {
        auto *item = new QListWidgetItem(QIcon(QString::fromLatin1(iconFor(Page(i)))), QString(), m_navigation);
        item->setData(Qt::UserRole, i);
    }
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_publishingStatusAction = m_fileMenu->addAction(QString());
    m_publishingStatusAction->setObjectName(QStringLiteral("publishingStatus"));
    connect(m_publishingStatusAction, &QAction::triggered, this, &MainWindow::publishingStatusRequested);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString());
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::quitChosen);

    // Undo/Redo with the standard shortcuts; each page that has undoable
    // edits owns a QUndoStack as a direct child, and the group follows the
    // visible page (onPageChanged).
    m_editMenu = menuBar()->addMenu(QString());
    m_undoGroup = new QUndoGroup(this);
    for (int i = 0; i < m_pages->count(); ++i) {
        if (auto *stack = m_pages->widget(i)->findChild<QUndoStack *>(QString(), Qt::FindDirectChildrenOnly))
            m_undoGroup->addStack(stack);
    }
    m_undoAction = m_undoGroup->createUndoAction(this);
    m_undoAction->setObjectName(QStringLiteral("editUndo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoGroup->createRedoAction(this);
    m_redoAction->setObjectName(QStringLiteral("editRedo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);

    // Ctrl+1..Ctrl+6 live on menu actions, so they work from any page and
    // are listed where people look for them.
    m_goMenu = menuBar()->addMenu(QString());
    auto *group = new QActionGroup(this);
    for (int i = 0; i < kPageCount; ++i) {
        QAction *action = m_goMenu->addAction(QIcon(QString::fromLatin1(iconFor(Page(i)))), QString());
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setObjectName(QStringLiteral("goToPage%1").arg(i + 1));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, i] { showPage(Page(i)); });
        m_pageActions[size_t(i)] = action;
    }
}

QString MainWindow::pageTitle(Page page)
{
    switch (page) {
    case Page::Campaigns: return tr("Campaigns");
    case Page::Calendar: return tr("Calendar");
    case Page::Dashboard: return tr("Dashboard");
    case Page::Review: return tr("Review");
    case Page::Connections: return tr("Connections");
    case Page::Settings: return tr("Settings");
    }
    return {};
}

QString MainWindow::pageId(Page page)
{
    switch (page) {
    case Page::Campaigns: return QStringLiteral("campaigns");
    case Page::Calendar: return QStringLiteral("calendar");
    case Page::Dashboard: return QStringLiteral("dashboard");
    case Page::Review: return QStringLiteral("review");
    case Page::Connections: return QStringLiteral("connections");
    case Page::Settings: return QStringLiteral("settings");
    }
    return {};
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(int(page));
}

void MainWindow::showCampaignInReview(qint64 campaignId)
{
    m_reviewPage->showCampaign(campaignId);
    showPage(Page::Review);
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

QWidget *MainWindow::pageWidget(Page page) const
{
    return m_pages->widget(int(page));
}

void MainWindow::onPageChanged(int index)
{
    if (index < 0 || index >= kPageCount)
        return;
    m_pages->setCurrentIndex(index);
    if (m_undoGroup)
        m_undoGroup->setActiveStack(m_pages->widget(index)->findChild<QUndoStack *>(QString(), Qt::FindDirectChildrenOnly));
    m_pageActions[size_t(index)]->setChecked(true);
    setWindowTitle(tr("%1 — CampaignForge").arg(pageTitle(Page(index))));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    for (int i = 0; i < kPageCount; ++i) {
        const QString title = pageTitle(Page(i));
        m_navigation->item(i)->setText(title);
        m_navigation->item(i)->setToolTip(tr("%1 (Ctrl+%2)").arg(title).arg(i + 1));
        m_pageActions[size_t(i)]->setText(title);
    }
    m_navigation->setAccessibleName(tr("Sections"));
    // The list is as wide as its longest label in the current language.
    const int contentWidth = m_navigation->sizeHintForColumn(0) + 2 * m_navigation->frameWidth();
    m_navigation->setFixedWidth(qMax(180, contentWidth + 16));

    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_publishingStatusAction->setText(tr("&Publishing status…"));
    m_statusPublishing->setText(tr("Publishing needs attention"));
    m_goMenu->setTitle(tr("&Go"));
    m_editMenu->setTitle(tr("&Edit"));
    if (m_navigation->currentRow() >= 0)
        setWindowTitle(tr("%1 — CampaignForge").arg(pageTitle(currentPage())));
    showStorageProblem();
    updateStatusSummary();
}

void MainWindow::showStorageProblem()
{
    switch (m_storage.state) {
    case StorageStatus::State::ReadWrite:
        m_banner->hide();
        m_statusProblem->hide();
        return;
    case StorageStatus::State::ReadOnly:
        m_banner->setMessage(MessageBanner::Severity::Warning,
            tr("The campaign database is open read-only: you can look at your campaigns, but "
               "changes cannot be saved. %1")
                .arg(m_storage.reason));
        m_statusProblem->setFullText(tr("Read-only database: %1").arg(m_storage.reason));
        break;
    case StorageStatus::State::Unavailable:
        m_banner->setMessage(MessageBanner::Severity::Error,
            tr("The campaign database could not be opened, so campaigns cannot be shown or "
               "saved. %1")
                .arg(m_storage.reason));
        m_statusProblem->setFullText(tr("Database unavailable: %1").arg(m_storage.reason));
        break;
    }
    m_statusProblem->show();
    m_banner->show();
}

void MainWindow::updateStatusSummary()
{
    m_statusSummary->setToolTip(tr("Database file: %1").arg(QDir::toNativeSeparators(m_storage.databaseFile)));
    switch (m_storage.state) {
    case StorageStatus::State::ReadWrite:
        m_statusSummary->setText(tr("Campaigns: %1").arg(QLocale().toString(m_campaignsPage->campaignCount())));
        break;
    case StorageStatus::State::ReadOnly:
        m_statusSummary->setText(
            tr("Campaigns: %1 (read-only)").arg(QLocale().toString(m_campaignsPage->campaignCount())));
        break;
    case StorageStatus::State::Unavailable: m_statusSummary->setText(tr("No database")); break;
    }
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry = m_settings.mainWindowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1100, 720);
    const QByteArray state = m_settings.mainWindowState();
    if (!state.isEmpty() && !restoreState(state))
        qCInfo(lcUi) << "saved window state not usable; using the default layout";
    const QString last = m_settings.lastPage();
    Page page = Page::Campaigns;
    for (int i = 0; i < kPageCount; ++i) {
        if (pageId(Page(i)) == last)
            page = Page(i);
    }
    showPage(page);
}

void MainWindow::saveWindowState()
{
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.setMainWindowState(saveState());
    m_settings.setLastPage(pageId(currentPage()));
    m_settings.sync();
}

void MainWindow::quitChosen()
{
    m_quitChosen = true;
    close();
    m_quitChosen = false;
}

void MainWindow::showPublishingAttention(const QString &message)
{
    m_publishingBanner->setVisible(!message.isEmpty());
    m_statusPublishing->setVisible(!message.isEmpty());
    if (message.isEmpty())
        return;
    m_publishingBanner->setMessage(MessageBanner::Severity::Warning, message);
    m_statusPublishing->setText(tr("Publishing needs attention"));
    m_statusPublishing->setToolTip(message);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    if (m_closeGuard && !m_closeGuard(m_quitChosen)) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

} // namespace cf
