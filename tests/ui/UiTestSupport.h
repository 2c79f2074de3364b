#pragma once

// Helpers shared by the ui suites: a fixture that builds what MainWindow
// needs, and a stand-in Arabic catalogue so language tests can tell the two
// languages apart before the real Arabic translations are written.
#include "app/core/AppSettings.h"
#include "app/core/Clock.h"
#include "app/core/LanguageController.h"
#include "models/itemmodels/CampaignListModel.h"
#include "models/store/CampaignRepository.h"
#include "models/store/Database.h"
#include "ui/LanguageDirection.h"
#include "ui/MainWindow.h"

#include <QTemporaryDir>
#include <QTimeZone>
#include <QTranslator>

#include <memory>

namespace cf::test {

// Answers for our own contexts ("cf::…") while Arabic is the current
// language, with a marker in front of the English text. LanguageController
// installs its catalogues after this one, so a real Arabic translation, once
// written, still wins; either way the text differs from the English source.
class PseudoArabicTranslator : public QTranslator
{
public:
    explicit PseudoArabicTranslator(const LanguageController &language) : m_language(language) { }

    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (m_language.currentLanguage() != QLatin1String("ar") || !QByteArray(context).startsWith("cf::"))
            return {};
        return QStringLiteral("\u0639\u0631\u0628\u064A: ") + QString::fromUtf8(sourceText);
    }

private:
    const LanguageController &m_language;
};

// Settings in a temporary INI file, a language controller whose direction
// drives the application, a clock fixed in Ramadan 1447 and, once
// openDatabase() succeeded, a real database with its campaign list.
struct ShellFixture
{
    QTemporaryDir dir;
    AppSettings settings { dir.filePath(QStringLiteral("settings.ini")) };
    LanguageController language;
    FixedClock clock { QDateTime(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::utc()) };
    Database database;
    std::unique_ptr<CampaignRepository> repository;
    std::unique_ptr<CampaignListModel> campaigns;

    explicit ShellFixture(const QString &startLanguage = QStringLiteral("en"))
    {
        followLanguageDirection(language);
        language.setLanguage(startLanguage);
    }

    QString databaseFile() const { return dir.filePath(QStringLiteral("campaignforge.sqlite")); }

    // Opens (creating) the database in the temporary folder, as main.cpp does.
    bool openDatabase()
    {
        DatabaseOptions options;
        options.nowUtc = clock.nowUtc();
        // The folder is unique, so it also makes a unique connection name.
        if (!database.open(databaseFile(), dir.path(), options))
            return false;
        repository = std::make_unique<CampaignRepository>(database);
        campaigns = std::make_unique<CampaignListModel>(repository.get());
        return campaigns->reload();
    }

    // What main.cpp passes: the database's state and the campaign list.
    MainWindowServices services()
    {
        MainWindowServices result { settings, language, clock, dir.path(), StorageStatus::fromDatabase(database),
            campaigns.get() };
        if (database.isOpen())
            result.database = &database;
        return result;
    }

    // A window given a storage problem directly, without a database.
    MainWindowServices servicesWith(StorageStatus storage)
    {
        return MainWindowServices { settings, language, clock, dir.path(), std::move(storage), nullptr };
    }
};

} // namespace cf::test
