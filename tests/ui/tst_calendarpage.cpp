// The calendar page over a real database: dragging items with real mouse
// events in the month and week views saves the new time, undo and redo write
// it back, moves that break a rule are refused with the reason, filters hide
// items, the week starts per language, and the Hijri line appears on request.
#include "models/itemmodels/ContentCalendarModelFilter.h"
#include "models/store/ContentRepository.h"
#include "tests/ui/CampaignSamples.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/calendar/AgendaView.h"
#include "ui/calendar/MonthView.h"
#include "ui/calendar/WeekView.h"
#include "ui/pages/CalendarPage.h"
#include "ui/widgets/EmptyState.h"

#include <QAction>
#include <QComboBox>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using cf::CalendarPage;
using cf::test::ShellFixture;

namespace {

const QTimeZone kRiyadh("Asia/Riyadh");

QDateTime riyadh(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), kRiyadh).toUTC();
}

// Press on `from`, move in steps past the drag distance to `to`, release:
// what a person's mouse does.
void drag(QWidget *view, const QPoint &from, const QPoint &to)
{
    QTest::mousePress(view, Qt::LeftButton, Qt::NoModifier, from);
    const int steps = 6;
    for (int i = 1; i <= steps; ++i)
        QTest::mouseMove(view, from + (to - from) * i / steps);
    QTest::mouseRelease(view, Qt::LeftButton, Qt::NoModifier, to);
}

} // namespace

class TestCalendarPage : public QObject
{
    Q_OBJECT
private:
    struct Seeded
    {
        qint64 campaign = 0;
        qint64 eidCampaign = 0;
        qint64 storyA = 0;     // Instagram, Thu 5 March 18:00 Riyadh
        qint64 postC = 0;      // Instagram, Sat 7 March 19:00
        qint64 published = 0;  // TikTok, Tue 3 March 20:00, already published
        qint64 snap = 0;       // Snapchat, other campaign, 5 March 20:00
    };

    static qint64 addItem(ShellFixture &shell, qint64 campaign, cf::Platform platform, const QDateTime &utc,
                          const QString &title, cf::PublishState publish = cf::PublishState::Draft)
    {
        cf::ContentItem item;
        item.campaignId = campaign;
        item.platform = platform;
        item.contentType = platform == cf::Platform::TikTok ? cf::ContentType::ShortVideo : cf::ContentType::Story;
        item.scheduledUtc = utc;
        item.title = { QStringLiteral("عنوان"), title };
        item.publishState = publish;
        item.approval = publish == cf::PublishState::Draft ? cf::ApprovalState::Pending : cf::ApprovalState::Approved;
        item.createdAt = shell.clock.nowUtc();
        item.updatedAt = item.createdAt;
        return cf::ContentRepository(shell.database).insert(item).value();
    }

    static Seeded seed(ShellFixture &shell)
    {
        Seeded s;
        s.campaign = shell.repository->insert(cf::test::sampleCampaign(QStringLiteral("Ramadan sale"), QDate(2026, 2, 18),
            cf::CampaignStatus::Active, { cf::Platform::Instagram, cf::Platform::TikTok }, 100000)).value();
        s.eidCampaign = shell.repository->insert(cf::test::sampleCampaign(QStringLiteral("Eid gifts"), QDate(2026, 3, 1),
            cf::CampaignStatus::Scheduled, { cf::Platform::Snapchat }, 50000)).value();
        s.storyA = addItem(shell, s.campaign, cf::Platform::Instagram, riyadh(3, 5, 18), QStringLiteral("Iftar story"));
        s.postC = addItem(shell, s.campaign, cf::Platform::Instagram, riyadh(3, 7, 19), QStringLiteral("Offer post"));
        s.published = addItem(shell, s.campaign, cf::Platform::TikTok, riyadh(3, 3, 20), QStringLiteral("Teaser"),
                              cf::PublishState::Published);
        s.snap = addItem(shell, s.eidCampaign, cf::Platform::Snapchat, riyadh(3, 5, 20), QStringLiteral("Eid snap"));
        return s;
    }

