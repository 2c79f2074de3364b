// Publishing in the GUI (issue #7 §2): the tray menu pauses and resumes the
// publishing thread, a target that needs the owner becomes a notification,
// a banner and a status-bar entry, and closing the window follows
// CloseToTrayPolicy (the system tray itself is missing offscreen, so the
// tray branch is tested through the policy).
#include "app/core/AppSettings.h"
#include "app/core/Clock.h"
#include "app/core/LanguageController.h"
#include "app/publishing/PublishThread.h"
#include "models/store/Database.h"
#include "tests/app/publishing/FakePublishing.h"
#include "tests/app/publishing/PublishFixture.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/pages/ReviewPage.h"
#include "ui/publishing/PublishingStatusDialog.h"
#include "ui/tray/CloseToTrayPolicy.h"
#include "ui/tray/PublishingCoordinator.h"
#include "ui/tray/PublishingSwitch.h"
#include "ui/tray/PublishingTray.h"
#include "ui/widgets/MessageBanner.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QSqlQuery>
#include <QTreeWidget>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cf;
using Decision = CloseToTrayPolicy::Decision;

namespace {

CloseToTrayPolicy::Situation situation(bool quitChosen, bool tray, bool keep, int waiting)
{
    CloseToTrayPolicy::Situation s;
    s.quitChosen = quitChosen;
    s.trayAvailable = tray;
    s.keepPublishingSetting = keep;
    s.waitingTargets = waiting;
    return s;
}

bool setState(const Database &db, qint64 targetId, const char *state)
{
    QSqlQuery q(db.handle());
    q.prepare(QStringLiteral("UPDATE publish_targets SET state = ? WHERE id = ?"));
    q.addBindValue(QString::fromLatin1(state));
    q.addBindValue(targetId);
    return q.exec() && q.numRowsAffected() == 1;
}

QString stateOf(const Database &db, qint64 targetId)
{
    QSqlQuery q(db.handle());
    q.prepare(QStringLiteral("SELECT state FROM publish_targets WHERE id = ?"));
    q.addBindValue(targetId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

// A window on the publishing fixture's database with the thread, tray and
// coordinator wired as main.cpp does, on a fake platform backend.
struct GuiPublishing
{
    test::PublishFixture fixture{QStringLiteral("tray-gui")};
    QTemporaryDir settingsDir;
    AppSettings settings{settingsDir.filePath(QStringLiteral("settings.ini"))};
    LanguageController language;
    // Before the fixture's items (December 2026): nothing is due, all waits.
    FixedClock clock{test::noonUtc(1).addDays(-20)};
    test::FakePublisher publisher;
    test::FakeTokens tokens;
    int threadsMade = 0;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<PublishingSwitch> publishing;
    std::unique_ptr<PublishingTray> tray;
    std::unique_ptr<PublishingCoordinator> coordinator;

    GuiPublishing()
    {
        language.setLanguage(QStringLiteral("en"));
        MainWindowServices services{settings, language, clock, fixture.dir.path(),
                                    StorageStatus::fromDatabase(fixture.db), nullptr};
        services.database = &fixture.db;
        window = std::make_unique<MainWindow>(services);
        publishing = std::make_unique<PublishingSwitch>([this]() -> std::unique_ptr<PublishThread> {
            ++threadsMade;
            PublishWorkerConfig config;
            config.databasePath = fixture.path();
            config.assetsDir = fixture.dir.path();
            return std::make_unique<PublishThread>(
                config,
                [this](QNetworkAccessManager &, const Database &) -> std::unique_ptr<PublishBackend> {
                    return std::make_unique<test::FakeBackend>(publisher, tokens);
                },
                clock);
        });
        tray = std::make_unique<PublishingTray>(*publishing, false);
        coordinator = std::make_unique<PublishingCoordinator>(
            PublishingCoordinator::Parts{*window, *publishing, *tray, settings, clock, &fixture.db, nullptr});
    }
    ~GuiPublishing()
    {
        coordinator.reset();
        tray.reset();
        publishing.reset();
    }
};

} // namespace

class TestPublishingTray : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void policyDecides()
    {
        QCOMPARE(CloseToTrayPolicy::decide(situation(false, true, true, 3)), Decision::HideToTray);
        QCOMPARE(CloseToTrayPolicy::decide(situation(false, true, false, 3)), Decision::AskBeforeQuitting);
        QCOMPARE(CloseToTrayPolicy::decide(situation(false, false, true, 3)), Decision::AskBeforeQuitting);
        QCOMPARE(CloseToTrayPolicy::decide(situation(false, true, true, 0)), Decision::Quit);
        QCOMPARE(CloseToTrayPolicy::decide(situation(true, true, true, 3)), Decision::Quit);
        QVERIFY(CloseToTrayPolicy::shouldExplain(Decision::HideToTray, false));
        QVERIFY(!CloseToTrayPolicy::shouldExplain(Decision::HideToTray, true));
        QVERIFY(!CloseToTrayPolicy::shouldExplain(Decision::Quit, false));
    }

    void settingDefaultsOn()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
        QVERIFY(settings.keepPublishingWhenClosed());
        QVERIFY(!settings.trayExplained());
        settings.setKeepPublishingWhenClosed(false);
        QVERIFY(!settings.keepPublishingWhenClosed());
    }

