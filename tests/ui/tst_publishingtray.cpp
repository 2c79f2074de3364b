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
#include "tests/app/publishing/FixedTokenBackend.h"
#include "tests/app/publishing/PublishFixture.h"
#include "tests/app/publishing/SandboxPublishing.h"
#include "platforms/net/EndpointMap.h"
#include "platforms/publishing/PublisherRegistry.h"
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
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTreeWidget>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
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
// coordinator wired as main.cpp does, on a fake platform backend (or the
// one `backend` makes).
struct GuiPublishing
{
    using BackendMaker = std::function<std::unique_ptr<PublishBackend>(QNetworkAccessManager &)>;

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

    explicit GuiPublishing(BackendMaker backend = {})
    {
        language.setLanguage(QStringLiteral("en"));
        MainWindowServices services{settings, language, clock, fixture.dir.path(),
                                    StorageStatus::fromDatabase(fixture.db), nullptr};
        services.database = &fixture.db;
        window = std::make_unique<MainWindow>(services);
        publishing = std::make_unique<PublishingSwitch>([this, backend]() -> std::unique_ptr<PublishThread> {
            ++threadsMade;
            PublishWorkerConfig config;
            config.databasePath = fixture.path();
            config.assetsDir = fixture.dir.path();
            return std::make_unique<PublishThread>(
                config,
                [this, backend](QNetworkAccessManager &network, const Database &) -> std::unique_ptr<PublishBackend> {
                    if (backend)
                        return backend(network);
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

        // Paused: a due target waits, and a wake does nothing.
        g.clock.set(test::noonUtc(2, 1));
        const qint64 target = g.fixture.addTarget(g.fixture.addItem(test::noonUtc()));
        QVERIFY(target > 0);
        g.publishing->wake();
        QTest::qWait(300);
        QCOMPARE(g.publisher.sent.size(), size_t(0));

        // Resuming continues the same worker, which does publish.
        QSignalSpy passes(g.publishing.get(), &PublishingSwitch::passFinished);
        g.tray->publishingAction()->trigger();
        QCOMPARE(g.threadsMade, 1);
        QVERIFY(passes.wait(5000));
        QTRY_COMPARE(g.publisher.sent.size(), size_t(1));
    }

    // Pausing while the sandbox holds a send returns at once; the held
    // request still ends and is committed, nothing new starts until resumed.
    void pauseDuringAHeldRequestReturnsAtOnce()
    {
        test::SandboxProcess sandbox;
        QVERIFY(sandbox.start());
        QString error;
        const auto endpoints = EndpointMap::fromFile(sandbox.endpointsFile(), &error);
        QVERIFY2(endpoints, qPrintable(error));
        const QString token = test::sandboxPageToken(sandbox);
        QVERIFY(!token.isEmpty());
        const EndpointMap &map = *endpoints;
        GuiPublishing g([&map, token](QNetworkAccessManager &network) -> std::unique_ptr<PublishBackend> {
            return std::make_unique<test::FixedTokenBackend>(network, map, token);
        });
        QVERIFY(g.fixture.ok());
        g.clock.set(test::noonUtc(2, 1));
        const QString stamp = QString::number(QDateTime::currentMSecsSinceEpoch());
        const qint64 first = g.fixture.addTarget(g.fixture.addItem(test::noonUtc(), QStringLiteral("Held post %1").arg(stamp)));
        const qint64 second = g.fixture.addTarget(g.fixture.addItem(test::noonUtc(), QStringLiteral("Next post %1").arg(stamp)));
        QVERIFY(first > 0 && second > 0);
        QCOMPARE(sandbox.control("POST", QStringLiteral("faults"),
                                 {{"host", "graph.facebook.com"}, {"path_regex", "/feed$"}, {"method", "POST"},
                                  {"fault", "slow"}, {"delay_ms", 4000}, {"count", 1}})
                     .status,
                 201);

        QSignalSpy changed(g.publishing.get(), &PublishingSwitch::targetChanged);
        QSignalSpy idle(g.publishing.get(), &PublishingSwitch::pausedAndIdle);
        g.publishing->setOn(true);
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(changed.cbegin(), changed.cend(),
                                             [](const QList<QVariant> &args) { return args.at(2).toString() == QLatin1String("sending"); }),
                                 10000);
        const qint64 sending = stateOf(g.fixture.db, first) == QLatin1String("sending") ? first : second;
        const qint64 waiting = sending == first ? second : first;

        QElapsedTimer pausing;
        pausing.start();
        g.publishing->setOn(false);
        QVERIFY2(pausing.elapsed() < 500, qPrintable(QString::number(pausing.elapsed())));
        QVERIFY(!g.publishing->isOn());
        QVERIFY(g.tray->publishingAction()->text().contains(QStringLiteral("paused")));
        QCOMPARE(stateOf(g.fixture.db, sending), QStringLiteral("sending")); // still held by the sandbox

        // The held request ends and is committed; the other target never starts.
        QVERIFY(idle.wait(15000));
        QCOMPARE(stateOf(g.fixture.db, sending), QStringLiteral("published"));
        QCOMPARE(stateOf(g.fixture.db, waiting), QStringLiteral("scheduled"));
        QTest::qWait(300);
        QCOMPARE(test::recordedFeedPosts(sandbox).size(), size_t(1));

        // Resumed: the same worker sends the other one.
        g.publishing->setOn(true);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(g.fixture.db, waiting), QStringLiteral("published"), 10000);
        QCOMPARE(g.threadsMade, 1);
        QCOMPARE(test::recordedFeedPosts(sandbox).size(), size_t(2));
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
