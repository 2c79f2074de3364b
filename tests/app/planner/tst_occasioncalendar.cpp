#include "PlannerTestSupport.h"

#include "app/planning/OccasionCalendar.h"

#include <QCalendar>

using namespace cf;

class TestOccasionCalendar : public QObject
{
    Q_OBJECT

    OccasionWindow nextOf(const QString &theme, const QDate &from, const QStringList &countries = {})
    {
        const OccasionCalendar calendar(test::planningData());
        const auto match = calendar.resolve(theme, countries);
        if (!match.occasion)
            return {};
        return calendar.next(*match.occasion, from, countries.value(0)).value_or(OccasionWindow{});
    }

private Q_SLOTS:
    void ramadan1448StartsWithinADayOfTheCivilCalendar()
    {
        const OccasionWindow w = nextOf(QStringLiteral("Ramadan"), QDate(2026, 6, 1));
        const QDate civil = QCalendar(QCalendar::System::IslamicCivil).dateFromParts(1448, 9, 1);
        QVERIFY(civil.isValid());
        QVERIFY(qAbs(w.days.first.daysTo(civil)) <= 1);
        // Published (Umm al-Qura) expectation for 1 Ramadan 1448: 8 February 2027.
        QVERIFY(qAbs(w.days.first.daysTo(QDate(2027, 2, 8))) <= 1);
        QVERIFY(w.days.days() == 29 || w.days.days() == 30);
        QVERIFY(w.ramadan);
    }

    void ongoingOccasionIsTheCurrentOne()
    {
        // 1 March 2026 is inside Ramadan 1447 (18 Feb - 19 Mar 2026).
        const OccasionWindow w = nextOf(QStringLiteral("Ramadan"), QDate(2026, 3, 1));
        QCOMPARE(w.days.first, QDate(2026, 2, 18));
        QVERIFY(w.days.contains(QDate(2026, 3, 1)));
    }

    void eidAlFitrFollowsRamadan()
    {
        const OccasionWindow ramadan = nextOf(QStringLiteral("Ramadan"), QDate(2026, 1, 1));
        const OccasionWindow eid = nextOf(QStringLiteral("Eid al-Fitr"), QDate(2026, 1, 1));
        QCOMPARE(eid.days.first, ramadan.days.last.addDays(1));
        QCOMPARE(eid.days.days(), 3);
    }

    void nationalDayResolvesByCountry()
    {
        QCOMPARE(nextOf(QStringLiteral("National Day"), QDate(2026, 1, 1), {QStringLiteral("SA")}).days.first, QDate(2026, 9, 23));
        QCOMPARE(nextOf(QStringLiteral("National Day"), QDate(2026, 1, 1), {QStringLiteral("AE")}).days.first, QDate(2026, 12, 2));
        const OccasionCalendar calendar(test::planningData());
        QVERIFY(calendar.resolve(QStringLiteral("National Day"), {QStringLiteral("AE")}).byCountry);
        QCOMPARE(calendar.resolve(QStringLiteral("National Day"), {QStringLiteral("AE")}).occasion->id, QStringLiteral("uae_national_day"));
    }

    void gregorianRules()
    {
        // Black/White Friday: the day after the fourth Thursday of November.
        QCOMPARE(nextOf(QStringLiteral("White Friday"), QDate(2026, 1, 1)).days.first, QDate(2026, 11, 27));
        QCOMPARE(nextOf(QStringLiteral("Black Friday"), QDate(2027, 1, 1)).days.first, QDate(2027, 11, 26));
        // A date already past rolls to next year.
        QCOMPARE(nextOf(QStringLiteral("Founding Day"), QDate(2026, 3, 1), {QStringLiteral("SA")}).days.first, QDate(2027, 2, 22));
        // Mother's Day differs by country.
        QCOMPARE(nextOf(QStringLiteral("Mother's Day"), QDate(2026, 1, 1), {QStringLiteral("EG")}).days.first, QDate(2026, 3, 21));
        QCOMPARE(nextOf(QStringLiteral("Mother's Day"), QDate(2026, 1, 1), {QStringLiteral("US")}).days.first, QDate(2026, 5, 10));
        QCOMPARE(nextOf(QStringLiteral("Mother's Day"), QDate(2026, 1, 1), {QStringLiteral("GB")}).days.first, QDate(2026, 3, 15));
    }

    void easterComputus()
    {
        QCOMPARE(OccasionCalendar::easterSunday(2025), QDate(2025, 4, 20));
        QCOMPARE(OccasionCalendar::easterSunday(2026), QDate(2026, 4, 5));
        QCOMPARE(OccasionCalendar::easterSunday(2027), QDate(2027, 3, 28));
    }

    void ramadanDaysOverlappingARange()
    {
        const OccasionCalendar calendar(test::planningData());
        const auto days = calendar.ramadanDays(DateRange{QDate(2026, 1, 1), QDate(2027, 12, 31)});
        QCOMPARE(days.size(), size_t(2));
        QCOMPARE(days[0].first, QDate(2026, 2, 18));
        QVERIFY(qAbs(days[1].first.daysTo(QDate(2027, 2, 8))) <= 1);
        QVERIFY(calendar.ramadanDays(DateRange{QDate(2026, 6, 1), QDate(2026, 8, 1)}).empty());
    }

    void unknownThemeResolvesToNothing()
    {
        QVERIFY(!OccasionCalendar(test::planningData()).resolve(QStringLiteral("Diwali Pizza"), {}).occasion);
    }
};

QTEST_GUILESS_MAIN(TestOccasionCalendar)
#include "tst_occasioncalendar.moc"