    static QDateTime storedTime(ShellFixture &shell, qint64 id)
    {
        return cf::ContentRepository(shell.database).find(id).value().scheduledUtc;
    }

    // A page shown at a fixed size with its items loaded.
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

private Q_SLOTS:
    void emptyDatabaseShowsTheEmptyState()
    {
        ShellFixture shell;
        QVERIFY(shell.openDatabase());
        CalendarPage page(shell.clock, false, &shell.database);
        QVERIFY(showLoaded(page));
        const auto *stack = page.findChild<QStackedWidget *>();
        QCOMPARE(stack->currentWidget(), page.findChild<cf::EmptyState *>());
        QVERIFY(page.todayText().startsWith(QStringLiteral("Today: ")));
    }

    void dragInMonthViewSavesAndUndoRestores()
    {
        ShellFixture shell;
        QVERIFY(shell.openDatabase());
        const Seeded s = seed(shell);
        CalendarPage page(shell.clock, false, &shell.database);
        QVERIFY(showLoaded(page));
        QCOMPARE(page.model()->entryCount(), 4);
        QVERIFY2(page.timeZoneText().contains(QStringLiteral("Asia/Riyadh")), qPrintable(page.timeZoneText()));
        QCOMPARE(page.anchorDate(), QDate(2026, 3, 1)); // the fixture's clock
        cf::MonthView *month = page.monthView();
        QVERIFY(month->isVisible());

        const QRect chip = month->itemRect(s.storyA);
        QVERIFY(!chip.isEmpty());
        drag(month, chip.center(), month->pointFor(QDate(2026, 3, 12), {}));
        QVERIFY2(page.bannerText().isEmpty(), qPrintable(page.bannerText()));
        // Same time of day, new day, saved at once.
        QCOMPARE(storedTime(shell, s.storyA), riyadh(3, 12, 18));
        QCOMPARE(page.model()->entry(page.model()->rowOf(s.storyA)).scheduledUtc, riyadh(3, 12, 18));
        QCOMPARE(page.undoStack()->count(), 1);
        QVERIFY(month->itemRect(s.storyA).intersects(QRect(month->pointFor(QDate(2026, 3, 12), {}), QSize(1, 200))));

        page.undoStack()->undo();
        QCOMPARE(storedTime(shell, s.storyA), riyadh(3, 5, 18));
        QVERIFY(!month->itemRect(s.storyA).isEmpty());
        page.undoStack()->redo();
        QCOMPARE(storedTime(shell, s.storyA), riyadh(3, 12, 18));
        page.undoStack()->undo();
        QCOMPARE(storedTime(shell, s.storyA), riyadh(3, 5, 18));
    }

    void clickOpensTheItem()
    {
        ShellFixture shell;
        QVERIFY(shell.openDatabase());
        const Seeded s = seed(shell);
        CalendarPage page(shell.clock, false, &shell.database);
        QVERIFY(showLoaded(page));
        QSignalSpy activated(&page, &CalendarPage::itemActivated);
        QTest::mouseClick(page.monthView(), Qt::LeftButton, Qt::NoModifier, page.monthView()->itemRect(s.snap).center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toLongLong(), s.snap);
        QCOMPARE(page.undoStack()->count(), 0);
    }

