// "Publish now" from the Review page's item actions (PublishNowAction):
// disabled with the reason until the item is approved and an account fits,
// then it releases the item's targets, wakes the publishing thread and
// reports in the status bar.
#include "models/domain/PublishTarget.h"
#include "models/store/ConnectionRepository.h"
#include "models/store/PublishTargetRepository.h"
#include "tests/app/review/ReviewFixture.h"
#include "ui/calendar/AgendaView.h"
#include "ui/pages/CalendarPage.h"
#include "ui/pages/ReviewPage.h"
#include "ui/publishing/PublishNowAction.h"
#include "ui/review/ReviewQueueTree.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace cf;

class TestPublishNow : public QObject
{
    Q_OBJECT

    struct Screen
    {
        test::ReviewFixture f;
        QMainWindow window; // for the status bar
        ReviewPage *page = nullptr;

        bool open(const QString &name)
        {
            if (!f.open(name))
                return false;
            page = new ReviewPage(&f.db, f.clock, f.dir.path());
            window.setCentralWidget(page);
            window.resize(1400, 900);
            window.show();
            QSignalSpy loaded(page, &ReviewPage::queueLoaded);
            page->showCampaign(f.campaignId);
            return loaded.wait(10000) || loaded.count() > 0;
        }
        qint64 firstOn(Platform platform) const
        {
            for (const ContentItem &item : f.items())
                if (item.platform == platform && item.copy && !item.adSetId)
                    return item.id;
            return 0;
        }
        qint64 connect(Platform platform, bool selected = true) const
        {
            Connection c;
            c.platform = platform;
            c.accountId = QStringLiteral("acct-%1").arg(int(platform));
            c.accountName = QStringLiteral("Riyadh Store");
            c.kind = platform == Platform::Instagram ? ConnectionKind::InstagramAccount : ConnectionKind::Account;
            c.selected = selected;
            c.createdAt = c.updatedAt = f.clock.nowUtc();
            return ConnectionRepository(f.db).upsert(c).value();
        }
        std::vector<PublishTarget> targets(qint64 id) const { return PublishTargetRepository(f.db).listForContent(id).value(); }
    };

private Q_SLOTS:
    void disabledWithReasonUntilApprovedAndConnected()
    {
        Screen s;
        QVERIFY2(s.open(QStringLiteral("pn1")), qPrintable(s.f.error));
        const qint64 id = s.firstOn(Platform::TikTok);
        QVERIFY(id > 0);
        QVERIFY(s.page->queue()->selectItem(id));
        auto *button = s.page->findChild<QPushButton *>(QStringLiteral("publishNow"));
        auto *approve = s.page->findChild<QPushButton *>(QStringLiteral("approveItem"));
        QVERIFY(button && approve);
        QVERIFY(!button->isEnabled());
        QVERIFY2(button->toolTip().contains(QStringLiteral("approve")), qPrintable(button->toolTip()));

        QTest::mouseClick(approve, Qt::LeftButton);
        QVERIFY(!button->isEnabled());
        QVERIFY2(button->toolTip().contains(QStringLiteral("TikTok")), qPrintable(button->toolTip()));

        // An account of another platform, or one not selected, does not fit.
        s.connect(Platform::Instagram);
        const qint64 tiktok = s.connect(Platform::TikTok, false);
        QVERIFY(!s.page->publishNowAction()->check(id).allowed);
        QVERIFY(ConnectionRepository(s.f.db).setSelected(tiktok, true, s.f.clock.nowUtc()).isError() == false);
        QVERIFY(s.page->publishNowAction()->check(id).allowed);
        QVERIFY(s.targets(id).empty()); // checking writes nothing
    }

    void releasesWakesAndReports()
    {
        Screen s;
        QVERIFY2(s.open(QStringLiteral("pn2")), qPrintable(s.f.error));
        const qint64 id = s.firstOn(Platform::TikTok);
        const qint64 account = s.connect(Platform::TikTok);
        int wakes = 0;
        s.page->publishNowAction()->setWake([&wakes] {
            ++wakes;
            return true;
        });
        QVERIFY(s.page->queue()->selectItem(id));
        QTest::mouseClick(s.page->findChild<QPushButton *>(QStringLiteral("approveItem")), Qt::LeftButton);
        auto *button = s.page->findChild<QPushButton *>(QStringLiteral("publishNow"));
        QTRY_VERIFY(button->isEnabled());

        QSignalSpy finished(s.page->publishNowAction(), &PublishNowAction::finished);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.front().at(1).toBool(), true);
        QCOMPARE(wakes, 1);
        const auto made = s.targets(id);
        QCOMPARE(int(made.size()), 1);
        QCOMPARE(made.front().connectionId, account);
        QVERIFY(made.front().released);
        QCOMPARE(made.front().nextAttemptAt, s.f.clock.nowUtc());
        QVERIFY2(s.window.statusBar()->currentMessage().contains(QStringLiteral("1 account")),
                 qPrintable(s.window.statusBar()->currentMessage()));

