#include "PlannerTestSupport.h"

#include "app/planning/BudgetAllocator.h"

using namespace cf;

class TestBudgetAllocator : public QObject
{
    Q_OBJECT

    static CampaignBrief brief(const QStringList &platforms, double amount, const QString &currency, int days,
                               const QString &period = QStringLiteral("total"))
    {
        CampaignBrief b;
        b.campaignType = QStringLiteral("sales_conversion");
        b.objective = QStringLiteral("sales");
        b.platforms = platforms;
        b.budget = amount;
        b.currency = currency;
        b.budgetPeriod = period;
        b.flight = DateRange{QDate(2026, 5, 1), QDate(2026, 5, 1).addDays(days - 1)};
        b.countries = {QStringLiteral("SA")};
        b.region = QStringLiteral("gcc");
        b.timeZoneId = QStringLiteral("Asia/Riyadh");
        return b;
    }
    static BudgetAllocator::Result allocate(const CampaignBrief &b, const std::map<QString, int> &sets = {})
    {
        return BudgetAllocator(test::planningData()).allocate(b, b.flight, sets);
    }

private Q_SLOTS:
    void minimumsComeFromTheTable()
    {
        const BudgetAllocator a(test::planningData());
        // Meta, SAR is outside the $1/$5/$40 currency list: $2.50 a day for a
        // conversion goal billed on impressions, at 3.75 SAR per USD.
        QCOMPARE(*a.minimumDailyPerAdSet(QStringLiteral("meta"), QStringLiteral("sales"), QStringLiteral("SAR")), 9.38);
        QCOMPARE(*a.minimumDailyPerAdSet(QStringLiteral("meta"), QStringLiteral("awareness"), QStringLiteral("USD")), 1.0);
        QCOMPARE(*a.minimumDailyPerAdSet(QStringLiteral("meta"), QStringLiteral("app_installs"), QStringLiteral("USD")), 40.0);
        QCOMPARE(*a.minimumDailyPerAdSet(QStringLiteral("tiktok"), QStringLiteral("sales"), QStringLiteral("USD")), 20.0);
        QCOMPARE(*a.minimumDailyPerAdSet(QStringLiteral("snapchat"), QStringLiteral("sales"), QStringLiteral("SAR")), 5.0);
        // TikTok's campaign budget must be over $50.
        QCOMPARE(*a.minimumCampaign(QStringLiteral("tiktok"), QStringLiteral("USD")), 50.01);
        QVERIFY(!a.minimumDailyPerAdSet(QStringLiteral("meta"), QStringLiteral("sales"), QStringLiteral("XYZ")));
    }

    void amountsAreConvertedToEachPlatformsUnit()
    {
        const BudgetAllocator a(test::planningData());
        QCOMPARE(a.apiAmount(QStringLiteral("meta"), 123.45, QStringLiteral("SAR")).toInteger(), 12345);
        QCOMPARE(a.apiAmount(QStringLiteral("meta"), 500, QStringLiteral("JPY")).toInteger(), 500); // zero-decimal currency
        QCOMPARE(a.apiAmount(QStringLiteral("snapchat"), 5, QStringLiteral("SAR")).toInteger(), 5000000);
        QCOMPARE(a.apiAmount(QStringLiteral("tiktok"), 50.004, QStringLiteral("USD")).toDouble(), 50.0);
    }

    void tooSmallBudgetNamesTheMinimumAndSuggestions()
    {
        const auto r = allocate(brief({QStringLiteral("instagram"), QStringLiteral("tiktok")}, 200, QStringLiteral("SAR"), 30));
        QCOMPARE(r.errors.size(), size_t(1));
        const PlanMessage &e = r.errors.front();
        QCOMPARE(e.code, QStringLiteral("insufficient_budget"));
        // TikTok: max(75 x 3 days, 187.52) = 225; Meta: 9.38 x 3 = 28.14.
        QCOMPARE(e.details.value(QLatin1String("minimum")).toDouble(), 253.14);
        QVERIFY(e.message.contains(QStringLiteral("253.14 SAR")));
        QVERIFY(e.message.contains(QStringLiteral("meta alone needs 28.14 SAR")));
        QCOMPARE(e.details.value(QLatin1String("suggestions")).toArray().size(), 3);
    }

