// campaignforge: the desktop application's composition root. Everything the
// window uses is built here, in dependency order, and passed down; nothing
// is reached through a singleton.
#include "app/core/AppSettings.h"
#include "app/core/Clock.h"
#include "app/core/DataPaths.h"
#include "app/core/LanguageController.h"
#include "app/core/SandboxMode.h"
#include "app/publishing/KeychainPublishBackend.h"
#include "app/publishing/PublishThread.h"
#include "app/publishing/SafetyChecks.h"
#include "app/tracking/TrackingThread.h"
#include "models/itemmodels/CampaignListModel.h"
#include "models/store/CampaignRepository.h"
#include "models/store/Database.h"
#include "platforms/metrics/MetricsReaders.h"
#include "platforms/net/EndpointMap.h"
#include "ui/LanguageDirection.h"
#include "ui/MainWindow.h"
#include "ui/StorageStatus.h"
#include "ui/connections/ConnectionsStack.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/pages/ConnectionsPage.h"
#include "ui/tray/PublishingCoordinator.h"
#include "ui/tray/PublishingSwitch.h"
#include "ui/tray/PublishingTray.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QLocale>
#include <QTextStream>

#include <cstdio>
#include <memory>
#include <optional>

namespace {
// Same value as the CLI's usage error, so scripts see one convention.
constexpr int kUsageError = 2;
} // namespace

