#include "PlannerTestSupport.h"

#include "app/planning/ContentCalendarBuilder.h"

#include <map>

using namespace cf;

class TestContentCalendarBuilder : public QObject
{
    Q_OBJECT

    static CampaignBrief brief(const QString &type, const QStringList &platforms, int days)
    {
        CampaignBrief b;
        b.campaignType = type;
        b.objective = QStringLiteral("awareness");
        b.platforms = platforms;
        b.flight = DateRange{QDate(2026, 4, 1), QDate(2026, 4, 1).addDays(days - 1)};
        b.languages = {QStringLiteral("en")};
        b.timeZoneId = QStringLiteral("UTC");
        return b;
    }

private Q_SLOTS:
    void eachPlatformGetsOnlyWhatItCanPublish()
    {
        const QStringList all = test::planningData().platformRules.size() == 10
            ? QStringList{QStringLiteral("facebook"), QStringLiteral("instagram"), QStringLiteral("kit"), QStringLiteral("linkedin"),
                          QStringLiteral("mailchimp"), QStringLiteral("snapchat"), QStringLiteral("tiktok"),
                          QStringLiteral("wordpress"), QStringLiteral("x"), QStringLiteral("youtube")}
            : QStringList{};
        QCOMPARE(all.size(), 10);
        const auto result = ContentCalendarBuilder(test::planningData()).build(brief(QStringLiteral("product_launch"), all, 30));
        std::map<QString, int> perPlatform;
        for (const PlannedItem &item : result.items) {
            ++perPlatform[item.platform];
            const bool email = item.format == QLatin1String("email");
            const bool blog = item.format == QLatin1String("blog_post");
            // E-mails only on Mailchimp and Kit, and those carry nothing else.
            QCOMPARE(email, item.platform == QLatin1String("mailchimp") || item.platform == QLatin1String("kit"));
            // Blog posts only on WordPress, and WordPress only has blog posts.
            QCOMPARE(blog, item.platform == QLatin1String("wordpress"));
            if (item.platform == QLatin1String("tiktok"))
                QCOMPARE(item.format, QStringLiteral("short_video"));
            if (item.platform == QLatin1String("instagram"))
                QVERIFY(item.format != QLatin1String("post")); // no text-only posts on Instagram
            QVERIFY(test::planningData().platformRules.at(item.platform).formats.contains(item.format));
            // The early-access e-mail is an e-mail: never on social platforms.
            if (item.contentType == QLatin1String("early_access_email"))
                QVERIFY(email);
        }
        QCOMPARE(perPlatform.size(), size_t(10));
        QVERIFY(result.warnings.empty());
    }

    void phasesStretchAndShrinkToTheFlight_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("days");
        for (const QString &type : {QStringLiteral("product_launch"), QStringLiteral("nurture_sequence"), QStringLiteral("re_engagement"),
                                    QStringLiteral("brand_awareness"), QStringLiteral("sales_conversion")}) {
            for (int days : {7, 14, 30, 60, 90})
                QTest::newRow(qPrintable(QStringLiteral("%1/%2").arg(type).arg(days))) << type << days;
        }
    }
    void phasesStretchAndShrinkToTheFlight()
    {
        QFETCH(QString, type);
        QFETCH(int, days);
        const CampaignBrief b = brief(type, {QStringLiteral("instagram")}, days);
        const CampaignTemplate *tpl = test::planningData().templateFor(type);
        QVERIFY(tpl);
        const auto phases = ContentCalendarBuilder::layPhases(*tpl, b.flight);
        QCOMPARE(phases.size(), tpl->phases.size());
        QCOMPARE(phases.front().days.first, b.flight.first);
        QCOMPARE(phases.back().days.last, b.flight.last);
        for (size_t i = 1; i < phases.size(); ++i)
            QCOMPARE(phases[i].days.first, phases[i - 1].days.last.addDays(1));
    }

    void productLaunchOverThirtyDaysMatchesTheBrief()
    {
        const auto result = ContentCalendarBuilder(test::planningData())
                                .build(brief(QStringLiteral("product_launch"), {QStringLiteral("facebook")}, 30));
        QCOMPARE(result.phases.size(), size_t(4));
        QCOMPARE(result.phases[0].id, QStringLiteral("pre_launch"));
        QCOMPARE(result.phases[1].id, QStringLiteral("launch_week"));
        QCOMPARE(result.phases[1].days.days(), 7);
        std::map<QDate, int> perDay;
        for (const PlannedItem &item : result.items)
            ++perDay[item.date];
        // Daily before and after, twice daily in launch week.
        QCOMPARE(perDay[result.phases[0].days.first], 1);
        QCOMPARE(perDay[result.phases[1].days.first], 2);
        QCOMPARE(perDay[result.phases[2].days.first], 1);
        QCOMPARE(int(result.items.size()), 30 + 7);
    }

    void nurtureSendsThreeAWeek()
    {
        const auto result = ContentCalendarBuilder(test::planningData())
                                .build(brief(QStringLiteral("nurture_sequence"), {QStringLiteral("kit")}, 28));
        // Four weeks, the first three phases at 3 a week (and the cap of 3 a week on e-mail).
        QCOMPARE(int(result.items.size()), 12);
        for (size_t i = 1; i < result.items.size(); ++i)
            QVERIFY(result.items[i - 1].date < result.items[i].date);
    }

    void wordpressOnlyGetsPhasesWithBlogContent()
    {
        // In a sales campaign only the offer phase has a type WordPress can
        // carry (an offer as a blog post); the other phases skip it.
        const auto result = ContentCalendarBuilder(test::planningData())
                                .build(brief(QStringLiteral("sales_conversion"), {QStringLiteral("wordpress")}, 14));
        QVERIFY(!result.items.empty());
        for (const PlannedItem &item : result.items) {
            QCOMPARE(item.phase, QStringLiteral("offer"));
            QCOMPARE(item.format, QStringLiteral("blog_post"));
        }
    }

    void occasionThemesFollowTheDate()
    {
        CampaignBrief b = brief(QStringLiteral("sales_conversion"), {QStringLiteral("instagram")}, 37);
        b.flight = DateRange{QDate(2026, 2, 11), QDate(2026, 3, 19)};
        b.occasion = OccasionWindow{QStringLiteral("ramadan"), {}, DateRange{QDate(2026, 2, 18), QDate(2026, 3, 19)}, true};
        const auto result = ContentCalendarBuilder(test::planningData()).build(b);
        for (const PlannedItem &item : result.items) {
            if (item.date < QDate(2026, 2, 18))
                QCOMPARE(item.theme, QStringLiteral("ramadan_countdown"));
            if (item.date >= QDate(2026, 3, 10))
                QVERIFY(item.theme == QLatin1String("last_ten_nights") || item.theme == QLatin1String("eid_gift_ideas"));
        }
    }
};

QTEST_GUILESS_MAIN(TestContentCalendarBuilder)
#include "tst_contentcalendarbuilder.moc"