    void menuPausesAndResumes()
    {
        GuiPublishing g;
        QVERIFY(g.fixture.ok());
        QVERIFY(!g.tray->hasIcon());
        QCOMPARE(g.tray->menu()->actions().contains(g.tray->quitAction()), true);
        QVERIFY(!g.publishing->isOn());
        QVERIFY(g.tray->publishingAction()->text().contains(QStringLiteral("paused")));

        g.tray->publishingAction()->trigger();
        QVERIFY(g.publishing->isOn());
        QCOMPARE(g.threadsMade, 1);
        QVERIFY(g.tray->publishingAction()->isChecked());
        QVERIFY(g.tray->publishingAction()->text().contains(QStringLiteral("on")));

        g.tray->publishingAction()->trigger();
        QVERIFY(!g.publishing->isOn());
        QVERIFY(g.tray->publishingAction()->text().contains(QStringLiteral("paused")));

        // A fresh thread after a pause, which does publish.
        g.clock.set(test::noonUtc(2, 1));
        const qint64 target = g.fixture.addTarget(g.fixture.addItem(test::noonUtc()));
        QVERIFY(target > 0);
        QSignalSpy passes(g.publishing.get(), &PublishingSwitch::passFinished);
        g.tray->publishingAction()->trigger();
        QCOMPARE(g.threadsMade, 2);
        QVERIFY(passes.wait(5000));
        QTRY_COMPARE(g.publisher.sent.size(), size_t(1));
    }

    void countsFollowTheQueue()
    {
        GuiPublishing g;
        QVERIFY(g.fixture.ok());
        g.fixture.addTarget(g.fixture.addItem(test::noonUtc(5)));
        g.fixture.addTarget(g.fixture.addItem(test::noonUtc(6)));
        g.coordinator->refreshCounts();
        QCOMPARE(g.coordinator->waitingTargets(), 2);
        QCOMPARE(g.coordinator->attentionTargets(), 0);
        QVERIFY(g.tray->countsAction()->text().contains(QStringLiteral("2 items waiting")));
    }

    void reviewReloadQueuesAndWakes()
    {
        GuiPublishing g;
        QVERIFY(g.fixture.ok());
        g.fixture.addItem(test::noonUtc(5)); // queued by the review, no target yet
        QCOMPARE(g.coordinator->waitingTargets(), 0);
        auto *review = qobject_cast<ReviewPage *>(g.window->pageWidget(MainWindow::Page::Review));
        QVERIFY(review);
        Q_EMIT review->queueLoaded(); // what the final approval's reload ends with
        QCOMPARE(g.coordinator->waitingTargets(), 1);
        QVERIFY(g.tray->countsAction()->text().contains(QStringLiteral("1 items waiting")));
    }

    void attentionShowsEverywhere()
    {
        GuiPublishing g;
        QVERIFY(g.fixture.ok());
        const qint64 item = g.fixture.addItem(test::noonUtc(5));
        const QString message = QStringLiteral("Facebook refused the post: content policy. Edit the text and retry.");
        Q_EMIT g.publishing->attentionNeeded(7, item, message);

        QCOMPARE(g.tray->lastTitle(), QStringLiteral("Publishing needs your attention"));
        QCOMPARE(g.tray->lastMessage(), PublishingTray::attentionText(message));
        QVERIFY(g.tray->lastMessage().startsWith(message));
        auto *banner = g.window->findChild<MessageBanner *>(QStringLiteral("publishingBanner"));
        QVERIFY(banner);
        QVERIFY(!banner->isHidden());
        QCOMPARE(banner->text(), message);
        auto *status = g.window->findChild<QLabel *>(QStringLiteral("statusPublishing"));
        QVERIFY(status && !status->isHidden());
        QCOMPARE(status->toolTip(), message);

        // Clicking the notification opens the item in Review.
        g.window->showPage(MainWindow::Page::Calendar);
        Q_EMIT g.tray->itemRequested(item);
        QCOMPARE(g.window->currentPage(), MainWindow::Page::Review);
    }

    void closeWithoutTrayAsksWhenItemsWait()
    {
        GuiPublishing g;
        QVERIFY(g.fixture.ok());
        g.fixture.addTarget(g.fixture.addItem(test::noonUtc(5)));
        g.publishing->setOn(true);
        g.window->show();
        QSignalSpy quitting(g.coordinator.get(), &PublishingCoordinator::quitting);

        QVERIFY(!g.window->close());
        QVERIFY(g.window->isVisible());
        QCOMPARE(quitting.count(), 0);
        QMessageBox *question = g.coordinator->quitQuestion();
        QVERIFY(question);
        QVERIFY(question->text().contains(QStringLiteral("1 publishing targets are waiting")));

        QPushButton *quit = nullptr;
        for (QAbstractButton *b : question->buttons())
            if (question->buttonRole(b) == QMessageBox::AcceptRole)
                quit = qobject_cast<QPushButton *>(b);
        QVERIFY(quit);
        quit->click();
        QTRY_COMPARE(quitting.count(), 1);
        QVERIFY(!g.window->isVisible());
    }

