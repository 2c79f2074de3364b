#include "app/automation/OptimisationUndo.h"
#include "app/automation/Optimiser.h"
#include "app/core/Clock.h"
#include "app/planning/data/PlanningData.h"
#include "models/store/AutomationLogRepository.h"
#include "tests/app/automation/OptimiserFixture.h"

#include <QTest>

#include <nlohmann/json.hpp>

using namespace cf;
using test::riyadh;

// Every optimisation is logged with before and after and can be undone,
// unless the entity changed since.
class TestOptimisationUndo : public QObject
{
    Q_OBJECT

    PlanningData m_data;

    std::vector<AutomationLog> logs(test::OptimiserFixture &f, const QString &event)
    {
        std::vector<AutomationLog> out;
        const auto all = AutomationLogRepository(f.db).listForCampaign(f.campaignId);
        for (const AutomationLog &log : *all) {
            if (log.event == event)
                out.push_back(log);
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        auto data = PlanningData::load(&error);
        QVERIFY2(data, qPrintable(error));
        m_data = std::move(*data);
    }

    void aScheduleMoveIsLoggedAndUndone()
    {
        test::OptimiserFixture f(QStringLiteral("u1"));
        QVERIFY(f.seeded());
        const qint64 item = f.addItem(riyadh(5, 9));
        f.addTarget(item);
        FixedClock clock(riyadh(5, 6));
        auto report = Optimiser(f.db, m_data, clock).optimise(f.campaignId, {}, false);
        QVERIFY2(report, qPrintable(report.error().fullText()));
        QVERIFY(report->eligible);
        QCOMPARE(report->scheduleMoves.size(), size_t(1));
        QCOMPARE(f.timeOf(item), riyadh(5, 19));

        const auto moved = logs(f, QStringLiteral("optimised_schedule"));
        QCOMPARE(moved.size(), size_t(1));
        QCOMPARE(*moved[0].contentItemId, item);
        QVERIFY(moved[0].message.contains(QStringLiteral("Facebook")));
        const auto details = nlohmann::json::parse(moved[0].detailsJson.toStdString());
        QCOMPARE(details["before"].get<std::string>(), std::string("2026-12-05T06:00:00.000Z"));
        QCOMPARE(details["after"].get<std::string>(), std::string("2026-12-05T16:00:00.000Z"));

        clock.advanceSecs(600);
        const OptimisationUndo undo(f.db, clock);
        auto outcome = undo.undo(moved[0].id);
        QVERIFY(outcome);
        QVERIFY2(outcome->undone, qPrintable(outcome->message));
        QCOMPARE(f.timeOf(item), riyadh(5, 9));
        const auto undone = logs(f, QStringLiteral("optimisation_undone"));
        QCOMPARE(undone.size(), size_t(1));
        QCOMPARE(undone[0].id, outcome->logId);
        QCOMPARE(nlohmann::json::parse(undone[0].detailsJson.toStdString())["undone_log_id"].get<qint64>(), moved[0].id);

        // Twice: refused, nothing written.
        outcome = undo.undo(moved[0].id);
        QVERIFY(outcome);
        QVERIFY(!outcome->undone);
        QVERIFY(outcome->message.contains(QStringLiteral("already undone")));
        QCOMPARE(logs(f, QStringLiteral("optimisation_undone")).size(), size_t(1));
    }

    void aMovedAgainPostIsNotTouched()
    {
        test::OptimiserFixture f(QStringLiteral("u2"));
        QVERIFY(f.seeded());
        const qint64 item = f.addItem(riyadh(5, 9));
        FixedClock clock(riyadh(5, 6));
        QVERIFY(Optimiser(f.db, m_data, clock).optimise(f.campaignId, {}, false));
        const auto moved = logs(f, QStringLiteral("optimised_schedule"));
        QCOMPARE(moved.size(), size_t(1));
        // The owner drags it to 20:00 afterwards.
        ContentItem edited = *ContentRepository(f.db).find(item);
        edited.scheduledUtc = riyadh(5, 20);
        QVERIFY(!ContentRepository(f.db).update(edited).isError());

        auto outcome = OptimisationUndo(f.db, clock).undo(moved[0].id);
        QVERIFY(outcome);
        QVERIFY(!outcome->undone);
        QVERIFY(outcome->message.contains(QStringLiteral("moved again")));
        QCOMPARE(f.timeOf(item), riyadh(5, 20));
        QVERIFY(logs(f, QStringLiteral("optimisation_undone")).empty());
    }

    void aPassedOrSentPostIsNotTakenBack()
    {
        test::OptimiserFixture f(QStringLiteral("u3"));
        QVERIFY(f.seeded());
        const qint64 late = f.addItem(riyadh(5, 9));
        const qint64 sent = f.addItem(riyadh(6, 9));
        const qint64 target = f.addTarget(sent);
        FixedClock clock(riyadh(5, 6));
        auto report = Optimiser(f.db, m_data, clock).optimise(f.campaignId, {}, false);
        QVERIFY(report);
        QCOMPARE(report->scheduleMoves.size(), size_t(2)); // both to 19:00 of their own day
        const auto moved = logs(f, QStringLiteral("optimised_schedule"));
        QCOMPARE(moved.size(), size_t(2));

        // 09:30: the first one's old time has passed.
        clock.set(riyadh(5, 9, 30));
        auto outcome = OptimisationUndo(f.db, clock).undo(moved[0].id);
        QVERIFY(outcome);
        QVERIFY(!outcome->undone);
        QVERIFY(outcome->message.contains(QStringLiteral("already passed")));
        QCOMPARE(f.timeOf(late), riyadh(5, 19));

        // The second one is being sent: its time cannot change.
        QVERIFY(*PublishTargetRepository(f.db).claim(target, QStringLiteral("w"), clock.nowUtc()));
        outcome = OptimisationUndo(f.db, clock).undo(moved[1].id);
        QVERIFY(outcome);
        QVERIFY(!outcome->undone);
        QVERIFY(outcome->message.contains(QStringLiteral("on its way")));
    }

    void aBudgetShiftIsUndoneAsAWhole()
    {
        test::OptimiserFixture f(QStringLiteral("u4"));
        QVERIFY(f.seeded());
        // Cost per conversion: A 5.00 SAR, B 20.00 SAR.
        const qint64 a = f.addAdSet(QStringLiteral("Women 25-34"), 10000, 5000, 10);
        const qint64 b = f.addAdSet(QStringLiteral("Women 35-40"), 10000, 8000, 4);
        FixedClock clock(riyadh(5, 6));
        auto report = Optimiser(f.db, m_data, clock).optimise(f.campaignId, {}, false);
        QVERIFY(report);
        QCOMPARE(report->budgetShifts.size(), size_t(1));
        QCOMPARE(f.budgetOf(a), qint64(12000));
        QCOMPARE(f.budgetOf(b), qint64(8000));
        const auto shifted = logs(f, QStringLiteral("optimised_budget"));
        QCOMPARE(shifted.size(), size_t(1));
        QVERIFY(shifted[0].message.contains(QStringLiteral("Women 25-34")));
        const auto details = nlohmann::json::parse(shifted[0].detailsJson.toStdString());
        QCOMPARE(details["ad_sets"].size(), size_t(2));
        QCOMPARE(details["ad_sets"][0]["before"].get<qint64>(), qint64(10000));
        QCOMPARE(details["ad_sets"][0]["after"].get<qint64>(), qint64(12000));

        // A second pass the same day: the 20 % of the day is used up.
        report = Optimiser(f.db, m_data, clock).optimise(f.campaignId, {}, false);
        QVERIFY(report);
        QVERIFY(report->budgetShifts.empty());
        QCOMPARE(f.budgetOf(a), qint64(12000));

        auto outcome = OptimisationUndo(f.db, clock).undo(shifted[0].id);
        QVERIFY(outcome);
        QVERIFY2(outcome->undone, qPrintable(outcome->message));
        QCOMPARE(f.budgetOf(a), qint64(10000));
        QCOMPARE(f.budgetOf(b), qint64(10000));
    }

    void aBudgetChangedSinceIsNotTouched()
    {
        test::OptimiserFixture f(QStringLiteral("u5"));
        QVERIFY(f.seeded());
        const qint64 a = f.addAdSet(QStringLiteral("Women 25-34"), 10000, 5000, 10);
        const qint64 b = f.addAdSet(QStringLiteral("Women 35-40"), 10000, 8000, 4);
        FixedClock clock(riyadh(5, 6));
        QVERIFY(Optimiser(f.db, m_data, clock).optimise(f.campaignId, {}, false));
        AdSet edited = *AdSetRepository(f.db).find(b);
        edited.budget.amount.minor = 7000; // the owner lowered it by hand
        QVERIFY(!AdSetRepository(f.db).update(edited).isError());

        auto outcome = OptimisationUndo(f.db, clock).undo(logs(f, QStringLiteral("optimised_budget"))[0].id);
        QVERIFY(outcome);
        QVERIFY(!outcome->undone);
        QVERIFY(outcome->message.contains(QStringLiteral("Women 35-40")));
        QCOMPARE(f.budgetOf(a), qint64(12000)); // neither one restored
        QCOMPARE(f.budgetOf(b), qint64(7000));
    }

    void onlyOptimisationsCanBeUndone()
    {
        test::OptimiserFixture f(QStringLiteral("u6"));
        QVERIFY(f.seeded());
        AutomationLog other;
        other.campaignId = f.campaignId;
        other.event = QStringLiteral("published");
        other.at = riyadh(5, 6);
        const qint64 id = *AutomationLogRepository(f.db).insert(other);
        FixedClock clock(riyadh(5, 6));
        auto outcome = OptimisationUndo(f.db, clock).undo(id);
        QVERIFY(outcome);
        QVERIFY(!outcome->undone);
        QVERIFY(!OptimisationUndo(f.db, clock).undo(id + 100)); // no such entry: a store error with a reason
    }
};

QTEST_GUILESS_MAIN(TestOptimisationUndo)
#include "tst_optimisationundo.moc"
