// XPublisher against campaignforge-sandbox: a post with link and hashtags,
// images (simple upload), a video (chunked upload + STATUS), a thread that
// replies post to post and resumes from checkpoints, the weighted limit,
// and every fault kind, with reconcile through GET 2/users/:id/tweets.
#include "PublisherHarness.h"

#include "platforms/publishing/XPublisher.h"
#include "platforms/publishing/XText.h"

using namespace cf;
using cf::test::PublisherHarness;
using Json = nlohmann::json;

namespace {
const QString kHost = QStringLiteral("api.x.com");
}

class TestXPublisher : public QObject
{
    Q_OBJECT

    PublisherHarness m_harness;
    QString m_token;
    QString m_userId;

    PublishRequest request(const QString &text, const QString &link = {}, const QStringList &tags = {})
    {
        return test::textRequest(Platform::X, m_userId, m_token, text, link, tags);
    }
    Json sentJson(const Json &entry) { return Json::parse(entry["body"].get<std::string>()); }
    std::unique_ptr<XPublisher> publisher()
    {
        auto adapter = std::make_unique<XPublisher>(m_harness.network(), m_harness.endpoints());
        adapter->setPollIntervalMs(200);
        return adapter;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_harness.start()); }
    void init()
    {
        QVERIFY(m_harness.reset());
        std::tie(m_token, m_userId) = m_harness.xToken();
        QVERIFY(!m_token.isEmpty());
        QVERIFY(!m_userId.isEmpty());
    }

    void weightedLength()
    {
        QCOMPARE(xtext::weightedLength(QStringLiteral("hello")), 5);
        QCOMPARE(xtext::weightedLength(QStringLiteral("see https://example.com/a/very/long/path?x=1")), 4 + 23);
        QCOMPARE(xtext::weightedLength(QStringLiteral("تخفيضات")), 7);       // Arabic weighs 1
        QCOMPARE(xtext::weightedLength(QStringLiteral("日本")), 4);           // CJK weighs 2
        QCOMPARE(xtext::weightedLength(QString::fromUtf8("\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB")), 2); // ZWJ sequence: one emoji
        const QStringList parts = xtext::splitThread(QString(300, QLatin1Char('a')) + QStringLiteral(" end.\n\nSecond paragraph."));
        QCOMPARE(parts.size(), 3);
        for (const QString &part : parts)
            QVERIFY(xtext::weightedLength(part) <= xtext::kMaxWeightedLength);
    }

    void postWithLinkAndHashtags()
    {
        auto adapter = publisher();
        const PublishRequest req = request(QStringLiteral("Ramadan sale starts now"), QStringLiteral("https://shop.example.com/r"), {QStringLiteral("Ramadan")});
        QVERIFY(adapter->checkLimits(req).isEmpty());
        const auto outcome = m_harness.publish(*adapter, req);
        QVERIFY(outcome);
        QCOMPARE(outcome->status, PublishStatus::Published);
        const Json sent = m_harness.recorded(kHost, QStringLiteral("^/2/tweets$"));
        QCOMPARE(sent.size(), size_t(1));
        const Json body = sentJson(sent[0]);
        QVERIFY(body["text"] == "Ramadan sale starts now\n\n#Ramadan\nhttps://shop.example.com/r");
        QVERIFY(!body.contains("reply"));
        QVERIFY(QString::fromStdString(sent[0]["headers"]["authorization"]).startsWith(QLatin1String("Bearer ")));
        QVERIFY(!outcome->externalId.isEmpty());
        QVERIFY(outcome->permalink.endsWith(outcome->externalId));
    }

    void imagesAreUploadedAndAttached()
    {
        auto adapter = publisher();
        PublishRequest req = request(QStringLiteral("Two looks"));
        req.media.push_back(m_harness.image(QStringLiteral("a.png"), 400, 400));
        req.media.push_back(m_harness.image(QStringLiteral("b.jpg"), 400, 400));
        std::map<QString, QString> checkpoints;
        const auto outcome = m_harness.publish(*adapter, req, &checkpoints);
        QVERIFY(outcome);
        QCOMPARE(outcome->status, PublishStatus::Published);
        QCOMPARE(m_harness.recorded(kHost, QStringLiteral("^/2/media/upload$")).size(), size_t(2));
        const Json body = sentJson(m_harness.recorded(kHost, QStringLiteral("^/2/tweets$"))[0]);
        QCOMPARE(body["media"]["media_ids"].size(), size_t(2));
        QVERIFY(body["media"]["media_ids"][0] == checkpoints[QStringLiteral("x_media_0")].toStdString());
        QVERIFY(body["media"]["media_ids"][1] == checkpoints[QStringLiteral("x_media_1")].toStdString());
    }

    void videoUsesTheChunkedUpload()
    {
        auto adapter = publisher();
        PublishRequest req = request(QStringLiteral("Watch the Eid film"));
        req.media.push_back(m_harness.video(QStringLiteral("v.mp4"), XPublisher::kChunkBytes + 1000, 20));
        const auto outcome = m_harness.publish(*adapter, req);
        QVERIFY(outcome);
        QCOMPARE(outcome->status, PublishStatus::Published);
        QCOMPARE(m_harness.recorded(kHost, QStringLiteral("/initialize$")).size(), size_t(1));
        QCOMPARE(m_harness.recorded(kHost, QStringLiteral("/append$")).size(), size_t(2)); // two chunks
        QCOMPARE(m_harness.recorded(kHost, QStringLiteral("/finalize$")).size(), size_t(1));
        // The video was "in_progress" after finalize: STATUS was polled until it succeeded.
        QVERIFY(m_harness.recorded(kHost, QStringLiteral("^/2/media/upload$"), QStringLiteral("GET")).size() >= 1);
        QCOMPARE(sentJson(m_harness.recorded(kHost, QStringLiteral("^/2/tweets$"))[0])["media"]["media_ids"].size(), size_t(1));
    }

    void threadRepliesPostToPostAndResumes()
    {
        auto adapter = publisher();
        PublishRequest req = request(QStringLiteral("First: the offer.\n\nSecond: the details.\n\nThird: the date."), {}, {QStringLiteral("Eid")});
        req.item.contentType = ContentType::Thread;
        QCOMPARE(XPublisher::postsOf(req).size(), 3);
        std::map<QString, QString> checkpoints;
        const auto outcome = m_harness.publish(*adapter, req, &checkpoints);
        QVERIFY(outcome);
        QCOMPARE(outcome->status, PublishStatus::Published);
        QCOMPARE(checkpoints.size(), size_t(3));
        QCOMPARE(outcome->externalId, checkpoints[QStringLiteral("x_post_0")]);
        const Json sent = m_harness.recorded(kHost, QStringLiteral("^/2/tweets$"));
        QCOMPARE(sent.size(), size_t(3));
        QVERIFY(!sentJson(sent[0]).contains("reply"));
        QVERIFY(sentJson(sent[1])["reply"]["in_reply_to_tweet_id"] == checkpoints[QStringLiteral("x_post_0")].toStdString());
        QVERIFY(sentJson(sent[2])["reply"]["in_reply_to_tweet_id"] == checkpoints[QStringLiteral("x_post_1")].toStdString());
        QVERIFY(sentJson(sent[2])["text"] == "Third: the date.\n\n#Eid");

        // An attempt that got as far as the second post resumes with the third only.
        const QString third = checkpoints[QStringLiteral("x_post_2")];
        QCOMPARE(m_harness.sandbox().send("DELETE", m_harness.sandbox().url(QStringLiteral("api.x.com/2/tweets/") + third), {}, {},
                                          {{"Authorization", "Bearer " + m_token.toUtf8()}}).status, 200);
        checkpoints.erase(QStringLiteral("x_post_2"));
        req.checkpoints = checkpoints;
        const auto resumed = m_harness.publish(*adapter, req, &checkpoints);
        QVERIFY(resumed);
        QCOMPARE(resumed->status, PublishStatus::Published);
        const Json again = m_harness.recorded(kHost, QStringLiteral("^/2/tweets$"));
        QCOMPARE(again.size(), size_t(4));
        QVERIFY(sentJson(again[3])["reply"]["in_reply_to_tweet_id"] == checkpoints[QStringLiteral("x_post_1")].toStdString());
        QCOMPARE(resumed->externalId, outcome->externalId);
    }

    void limitsAreCheckedBeforeSending()
    {
        auto adapter = publisher();
        QCOMPARE(adapter->checkLimits(request(QString(281, QLatin1Char('a')))).size(), 1);
        QVERIFY(adapter->checkLimits(request(QString(280, QLatin1Char('a')))).isEmpty());
        QCOMPARE(adapter->checkLimits(request(QString(141, QChar(0x65E5)))).size(), 1); // 282 weighted
        PublishRequest req = request(QStringLiteral("too many"));
        for (int i = 0; i < 5; ++i)
            req.media.push_back(m_harness.image(QStringLiteral("i%1.png").arg(i), 10, 10));
        QCOMPARE(adapter->checkLimits(req).size(), 1);
    }

    void rateLimitReadsTheResetHeaders()
    {
        auto adapter = publisher();
        QVERIFY(m_harness.addFault({{"host", "api.x.com"}, {"path_regex", "^/2/tweets$"}, {"fault", "rate_limit"}, {"retry_after", 900}}));
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const auto outcome = m_harness.publish(*adapter, request(QStringLiteral("limited")));
        QVERIFY(outcome);
        QCOMPARE(outcome->status, PublishStatus::FailedRetryable);
        QCOMPARE(outcome->error, PublishErrorKind::RateLimited);
        QVERIFY(outcome->retryNotBeforeUtc);
        QVERIFY(*outcome->retryNotBeforeUtc >= before.addSecs(898));
        QVERIFY(*outcome->retryNotBeforeUtc <= QDateTime::currentDateTimeUtc().addSecs(902));
    }

    void serverErrorIsUnknown()
    {
        auto adapter = publisher();
        QVERIFY(m_harness.addFault({{"host", "api.x.com"}, {"path_regex", "^/2/tweets$"}, {"fault", "server_error"}}));
        const auto outcome = m_harness.publish(*adapter, request(QStringLiteral("boom")));
        QVERIFY(outcome);
        QCOMPARE(outcome->status, PublishStatus::Unknown);
        QCOMPARE(outcome->httpStatus, std::optional<int>(503));
    }

    void expiredTokenIsUnauthorized()
    {
        auto adapter = publisher();
        QVERIFY(m_harness.addFault({{"host", "api.x.com"}, {"path_regex", "^/2/tweets$"}, {"fault", "token_expired"}}));
        const auto outcome = m_harness.publish(*adapter, request(QStringLiteral("expired")));
        QVERIFY(outcome);
        QVERIFY(outcome->unauthorized);
        QCOMPARE(outcome->error, PublishErrorKind::TokenExpiredOrInvalid);
    }

    void policyAndDuplicateArePermanent()
    {
        auto adapter = publisher();
        QVERIFY(m_harness.addFault({{"host", "api.x.com"}, {"path_regex", "^/2/tweets$"}, {"fault", "policy"}}));
        auto outcome = m_harness.publish(*adapter, request(QStringLiteral("blocked")));
        QVERIFY(outcome);
        QCOMPARE(outcome->status, PublishStatus::FailedPermanent);
        QCOMPARE(outcome->error, PublishErrorKind::ContentPolicyViolation);
        QCOMPARE(m_harness.publish(*adapter, request(QStringLiteral("twice")))->status, PublishStatus::Published);
        outcome = m_harness.publish(*adapter, request(QStringLiteral("twice")));
        QVERIFY(outcome);
        QCOMPARE(outcome->error, PublishErrorKind::Duplicate);
        QCOMPARE(outcome->httpStatus, std::optional<int>(403));
    }

    void dropAfterAcceptIsUnknownSentOnceAndReconciled()
    {
        auto adapter = publisher();
        QVERIFY(m_harness.addFault({{"host", "api.x.com"}, {"path_regex", "^/2/tweets$"}, {"method", "POST"}, {"fault", "drop_after_accept"}, {"count", 3}}));
        const PublishRequest req = request(QStringLiteral("dropped but applied"));
        const auto outcome = m_harness.publish(*adapter, req);
        QVERIFY(outcome);
        QCOMPARE(outcome->status, PublishStatus::Unknown);
        QCOMPARE(m_harness.recorded(kHost, QStringLiteral("^/2/tweets$")).size(), size_t(1));
        const auto found = m_harness.reconcile(*adapter, req);
        QVERIFY(found);
        QCOMPARE(found->status, ReconcileStatus::Published);
        QVERIFY(!found->externalId.isEmpty());
        const auto missing = m_harness.reconcile(*adapter, request(QStringLiteral("never sent")));
        QVERIFY(missing);
        QCOMPARE(missing->status, ReconcileStatus::NotPublished);
    }
};

QTEST_GUILESS_MAIN(TestXPublisher)
#include "tst_xpublisher.moc"