    void closeQuitsWhenNothingWaitsOrQuitChosen()
    {
        GuiPublishing g;
        QVERIFY(g.fixture.ok());
        g.publishing->setOn(true);
        g.window->show();
        QSignalSpy quitting(g.coordinator.get(), &PublishingCoordinator::quitting);
        QVERIFY(g.window->close());
        QCOMPARE(quitting.count(), 1);

        g.fixture.addTarget(g.fixture.addItem(test::noonUtc(5)));
        g.window->show();
        g.tray->quitAction()->trigger(); // the tray's Quit: no question
        QCOMPARE(quitting.count(), 2);
        QVERIFY(!g.window->isVisible());
        QVERIFY(!g.coordinator->quitQuestion());
    }

    void statusDialogSettlesAndRetries()
    {
        GuiPublishing g;
        QVERIFY(g.fixture.ok());
        const qint64 unknown = g.fixture.addTarget(g.fixture.addItem(test::noonUtc(5)));
        const qint64 failed = g.fixture.addTarget(g.fixture.addItem(test::noonUtc(6)));
        QVERIFY(setState(g.fixture.db, unknown, "unknown"));
        QVERIFY(setState(g.fixture.db, failed, "failed_permanent"));

        // The counts line of the tray opens the dialog, which loads in the background.
        g.tray->countsAction()->trigger();
        auto *dialog = g.window->findChild<PublishingStatusDialog *>();
        QVERIFY(dialog);
        QSignalSpy loaded(dialog, &PublishingStatusDialog::loaded);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(dialog->table()->topLevelItemCount(), 2);
        auto *markNot = dialog->findChild<QPushButton *>(QStringLiteral("markNotPublished"));
        auto *retry = dialog->findChild<QPushButton *>(QStringLiteral("retryFailed"));
        QVERIFY(markNot && retry);

        QVERIFY(dialog->selectTarget(failed));
        QVERIFY(retry->isEnabled());
        QVERIFY(!markNot->isEnabled());
        QSignalSpy changed(dialog, &PublishingStatusDialog::queueChanged);
        retry->click();
        QCOMPARE(changed.count(), 1);
        QVERIFY(stateOf(g.fixture.db, failed) != QStringLiteral("failed_permanent"));
        QVERIFY(loaded.wait(5000));

        QVERIFY(dialog->selectTarget(unknown));
        QVERIFY(markNot->isEnabled());
        QVERIFY(!retry->isEnabled());
        markNot->click();
        QCOMPARE(changed.count(), 2);
        QVERIFY(stateOf(g.fixture.db, unknown) != QStringLiteral("unknown"));
        QVERIFY(loaded.wait(5000));
        for (const TargetStatusRow &row : dialog->rows())
            QVERIFY(row.target.state != TargetState::Unknown && row.target.state != TargetState::FailedPermanent);
    }

    void fileMenuOpensTheStatusDialog()
    {
        GuiPublishing g;
        QVERIFY(g.fixture.ok());
        QVERIFY(!g.window->findChild<PublishingStatusDialog *>());
        auto *action = g.window->findChild<QAction *>(QStringLiteral("publishingStatus"));
        QVERIFY(action);
        action->trigger();
        auto *dialog = g.window->findChild<PublishingStatusDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        action->trigger(); // one dialog at a time
        QCOMPARE(g.window->findChildren<PublishingStatusDialog *>().size(), 1);
        QSignalSpy loaded(dialog, &PublishingStatusDialog::loaded);
        QVERIFY(loaded.count() > 0 || loaded.wait(5000));
    }

    void statusDialogScreenshots()
    {
        const QString dir = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("screenshots"));
        QVERIFY(QDir().mkpath(dir));
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ar")}) {
            GuiPublishing g;
            QVERIFY(g.fixture.ok());
            test::PseudoArabicTranslator pseudo(g.language);
            QCoreApplication::installTranslator(&pseudo);
            followLanguageDirection(g.language);
            g.language.setLanguage(lang);
            const qint64 a = g.fixture.addTarget(g.fixture.addItem(test::noonUtc(5)));
            const qint64 b = g.fixture.addTarget(g.fixture.addItem(test::noonUtc(6)));
            g.fixture.addTarget(g.fixture.addItem(test::noonUtc(7)));
            setState(g.fixture.db, a, "unknown");
            setState(g.fixture.db, b, "published");
            PublishingStatusDialog dialog(g.fixture.db, g.clock);
            QSignalSpy loaded(&dialog, &PublishingStatusDialog::loaded);
            QVERIFY(loaded.wait(5000));
            dialog.selectTarget(a);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QCOMPARE(dialog.layoutDirection(), lang == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight);
            QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("publishing_status_%1.png").arg(lang))));
            QCoreApplication::removeTranslator(&pseudo);
            g.language.setLanguage(QStringLiteral("en"));
        }
    }
};

QTEST_MAIN(TestPublishingTray)
#include "tst_publishingtray.moc"
