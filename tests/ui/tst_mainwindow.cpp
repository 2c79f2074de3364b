// The application shell: navigation, both languages with a runtime switch
// that mirrors the layout, keyboard access, saved window state, and the
// database problems shown in the banner and the status bar.
#include "tests/ui/UiTestSupport.h"
#include "ui/pages/CalendarPage.h"
#include "ui/widgets/ElidingLabel.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/MessageBanner.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTest>

using cf::MainWindow;
using cf::test::ShellFixture;

namespace {

QListWidget *navigationOf(const MainWindow &window)
{
    return window.findChild<QListWidget *>(QStringLiteral("navigation"));
}

QString navText(const MainWindow &window, MainWindow::Page page)
{
    return navigationOf(window)->item(int(page))->text();
}

// True when the navigation list sits to the right of the pages on screen.
bool navigationOnTheRight(const MainWindow &window)
{
    const QWidget *nav = navigationOf(window);
    const QWidget *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    return nav->mapTo(&window, QPoint(0, 0)).x() > pages->mapTo(&window, QPoint(0, 0)).x();
}

cf::ElidingLabel *statusProblem(const MainWindow &window)
{
    return window.findChild<cf::ElidingLabel *>(QStringLiteral("statusProblem"));
}

QString emptyStateTitle(QWidget *page)
{
    const auto *empty = page->findChild<cf::EmptyState *>();
    return empty ? empty->title() : QString();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void opensInEnglishLeftToRight()
    {
        ShellFixture shell(QStringLiteral("en"));
        QVERIFY(shell.openDatabase());
        MainWindow window(shell.services());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);
        QCOMPARE(window.layoutDirection(), Qt::LeftToRight);
        QCOMPARE(navigationOf(window)->count(), MainWindow::kPageCount);
        QCOMPARE(navText(window, MainWindow::Page::Campaigns), QStringLiteral("Campaigns"));
        QCOMPARE(navText(window, MainWindow::Page::Settings), QStringLiteral("Settings"));
        QVERIFY(!navigationOnTheRight(window));
        // A healthy database: no banner, the status bar counts campaigns.
        QVERIFY(!window.findChild<cf::MessageBanner *>(QStringLiteral("storageBanner"))->isVisible());
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("statusSummary"))->text(), QStringLiteral("Campaigns: 0"));
        QVERIFY(!statusProblem(window)->isVisible());
    }

    void opensInArabicRightToLeft()
    {
        ShellFixture shell(QStringLiteral("ar"));
        cf::test::PseudoArabicTranslator pseudo(shell.language);
        QCoreApplication::installTranslator(&pseudo);
        QVERIFY(shell.openDatabase());
        MainWindow window(shell.services());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
        QCOMPARE(window.layoutDirection(), Qt::RightToLeft);
        QCOMPARE(navigationOf(window)->layoutDirection(), Qt::RightToLeft);
        QVERIFY(navigationOnTheRight(window));
        const QString arabic = QCoreApplication::translate("cf::MainWindow", "Campaigns");
        QVERIFY(arabic != QStringLiteral("Campaigns"));
        QCOMPARE(navText(window, MainWindow::Page::Campaigns), arabic);
        QCoreApplication::removeTranslator(&pseudo);
    }

    void switchingLanguageInSettingsAppliesAtOnce()
    {
        ShellFixture shell(QStringLiteral("en"));
        cf::test::PseudoArabicTranslator pseudo(shell.language);
        QCoreApplication::installTranslator(&pseudo);
        QVERIFY(shell.openDatabase());
        MainWindow window(shell.services());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::Page::Settings);
        auto *choice = window.findChild<QComboBox *>(QStringLiteral("languageChoice"));
        QVERIFY(choice);
        QCOMPARE(choice->currentData().toString(), QStringLiteral("en"));

        // The user picks the next language with the keyboard: العربية.
        QTest::keyClick(choice, Qt::Key_Down);
        QCOMPARE(shell.language.currentLanguage(), QStringLiteral("ar"));
        QCOMPARE(shell.settings.language(), QStringLiteral("ar"));
        QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
        QTRY_COMPARE(window.layoutDirection(), Qt::RightToLeft);
        QCOMPARE(navigationOf(window)->layoutDirection(), Qt::RightToLeft);
        QTRY_VERIFY(navigationOnTheRight(window));

        const QString arabicCampaigns = QCoreApplication::translate("cf::MainWindow", "Campaigns");
        QVERIFY(arabicCampaigns != QStringLiteral("Campaigns"));
        QTRY_COMPARE(navText(window, MainWindow::Page::Campaigns), arabicCampaigns);
        QCOMPARE(navText(window, MainWindow::Page::Connections),
            QCoreApplication::translate("cf::MainWindow", "Connections"));
        // Pages retranslate too, not only the navigation.
        QCOMPARE(emptyStateTitle(window.pageWidget(MainWindow::Page::Review)),
            QCoreApplication::translate("cf::ReviewPage", "Nothing to review"));
        QCOMPARE(window.currentPage(), MainWindow::Page::Settings);

        // And back to English.
        QTest::keyClick(choice, Qt::Key_Up);
        QCOMPARE(shell.language.currentLanguage(), QStringLiteral("en"));
        QCOMPARE(shell.settings.language(), QStringLiteral("en"));
        QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);
        QTRY_COMPARE(navText(window, MainWindow::Page::Campaigns), QStringLiteral("Campaigns"));
        QTRY_VERIFY(!navigationOnTheRight(window));
        QCOMPARE(emptyStateTitle(window.pageWidget(MainWindow::Page::Review)), QStringLiteral("Nothing to review"));
        QCoreApplication::removeTranslator(&pseudo);
    }

    void controlDigitsSwitchPages()
    {
        ShellFixture shell;
        QVERIFY(shell.openDatabase());
        MainWindow window(shell.services());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const MainWindow::Page order[] = { MainWindow::Page::Campaigns, MainWindow::Page::Calendar,
            MainWindow::Page::Dashboard, MainWindow::Page::Review, MainWindow::Page::Connections,
            MainWindow::Page::Settings };
        for (int digit = MainWindow::kPageCount; digit >= 1; --digit) {
            QTest::keyClick(&window, Qt::Key(Qt::Key_0 + digit), Qt::ControlModifier);
            QCOMPARE(window.currentPage(), order[digit - 1]);
            QCOMPARE(navigationOf(window)->currentRow(), digit - 1);
        }
    }

    void navigationListWorksWithArrowKeysAndTab()
    {
        ShellFixture shell;
        QVERIFY(shell.openDatabase());
        MainWindow window(shell.services());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QListWidget *nav = navigationOf(window);
        nav->setFocus();
        QTRY_VERIFY(nav->hasFocus());
        QTest::keyClick(nav, Qt::Key_Down);
        QCOMPARE(window.currentPage(), MainWindow::Page::Calendar);
        QTest::keyClick(nav, Qt::Key_End);
        QCOMPARE(window.currentPage(), MainWindow::Page::Settings);
        // Tab leaves the list for the page's first control.
        QTest::keyClick(nav, Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), window.findChild<QWidget *>(QStringLiteral("languageChoice")));
    }

    void windowStateAndLastPageSurviveARestart()
    {
        ShellFixture shell;
        QVERIFY(shell.openDatabase());
        {
            MainWindow window(shell.services());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(913, 647);
            window.showPage(MainWindow::Page::Review);
            window.close();
        }
        QCOMPARE(shell.settings.lastPage(), QStringLiteral("review"));
        QVERIFY(!shell.settings.mainWindowGeometry().isEmpty());
        MainWindow again(shell.services());
        QCOMPARE(again.currentPage(), MainWindow::Page::Review);
        QCOMPARE(again.size(), QSize(913, 647));
    }

    void everyPageSaysWhatWillBeThere()
    {
        ShellFixture shell;
        QVERIFY(shell.openDatabase());
        MainWindow window(shell.services());
        for (auto page : { MainWindow::Page::Campaigns, MainWindow::Page::Calendar, MainWindow::Page::Review,
                 MainWindow::Page::Connections }) {
            const auto *empty = window.pageWidget(page)->findChild<cf::EmptyState *>();
            QVERIFY2(empty, qPrintable(MainWindow::pageTitle(page)));
            QVERIFY(!empty->title().isEmpty());
            QVERIFY2(empty->explanation().size() > 80, qPrintable(empty->explanation()));
        }
        // The connections page names the platforms it will connect to.
        const auto *connections = window.pageWidget(MainWindow::Page::Connections)->findChild<cf::EmptyState *>();
        QVERIFY(connections->explanation().contains(QStringLiteral("TikTok")));
        QVERIFY(connections->explanation().contains(QStringLiteral("Mailchimp")));
    }

    void hijriSettingReachesTheCalendar()
    {
        ShellFixture shell;
        QVERIFY(shell.openDatabase());
        MainWindow window(shell.services());
        auto *calendar = qobject_cast<cf::CalendarPage *>(window.pageWidget(MainWindow::Page::Calendar));
        QVERIFY(!calendar->todayText().contains(QStringLiteral("Hijri")));
        auto *toggle = window.findChild<QCheckBox *>(QStringLiteral("showHijriDates"));
        QVERIFY(toggle);
        toggle->click();
        QVERIFY(shell.settings.showHijriDates());
        // 1 March 2026 is 12 Ramadan 1447.
        QVERIFY2(calendar->todayText().contains(QStringLiteral("Ramadan 12, 1447")), qPrintable(calendar->todayText()));
    }

    void unopenableDatabaseIsExplainedAndLeftAlone()
    {
        ShellFixture shell;
        const QByteArray garbage("this is not an SQLite database, just some bytes the user saved by mistake\n");
        QFile file(shell.databaseFile());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
        file.close();

        QVERIFY(!shell.openDatabase());
        MainWindow window(shell.services());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QString reason = shell.database.error().message;
        QVERIFY(!reason.isEmpty());
        const auto *banner = window.findChild<cf::MessageBanner *>(QStringLiteral("storageBanner"));
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->severity(), cf::MessageBanner::Severity::Error);
        QVERIFY2(banner->text().contains(reason), qPrintable(banner->text()));
        QVERIFY(statusProblem(window)->fullText().contains(reason));
        QVERIFY(statusProblem(window)->isVisible());
        QCOMPARE(emptyStateTitle(window.pageWidget(MainWindow::Page::Campaigns)),
            QStringLiteral("Campaigns cannot be shown"));
        window.close();

        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), garbage);
    }

    void newerDatabaseOpensReadOnlyWithTheReason()
    {
        ShellFixture shell;
        {
            // A database that a newer CampaignForge has written.
            cf::Database first;
            cf::DatabaseOptions options;
            options.nowUtc = shell.clock.nowUtc();
            QVERIFY(first.open(shell.databaseFile(), QStringLiteral("newer-setup"), options));
            QSqlQuery query(first.handle());
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 999")));
        }
        shell.openDatabase();
        QCOMPARE(shell.database.state(), cf::Database::State::ReadOnly);
        MainWindow window(shell.services());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto *banner = window.findChild<cf::MessageBanner *>(QStringLiteral("storageBanner"));
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->severity(), cf::MessageBanner::Severity::Warning);
        QVERIFY(banner->text().contains(shell.database.error().message));
        QVERIFY(statusProblem(window)->fullText().contains(shell.database.error().message));
        QVERIFY(
            window.findChild<QLabel *>(QStringLiteral("statusSummary"))->text().contains(QStringLiteral("read-only")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
