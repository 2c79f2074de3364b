#include "PlannerTestSupport.h"

#include "app/planning/CampaignPlanner.h"
#include "app/planning/plan/PlanJson.h"

#include <QJsonDocument>

using namespace cf;

class TestCampaignPlanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedInstructionGivesAUsablePlan()
    {
        const CampaignPlanner planner(test::planningData());
        const PlanOutcome outcome = planner.plan(test::seedInstruction(), QDate(2026, 1, 15));
        QVERIFY2(outcome.plan, outcome.errors.empty() ? "" : qPrintable(outcome.errors.front().message));
        const CampaignPlan &plan = *outcome.plan;
        if (qEnvironmentVariableIsSet("CF_DUMP_PLAN"))
            qInfo().noquote() << QJsonDocument(planToJson(plan)).toJson();

        QCOMPARE(plan.brief.campaignType, QStringLiteral("sales_conversion"));
        QCOMPARE(plan.brief.timeZoneId, QStringLiteral("Asia/Riyadh"));
        // Ramadan 1447 begins 2026-02-18: a week of build-up, then the month.
        QCOMPARE(plan.brief.flight.first, QDate(2026, 2, 11));
        QCOMPARE(plan.brief.flight.last, QDate(2026, 3, 19));
        QVERIFY(plan.items.size() > 50);
        for (const PlannedItem &item : plan.items) {
            QVERIFY(item.scheduledAt.isValid());
            QVERIFY(item.platform == QLatin1String("instagram") || item.platform == QLatin1String("tiktok"));
        }
        // Both paid channels are funded, the budget is spent in full and
        // each channel has the hierarchy its platform uses.
        QCOMPARE(plan.budget.channels.size(), size_t(2));
        double spent = 0;
        for (const ChannelBudget &c : plan.budget.channels)
            spent += c.amount;
        QCOMPARE(spent, 1000.0);
        QCOMPARE(plan.structure.size(), size_t(2));
        QCOMPARE(plan.structure[0].channel, QStringLiteral("meta"));
        QCOMPARE(plan.structure[0].fields.value(QLatin1String("objective")).toString(), QStringLiteral("OUTCOME_SALES"));
        QCOMPARE(plan.structure[1].channel, QStringLiteral("tiktok"));
        QVERIFY(!plan.structure[1].adSets.empty());
        QVERIFY(!plan.structure[1].adSets.front().ads.empty());
        // TikTok's $20/day floor cannot cover five weeks on its share: the
        // plan adapts with a shorter flight and says so.
        QVERIFY(plan.hasWarning(QStringLiteral("flight_shortened")));
        QVERIFY(plan.estimates.impressions.low > 0);
        QVERIFY(plan.estimates.impressions.high >= plan.estimates.impressions.low);
        QVERIFY(!plan.strategy.keyMessages.empty());
        QVERIFY(!plan.inferences.empty());
        for (const PlanInference &inference : plan.inferences)
            QVERIFY2(!inference.reason.isEmpty(), qPrintable(inference.field));
    }

    void identicalInputGivesIdenticalPlan()
    {
        const CampaignPlanner planner(test::planningData());
        const PlanOutcome a = planner.plan(test::seedInstruction(), QDate(2026, 1, 15));
        const PlanOutcome b = planner.plan(test::seedInstruction(), QDate(2026, 1, 15));
        QVERIFY(a.plan && b.plan);
        QVERIFY(*a.plan == *b.plan);
        QCOMPARE(QJsonDocument(planToJson(*a.plan)).toJson(), QJsonDocument(planToJson(*b.plan)).toJson());
    }

    void tooSmallBudgetIsRefusedWithTheMinimum()
    {
        ParsedInstruction p = test::seedInstruction();
        p.budget = ParsedBudget{100, QStringLiteral("SAR")};
        const PlanOutcome outcome = CampaignPlanner(test::planningData()).plan(p, QDate(2026, 1, 15));
        QVERIFY(!outcome.plan);
        QVERIFY(outcome.hasError(QStringLiteral("insufficient_budget")));
    }

    void parseErrorsStopPlanning()
    {
        ParsedInstruction p = test::seedInstruction();
        p.errors.push_back(ParseError{QStringLiteral("unknown_platform"), QStringLiteral("Pinterest is not supported"), 3, 12});
        const PlanOutcome outcome = CampaignPlanner(test::planningData()).plan(p, QDate(2026, 1, 15));
        QVERIFY(!outcome.plan);
        QVERIFY(outcome.hasError(QStringLiteral("unknown_platform")));
    }

    void ninetyDaysOnAllPlatformsPassesAThousandItems()
    {
        ParsedInstruction p;
        p.text = QStringLiteral("Launch on every platform for 90 days in Dubai, 90000 AED");
        p.platforms = QStringList{QStringLiteral("facebook"), QStringLiteral("instagram"), QStringLiteral("kit"),
                                  QStringLiteral("linkedin"), QStringLiteral("mailchimp"), QStringLiteral("snapchat"),
                                  QStringLiteral("tiktok"), QStringLiteral("wordpress"), QStringLiteral("x"), QStringLiteral("youtube")};
        p.budget = ParsedBudget{90000, QStringLiteral("AED")};
        p.locations = {QStringLiteral("Dubai")};
        p.campaignType = QStringLiteral("product_launch");
        p.durationDays = 90;
        const PlanOutcome outcome = CampaignPlanner(test::planningData()).plan(p, QDate(2026, 4, 1));
        QVERIFY(outcome.plan);
        QVERIFY2(outcome.plan->items.size() >= 1000, qPrintable(QString::number(outcome.plan->items.size())));
        QCOMPARE(outcome.plan->structure.size(), size_t(3));
    }
};

QTEST_GUILESS_MAIN(TestCampaignPlanner)
#include "tst_campaignplanner.moc"