    void refusedMovesSayWhyAndChangeNothing()
    {
        ShellFixture shell;
        QVERIFY(shell.openDatabase());
        const Seeded s = seed(shell);
        CalendarPage page(shell.clock, false, &shell.database);
        QVERIFY(showLoaded(page));
        cf::MonthView *month = page.monthView();

        // Published items stay where they are.
        drag(month, month->itemRect(s.published).center(), month->pointFor(QDate(2026, 3, 9), {}));
        QVERIFY2(page.bannerText().contains(QStringLiteral("already published")), qPrintable(page.bannerText()));
        QCOMPARE(storedTime(shell, s.published), riyadh(3, 3, 20));

        // 19:00 on the 5th is an hour after the Instagram story at 18:00;
        // Instagram needs two hours between items.
        drag(month, month->itemRect(s.postC).center(), month->pointFor(QDate(2026, 3, 5), {}));
        QVERIFY2(page.bannerText().contains(QStringLiteral("120 minutes")), qPrintable(page.bannerText()));
        QVERIFY(page.bannerText().contains(QStringLiteral("Iftar story")));
        QCOMPARE(storedTime(shell, s.postC), riyadh(3, 7, 19));

        // Into the past (the clock says 1 March, 12:00 in Riyadh).
        // February's grid runs to 14 March, so the item and the 26th are both visible.
        page.setAnchorDate(QDate(2026, 2, 1));
        drag(month, month->itemRect(s.postC).center(), month->pointFor(QDate(2026, 2, 26), {}));
        QVERIFY2(page.bannerText().contains(QStringLiteral("past")), qPrintable(page.bannerText()));
        QCOMPARE(storedTime(shell, s.postC), riyadh(3, 7, 19));

        page.setAnchorDate(QDate(2026, 3, 1));
        // In the week view: 03:00 during Ramadan is inside its quiet hours.
        page.setViewMode(CalendarPage::ViewMode::Week);
        cf::WeekView *week = page.weekView();
        QVERIFY(week->isVisible());
        QCOMPARE(week->firstVisibleDay(), QDate(2026, 3, 1));
        drag(week, week->itemRect(s.storyA).center(), week->pointFor(QDate(2026, 3, 6), QTime(3, 0)));
        QVERIFY2(page.bannerText().contains(QStringLiteral("quiet hours")), qPrintable(page.bannerText()));
        QCOMPARE(storedTime(shell, s.storyA), riyadh(3, 5, 18));
        QCOMPARE(page.undoStack()->count(), 0);

        // A good drop in the week view sets day and time, and clears the banner.
        drag(week, week->itemRect(s.storyA).center(), week->pointFor(QDate(2026, 3, 6), QTime(14, 0)));
        QVERIFY2(page.bannerText().isEmpty(), qPrintable(page.bannerText()));
        QCOMPARE(storedTime(shell, s.storyA), riyadh(3, 6, 14));
        page.undoStack()->undo();
        QCOMPARE(storedTime(shell, s.storyA), riyadh(3, 5, 18));
    }

    void filtersHideItems()
    {
        ShellFixture shell;
        QVERIFY(shell.openDatabase());
        const Seeded s = seed(shell);
        CalendarPage page(shell.clock, false, &shell.database);
        QVERIFY(showLoaded(page));
        cf::MonthView *month = page.monthView();
        QVERIFY(!month->itemRect(s.storyA).isEmpty());

        page.findChild<QAction *>(QStringLiteral("showPlatform_instagram"))->trigger();
        QVERIFY(month->itemRect(s.storyA).isEmpty());
        QVERIFY(month->itemRect(s.postC).isEmpty());
        QVERIFY(!month->itemRect(s.published).isEmpty());
        QVERIFY(page.findChild<QToolButton *>(QStringLiteral("calendarPlatformFilter"))->text().contains(QStringLiteral("9 of 10")));
        page.findChild<QAction *>(QStringLiteral("showPlatform_instagram"))->trigger();
        QVERIFY(!month->itemRect(s.storyA).isEmpty());

        page.findChild<QAction *>(QStringLiteral("showStatus_published"))->trigger();
        QVERIFY(month->itemRect(s.published).isEmpty());
        QVERIFY(!month->itemRect(s.storyA).isEmpty());
        page.findChild<QAction *>(QStringLiteral("showStatus_published"))->trigger();

        auto *campaigns = page.findChild<QComboBox *>(QStringLiteral("calendarCampaignFilter"));
        QCOMPARE(campaigns->count(), 3); // all, Eid gifts, Ramadan sale
        campaigns->setCurrentIndex(campaigns->findText(QStringLiteral("Eid gifts")));
        QVERIFY(month->itemRect(s.storyA).isEmpty());
        QVERIFY(!month->itemRect(s.snap).isEmpty());

        // The agenda lists what the filters let through, in the shown month.
        page.setViewMode(CalendarPage::ViewMode::Agenda);
        QCOMPARE(page.agendaView()->model()->rowCount(), 1);
        campaigns->setCurrentIndex(0);
        QCOMPARE(page.agendaView()->model()->rowCount(), 4);
        page.setAnchorDate(QDate(2026, 4, 1));
        QCOMPARE(page.agendaView()->model()->rowCount(), 0);
    }

