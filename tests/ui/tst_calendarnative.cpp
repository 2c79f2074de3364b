// The calendar's actions on a post Facebook holds in its own scheduler,
// end to end against campaignforge-sandbox: the real publishing worker
// hands the post to the Page's scheduler, then the item's context menu
// (a real context-menu event) offers "Cancel on Facebook", which deletes
// it there and cancels the target; dragging it (real mouse events) asks
// "Reschedule on Facebook?", and Yes deletes the post and schedules a new
// one at the dropped time, No or an unavailable publishing thread changes
// nothing. Pictures of the menu and the question in English and Arabic.
#include "app/core/Clock.h"
#include "app/publishing/PublishWorker.h"
#include "models/itemmodels/ContentCalendarModel.h"
#include "platforms/net/EndpointMap.h"
#include "platforms/publishing/PublisherRegistry.h"
#include "tests/app/publishing/FixedTokenBackend.h"
#include "tests/app/publishing/PublishFixture.h"
#include "tests/app/publishing/SandboxPublishing.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/calendar/MonthView.h"
#include "ui/calendar/NativeScheduleActions.h"
#include "ui/calendar/WeekView.h"
#include "ui/pages/CalendarPage.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDir>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace cf;
using test::noonUtc;

namespace {

void drag(QWidget *view, const QPoint &from, const QPoint &to)
{
    QTest::mousePress(view, Qt::LeftButton, Qt::NoModifier, from);
    const int steps = 6;
    for (int i = 1; i <= steps; ++i)
        QTest::mouseMove(view, from + (to - from) * i / steps);
    QTest::mouseRelease(view, Qt::LeftButton, Qt::NoModifier, to);
}

// The menu a right click on the item opens (a real QContextMenuEvent).
QMenu *openMenu(CalendarPage &page, QWidget *view, const QPoint &pos)
{
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, view->mapToGlobal(pos));
    QApplication::sendEvent(view, &event);
    return page.itemMenu();
}

QAction *action(QMenu *menu, const QString &name)
{
    return menu ? menu->findChild<QAction *>(name) : nullptr;
}

} // namespace

class TestCalendarNative : public QObject
{
    Q_OBJECT

    test::SandboxProcess m_sandbox;
    std::optional<EndpointMap> m_endpoints;
    QString m_pageToken;


    std::unique_ptr<PublishWorker> worker(test::PublishFixture &f, const Clock &clock)
    {
        PublishWorkerConfig config;
        config.databasePath = f.path();
        config.assetsDir = f.dir.filePath(QStringLiteral("assets"));
        const EndpointMap &map = *m_endpoints;
        const QString token = m_pageToken;
        return std::make_unique<PublishWorker>(
            config,
            [&map, token](QNetworkAccessManager &network, const Database &) -> std::unique_ptr<PublishBackend> {
                return std::make_unique<test::FixedTokenBackend>(network, map, token);
            },
            clock);
    }

    static bool pass(PublishWorker &w)
    {
        QSignalSpy finished(&w, &PublishWorker::passFinished);
        w.runOnce();
        if (!finished.wait(20000))
            return false;
        const auto summary = finished.first().first().value<PublishPassSummary>();
        if (summary.published != 1)
            qWarning("pass: %d published, error '%s'", summary.published, qPrintable(summary.error));
        return summary.published == 1;
    }

    // The worker answers the calendar's requests, as the publishing
    // coordinator wires the publishing thread in the application.
    static void wire(CalendarPage &page, PublishWorker &w)
    {
        NativeScheduleActions *native = page.nativeActions();
        native->setWithdraw([&w](qint64 target, bool requeue) {
            w.withdrawScheduled(target, requeue);
            return true;
        });
        QObject::connect(&w, &PublishWorker::withdrawFinished, native, &NativeScheduleActions::onWithdrawFinished);
    }

    static bool showLoaded(CalendarPage &page)
    {
        QSignalSpy loaded(&page, &CalendarPage::loaded);
        page.resize(1100, 760);
        page.show();
        if (!QTest::qWaitForWindowExposed(&page))
            return false;
        if (loaded.isEmpty() && !loaded.wait(10000))
            return false;
        return loaded.first().first().toBool();
    }

    std::map<std::string, qint64> scheduledOnPage()
    {
        const nlohmann::json list =
            m_sandbox
                .get(test::sandboxGraph(m_sandbox, QStringLiteral("104000000000001/scheduled_posts?fields=id,scheduled_publish_time"
                                                                  "&access_token=")
                                                       + m_pageToken))
                .json();
        std::map<std::string, qint64> out;
        for (const auto &post : list.value("data", nlohmann::json::array()))
            out[post["id"].get<std::string>()] = post.value("scheduled_publish_time", qint64(0));
        return out;
    }

