#include "PlannerTestSupport.h"

#include "app/planning/BriefInference.h"

using namespace cf;

class TestBriefInference : public QObject
{
    Q_OBJECT

    static const PlanInference *find(const BriefInference::Result &r, const QString &field)
    {
        for (const PlanInference &i : r.inferences) {
            if (i.field == field)
                return &i;
        }
        return nullptr;
    }

private Q_SLOTS:
    void seedInfersTypeDatesCurrencyAndZoneWithReasons()
    {
        const auto r = BriefInference(test::planningData()).infer(test::seedInstruction(), QDate(2026, 1, 15));
        QCOMPARE(r.brief.campaignType, QStringLiteral("sales_conversion"));
        QVERIFY(find(r, QStringLiteral("campaign_type")));
        QVERIFY(!find(r, QStringLiteral("objective"))); // it was given
        QCOMPARE(r.brief.timeZoneId, QStringLiteral("Asia/Riyadh"));
        QCOMPARE(r.brief.countries, QStringList{QStringLiteral("SA")});
        QCOMPARE(r.brief.currency, QStringLiteral("SAR"));
        QCOMPARE(r.brief.budgetPeriod, QStringLiteral("total"));
        QVERIFY(find(r, QStringLiteral("budget_period")));
        QCOMPARE(r.brief.flight.first, QDate(2026, 2, 11));
        QVERIFY(find(r, QStringLiteral("start_date"))->reason.contains(QStringLiteral("2026-02-18")));
        QCOMPARE(r.brief.languages, (QStringList{QStringLiteral("en"), QStringLiteral("ar")}));
        for (const PlanInference &i : r.inferences)
            QVERIFY2(!i.reason.isEmpty(), qPrintable(i.field));
    }

    void objectiveFromTypeAndDefaultDuration()
    {
        ParsedInstruction p;
        p.text = QStringLiteral("Nurture our new subscribers");
        p.platforms = {QStringLiteral("mailchimp")};
        p.campaignType = QStringLiteral("nurture_sequence");
        const auto r = BriefInference(test::planningData()).infer(p, QDate(2026, 5, 1));
        QCOMPARE(r.brief.objective, QStringLiteral("leads"));
        QVERIFY(find(r, QStringLiteral("objective")));
        QCOMPARE(r.brief.flight.first, QDate(2026, 5, 2)); // tomorrow
        QCOMPARE(r.brief.flight.days(), 60);
        QVERIFY(find(r, QStringLiteral("duration_days")));
        QVERIFY(r.warnings.empty() || r.warnings.front().code == QLatin1String("no_location"));
    }

    void objectiveFromTheme()
    {
        ParsedInstruction p;
        p.text = QStringLiteral("National Day posts");
        p.platforms = {QStringLiteral("x")};
        p.theme = QStringLiteral("National Day");
        p.locations = {QStringLiteral("Dubai")};
        const auto r = BriefInference(test::planningData()).infer(p, QDate(2026, 11, 1));
        QCOMPARE(r.brief.occasion->id, QStringLiteral("uae_national_day"));
        QCOMPARE(r.brief.objective, QStringLiteral("engagement"));
        QCOMPARE(r.brief.campaignType, QStringLiteral("brand_awareness"));
        QCOMPARE(r.brief.flight.first, QDate(2026, 11, 22)); // ten days of build-up
        QCOMPARE(r.brief.flight.last, QDate(2026, 12, 3));
        QCOMPARE(r.brief.currency, QStringLiteral("AED"));
    }

    void arabicWithoutLocationAssumesSaudiArabia()
    {
        ParsedInstruction p;
        p.text = QStringLiteral("حملة على انستقرام");
        p.platforms = {QStringLiteral("instagram")};
        const auto r = BriefInference(test::planningData()).infer(p, QDate(2026, 5, 1));
        QCOMPARE(r.brief.countries, QStringList{QStringLiteral("SA")});
        QCOMPARE(r.brief.languages.first(), QStringLiteral("ar"));
        QVERIFY(find(r, QStringLiteral("locations")));
    }

    void currencyNamesTheCountryWhenNoLocation()
    {
        ParsedInstruction p;
        p.text = QStringLiteral("Campaign, 400 OMR");
        p.platforms = {QStringLiteral("facebook")};
        p.budget = ParsedBudget{400, QStringLiteral("OMR")};
        const auto r = BriefInference(test::planningData()).infer(p, QDate(2026, 5, 1));
        QCOMPARE(r.brief.countries, QStringList{QStringLiteral("OM")});
        QCOMPARE(r.brief.timeZoneId, QStringLiteral("Asia/Muscat"));
    }

    void englishWithoutAnythingPlansInUtcAndWarns()
    {
        ParsedInstruction p;
        p.text = QStringLiteral("thought leadership posts");
        p.platforms = {QStringLiteral("linkedin")};
        const auto r = BriefInference(test::planningData()).infer(p, QDate(2026, 5, 1));
        QCOMPARE(r.brief.timeZoneId, QStringLiteral("UTC"));
        QCOMPARE(r.brief.currency, QStringLiteral("USD"));
        QCOMPARE(r.brief.campaignType, QStringLiteral("brand_awareness"));
        QCOMPARE(r.warnings.front().code, QStringLiteral("no_location"));
    }

    void givenStartAndDurationWin()
    {
        ParsedInstruction p;
        p.text = QStringLiteral("Instagram campaign starting 21 November 2026 for one week in Riyadh, SAR 700 per day");
        p.platforms = {QStringLiteral("instagram")};
        p.startDate = QDate(2026, 11, 21);
        p.durationDays = 7;
        p.budget = ParsedBudget{700, QStringLiteral("SAR")};
        p.budgetPeriod = QStringLiteral("daily");
        p.locations = {QStringLiteral("Riyadh")};
        const auto r = BriefInference(test::planningData()).infer(p, QDate(2026, 5, 1));
        QCOMPARE(r.brief.flight.first, QDate(2026, 11, 21));
        QCOMPARE(r.brief.flight.last, QDate(2026, 11, 27));
        QCOMPARE(r.brief.budgetPeriod, QStringLiteral("daily"));
        QVERIFY(!find(r, QStringLiteral("start_date")));
    }

    void missingPlatformsAreInferredByType()
    {
        ParsedInstruction p;
        p.text = QStringLiteral("welcome e-mail series for two weeks");
        p.campaignType = QStringLiteral("nurture_sequence");
        p.durationDays = 14;
        const auto r = BriefInference(test::planningData()).infer(p, QDate(2026, 5, 1));
        QCOMPARE(r.brief.platforms, QStringList{QStringLiteral("mailchimp")});
        QVERIFY(find(r, QStringLiteral("platforms")));
    }
};

QTEST_GUILESS_MAIN(TestBriefInference)
#include "tst_briefinference.moc"
