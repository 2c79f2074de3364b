#include "PlannerTestSupport.h"

#include "app/planning/AdStructureBuilder.h"
#include "app/planning/BudgetAllocator.h"

#include <QJsonArray>

using namespace cf;

class TestAdStructureBuilder : public QObject
{
    Q_OBJECT

    static CampaignBrief brief(const QStringList &platforms, double amount)
    {
        CampaignBrief b;
        b.campaignType = QStringLiteral("sales_conversion");
        b.objective = QStringLiteral("sales");
        b.platforms = platforms;
        b.budget = amount;
        b.currency = QStringLiteral("SAR");
        b.budgetPeriod = QStringLiteral("total");
        b.flight = DateRange{QDate(2026, 5, 1), QDate(2026, 5, 14)};
        b.genders = {QStringLiteral("female")};
        b.ageMin = 25;
        b.ageMax = 40;
        b.locations = {QStringLiteral("Riyadh"), QStringLiteral("Saudi Arabia")};
        b.countries = {QStringLiteral("SA")};
        b.region = QStringLiteral("gcc");
        b.timeZoneId = QStringLiteral("Asia/Riyadh");
        return b;
    }
    static AdStructureBuilder::Result build(const CampaignBrief &b)
    {
        const auto budget = BudgetAllocator(test::planningData()).allocate(b, b.flight, AdStructureBuilder::desiredAdSets(b));
        return AdStructureBuilder(test::planningData()).build(b, budget.plan, {});
    }

private Q_SLOTS:
    void metaSplitsAWideAgeRangeByBucket()
    {
        const auto pieces = AdStructureBuilder::metaSegments({25, 40});
        QCOMPARE(pieces.size(), size_t(2));
        QCOMPARE(pieces[0].ageMin, 25);
        QCOMPARE(pieces[0].ageMax, 34);
        QCOMPARE(pieces[1].ageMin, 35);
        QCOMPARE(pieces[1].ageMax, 40);
        QCOMPARE(AdStructureBuilder::metaSegments({25, 34}).size(), size_t(1));
        QCOMPARE(AdStructureBuilder::metaSegments({18, 65}).size(), size_t(1)); // too wide: stays broad
        // A sliver (35-36) folds into its neighbour.
        const auto folded = AdStructureBuilder::metaSegments({25, 36});
        QCOMPARE(folded.size(), size_t(1));
        QCOMPARE(folded[0].ageMax, 36);
    }

    void metaHierarchyWithTargetingAndTwoAdsPerSet()
    {
        const auto r = build(brief({QStringLiteral("facebook"), QStringLiteral("instagram")}, 5000));
        QCOMPARE(r.campaigns.size(), size_t(1));
        const AdCampaignPlan &c = r.campaigns.front();
        QCOMPARE(c.channel, QStringLiteral("meta"));
        QCOMPARE(c.fields.value(QLatin1String("objective")).toString(), QStringLiteral("OUTCOME_SALES"));
        QCOMPARE(c.fields.value(QLatin1String("status")).toString(), QStringLiteral("PAUSED"));
        QVERIFY(c.fields.value(QLatin1String("special_ad_categories")).isArray());
        QCOMPARE(c.adSets.size(), size_t(2)); // 25-34 and 35-40, the budget allows both
        double total = 0;
        for (const AdSetPlan &set : c.adSets) {
            total += set.budget;
            const QJsonObject t = set.fields.value(QLatin1String("targeting")).toObject();
            QCOMPARE(t.value(QLatin1String("genders")).toArray(), QJsonArray{2});
            QCOMPARE(t.value(QLatin1String("publisher_platforms")).toArray().size(), 2);
            QCOMPARE(t.value(QLatin1String("geo_locations")).toObject().value(QLatin1String("countries")).toArray(),
                     QJsonArray{QStringLiteral("SA")});
            QVERIFY(t.contains(QLatin1String("targeting_automation")));
            QCOMPARE(set.fields.value(QLatin1String("optimization_goal")).toString(), QStringLiteral("OFFSITE_CONVERSIONS"));
            QVERIFY(set.fields.value(QLatin1String("lifetime_budget")).toInteger() > 0);
            QVERIFY(set.fields.value(QLatin1String("start_time")).toString().endsWith(QLatin1String("+03:00")));
            QCOMPARE(set.ads.size(), size_t(2));
            QCOMPARE(set.ads[0].format, QStringLiteral("image"));
            QCOMPARE(set.ads[1].format, QStringLiteral("video"));
        }
        QCOMPARE(c.adSets[0].ageMax, 34);
        QCOMPARE(c.adSets[1].ageMin, 35);
        QCOMPARE(total, 5000.0);
    }

    void tiktokAndSnapchatUseTheirOwnLevelsAndEnums()
    {
        const auto r = build(brief({QStringLiteral("snapchat"), QStringLiteral("tiktok")}, 5000));
        QCOMPARE(r.campaigns.size(), size_t(2));
        const AdCampaignPlan &tiktok = r.campaigns[0];
        QCOMPARE(tiktok.channel, QStringLiteral("tiktok"));
        QCOMPARE(tiktok.level, QStringLiteral("ad_group"));
        QCOMPARE(tiktok.fields.value(QLatin1String("objective_type")).toString(), QStringLiteral("WEB_CONVERSIONS"));
        const QJsonObject group = tiktok.adSets.front().fields;
        QCOMPARE(group.value(QLatin1String("gender")).toString(), QStringLiteral("GENDER_FEMALE"));
        QCOMPARE(group.value(QLatin1String("age_groups")).toArray(),
                 (QJsonArray{QStringLiteral("AGE_25_34"), QStringLiteral("AGE_35_44")}));
        QCOMPARE(group.value(QLatin1String("schedule_start_time")).toString(), QStringLiteral("2026-04-30 21:00:00")); // UTC
        for (const AdPlan &ad : tiktok.adSets.front().ads)
            QCOMPARE(ad.fields.value(QLatin1String("ad_format")).toString(), QStringLiteral("SINGLE_VIDEO"));
        const AdCampaignPlan &snap = r.campaigns[1];
        QCOMPARE(snap.level, QStringLiteral("ad_squad"));
        QCOMPARE(snap.fields.value(QLatin1String("objective")).toString(), QStringLiteral("WEB_CONVERSION"));
        const QJsonObject squad = snap.adSets.front().fields;
        QVERIFY(squad.value(QLatin1String("lifetime_budget_micro")).toInteger() >= 5000000LL * 14);
        QCOMPARE(squad.value(QLatin1String("targeting")).toObject().value(QLatin1String("geos")).toArray().first()
                     .toObject().value(QLatin1String("country_code")).toString(),
                 QStringLiteral("sa"));
        QCOMPARE(snap.adSets.front().ads.front().fields.value(QLatin1String("type")).toString(), QStringLiteral("REMOTE_WEBPAGE"));
        bool widened = false;
        for (const PlanMessage &w : r.warnings)
            widened = widened || w.code == QLatin1String("age_range_widened");
        QVERIFY(widened);
    }

    void childrenAreNotTargetedByAds()
    {
        CampaignBrief b = brief({QStringLiteral("tiktok")}, 5000);
        b.ageMin = 8;
        b.ageMax = 12;
        std::vector<PlanMessage> warnings;
        const auto audience = AdStructureBuilder::adAudience(b, &warnings);
        QVERIFY(audience.ageMin >= 18);
        QCOMPARE(warnings.front().code, QStringLiteral("audience_under_18"));
    }
};

QTEST_GUILESS_MAIN(TestAdStructureBuilder)
#include "tst_adstructurebuilder.moc"
