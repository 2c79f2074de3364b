// EmailReportsReader against campaignforge-sandbox: a Mailchimp campaign
// report (emails sent, opens, clicks) and the stats of a Kit broadcast
// published by the real adapter (recipients, opens from the open rate,
// clicks), exact; an unknown broadcast, a Mailchimp key refused, Kit's 429.
#include "../sandbox/SandboxTokens.h"
#include "ReaderHarness.h"

#include "platforms/metrics/EmailReportsReader.h"
#include "platforms/publishing/KitPublisher.h"

#include <cmath>

using namespace cf;
using namespace cf::test;

class TestEmailReaders : public QObject
{
    Q_OBJECT

    PublisherHarness m_harness;

    static MetricsQuery query(Platform platform, const QString &token, std::vector<QString> ids)
    {
        MetricsQuery q = adsQuery(platform, QStringLiteral("acct"), token, std::move(ids));
        q.connection.kind = ConnectionKind::Account;
        q.connection.apiBase = QStringLiteral("https://us19.api.mailchimp.com");
        q.ads = false;
        return q;
    }
    std::unique_ptr<MetricsReader> reader(Platform platform)
    {
        return createMetricsReader(platform, false, m_harness.network(), m_harness.endpoints(), systemNow());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_harness.start());
    }
    void init()
    {
        QVERIFY(m_harness.reset());
    }

    void mailchimpReport()
    {
        const QString token = mailchimpToken(m_harness.sandbox());
        auto r = reader(Platform::Mailchimp);
        QVERIFY(dynamic_cast<EmailReportsReader *>(r.get()));
        QVERIFY(!r->readsStatus(false));
        const QString campaign = QStringLiteral("0123abcdef");
        const MetricsResult result = readMetrics(*r, query(Platform::Mailchimp, token, {campaign}));
        QVERIFY2(result.ok, qPrintable(result.failure.platformMessage));
        const qint64 sent = sandboxImpressions(campaign, 0);
        QCOMPARE(result.entities.at(0).values.at(Metric::Reach), double(sent));
        QCOMPARE(result.entities.at(0).values.at(Metric::Impressions), double(sent * 3 / 5));
        QCOMPARE(result.entities.at(0).values.at(Metric::Clicks), double(sent / 25));
        const auto requests = m_harness.recorded(QStringLiteral("mailchimp"), QStringLiteral("/3.0/reports/0123abcdef$"), QStringLiteral("GET"));
        QCOMPARE(requests.size(), size_t(1));
    }

    void mailchimpRefusedKeyIsUnauthorized()
    {
        const QString token = mailchimpToken(m_harness.sandbox());
        QVERIFY(m_harness.addFault({{"host", "mailchimp"}, {"path_regex", "/reports/"}, {"fault", "token_invalid"}}));
        auto r = reader(Platform::Mailchimp);
        const MetricsResult result = readMetrics(*r, query(Platform::Mailchimp, token, {QStringLiteral("0123abcdef")}));
        QVERIFY(!result.ok);
        QVERIFY(result.failure.unauthorized);
    }

    void kitBroadcastStats()
    {
        const QString token = kitToken(m_harness.sandbox());
        KitPublisher publisher(m_harness.network(), m_harness.endpoints());
        PublishRequest request = textRequest(Platform::Kit, QStringLiteral("acct"), token, QStringLiteral("Ramadan offers inside."),
                                             QStringLiteral("https://shop.example.com/"));
        EmailCopy copy;
        copy.subject = QStringLiteral("Ramadan sale");
        copy.html = QStringLiteral("<p>Ramadan offers inside.</p>");
        copy.text = QStringLiteral("Ramadan offers inside.");
        request.item.copy->en.email = copy;
        request.item.copy->brandName = QStringLiteral("Noura Boutique");
        const auto outcome = m_harness.publish(publisher, request);
        QVERIFY(outcome);
        QVERIFY2(outcome->status == PublishStatus::Published, qPrintable(outcome->platformMessage));

        auto r = reader(Platform::Kit);
        const MetricsResult result = readMetrics(*r, query(Platform::Kit, token, {outcome->externalId}));
        QVERIFY2(result.ok, qPrintable(result.failure.platformMessage));
        const qint64 recipients = sandboxImpressions(outcome->externalId, 0);
        const double openRate = double(qRound64(double(recipients * 3 / 5) * 10000.0 / double(recipients))) / 100.0;
        QCOMPARE(result.entities.at(0).values.at(Metric::Reach), double(recipients));
        QCOMPARE(result.entities.at(0).values.at(Metric::Impressions), std::round(double(recipients) * openRate / 100.0));
        QCOMPARE(result.entities.at(0).values.at(Metric::Clicks), double(recipients / 25));

        const MetricsResult unknown = readMetrics(*r, query(Platform::Kit, token, {QStringLiteral("999999")}));
        QVERIFY(!unknown.ok);
        QCOMPARE(unknown.failure.httpStatus, std::optional<int>(404));
    }

    void kitRateLimit()
    {
        const QString token = kitToken(m_harness.sandbox());
        QVERIFY(m_harness.addFault({{"host", "api.kit.com"}, {"path_regex", "/stats$"}, {"fault", "rate_limit"}}));
        auto r = reader(Platform::Kit);
        const MetricsResult result = readMetrics(*r, query(Platform::Kit, token, {QStringLiteral("21")}));
        QVERIFY(!result.ok);
        QCOMPARE(result.failure.error, PublishErrorKind::RateLimited);
    }
};

QTEST_GUILESS_MAIN(TestEmailReaders)
#include "tst_emailreaders.moc"