        // Clicking again before the thread sent it makes no second target.
        QVERIFY(s.page->publishNowAction()->publish(id));
        QCOMPARE(int(s.targets(id).size()), 1);
    }

    void calendarMenuPublishesNow()
    {
        Screen s;
        QVERIFY2(s.open(QStringLiteral("pn5")), qPrintable(s.f.error));
        const qint64 id = s.firstOn(Platform::TikTok);
        const qint64 pending = s.firstOn(Platform::Instagram);
        QVERIFY(id > 0 && pending > 0);
        s.connect(Platform::TikTok);
        QVERIFY(s.page->queue()->selectItem(id));
        QTest::mouseClick(s.page->findChild<QPushButton *>(QStringLiteral("approveItem")), Qt::LeftButton);

        CalendarPage calendar(s.f.clock, false, &s.f.db);
        calendar.resize(1200, 800);
        calendar.show();
        QSignalSpy loaded(&calendar, &CalendarPage::loaded);
        calendar.reload();
        QVERIFY(loaded.wait(10000) || loaded.count() > 0);
        int wakes = 0;
        calendar.publishNowAction()->setWake([&wakes] {
            ++wakes;
            return true;
        });
        auto *agenda = calendar.findChild<AgendaView *>();
        QVERIFY(agenda);

        // A pending item: the entry is there, disabled, with the reason.
        Q_EMIT agenda->itemMenuRequested(pending, QPoint(10, 10));
        QMenu *menu = calendar.itemMenu();
        QVERIFY(menu);
        QAction *entry = menu->findChild<QAction *>(QStringLiteral("publishNow"));
        QVERIFY(entry);
        QVERIFY(!entry->isEnabled());
        QVERIFY(!entry->toolTip().isEmpty());
        menu->close();

        // The approved one goes now: one released target, one wake, the banner says so.
        Q_EMIT agenda->itemMenuRequested(id, QPoint(10, 10));
        menu = calendar.itemMenu();
        QVERIFY(menu);
        entry = menu->findChild<QAction *>(QStringLiteral("publishNow"));
        QVERIFY(entry && entry->isEnabled());
        entry->trigger();
        QCOMPARE(wakes, 1);
        const auto made = s.targets(id);
        QCOMPARE(int(made.size()), 1);
        QVERIFY(made.front().released);
        QVERIFY2(calendar.bannerText().contains(QStringLiteral("1 account")), qPrintable(calendar.bannerText()));
    }

    void pausedPublishingSaysWhenItGoes()
    {
        Screen s;
        QVERIFY2(s.open(QStringLiteral("pn3")), qPrintable(s.f.error));
        const qint64 id = s.firstOn(Platform::Instagram);
        s.connect(Platform::Instagram);
        QVERIFY(s.f.service->approve(id).ok());
        PublishNowAction *action = s.page->publishNowAction();
        action->setWake([] { return false; });
        QSignalSpy finished(action, &PublishNowAction::finished);
        QVERIFY(action->publish(id));
        QVERIFY2(finished.front().at(2).toString().contains(QStringLiteral("resumed")),
                 qPrintable(finished.front().at(2).toString()));

        // The calendar's context-menu entry: enabled while the item still waits.
        QMenu menu;
        QAction *entry = action->addTo(&menu, id);
        QCOMPARE(entry->objectName(), QStringLiteral("publishNow"));
        QVERIFY(entry->isEnabled());
        QVERIFY(menu.toolTipsVisible());
    }

    void refusedItemsReportWhy()
    {
        Screen s;
        QVERIFY2(s.open(QStringLiteral("pn4")), qPrintable(s.f.error));
        const qint64 id = s.firstOn(Platform::TikTok);
        s.connect(Platform::TikTok);
        PublishNowAction *action = s.page->publishNowAction();
        QSignalSpy finished(action, &PublishNowAction::finished);
        QVERIFY(!action->publish(id)); // pending
        QCOMPARE(finished.front().at(1).toBool(), false);
        QVERIFY(s.targets(id).empty());

        QMenu menu;
        QAction *entry = action->addTo(&menu, id);
        QVERIFY(!entry->isEnabled());
        QVERIFY(!entry->toolTip().isEmpty());
        QVERIFY(!action->check(999999).allowed);
    }
};

QTEST_MAIN(TestPublishNow)
#include "tst_publishnow.moc"