    size_t deletes()
    {
        return m_sandbox.control("GET", QStringLiteral("requests?host=graph.facebook.com&method=DELETE")).json()["requests"].size();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        QString error;
        m_endpoints = EndpointMap::fromFile(m_sandbox.endpointsFile(), &error);
        QVERIFY2(m_endpoints, qPrintable(error));
        m_pageToken = test::sandboxPageToken(m_sandbox);
        QVERIFY(!m_pageToken.isEmpty());
    }

    void init() { m_sandbox.control("DELETE", QStringLiteral("requests")); }

    void contextMenuCancelsOnFacebook()
    {
        test::PublishFixture f(QStringLiteral("cn-cancel"));
        QVERIFY(f.ok());
        const qint64 item = f.addItem(noonUtc(3), QStringLiteral("Winter sale tomorrow %1").arg(QDateTime::currentMSecsSinceEpoch()));
        const qint64 target = f.addTarget(item, true);
        const qint64 plain = f.addItem(noonUtc(5), QStringLiteral("Not handed over yet"));
        FixedClock clock(noonUtc(2, 1));
        auto w = worker(f, clock);
        QVERIFY(pass(*w));
        const QString postId = PublishTargetRepository(f.db).find(target)->externalId;
        QVERIFY(scheduledOnPage().count(postId.toStdString()) == 1);

        CalendarPage page(clock, false, &f.db);
        wire(page, *w);
        QVERIFY(showLoaded(page));
        MonthView *month = page.monthView();
        QCOMPARE(page.model()->entry(page.model()->rowOf(item)).nativeTargetIds, std::vector<qint64>{target});

        // An item still in the app's own queue offers no platform action.
        QMenu *menu = openMenu(page, month, month->itemRect(plain).center());
        QVERIFY(menu);
        QVERIFY(action(menu, QStringLiteral("openItem")));
        QVERIFY(!action(menu, QStringLiteral("cancelOnPlatform")));
        menu->close();

        menu = openMenu(page, month, month->itemRect(item).center());
        QAction *cancel = action(menu, QStringLiteral("cancelOnPlatform"));
        QVERIFY(cancel);
        QCOMPARE(cancel->text(), QStringLiteral("Cancel on Facebook"));
        QSignalSpy finished(page.nativeActions(), &NativeScheduleActions::finished);
        QSignalSpy loaded(&page, &CalendarPage::loaded);
        cancel->trigger();
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));
        QVERIFY2(page.bannerText().contains(QStringLiteral("deleted from Facebook's scheduler")), qPrintable(page.bannerText()));
        QCOMPARE(PublishTargetRepository(f.db).find(target)->state, TargetState::Cancelled);
        QVERIFY(scheduledOnPage().count(postId.toStdString()) == 0);
        QCOMPARE(deletes(), size_t(1));

        // The page read the items again: the badge is no longer "Published".
        QVERIFY2(!loaded.isEmpty() || loaded.wait(10000), page.isLoading() ? "still loading" : "not reloaded");
        const CalendarEntry &e = page.model()->entry(page.model()->rowOf(item));
        QCOMPARE(e.status(), CalendarStatus::Approved);
        QVERIFY(e.nativeTargetIds.empty());
        menu = openMenu(page, month, month->itemRect(item).center());
        QVERIFY(!action(menu, QStringLiteral("cancelOnPlatform")));
        menu->close();
    }

    void dragAsksAndReschedulesOnFacebook()
    {
        test::PublishFixture f(QStringLiteral("cn-move"));
        QVERIFY(f.ok());
        const qint64 item = f.addItem(noonUtc(3), QStringLiteral("Winter sale evening %1").arg(QDateTime::currentMSecsSinceEpoch()));
        const qint64 target = f.addTarget(item, true);
        FixedClock clock(noonUtc(2, 1));
        auto w = worker(f, clock);
        QVERIFY(pass(*w));
        const QString first = PublishTargetRepository(f.db).find(target)->externalId;

        CalendarPage page(clock, false, &f.db);
        QVERIFY(showLoaded(page));
        page.setViewMode(CalendarPage::ViewMode::Week);
        WeekView *week = page.weekView();
        // Tonight at 20:00 in Riyadh (17:00 UTC), within Facebook's scheduling lead.
        const QDateTime newUtc = noonUtc(2).addSecs(5 * 3600);
        const auto dragToEvening = [&] {
            drag(week, week->itemRect(item).center(), week->pointFor(QDate(2026, 12, 2), QTime(20, 0)));
            return page.nativeActions()->question();
        };

        // No: nothing changes, here or on the Page.
        QMessageBox *question = dragToEvening();
        QVERIFY2(question, qPrintable(page.bannerText()));
        QCOMPARE(question->windowTitle(), QStringLiteral("Reschedule on Facebook?"));
        QVERIFY(question->text().contains(QStringLiteral("deletes the scheduled post on Facebook")));
        QTest::mouseClick(question->findChild<QPushButton *>(QStringLiteral("rescheduleNo")), Qt::LeftButton);
        QTRY_VERIFY(!page.nativeActions()->question());
        QCOMPARE(ContentRepository(f.db).find(item)->scheduledUtc, noonUtc(3));
        QCOMPARE(deletes(), size_t(0));

        // Yes without a publishing thread: the old time comes back, with the reason.
        page.nativeActions()->setWithdraw([](qint64, bool) { return false; });
        QSignalSpy finished(page.nativeActions(), &NativeScheduleActions::finished);
        question = dragToEvening();
        QVERIFY(question);
        QTest::mouseClick(question->findChild<QPushButton *>(QStringLiteral("rescheduleYes")), Qt::LeftButton);
        QCOMPARE(finished.size(), 1);
        QVERIFY(!finished.first().at(1).toBool());
        QVERIFY2(page.bannerText().contains(QStringLiteral("keeps its time")), qPrintable(page.bannerText()));
        QCOMPARE(ContentRepository(f.db).find(item)->scheduledUtc, noonUtc(3));
        QCOMPARE(page.model()->entry(page.model()->rowOf(item)).scheduledUtc, noonUtc(3));

        // Yes with the worker: deleted on the Page, a new post at the new time.
        wire(page, *w);
        finished.clear();
        QSignalSpy passes(w.get(), &PublishWorker::passFinished);
        question = dragToEvening();
        QVERIFY(question);
        QTest::mouseClick(question->findChild<QPushButton *>(QStringLiteral("rescheduleYes")), Qt::LeftButton);
        QVERIFY(!finished.isEmpty() || finished.wait(20000));
        QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));
        QVERIFY(page.bannerText().contains(QStringLiteral("scheduled again")));
        QCOMPARE(ContentRepository(f.db).find(item)->scheduledUtc, newUtc);
        QVERIFY(!passes.isEmpty() || passes.wait(20000)); // the worker woke and scheduled it again
        const PublishTarget again = *PublishTargetRepository(f.db).find(target);
        QCOMPARE(again.state, TargetState::Published);
        QVERIFY(again.externalId != first);
        const auto onPage = scheduledOnPage();
        QVERIFY(onPage.count(first.toStdString()) == 0);
        QCOMPARE(onPage.at(again.externalId.toStdString()), newUtc.toSecsSinceEpoch());
        QCOMPARE(deletes(), size_t(1));
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ar") << QStringLiteral("ar");
    }
    void screenshots()
    {
        QFETCH(QString, language);
        test::ShellFixture shell(language); // language and direction only
        QFont font(QStringLiteral("Noto Sans"), 10);
        font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Arabic")});
        QApplication::setFont(font);
        test::PublishFixture f(QStringLiteral("cn-shots-") + language);
        QVERIFY(f.ok());
        // Facebook refuses the same text twice: each language posts its own.
        const qint64 item = f.addItem(noonUtc(3), language == QLatin1String("en")
                                                      ? QStringLiteral("Winter sale: 30% off everything")
                                                      : QStringLiteral("Winter sale: 30% off everything this week"));
        f.addTarget(item, true);
        const qint64 other = f.addItem(noonUtc(4, 0), QStringLiteral("Last day of the winter sale"));
        for (const auto &[id, title] : {std::pair{item, BilingualText{QStringLiteral("تخفيضات الشتاء ٣٠٪"), QStringLiteral("Winter sale 30% off")}},
                                        std::pair{other, BilingualText{QStringLiteral("آخر يوم للتخفيضات"), QStringLiteral("Last sale day")}}}) {
            ContentItem titled = *ContentRepository(f.db).find(id);
            titled.title = title;
            QVERIFY(!ContentRepository(f.db).update(titled).isError());
        }
        FixedClock clock(noonUtc(2, 1));
        auto w = worker(f, clock);
        QVERIFY(pass(*w));
        CalendarPage page(clock, false, &f.db);
        QVERIFY(showLoaded(page));
        page.setViewMode(CalendarPage::ViewMode::Week);
        WeekView *week = page.weekView();
        QTest::qWait(100);

        const QString dir = QStringLiteral(CF_SCREENSHOT_DIR);
        QVERIFY(QDir().mkpath(dir));
        // The menu is its own window: paint it over the page where it opened.
        QMenu *menu = openMenu(page, week, week->itemRect(item).center());
        QVERIFY(menu);
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        QPixmap shot = page.grab();
        {
            QPainter painter(&shot);
            painter.drawPixmap(page.mapFromGlobal(menu->pos()), menu->grab());
        }
        QVERIFY(shot.save(dir + QStringLiteral("/calendar-native-menu_%1.png").arg(language)));
        menu->close();

        drag(week, week->itemRect(item).center(), week->pointFor(QDate(2026, 12, 2), QTime(20, 0)));
        QMessageBox *question = page.nativeActions()->question();
        QVERIFY(question);
        QVERIFY(QTest::qWaitForWindowExposed(question));
        QTest::qWait(100);
        QVERIFY(question->grab().save(dir + QStringLiteral("/calendar-native-reschedule_%1.png").arg(language)));
        question->reject();
    }
};

QTEST_MAIN(TestCalendarNative)
#include "tst_calendarnative.moc"