int main(int argc, char *argv[])
{
    // Qt WebEngine (the connections screen's sign-in view) shares OpenGL
    // contexts with the widgets; the attribute must be set before the
    // application object exists.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CampaignForge"));
    QApplication::setApplicationName(QStringLiteral("CampaignForge"));
    QApplication::setApplicationVersion(QStringLiteral(CF_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("io.campaignforge.CampaignForge"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/campaignforge.svg")));

    QTextStream err(stderr);
    err.setEncoding(QStringConverter::Utf8);

    // Language first, so the option help below is already translated when
    // the saved or system language is Arabic. Connecting the direction
    // before the first setLanguage() applies the start-up direction too.
    cf::AppSettings settings;
    cf::LanguageController language;
    cf::followLanguageDirection(language);
    QString savedLanguage = settings.language();
    if (savedLanguage.isEmpty()) {
        // First start: the system's language if we ship it, remembered so a
        // later change of system locale does not surprise the user.
        savedLanguage = cf::LanguageController::languageForLocale(QLocale::system());
        settings.setLanguage(savedLanguage);
        settings.sync();
    }
    if (!language.setLanguage(savedLanguage))
        language.setLanguage(QStringLiteral("en"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cf::Gui", "CampaignForge: plan, review and publish marketing campaigns from one sentence."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
        QCoreApplication::translate("cf::Gui", "Use DIR for the database and assets (also CAMPAIGNFORGE_DATA_DIR)."),
        QStringLiteral("DIR"));
    const QCommandLineOption endpointsOption(QStringLiteral("endpoints"),
        QCoreApplication::translate("cf::Gui", "Redirect platform hosts as FILE says (also CAMPAIGNFORGE_ENDPOINTS)."),
        QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QCoreApplication::translate("cf::Gui", "Language for this run only: en or ar (the saved choice is kept)."),
        QStringLiteral("LANG"));
    parser.addOption(dataDirOption);
    parser.addOption(endpointsOption);
    parser.addOption(langOption);
    parser.process(app);

    if (parser.isSet(langOption) && !language.setLanguage(parser.value(langOption))) {
        err << QCoreApplication::translate("cf::Gui", "Unknown language \"%1\": use en or ar.")
                   .arg(parser.value(langOption))
            << Qt::endl;
        return kUsageError;
    }

    // Sandbox mode keeps its own data folder and keychain entries, and
    // starts the local platform emulator unless endpoints were given. If the
    // emulator cannot start, nothing may be connected: the real platforms
    // must not be reached by a rehearsal.
    const bool sandboxMode = settings.sandboxMode();
    const cf::DataPaths realPaths = cf::DataPaths::resolve(parser.value(dataDirOption));
    cf::SandboxMode sandbox;
    QString sandboxProblem;
    QString endpointsPath = parser.value(endpointsOption);
    if (sandboxMode && endpointsPath.isEmpty() && qEnvironmentVariableIsEmpty(cf::EndpointMap::kEnvironmentVariable)) {
        const QString file = QDir(cf::SandboxMode::dataDirFor(realPaths.dataDir())).filePath(QStringLiteral("endpoints.json"));
        if (sandbox.start(cf::SandboxMode::findExecutable(QStringLiteral(CF_SANDBOX_BUILD_PATH)), file, &sandboxProblem))
            endpointsPath = file;
    }

    // A bad endpoints file is a mistake in how the app was started: say so
    // and stop rather than silently talk to the real platforms.
    QString error;
    const auto endpoints = cf::EndpointMap::load(endpointsPath, &error);
    if (!endpoints) {
        err << error << Qt::endl;
        return kUsageError;
    }

    const cf::DataPaths paths =
        sandboxMode ? cf::DataPaths::resolve(cf::SandboxMode::dataDirFor(realPaths.dataDir())) : realPaths;
    cf::SystemClock clock;

    // The window opens whatever happens to the database: a missing folder,
    // a damaged file or a newer schema is shown in a banner, and the file is
    // never touched beyond what Database::open() allows.
    cf::Database database;
    cf::StorageStatus storage;
    QString folderError;
    if (paths.ensureExists(&folderError)) {
        cf::DatabaseOptions options;
        options.nowUtc = clock.nowUtc();
        options.backupDir = paths.backupsDir();
        database.open(paths.databaseFile(), QStringLiteral("campaignforge-gui"), options);
        storage = cf::StorageStatus::fromDatabase(database);
    } else {
        storage.databaseFile = paths.databaseFile();
        storage.reason = folderError;
    }

    const cf::CampaignRepository campaigns(database);
    std::unique_ptr<cf::CampaignListModel> campaignList;
    if (database.isOpen()) {
        campaignList = std::make_unique<cf::CampaignListModel>(&campaigns);
        campaignList->reload();
    }

    cf::MainWindowServices services { settings, language, clock, paths.dataDir(), storage, campaignList.get() };
    if (database.isOpen())
        services.database = &database;
    std::unique_ptr<cf::ConnectionsStack> connections;
    QString connectionsProblem = sandboxProblem;
    if (!database.isOpen() && connectionsProblem.isEmpty())
        connectionsProblem = QCoreApplication::translate(
            "cf::Gui", "Accounts cannot be connected while the campaign database is unavailable.");
    if (database.isOpen() && connectionsProblem.isEmpty())
        connections = cf::ConnectionsStack::create(database, *endpoints,
                                                   sandboxMode ? cf::SandboxMode::keychainService()
                                                               : QStringLiteral("CampaignForge"),
                                                   [&clock] { return clock.nowUtc(); }, &connectionsProblem);
    services.connections = connections ? &connections->services() : nullptr;
    services.connectionsUnavailableReason = connectionsProblem;
    services.sandboxMode = sandboxMode;
    services.sandboxAddress = sandbox.baseUrl();
    cf::MainWindow window(services);
    if (connections && sandbox.isRunning()) {
        // The emulator's test apps become this sandbox's app credentials.
        sandbox.seedAppCredentials(connections->apps(), connections->providers(), connections->network(),
                                   [&window](const QString &problem) {
            if (!problem.isEmpty())
                qWarning("%s", qUtf8Printable(problem));
            if (auto *page = qobject_cast<cf::ConnectionsPage *>(window.pageWidget(cf::MainWindow::Page::Connections)))
                page->reload();
        });
    }

    // The publishing thread (issue #7): its own database connection and
    // network manager, the same data folder and endpoints as the window.
    // Paused from the tray by dropping the thread; stopped (joined) when
    // `publishing` goes out of scope, before the window and database.
    QString safetyProblem;
    const std::optional<cf::SafetyChecks> safety = cf::SafetyChecks::loadBuiltIn(&safetyProblem);
    const cf::EndpointMap &endpointMap = *endpoints;
    cf::PublishingSwitch publishing([&]() -> std::unique_ptr<cf::PublishThread> {
        if (!database.isOpen())
            return nullptr;
        cf::PublishWorkerConfig config;
        config.databasePath = paths.databaseFile();
        config.assetsDir = paths.assetsDir();
        return std::make_unique<cf::PublishThread>(
            config,
            [&endpointMap, &clock, sandboxMode](QNetworkAccessManager &network, const cf::Database &db)
                -> std::unique_ptr<cf::PublishBackend> {
                // The same keychain service as the connections (sandbox tokens apart).
                return std::make_unique<cf::KeychainPublishBackend>(
                    network, db, endpointMap, cf::PublisherRegistry::withAllAdapters(),
                    [&clock] { return clock.nowUtc(); }, cf::KeychainPublishBackend::mediaHostFromAppSettings(),
                    sandboxMode ? cf::SandboxMode::keychainService() : QStringLiteral("CampaignForge"));
            },
            clock);
    });
    cf::PublishingTray tray(publishing, true);
    // With a tray the window may close while publishing continues; the
    // coordinator says when the application really ends.
    QApplication::setQuitOnLastWindowClosed(!tray.hasIcon());
    cf::PublishingCoordinator coordinator({window, publishing, tray, settings, clock,
                                           database.isOpen() ? &database : nullptr, safety ? &*safety : nullptr});
    QObject::connect(&coordinator, &cf::PublishingCoordinator::quitting, &app, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    if (!safety)
        window.showPublishingAttention(safetyProblem);
    publishing.setOn(database.isOpen());
    coordinator.enqueueAndWake();

    // The tracking thread (issue #7 §3): metrics hourly, statuses every 15
    // minutes, tokens daily, on its own database connection and network
    // manager. A rejection on a platform reaches the owner where publishing
    // problems do. Joined when it goes out of scope, before the window.
    std::unique_ptr<cf::TrackingThread> tracking;
    if (database.isOpen()) {
        cf::TrackingConfig trackingConfig;
        trackingConfig.databasePath = paths.databaseFile();
        tracking = std::make_unique<cf::TrackingThread>(
            trackingConfig,
            [&endpointMap, &clock, sandboxMode](QNetworkAccessManager &network, const cf::Database &db)
                -> std::unique_ptr<cf::PublishBackend> {
                // Only its tokens are used: the empty registry holds no adapters.
                return std::make_unique<cf::KeychainPublishBackend>(
                    network, db, endpointMap, cf::PublisherRegistry(), [&clock] { return clock.nowUtc(); },
                    cf::KeychainPublishBackend::mediaHostFromAppSettings(),
                    sandboxMode ? cf::SandboxMode::keychainService() : QStringLiteral("CampaignForge"));
            },
            [&endpointMap, &clock](cf::Platform platform, bool ads, QNetworkAccessManager &network) {
                return cf::createMetricsReader(platform, ads, network, endpointMap, [&clock] { return clock.nowUtc(); });
            },
            clock);
        QObject::connect(tracking.get(), &cf::TrackingThread::attentionNeeded, &tray,
                         [&tray, &window](qint64, qint64 contentId, const QString &message) {
                             tray.notifyAttention(contentId, message);
                             window.showPublishingAttention(message);
                         });
        // New numbers redraw the dashboard's charts.
        if (auto *dashboard = qobject_cast<cf::DashboardPage *>(window.pageWidget(cf::MainWindow::Page::Dashboard)))
            QObject::connect(tracking.get(), &cf::TrackingThread::metricsStored, dashboard, &cf::DashboardPage::refresh);
        tracking->start();
    }

    window.show();
    return QApplication::exec();
}
