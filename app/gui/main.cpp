// campaignforge: the desktop application's composition root. Everything the
// window uses is built here, in dependency order, and passed down; nothing
// is reached through a singleton.
#include "app/core/AppSettings.h"
#include "app/core/Clock.h"
#include "app/core/DataPaths.h"
#include "app/core/LanguageController.h"
#include "models/itemmodels/CampaignListModel.h"
#include "models/store/CampaignRepository.h"
#include "models/store/Database.h"
#include "platforms/net/EndpointMap.h"
#include "ui/LanguageDirection.h"
#include "ui/MainWindow.h"
#include "ui/StorageStatus.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QTextStream>

#include <cstdio>
#include <memory>

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

    // A bad endpoints file is a mistake in how the app was started: say so
    // and stop rather than silently talk to the real platforms.
    QString error;
    const auto endpoints = cf::EndpointMap::load(parser.value(endpointsOption), &error);
    if (!endpoints) {
        err << error << Qt::endl;
        return kUsageError;
    }

    const cf::DataPaths paths = cf::DataPaths::resolve(parser.value(dataDirOption));
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
    cf::MainWindow window(services);
    window.show();
    return QApplication::exec();
}