    void weekStartsPerLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QDate>("firstDay");
        // March 2026 starts on a Sunday: English (US) weeks start on Sunday,
        // Arabic ones on Saturday.
        QTest::newRow("en") << QStringLiteral("en") << QDate(2026, 3, 1);
        QTest::newRow("ar") << QStringLiteral("ar") << QDate(2026, 2, 28);
    }
    void weekStartsPerLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QDate, firstDay);
        ShellFixture shell(language);
        QVERIFY(shell.openDatabase());
        seed(shell);
        CalendarPage page(shell.clock, false, &shell.database);
        QVERIFY(showLoaded(page));
        QCOMPARE(page.monthView()->firstVisibleDay(), firstDay);
        QCOMPARE(page.monthView()->lastVisibleDay(), firstDay.addDays(41));
        QCOMPARE(page.weekView()->firstVisibleDay(), firstDay);
        // The month view mirrors: the first column is on the right in Arabic.
        const QPoint firstColumn = page.monthView()->pointFor(firstDay, {});
        QCOMPARE(firstColumn.x() > page.monthView()->width() / 2, language == QLatin1String("ar"));
    }

    void hijriLine()
    {
        ShellFixture shell;
        QVERIFY(shell.openDatabase());
        seed(shell);
        CalendarPage page(shell.clock, false, &shell.database);
        QVERIFY(showLoaded(page));
        QVERIFY(!page.todayText().contains(QStringLiteral("Hijri")));
        QCOMPARE(page.periodText(), QStringLiteral("March 2026"));
        page.setShowHijriDates(true);
        QVERIFY(page.monthView()->showsHijri());
        // 1 March 2026 is 12 Ramadan 1447; the month runs into Shawwal.
        QVERIFY2(page.todayText().contains(QStringLiteral("Ramadan 12, 1447")), qPrintable(page.todayText()));
        QVERIFY2(page.periodText().contains(QStringLiteral("Ramadan")), qPrintable(page.periodText()));
        QVERIFY2(page.periodText().contains(QStringLiteral("Shawwal 1447")), qPrintable(page.periodText()));
        page.setShowHijriDates(false);
        QCOMPARE(page.periodText(), QStringLiteral("March 2026"));
    }

    void navigation()
    {
        ShellFixture shell;
        QVERIFY(shell.openDatabase());
        seed(shell);
        CalendarPage page(shell.clock, false, &shell.database);
        QVERIFY(showLoaded(page));
        QTest::mouseClick(page.findChild<QToolButton *>(QStringLiteral("calendarNext")), Qt::LeftButton);
        QCOMPARE(page.anchorDate(), QDate(2026, 4, 1));
        QCOMPARE(page.periodText(), QStringLiteral("April 2026"));
        QTest::mouseClick(page.findChild<QToolButton *>(QStringLiteral("calendarWeekMode")), Qt::LeftButton);
        QCOMPARE(page.viewMode(), CalendarPage::ViewMode::Week);
        QTest::mouseClick(page.findChild<QToolButton *>(QStringLiteral("calendarPrevious")), Qt::LeftButton);
        QCOMPARE(page.anchorDate(), QDate(2026, 3, 25));
        QTest::mouseClick(page.findChild<QToolButton *>(QStringLiteral("calendarToday")), Qt::LeftButton);
        QCOMPARE(page.anchorDate(), QDate(2026, 3, 1));
    }
};

QTEST_MAIN(TestCalendarPage)
#include "tst_calendarpage.moc"
