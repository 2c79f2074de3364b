// The settings page: language choice (applied at once and saved), Hijri
// dates, the read-only data folder with its Open action, and the version.
#include "app/core/AppSettings.h"
#include "app/core/LanguageController.h"
#include "ui/LanguageDirection.h"
#include "ui/pages/SettingsPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using cf::SettingsPage;

// Stands in for the desktop's file manager: records what it was asked to open.
class UrlRecorder : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened << url; }
};

class TestSettingsPage : public QObject
{
    Q_OBJECT
private:
    struct Setup
    {
        QTemporaryDir dir;
        cf::AppSettings settings { dir.filePath(QStringLiteral("settings.ini")) };
        cf::LanguageController language;
        QString dataDir = dir.filePath(QStringLiteral("data"));
        Setup()
        {
            cf::followLanguageDirection(language);
            language.setLanguage(QStringLiteral("en"));
            QDir().mkpath(dataDir);
        }
    };

private Q_SLOTS:
    void languagesAreListedInTheirOwnNames()
    {
        Setup setup;
        setup.language.setLanguage(QStringLiteral("ar"));
        SettingsPage page(setup.settings, setup.language, setup.dataDir);
        auto *choice = page.findChild<QComboBox *>(QStringLiteral("languageChoice"));
        QCOMPARE(choice->count(), 2);
        QCOMPARE(choice->itemText(0), QStringLiteral("English"));
        QCOMPARE(choice->itemText(1), QString::fromUtf8("\xD8\xA7\xD9\x84\xD8\xB9\xD8\xB1\xD8\xA8\xD9\x8A\xD8\xA9"));
        QCOMPARE(choice->currentData().toString(), QStringLiteral("ar"));
    }

    void choosingALanguageAppliesAndSavesIt()
    {
        Setup setup;
        SettingsPage page(setup.settings, setup.language, setup.dataDir);
        auto *choice = page.findChild<QComboBox *>(QStringLiteral("languageChoice"));
        QSignalSpy changed(&setup.language, &cf::LanguageController::languageChanged);
        QTest::keyClick(choice, Qt::Key_Down);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(setup.language.currentLanguage(), QStringLiteral("ar"));
        QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
        // Saved to the file, not only in memory.
        cf::AppSettings reread(setup.settings.fileName());
        QCOMPARE(reread.language(), QStringLiteral("ar"));
        setup.language.setLanguage(QStringLiteral("en"));
    }

    void aSwitchMadeElsewhereMovesTheChoice()
    {
        Setup setup;
        SettingsPage page(setup.settings, setup.language, setup.dataDir);
        auto *choice = page.findChild<QComboBox *>(QStringLiteral("languageChoice"));
        setup.language.setLanguage(QStringLiteral("ar"));
        QCOMPARE(choice->currentData().toString(), QStringLiteral("ar"));
        // Moving the choice programmatically is not a user choice: nothing saved.
        QVERIFY(setup.settings.language().isEmpty());
        setup.language.setLanguage(QStringLiteral("en"));
    }

    void hijriToggleIsSavedAndAnnounced()
    {
        Setup setup;
        SettingsPage page(setup.settings, setup.language, setup.dataDir);
        auto *toggle = page.findChild<QCheckBox *>(QStringLiteral("showHijriDates"));
        QVERIFY(!toggle->isChecked());
        QSignalSpy spy(&page, &SettingsPage::showHijriDatesChanged);
        toggle->click();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toBool(), true);
        QVERIFY(cf::AppSettings(setup.settings.fileName()).showHijriDates());

        SettingsPage again(setup.settings, setup.language, setup.dataDir);
        QVERIFY(again.findChild<QCheckBox *>(QStringLiteral("showHijriDates"))->isChecked());
    }

    void dataFolderIsShownReadOnlyAndOpensInTheFileManager()
    {
        Setup setup;
        SettingsPage page(setup.settings, setup.language, setup.dataDir);
        auto *path = page.findChild<QLineEdit *>(QStringLiteral("dataFolder"));
        QVERIFY(path->isReadOnly());
        QCOMPARE(path->text(), QDir::toNativeSeparators(setup.dataDir));

        UrlRecorder recorder;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &recorder, "open");
        page.findChild<QPushButton *>(QStringLiteral("openDataFolder"))->click();
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        QCOMPARE(recorder.opened, QList<QUrl> { QUrl::fromLocalFile(setup.dataDir) });
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("settingsError"))->isHidden());
    }

    void aMissingDataFolderIsReportedNotOpened()
    {
        Setup setup;
        const QString missing = setup.dir.filePath(QStringLiteral("gone"));
        SettingsPage page(setup.settings, setup.language, missing);
        UrlRecorder recorder;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &recorder, "open");
        page.findChild<QPushButton *>(QStringLiteral("openDataFolder"))->click();
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        QVERIFY(recorder.opened.isEmpty());
        auto *error = page.findChild<QLabel *>(QStringLiteral("settingsError"));
        QVERIFY(!error->isHidden());
        QVERIFY(error->text().contains(QDir::toNativeSeparators(missing)));
    }

    void showsTheApplicationVersion()
    {
        Setup setup;
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
        SettingsPage page(setup.settings, setup.language, setup.dataDir);
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("applicationVersion"))->text(), QStringLiteral("9.8.7"));
    }
};

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
