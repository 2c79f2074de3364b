// JSON round-trip of every domain value type: filled-in values survive
// to_json -> text -> from_json unchanged, and malformed input is rejected.
#include "models/domain/AdSet.h"
#include "models/domain/Asset.h"
#include "models/domain/AuditEntry.h"
#include "models/domain/AutomationLog.h"
#include "models/domain/Campaign.h"
#include "models/domain/Connection.h"
#include "models/domain/ContentItem.h"
#include "models/domain/GenerationJob.h"
#include "models/domain/JsonSupport.h"
#include "models/domain/MetricSample.h"
#include "models/domain/Money.h"
#include "models/domain/PublishAttempt.h"
#include "models/domain/Workspace.h"

#include <QTest>
#include <QTimeZone>

using namespace cf;

namespace {

QDateTime utc(int day, int hour, int minute = 0, int ms = 0)
{
    return QDateTime(QDate(2026, 2, day), QTime(hour, minute, 0, ms), Qt::UTC);
}

template <typename T>
T roundTrip(const T &value)
{
    const std::string text = nlohmann::json(value).dump();
    return nlohmann::json::parse(text).get<T>();
}

Campaign sampleCampaign()
{
    Campaign c;
    c.id = 7;
    c.workspaceId = 2;
    c.name = QStringLiteral("تخفيضات رمضان / Ramadan sale");
    c.instruction = QStringLiteral("Create Instagram and TikTok campaign for Ramadan sale with 1000 SAR budget");
    c.type = CampaignType::SalesConversion;
    c.objective = Objective::Sales;
    c.automationLevel = AutomationLevel::SemiAutomatic;
    c.status = CampaignStatus::Scheduled;
    c.theme = QStringLiteral("Ramadan");
    c.timeZone = QStringLiteral("Asia/Riyadh");
    c.languages = {QStringLiteral("ar"), QStringLiteral("en")};
    c.platforms = {Platform::Instagram, Platform::TikTok};
    c.strategy = {QStringLiteral("Lead with iftar offers"), {QStringLiteral("Save 30%")}, {QStringLiteral("Family")},
                  {QStringLiteral("ROAS 3")}};
    c.audience.locations = {QStringLiteral("Riyadh")};
    c.audience.genders = {QStringLiteral("female")};
    c.audience.ageMin = 25;
    c.audience.ageMax = 40;
    c.budget = {{100000, QStringLiteral("SAR")}, BudgetPeriod::Total};
    c.product = {QStringLiteral("عبايات"), QStringLiteral("Abayas"), QStringLiteral("خصم 30٪"), QStringLiteral("30% off"),
                 30, Money{19900, QStringLiteral("SAR")}, QStringLiteral("https://shop.example/abayas"),
                 QStringLiteral("RAMADAN30")};
    c.startDate = QDate(2026, 2, 18);
    c.endDate = QDate(2026, 3, 19);
    c.estimated = {{1000, 2000}, {3000, 6000}, {40, 90}, {2, 6}};
    c.actual = {10, 20, 3, 1, 4550};
    c.createdAt = utc(1, 9, 15, 123);
    c.updatedAt = utc(2, 10);
    return c;
}

} // namespace

class TestDomainJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void campaign()
    {
        const Campaign c = sampleCampaign();
        QCOMPARE(roundTrip(c), c);
        Campaign bare;
        QCOMPARE(roundTrip(bare), bare); // optional and invalid values survive too
    }

    void campaignJsonUsesStringIdsAndIsoText()
    {
        const nlohmann::json j = sampleCampaign();
        QCOMPARE(j.at("status").get<std::string>(), std::string("scheduled"));
        QCOMPARE(j.at("type").get<std::string>(), std::string("sales_conversion"));
        QCOMPARE(j.at("platforms").at(1).get<std::string>(), std::string("tiktok"));
        QCOMPARE(j.at("start_date").get<std::string>(), std::string("2026-02-18"));
        QCOMPARE(j.at("created_at").get<std::string>(), std::string("2026-02-01T09:15:00.123Z"));
        QCOMPARE(j.at("budget").at("amount").at("minor").get<qint64>(), qint64(100000));
    }

    void workspace()
    {
        Workspace w{3, QStringLiteral("Nour Boutique"), QStringLiteral("KWD"), QStringLiteral("Asia/Kuwait"),
                    QStringLiteral("ar_KW"), {}, utc(1, 1), utc(1, 2)};
        w.brandKit = {QStringLiteral("#112233"), QStringLiteral("#445566"), QStringLiteral("#778899"), 12,
                      QStringLiteral("Noto Sans Arabic"), QStringLiteral("Noto Sans"), QStringLiteral("warm"),
                      QStringLiteral("أناقة"), QStringLiteral("Elegance"), {QStringLiteral("nour")}, {QStringLiteral("cheap")},
                      QStringLiteral("playful"), QStringLiteral("https://nour.example"), QStringLiteral("الأسعار تشمل الضريبة"),
                      QStringLiteral("Prices include VAT")};
        QCOMPARE(roundTrip(w), w);
    }

    void adSet()
    {
        AdSet a;
        a.id = 4;
        a.campaignId = 7;
        a.platform = Platform::Snapchat;
        a.name = QStringLiteral("Women 25-34");
        a.targeting.ageMin = 25;
        a.targeting.ageMax = 34;
        a.placements = {QStringLiteral("discover")};
        a.platformObjective = QStringLiteral("WEB_CONVERSION");
        a.budget = {{5000, QStringLiteral("SAR")}, BudgetPeriod::Daily};
        a.startUtc = utc(18, 9);
        a.endUtc = utc(28, 21);
        a.externalId = QStringLiteral("8adc-1");
        QCOMPARE(roundTrip(a), a);
    }

    void contentItem()
    {
        ContentItem c;
        c.id = 11;
        c.campaignId = 7;
        c.adSetId = 4;
        c.platform = Platform::Instagram;
        c.contentType = ContentType::Story;
        c.phase = QStringLiteral("launch");
        c.theme = QStringLiteral("announcement");
        c.scheduledUtc = utc(18, 17, 30);
        c.title = {QStringLiteral("عرض"), QStringLiteral("Offer")};
        c.body = {QStringLiteral("نص"), QStringLiteral("Body")};
        c.callToAction = {QStringLiteral("تسوق الآن"), QStringLiteral("Shop now")};
        c.hashtags = {QStringLiteral("ramadan")};
        c.assetIds = {5, 3};
        c.approval = ApprovalState::ChangesRequested;
        c.publishState = PublishState::Unknown;
        c.externalId = QStringLiteral("1789");
        c.permalink = QStringLiteral("https://instagram.com/p/x");
        c.createdAt = utc(1, 1);
        c.updatedAt = utc(1, 2);
        QCOMPARE(roundTrip(c), c);

        // Schema v2: structured copy with every optional part.
        ContentCopy copy;
        copy.ar = {QStringLiteral("ar"), QStringLiteral("عنوان"), QStringLiteral("نص"), QStringLiteral("وصف"),
                   QStringLiteral("اطلبي الآن"), {QStringLiteral("رمضان")},
                   EmailCopy{QStringLiteral("موضوع"), QStringLiteral("تمهيد"), QStringLiteral("<p>x</p>"), QStringLiteral("x")},
                   std::nullopt, VideoScript{QStringLiteral("ar"), {{QStringLiteral("أ"), QStringLiteral("ب"), 2.5}}}};
        copy.en.language = QStringLiteral("en");
        copy.en.blog = BlogCopy{QStringLiteral("T"), QStringLiteral("t"), QStringLiteral("e"), QStringLiteral("<h2>T</h2>")};
        copy.callToActionType = QStringLiteral("SHOP_NOW");
        copy.link = QStringLiteral("https://x.example/?utm_source=x");
        copy.seed = 18446744073709551615ULL;
        copy.variant = 3;
        copy.generatedAt = utc(2, 3);
        c.copy = copy;
        QCOMPARE(roundTrip(c), c);
        QVERIFY(!nlohmann::json(ContentItem{}).at("copy").is_object());
        QVERIFY_THROWS_EXCEPTION(std::exception,
                                 nlohmann::json::parse(R"({"copy": {"ar": []}})").get<ContentItem>());
    }

    void asset()
    {
        Asset a{5, 2, AssetKind::Video, QStringLiteral("ab/abcdef.mp4"), QStringLiteral("video/mp4"), 123456,
                QStringLiteral("abcdef"), 1080, 1920, 15000, utc(3, 3)};
        QCOMPARE(roundTrip(a), a);
        Asset image{6, std::nullopt, AssetKind::Image, QStringLiteral("cd/cd.png"), QStringLiteral("image/png"), 10,
                    QStringLiteral("cd"), 100, 100, std::nullopt, {}};
        QCOMPARE(roundTrip(image), image);
    }

    void generationJob()
    {
        GenerationJob g{9, 7, 11, GenerationKind::Voice, JobStatus::Failed, 40, QStringLiteral("{\"voice\":\"ar\"}"), 5,
                        QStringLiteral("No voice installed"), utc(1, 1), utc(1, 2), utc(1, 3)};
        QCOMPARE(roundTrip(g), g);
    }

    void connection()
    {
        Connection c{2, 1, Platform::LinkedIn, QStringLiteral("urn:li:organization:1"), QStringLiteral("Nour"),
                     {QStringLiteral("w_organization_social")}, utc(20, 0), ConnectionStatus::Expired,
                     QStringLiteral("Sign in again"), utc(1, 1), utc(1, 2), ConnectionKind::Page, 1,
                     QStringLiteral("linkedin"), QStringLiteral("https://media.licdn.com/p.png"),
                     QStringLiteral("https://api.linkedin.com"), false};
        QCOMPARE(roundTrip(c), c);
        const std::string text = nlohmann::json(c).dump();
        QVERIFY(text.find("token") == std::string::npos);
    }

    void publishAttempt()
    {
        PublishAttempt p{3, 11, 2, Platform::X, 2, QStringLiteral("k-11-2"), AttemptOutcome::Failed, 429,
                         QStringLiteral("rate_limited"), QStringLiteral("Too many posts"), true, {}, {}, utc(4, 4), utc(4, 5)};
        QCOMPARE(roundTrip(p), p);
    }

    void metricSample()
    {
        MetricSample m{1, 7, 4, std::nullopt, Platform::TikTok, Metric::SpendMinor, 1234.0, utc(5, 5)};
        QCOMPARE(roundTrip(m), m);
    }

    void automationLog()
    {
        AutomationLog l{1, 7, 11, LogLevel::Warning, QStringLiteral("publish_skipped"),
                        QStringLiteral("Not approved"), QStringLiteral("{}"), utc(6, 6)};
        QCOMPARE(roundTrip(l), l);
    }

    void auditEntry()
    {
        AuditEntry a{1, AuditActor::Automation, QStringLiteral("content.publish"), QStringLiteral("content_item"), 11,
                     QStringLiteral("{\"platform\":\"x\"}"), utc(7, 7)};
        QCOMPARE(roundTrip(a), a);
    }

    void moneyUsesCurrencyExponents()
    {
        QCOMPARE(currencyExponent(QStringLiteral("SAR")), 2);
        QCOMPARE(currencyExponent(QStringLiteral("KWD")), 3);
        QCOMPARE(currencyExponent(QStringLiteral("omr")), 3);
        QCOMPARE(currencyExponent(QStringLiteral("BHD")), 3);
        QCOMPARE(currencyExponent(QStringLiteral("JPY")), 0);
        QCOMPARE(moneyFromMajor(1000, QStringLiteral("SAR")).minor, qint64(100000));
        QCOMPARE(moneyFromMajor(12.345, QStringLiteral("KWD")).minor, qint64(12345));
        QCOMPARE(moneyFromMajor(500, QStringLiteral("JPY")).minor, qint64(500));
        QCOMPARE(moneyFromMajor(0.1 + 0.2, QStringLiteral("USD")).minor, qint64(30));
        QCOMPARE(formatMoney({100050, QStringLiteral("SAR")}, QLocale(QLocale::English, QLocale::UnitedStates)), QStringLiteral("1,000.50 SAR"));
        QCOMPARE(formatMoney({1500, QStringLiteral("KWD")}, QLocale::c()), QStringLiteral("1.500 KWD"));
    }

    void malformedInputThrows_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("unknown status") << QByteArray(R"({"status": "exploded"})");
        QTest::newRow("unknown platform") << QByteArray(R"({"platforms": ["myspace"]})");
        QTest::newRow("name not string") << QByteArray(R"({"name": 5})");
        QTest::newRow("bad date") << QByteArray(R"({"start_date": "18/02/2026"})");
        QTest::newRow("time without zone") << QByteArray(R"({"created_at": "2026-02-18T10:00:00"})");
        QTest::newRow("budget not object") << QByteArray(R"({"budget": 1000})");
        QTest::newRow("array") << QByteArray(R"([1, 2])");
    }
    void malformedInputThrows()
    {
        QFETCH(QByteArray, json);
        const auto parsed = nlohmann::json::parse(json.toStdString());
        QVERIFY_THROWS_EXCEPTION(std::exception, parsed.get<Campaign>());
    }

    void enumIdsAreUniqueAndComplete()
    {
        const QStringList statuses = enumIds<CampaignStatus>();
        QCOMPARE(statuses.size(), 8);
        QCOMPARE(QSet<QString>(statuses.begin(), statuses.end()).size(), statuses.size());
        for (const QString &id : statuses)
            QCOMPARE(enumId(*enumFromId<CampaignStatus>(id)), id);
        QVERIFY(!enumFromId<CampaignStatus>(QStringLiteral("Draft"))); // ids are exact
    }
};

QTEST_GUILESS_MAIN(TestDomainJson)
#include "tst_domainjson.moc"
