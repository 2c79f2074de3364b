#include "app/automation/ScheduleOptimizer.h"

#include <QTest>

using namespace cf;

// Remaining posts move to the best hour of the same day, within the rules.
class TestScheduleOptimizer : public QObject
{
    Q_OBJECT

    // Riyadh is UTC+3 all year.
    static QDateTime local(int day, int hour, int minute = 0)
    {
        return QDateTime(QDate(2026, 12, day), QTime(hour, minute), QTimeZone("Asia/Riyadh")).toUTC();
    }

    static HourStat stat(int hour, double rate)
    {
        return HourStat{hour, 5, 1000, rate * 1000};
    }

    // Facebook: 00:00 (quiet) 10 %, 19:00 6 %, 13:00 4 %, 09:00 2 %; average 5.5 %.
    static std::map<Platform, PlatformHours> measured(bool enough = true)
    {
        PlatformHours fb;
        fb.platform = Platform::Facebook;
        fb.ranked = {stat(0, 0.10), stat(19, 0.06), stat(13, 0.04), stat(9, 0.02)};
        fb.items = 20;
        fb.impressions = 4000;
        fb.enough = enough;
        return {{Platform::Facebook, fb}};
    }

    static ScheduleRules rules(const QDateTime &now)
    {
        ScheduleRules r;
        r.zone = QTimeZone("Asia/Riyadh");
        r.nowUtc = now;
        r.quiet = QuietHours{QTime(23, 30), QTime(7, 0)};
        r.spacingMinutes[Platform::Facebook] = 60;
        return r;
    }

    static ScheduledSlot movable(qint64 id, const QDateTime &when, Platform platform = Platform::Facebook)
    {
        return ScheduledSlot{id, platform, when, true};
    }

private Q_SLOTS:
    void movesToTheBestHourOfTheSameDayOutsideQuietHours()
    {
        const auto moves = ScheduleOptimizer::plan({movable(1, local(2, 9))}, measured(), rules(local(2, 6)));
        QCOMPARE(moves.size(), size_t(1));
        QCOMPARE(moves[0].contentId, qint64(1));
        QCOMPARE(moves[0].beforeUtc, local(2, 9));
        QCOMPARE(moves[0].afterUtc, local(2, 19)); // not 00:00: quiet
        QCOMPARE(moves[0].fromHour, 9);
        QCOMPARE(moves[0].toHour, 19);
        QCOMPARE(*moves[0].fromRate, 0.02);
        QCOMPARE(moves[0].toRate, 0.06);
    }

    void neverMovesIntoThePast()
    {
        // 19:50 now (earliest 20:05): today's better hours are gone; tomorrow's post still moves, on its own day.
        const auto moves = ScheduleOptimizer::plan({movable(1, local(2, 20)), movable(2, local(3, 9))}, measured(),
                                                   rules(local(2, 19, 50)));
        QCOMPARE(moves.size(), size_t(1));
        QCOMPARE(moves[0].contentId, qint64(2));
        QCOMPARE(moves[0].afterUtc, local(3, 19));
    }

    void keepsThePlatformsSpacing()
    {
        // Both want 19:00; the second cannot be within 60 minutes of it and takes 13:00.
        const auto moves = ScheduleOptimizer::plan({movable(1, local(2, 9)), movable(2, local(2, 9, 15))}, measured(),
                                                   rules(local(2, 6)));
        QCOMPARE(moves.size(), size_t(2));
        QCOMPARE(moves[0].afterUtc, local(2, 19));
        QCOMPARE(moves[1].afterUtc, local(2, 13));
    }

    void fixedPostsHoldTheirSlotsAndOtherPlatformsDoNotCount()
    {
        const std::vector<ScheduledSlot> slots{ScheduledSlot{5, Platform::Facebook, local(2, 19, 30), false},
                                               ScheduledSlot{6, Platform::Instagram, local(2, 13), false},
                                               movable(1, local(2, 9))};
        const auto moves = ScheduleOptimizer::plan(slots, measured(), rules(local(2, 6)));
        QCOMPARE(moves.size(), size_t(1));
        QCOMPARE(moves[0].contentId, qint64(1));
        QCOMPARE(moves[0].afterUtc, local(2, 13)); // 19:xx is within an hour of the fixed 19:30 post
    }

    void onlyMovesTowardsABetterHour()
    {
        // Already at the best allowed hour: stays.
        QVERIFY(ScheduleOptimizer::plan({movable(1, local(2, 19))}, measured(), rules(local(2, 6))).empty());
        // At an unmeasured hour (10:00) the bar is the average, 5.5 %: only 19:00 beats it.
        const auto moves = ScheduleOptimizer::plan({movable(1, local(2, 10)), movable(2, local(2, 10, 30))},
                                                   measured(), rules(local(2, 6)));
        QCOMPARE(moves.size(), size_t(1));
        QCOMPARE(moves[0].afterUtc, local(2, 19));
        QVERIFY(!moves[0].fromRate);
    }

    void notEnoughDataMovesNothing()
    {
        QVERIFY(ScheduleOptimizer::plan({movable(1, local(2, 9))}, measured(false), rules(local(2, 6))).empty());
        QVERIFY(ScheduleOptimizer::plan({movable(1, local(2, 9), Platform::Instagram)}, measured(), rules(local(2, 6)))
                    .empty());
    }

    void fixedSlotsNeverMove()
    {
        QVERIFY(ScheduleOptimizer::plan({ScheduledSlot{1, Platform::Facebook, local(2, 9), false}}, measured(),
                                        rules(local(2, 6)))
                    .empty());
    }
};

QTEST_GUILESS_MAIN(TestScheduleOptimizer)
#include "tst_scheduleoptimizer.moc"
