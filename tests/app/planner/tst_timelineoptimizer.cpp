#include "PlannerTestSupport.h"

#include "app/planning/TimelineOptimizer.h"

#include <map>
#include <set>

using namespace cf;

class TestTimelineOptimizer : public QObject
{
    Q_OBJECT

    static std::vector<PlannedItem> items(const QString &platform, const QDate &from, int days, int perDay)
    {
        std::vector<PlannedItem> list;
        for (int d = 0; d < days; ++d) {
            for (int k = 0; k < perDay; ++k) {
                PlannedItem item;
                item.sequence = int(list.size()) + 1;
                item.date = from.addDays(d);
                item.platform = platform;
                list.push_back(item);
            }
        }
        return list;
    }

    static bool inAnyWindow(const QTime &t, const std::vector<TimeWindow> &windows)
    {
        for (const TimeWindow &w : windows) {
            if (t >= w.start && t <= w.end)
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void localWindowTimesSurviveADaylightSavingChange_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDate>("before");
        QTest::addColumn<QDate>("after");
        // Europe/London springs forward on 29 March 2026; New York on 8 March 2026.
        QTest::newRow("London") << QStringLiteral("Europe/London") << QDate(2026, 3, 27) << QDate(2026, 3, 30);
        QTest::newRow("New York") << QStringLiteral("America/New_York") << QDate(2026, 3, 6) << QDate(2026, 3, 9);
    }
    void localWindowTimesSurviveADaylightSavingChange()
    {
        QFETCH(QString, zone);
        QFETCH(QDate, before);
        QFETCH(QDate, after);
        const QTimeZone tz(zone.toUtf8());
        QVERIFY(tz.isValid());
        std::vector<PlannedItem> list = items(QStringLiteral("linkedin"), before, int(before.daysTo(after)) + 1, 1);
        QVERIFY(TimelineOptimizer(test::planningData()).schedule(list, tz, {}).empty());
        const PlannedItem &first = list.front();
        const PlannedItem &last = list.back();
        QCOMPARE(first.date, before);
        QCOMPARE(last.date, after);
        // Same window, same wall-clock time, different UTC offsets.
        const auto &windows = test::planningData().postingWindows.at(QStringLiteral("linkedin"));
        QVERIFY(inAnyWindow(first.scheduledAt.time(), windows));
        QVERIFY(inAnyWindow(last.scheduledAt.time(), windows));
        QCOMPARE(first.scheduledAt.timeZone(), tz);
        QCOMPARE(last.scheduledAt.offsetFromUtc() - first.scheduledAt.offsetFromUtc(), 3600);
        for (const PlannedItem &item : list)
            QCOMPARE(item.scheduledAt.date(), item.date);
    }

    void spacingAndSameMinuteRulesHoldOnEachAccount()
    {
        const QTimeZone tz("Asia/Riyadh");
        std::vector<PlannedItem> list = items(QStringLiteral("x"), QDate(2026, 6, 1), 10, 6);
        const auto more = items(QStringLiteral("instagram"), QDate(2026, 6, 1), 10, 2);
        list.insert(list.end(), more.begin(), more.end());
        TimelineOptimizer(test::planningData()).schedule(list, tz, {});
        std::map<QString, std::vector<qint64>> perAccount;
        for (const PlannedItem &item : list) {
            QVERIFY(item.scheduledAt.isValid());
            QVERIFY(!test::planningData().quietHours.contains(item.scheduledAt.time()));
            perAccount[item.platform].push_back(item.scheduledAt.toSecsSinceEpoch());
        }
        for (auto &[platform, times] : perAccount) {
            std::sort(times.begin(), times.end());
            const qint64 spacing = test::planningData().platformRules.at(platform).spacingMinutes * 60;
            for (size_t i = 1; i < times.size(); ++i) {
                QVERIFY(times[i] / 60 != times[i - 1] / 60);
                QVERIFY2(times[i] - times[i - 1] >= spacing, qPrintable(platform));
            }
        }
    }

    void ramadanDaysUseTheEveningWindows()
    {
        const QTimeZone tz("Asia/Riyadh");
        std::vector<PlannedItem> list = items(QStringLiteral("instagram"), QDate(2026, 3, 1), 3, 2);
        const auto normal = items(QStringLiteral("instagram"), QDate(2026, 6, 1), 3, 2);
        list.insert(list.end(), normal.begin(), normal.end());
        TimelineOptimizer(test::planningData()).schedule(list, tz, {DateRange{QDate(2026, 2, 18), QDate(2026, 3, 19)}});
        for (const PlannedItem &item : list) {
            if (item.date.month() == 3) {
                QVERIFY(inAnyWindow(item.scheduledAt.time(), test::planningData().ramadanWindows));
                QVERIFY(item.scheduledAt.time() >= QTime(20, 0)); // after iftar
                QVERIFY(item.window == QLatin1String("after_iftar") || item.window == QLatin1String("late_evening"));
            } else {
                QVERIFY(inAnyWindow(item.scheduledAt.time(), test::planningData().postingWindows.at(QStringLiteral("instagram"))));
            }
        }
    }

    void overflowFallsBackWithinTheDayAndWarns()
    {
        // Twelve Instagram items on one day cannot all fit its two windows
        // at a two-hour spacing: the rest go elsewhere in the day, still
        // spaced and outside quiet hours where possible.
        const QTimeZone tz("Asia/Dubai");
        std::vector<PlannedItem> list = items(QStringLiteral("instagram"), QDate(2026, 6, 1), 1, 12);
        const auto warnings = TimelineOptimizer(test::planningData()).schedule(list, tz, {});
        QVERIFY(!warnings.empty());
        std::set<qint64> minutes;
        for (const PlannedItem &item : list) {
            QVERIFY(item.scheduledAt.isValid());
            QCOMPARE(item.scheduledAt.date(), QDate(2026, 6, 1));
            QVERIFY(minutes.insert(item.scheduledAt.toSecsSinceEpoch() / 60).second);
        }
    }

    void schedulingIsDeterministic()
    {
        const QTimeZone tz("Europe/London");
        std::vector<PlannedItem> a = items(QStringLiteral("tiktok"), QDate(2026, 3, 20), 20, 3);
        std::vector<PlannedItem> b = a;
        TimelineOptimizer(test::planningData()).schedule(a, tz, {});
        TimelineOptimizer(test::planningData()).schedule(b, tz, {});
        QVERIFY(a == b);
    }
};

QTEST_GUILESS_MAIN(TestTimelineOptimizer)
#include "tst_timelineoptimizer.moc"