    void dailyBudgetBelowTikToksCampaignMinimumIsRefused()
    {
        const auto r = allocate(brief({QStringLiteral("tiktok")}, 100, QStringLiteral("SAR"), 7, QStringLiteral("daily")));
        QVERIFY(!r.errors.empty());
        QCOMPARE(r.errors.front().code, QStringLiteral("insufficient_budget"));
        QVERIFY(allocate(brief({QStringLiteral("tiktok")}, 200, QStringLiteral("SAR"), 7, QStringLiteral("daily"))).errors.empty());
    }

    void smallShareShortensTheFlightInsteadOfFailing()
    {
        const CampaignBrief b = brief({QStringLiteral("instagram"), QStringLiteral("tiktok")}, 1000, QStringLiteral("SAR"), 37);
        const auto r = allocate(b, {{QStringLiteral("meta"), 2}});
        QVERIFY(r.errors.empty());
        QCOMPARE(r.plan.channels.size(), size_t(2));
        const ChannelBudget &meta = r.plan.channels[0];
        const ChannelBudget &tiktok = r.plan.channels[1];
        QCOMPARE(meta.amount + tiktok.amount, 1000.0);
        QCOMPARE(meta.adSetCount, 1); // two splits would each fall under 9.38 a day
        QVERIFY(!meta.shortened);
        QVERIFY(tiktok.shortened);
        QVERIFY(tiktok.flight.days() >= test::planningData().minimums.minFlightDays);
        QVERIFY(tiktok.dailyAmount >= tiktok.minimumDailyPerAdSet);
        QCOMPARE(tiktok.flight.last, b.flight.last); // the paid focus here is the whole flight: end-aligned
        QCOMPARE(meta.apiValue.toInteger(), qint64(std::llround(meta.amount * 100)));
        QCOMPARE(meta.apiField, QStringLiteral("lifetime_budget"));
        bool shortened = false;
        bool merged = false;
        for (const PlanMessage &w : r.warnings) {
            shortened = shortened || w.code == QLatin1String("flight_shortened");
            merged = merged || w.code == QLatin1String("ad_sets_merged");
        }
        QVERIFY(shortened && merged);
    }

    void shareBelowTheFloorIsToppedUp()
    {
        // Awareness weights TikTok and Meta equally, but Snapchat's minimum
        // is low: with TikTok's $20/day floor the split must be rebalanced.
        CampaignBrief b = brief({QStringLiteral("instagram"), QStringLiteral("snapchat"), QStringLiteral("tiktok")}, 300,
                                QStringLiteral("SAR"), 3);
        b.objective = QStringLiteral("awareness");
        const auto r = allocate(b);
        QVERIFY(r.errors.empty());
        double sum = 0;
        for (const ChannelBudget &c : r.plan.channels) {
            sum += c.amount;
            QVERIFY2(c.dailyAmount + 1e-9 >= c.minimumDailyPerAdSet, qPrintable(c.channel));
        }
        QCOMPARE(sum, 300.0);
        QCOMPARE(r.plan.channels[1].channel, QStringLiteral("tiktok"));
        QVERIFY(r.plan.channels[1].amount >= 225.0);
    }

    void organicOnlyPlatformsLeaveTheBudgetUnused()
    {
        const auto r = allocate(brief({QStringLiteral("youtube")}, 750, QStringLiteral("KWD"), 30));
        QVERIFY(r.errors.empty());
        QVERIFY(r.plan.channels.empty());
        QCOMPARE(r.warnings.front().code, QStringLiteral("budget_not_used"));
    }

    void dailyModeUsesDailyFields()
    {
        const auto r = allocate(brief({QStringLiteral("snapchat")}, 50, QStringLiteral("SAR"), 10, QStringLiteral("daily")));
        QVERIFY(r.errors.empty());
        const ChannelBudget &c = r.plan.channels.front();
        QCOMPARE(c.apiField, QStringLiteral("daily_budget_micro"));
        QCOMPARE(c.apiValue.toInteger(), qint64(50000000));
        QCOMPARE(c.amount, 500.0);
        QCOMPARE(r.plan.total, 500.0);
    }
};

QTEST_GUILESS_MAIN(TestBudgetAllocator)
#include "tst_budgetallocator.moc"
