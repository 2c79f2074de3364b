// LinkedInPublisher against campaignforge-sandbox: member text post with the
// version headers and escaped little text, one and several images
// (initializeUpload + PUT), organisation author, limits, every fault kind and
// reconcile through the author's posts.
#include "PublisherHarness.h"

#include "platforms/publishing/LinkedInPublisher.h"

using namespace cf;
using cf::test::PublisherHarness;
using Json = nlohmann::json;

namespace {
const QString kApi = QStringLiteral("api.linkedin.com");
}

class TestLinkedInPublisher : public QObject
{
    Q_OBJECT

    PublisherHarness m_harness;
    QString m_token;
    QString m_memberId;

    PublishRequest request(const QString &text)
    {
        return test::textRequest(Platform::LinkedIn, m_memberId, m_token, text, QStringLiteral("https://shop.example.com/li"), {QStringLiteral("Riyadh")});
    }
    Json sentPost(std::size_t index = 0)
    {
        return Json::parse(m_harness.recorded(kApi, QStringLiteral("^/rest/posts$"))[index]["body"].get<std::string>());
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_harness.start()); }
    void init()
    {
        QVERIFY(m_harness.reset());
        std::tie(m_token, m_memberId) = m_harness.linkedInToken(QStringLiteral("openid profile w_member_social r_member_social"));
        QVERIFY(!m_token.isEmpty());
        QVERIFY(!m_memberId.isEmpty());
    }

    void versionIsTwoMonthsBack()
    {
        QCOMPARE(LinkedInPublisher::versionFor(QDateTime(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC)), QByteArray("202609"));
        QCOMPARE(LinkedInPublisher::versionFor(QDateTime(QDate(2026, 1, 5), QTime(0, 0), Qt::UTC)), QByteArray("202511"));
    }

    void memberTextPost()
    {
        LinkedInPublisher publisher(m_harness.network(), m_harness.endpoints());
        const PublishRequest req = request(QStringLiteral("Eid offer (30% off) for [members]"));
        QVERIFY(publisher.checkLimits(req).isEmpty());
        const auto outcome = m_harness.publish(publisher, req);
        QVERIFY(outcome);
        QCOMPARE(outcome->status, PublishStatus::Published);
        QVERIFY(outcome->externalId.startsWith(QLatin1String("urn:li:share:")));
        QCOMPARE(outcome->permalink, QStringLiteral("https://www.linkedin.com/feed/update/") + outcome->externalId);
        const Json sent = m_harness.recorded(kApi, QStringLiteral("^/rest/posts$"));
        QCOMPARE(sent.size(), size_t(1));
        QVERIFY(sent[0]["headers"]["x-restli-protocol-version"] == "2.0.0");
        QVERIFY(sent[0]["headers"]["linkedin-version"] == LinkedInPublisher::versionFor(QDateTime::currentDateTimeUtc()).toStdString());
        const Json body = sentPost();
        QVERIFY(body["author"] == "urn:li:person:" + m_memberId.toStdString());
        QVERIFY(body["commentary"] == "Eid offer \\(30% off\\) for \\[members\\]\n\n#Riyadh\nhttps://shop.example.com/li");
        QVERIFY(body["visibility"] == "PUBLIC");
        QVERIFY(body["lifecycleState"] == "PUBLISHED");
        QVERIFY(body["distribution"]["feedDistribution"] == "MAIN_FEED");
        QVERIFY(!body.contains("content"));
    }

    void oneAndSeveralImages()
    {
        LinkedInPublisher publisher(m_harness.network(), m_harness.endpoints());
        PublishRequest req = request(QStringLiteral("One image"));
        req.media.push_back(m_harness.image(QStringLiteral("a.png"), 1200, 627));
        std::map<QString, QString> checkpoints;
        QCOMPARE(m_harness.publish(publisher, req, &checkpoints)->status, PublishStatus::Published);
        QCOMPARE(m_harness.recorded(kApi, QStringLiteral("^/rest/images$")).size(), size_t(1));
        QCOMPARE(m_harness.recorded(QStringLiteral("www.linkedin.com"), QStringLiteral("^/dms-uploads/"), QStringLiteral("PUT")).size(), size_t(1));
        QVERIFY(sentPost()["content"]["media"]["id"] == checkpoints[QStringLiteral("li_image_0")].toStdString());

        req = request(QStringLiteral("Two images"));
        req.media.push_back(m_harness.image(QStringLiteral("b.png"), 800, 800));
        req.media.push_back(m_harness.image(QStringLiteral("c.png"), 800, 800));
        checkpoints.clear();
        QCOMPARE(m_harness.publish(publisher, req, &checkpoints)->status, PublishStatus::Published);
        const Json images = sentPost(1)["content"]["multiImage"]["images"];
        QCOMPARE(images.size(), size_t(2));
        QVERIFY(images[1]["id"] == checkpoints[QStringLiteral("li_image_1")].toStdString());
    }

    void organisationAuthor()
    {
        PublishRequest req = request(QStringLiteral("From the company page"));
        req.connection.kind = ConnectionKind::Page;
        req.connection.accountId = QStringLiteral("5515715");
        QCOMPARE(LinkedInPublisher::authorUrn(req.connection), QStringLiteral("urn:li:organization:5515715"));
        req.connection.accountId = QStringLiteral("urn:li:organization:42");
        QCOMPARE(LinkedInPublisher::authorUrn(req.connection), QStringLiteral("urn:li:organization:42"));
        LinkedInPublisher publisher(m_harness.network(), m_harness.endpoints());
        // A member token without the organisation permission is refused...
        const auto refused = m_harness.publish(publisher, req);
        QVERIFY(refused);
        QCOMPARE(refused->error, PublishErrorKind::PermissionMissing);
        // ...one with it posts as the organisation.
        req.accessToken = m_harness.linkedInToken(QStringLiteral("openid profile w_organization_social r_organization_social")).first;
        QCOMPARE(m_harness.publish(publisher, req)->status, PublishStatus::Published);
        QVERIFY(sentPost(1)["author"] == "urn:li:organization:42");
        QCOMPARE(m_harness.reconcile(publisher, req)->status, ReconcileStatus::Published);
    }

    void limits()
    {
        LinkedInPublisher publisher(m_harness.network(), m_harness.endpoints());
        QCOMPARE(publisher.checkLimits(request(QString(3001, QLatin1Char('a')))).size(), 1);
        PublishRequest req = request(QStringLiteral("video"));
        req.media.push_back(m_harness.video(QStringLiteral("v.mp4"), 1000));
        QCOMPARE(publisher.checkLimits(req).size(), 1);
    }

    void faults_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("error");
        QTest::addColumn<bool>("unauthorized");
        QTest::newRow("rate_limit") << QStringLiteral("rate_limit") << int(PublishStatus::FailedRetryable) << int(PublishErrorKind::RateLimited) << false;
        QTest::newRow("server_error") << QStringLiteral("server_error") << int(PublishStatus::Unknown) << int(PublishErrorKind::PlatformUnavailable) << false;
        QTest::newRow("token_expired") << QStringLiteral("token_expired") << int(PublishStatus::FailedRetryable) << int(PublishErrorKind::TokenExpiredOrInvalid) << true;
        QTest::newRow("policy") << QStringLiteral("policy") << int(PublishStatus::FailedPermanent) << int(PublishErrorKind::ContentPolicyViolation) << false;
    }
    void faults()
    {
        QFETCH(QString, fault);
        QFETCH(int, status);
        QFETCH(int, error);
        QFETCH(bool, unauthorized);
        LinkedInPublisher publisher(m_harness.network(), m_harness.endpoints());
        QVERIFY(m_harness.addFault({{"host", "api.linkedin.com"}, {"path_regex", "^/rest/posts$"}, {"fault", fault.toStdString()}, {"retry_after", 120}}));
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const auto outcome = m_harness.publish(publisher, request(QStringLiteral("Fault ") + fault));
        QVERIFY(outcome);
        QCOMPARE(int(outcome->status), status);
        QCOMPARE(int(outcome->error), error);
        QCOMPARE(outcome->unauthorized, unauthorized);
        if (outcome->error == PublishErrorKind::RateLimited) {
            QVERIFY(outcome->retryNotBeforeUtc);
            QVERIFY(*outcome->retryNotBeforeUtc >= before.addSecs(119));
            QVERIFY(*outcome->retryNotBeforeUtc <= QDateTime::currentDateTimeUtc().addSecs(121));
        }
    }

    void duplicateIsPermanent()
    {
        LinkedInPublisher publisher(m_harness.network(), m_harness.endpoints());
        QCOMPARE(m_harness.publish(publisher, request(QStringLiteral("Same")))->status, PublishStatus::Published);
        const auto outcome = m_harness.publish(publisher, request(QStringLiteral("Same")));
        QVERIFY(outcome);
        QCOMPARE(outcome->error, PublishErrorKind::Duplicate);
        QCOMPARE(outcome->status, PublishStatus::FailedPermanent);
    }

    void dropAfterAcceptIsUnknownSentOnceAndReconciled()
    {
        LinkedInPublisher publisher(m_harness.network(), m_harness.endpoints());
        QVERIFY(m_harness.addFault({{"host", "api.linkedin.com"}, {"path_regex", "^/rest/posts$"}, {"method", "POST"}, {"fault", "drop_after_accept"}, {"count", 3}}));
        const PublishRequest req = request(QStringLiteral("Dropped (but live)"));
        const auto outcome = m_harness.publish(publisher, req);
        QVERIFY(outcome);
        QCOMPARE(outcome->status, PublishStatus::Unknown);
        QCOMPARE(m_harness.recorded(kApi, QStringLiteral("^/rest/posts$")).size(), size_t(1));
        const auto found = m_harness.reconcile(publisher, req);
        QVERIFY(found);
        QCOMPARE(found->status, ReconcileStatus::Published);
        QVERIFY(found->externalId.startsWith(QLatin1String("urn:li:share:")));
        QCOMPARE(m_harness.reconcile(publisher, request(QStringLiteral("never")))->status, ReconcileStatus::NotPublished);
    }

    void reconcileWithoutReadPermissionStaysUnknown()
    {
        std::tie(m_token, m_memberId) = m_harness.linkedInToken(QStringLiteral("openid profile w_member_social"));
        LinkedInPublisher publisher(m_harness.network(), m_harness.endpoints());
        const auto found = m_harness.reconcile(publisher, request(QStringLiteral("anything")));
        QVERIFY(found);
        QCOMPARE(found->status, ReconcileStatus::StillUnknown);
        QVERIFY(!found->detail.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLinkedInPublisher)
#include "tst_linkedinpublisher.moc"
