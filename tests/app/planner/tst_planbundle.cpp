#include "PlannerTestSupport.h"

#include "app/planning/CampaignPlanner.h"
#include "app/planning/PlanBundle.h"
#include "models/store/Database.h"

#include <QTemporaryDir>
#include <QTimeZone>

using namespace cf;

class TestPlanBundle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedPlanIsStoredAsADraftAndReadsBack()
    {
        const PlanOutcome outcome = CampaignPlanner(test::planningData()).plan(test::seedInstruction(), QDate(2026, 1, 15));
        QVERIFY(outcome.plan);
        const CampaignPlan &plan = *outcome.plan;
        const QDateTime now(QDate(2026, 1, 15), QTime(8, 0), QTimeZone::utc());
        const CampaignBundle bundle = bundleFromPlan(plan, now);

        QCOMPARE(bundle.campaign.status, CampaignStatus::Draft);
        QCOMPARE(bundle.campaign.type, std::optional<CampaignType>(CampaignType::SalesConversion));
        QCOMPARE(bundle.campaign.objective, std::optional<Objective>(Objective::Sales));
        QCOMPARE(bundle.campaign.budget.amount.minor, qint64(100000));
        QCOMPARE(bundle.campaign.budget.amount.currency, QStringLiteral("SAR"));
        QCOMPARE(bundle.campaign.startDate, QDate(2026, 2, 11));
        QCOMPARE(bundle.campaign.timeZone, QStringLiteral("Asia/Riyadh"));
        size_t adCount = 0;
        size_t setCount = 0;
        for (const AdCampaignPlan &c : plan.structure) {
            setCount += c.adSets.size();
            for (const AdSetPlan &s : c.adSets)
                adCount += s.ads.size();
        }
        QCOMPARE(bundle.adSets.size(), setCount);
        QCOMPARE(bundle.content.size(), plan.items.size() + adCount);
        QCOMPARE(bundle.content.front().scheduledUtc, plan.items.front().scheduledAt.toUTC());

        QTemporaryDir dir;
        Database db;
        DatabaseOptions options;
        options.nowUtc = now;
        QVERIFY2(db.open(dir.filePath(QStringLiteral("t.sqlite")), QStringLiteral("tst_planbundle"), options),
                 qPrintable(db.error().fullText()));
        const auto id = CampaignTransfer(db).insert(bundle);
        QVERIFY2(id, qPrintable(id.error().fullText()));
        const auto loaded = CampaignTransfer(db).load(id.value());
        QVERIFY(loaded);
        QCOMPARE(loaded->content.size(), bundle.content.size());
        QCOMPARE(loaded->adSets.size(), bundle.adSets.size());
        QCOMPARE(loaded->campaign.name, bundle.campaign.name);
        size_t ads = 0;
        for (const ContentItem &item : loaded->content)
            ads += item.adSetId ? 1 : 0;
        QCOMPARE(ads, adCount);
    }
};

QTEST_GUILESS_MAIN(TestPlanBundle)
#include "tst_planbundle.moc"
