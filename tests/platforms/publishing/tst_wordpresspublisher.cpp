// WordPressPublisher against campaignforge-sandbox: post shape with tags and
// featured image, native scheduling, every fault kind, a dropped answer and
// its reconcile, and the credentials rule.
#include "PublisherHarness.h"

#include <QFloat16>

#include "platforms/publishing/WordPressPublisher.h"

using namespace cf;
using cf::test::PublisherHarness;
using Json = nlohmann::json;

namespace {
const QString kHost = QStringLiteral("blog.example.com");
const QString kCredentials = QStringLiteral("noura:abcd EFGH 1234 ijkl MNOP 5678");
} // namespace

class TestWordPressPublisher : public QObject
{
    Q_OBJECT

    PublisherHarness m_harness;

    PublishRequest request(const QString &title, const QStringList &hashtags = {QStringLiteral("Ramadan"), QStringLiteral("Eid")})
    {
        PublishRequest req = test::textRequest(Platform::WordPress, QStringLiteral("1@blog.example.com"), kCredentials,
                                               QStringLiteral("Our Ramadan offers are here."), QStringLiteral("https://shop.example.com/?utm_source=blog"),
                                               hashtags);
        req.item.copy->en.headline = title;
        req.connection.apiBase = QStringLiteral("https://blog.example.com");
        return req;
    }
    Json body(const Json &recorded, std::size_t index = 0) { return Json::parse(recorded[index]["body"].get<std::string>()); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_harness.start()); }
    void init() { QVERIFY(m_harness.reset()); }

    void postWithTagsAndFeaturedImage()
    {
        WordPressPublisher publisher(m_harness.network(), m_harness.endpoints());
        PublishRequest req = request(QStringLiteral("Ramadan offers"));
        req.media.push_back(m_harness.image(QStringLiteral("hero.jpg"), 1200, 630));
        QVERIFY(publisher.checkLimits(req).isEmpty());
        std::map<QString, QString> checkpoints;
        const auto outcome = m_harness.publish(publisher, req, &checkpoints);
        QVERIFY(outcome);
        QCOMPARE(outcome->status, PublishStatus::Published);
        QVERIFY(outcome->permalink.startsWith(QLatin1String("https://blog.example.com/?p=")));
        const Json posts = m_harness.recorded(kHost, QStringLiteral("/wp/v2/posts$"));
        QCOMPARE(posts.size(), size_t(1));
        const Json sent = body(posts);
        QCOMPARE(sent["status"], "publish");
        QCOMPARE(sent["title"], "Ramadan offers");
        QVERIFY(QString::fromStdString(sent["content"]).startsWith(QLatin1String("<p>Our Ramadan offers are here.")));
        QCOMPARE(sent["tags"].size(), size_t(2));
        QCOMPARE(QString::number(sent["featured_media"].get<qint64>()), checkpoints[QStringLiteral("wp_media")]);
        QVERIFY(QString::fromStdString(posts[0]["headers"]["authorization"]).startsWith(QLatin1String("Basic ")));
        const Json media = m_harness.recorded(kHost, QStringLiteral("/wp/v2/media$"));
        QCOMPARE(media.size(), size_t(1));
        QVERIFY(QString::fromStdString(media[0]["headers"]["content-disposition"]).contains(QLatin1String("hero.jpg")));
        QCOMPARE(m_harness.recorded(kHost, QStringLiteral("/wp/v2/tags$")).size(), size_t(2));
        // A second post finds the tags instead of creating them again.
        QCOMPARE(m_harness.publish(publisher, request(QStringLiteral("Eid offers")))->status, PublishStatus::Published);
        QCOMPARE(m_harness.recorded(kHost, QStringLiteral("/wp/v2/tags$")).size(), size_t(2));
        QCOMPARE(body(m_harness.recorded(kHost, QStringLiteral("/wp/v2/posts$")), 1)["tags"], sent["tags"]);
    }

    void scheduledPostIsFutureWithDateGmt()
    {
        WordPressPublisher publisher(m_harness.network(), m_harness.endpoints());
        PublishRequest req = request(QStringLiteral("Coming soon"), {});
        req.publishAtUtc = QDateTime::currentDateTimeUtc().addSecs(7200);
        const auto outcome = m_harness.publish(publisher, req);
        QVERIFY(outcome);
        QCOMPARE(outcome->status, PublishStatus::ScheduledNatively);
        const Json sent = body(m_harness.recorded(kHost, QStringLiteral("/wp/v2/posts$")));
        QCOMPARE(sent["status"], "future");
        QCOMPARE(QString::fromStdString(sent["date_gmt"]), req.publishAtUtc->toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
        QVERIFY(!sent.contains("tags"));
        const auto found = m_harness.reconcile(publisher, req);
        QVERIFY(found);
        QCOMPARE(found->status, ReconcileStatus::Published);
        QCOMPARE(found->externalId, outcome->externalId);
    }

    void faultsMapOntoTheTaxonomy()
    {
        WordPressPublisher publisher(m_harness.network(), m_harness.endpoints());
        QVERIFY(m_harness.addFault({{"host", "blog.example.com"}, {"path_regex", "/posts$"}, {"method", "POST"}, {"fault", "rate_limit"}, {"retry_after", 90}}));
        auto outcome = m_harness.publish(publisher, request(QStringLiteral("a"), {}));
        QCOMPARE(outcome->status, PublishStatus::FailedRetryable);
        QCOMPARE(outcome->error, PublishErrorKind::RateLimited);
        QVERIFY(outcome->retryNotBeforeUtc && *outcome->retryNotBeforeUtc > QDateTime::currentDateTimeUtc().addSecs(80));
        QVERIFY(m_harness.addFault({{"host", "blog.example.com"}, {"path_regex", "/posts$"}, {"method", "POST"}, {"fault", "server_error"}}));
        outcome = m_harness.publish(publisher, request(QStringLiteral("b"), {}));
        QCOMPARE(outcome->status, PublishStatus::Unknown);
        QVERIFY(m_harness.addFault({{"host", "blog.example.com"}, {"path_regex", "/posts$"}, {"method", "POST"}, {"fault", "token_expired"}}));
        outcome = m_harness.publish(publisher, request(QStringLiteral("c"), {}));
        QCOMPARE(outcome->status, PublishStatus::FailedRetryable);
        QVERIFY(outcome->unauthorized);
        QCOMPARE(outcome->error, PublishErrorKind::TokenExpiredOrInvalid);
        QVERIFY(m_harness.addFault({{"host", "blog.example.com"}, {"path_regex", "/posts$"}, {"method", "POST"}, {"fault", "policy"}}));
        outcome = m_harness.publish(publisher, request(QStringLiteral("d"), {}));
        QCOMPARE(outcome->status, PublishStatus::FailedPermanent);
        QCOMPARE(outcome->error, PublishErrorKind::PermissionMissing);
        QCOMPARE(outcome->platformCode, QStringLiteral("rest_cannot_create"));
    }

    void droppedAnswerIsUnknownSentOnceAndReconciled()
    {
        WordPressPublisher publisher(m_harness.network(), m_harness.endpoints());
        QVERIFY(m_harness.reconcile(publisher, request(QStringLiteral("warm up"))));
        QVERIFY(m_harness.addFault({{"host", "blog.example.com"}, {"path_regex", "/posts$"}, {"method", "POST"}, {"fault", "drop_after_accept"}, {"count", 3}}));
        const PublishRequest req = request(QStringLiteral("Dropped but applied"), {});
        const auto outcome = m_harness.publish(publisher, req);
        QVERIFY(outcome);
        QCOMPARE(outcome->status, PublishStatus::Unknown);
        QCOMPARE(m_harness.recorded(kHost, QStringLiteral("/wp/v2/posts$")).size(), size_t(1));
        const auto found = m_harness.reconcile(publisher, req);
        QVERIFY(found);
        QCOMPARE(found->status, ReconcileStatus::Published);
        QVERIFY(!found->externalId.isEmpty());
        const auto missing = m_harness.reconcile(publisher, request(QStringLiteral("Never sent")));
        QCOMPARE(missing->status, ReconcileStatus::NotPublished);
    }

    void cancelTrashesAFuturePostOnly()
    {
        WordPressPublisher publisher(m_harness.network(), m_harness.endpoints());
        PublishRequest req = request(QStringLiteral("Taken back"), {});
        req.publishAtUtc = QDateTime::currentDateTimeUtc().addSecs(7200);
        const auto scheduled = m_harness.publish(publisher, req);
        QCOMPARE(scheduled->status, PublishStatus::ScheduledNatively);
        const QString id = scheduled->externalId;
        const QString path = QStringLiteral("/wp/v2/posts/") + id + QLatin1Char('$');

        auto outcome = m_harness.cancel(publisher, req, id);
        QVERIFY(outcome);
        QVERIFY2(outcome->cancelled, qPrintable(outcome->message));
        QCOMPARE(m_harness.recorded(kHost, path, QStringLiteral("GET")).size(), size_t(1));
        const Json deletes = m_harness.recorded(kHost, path, QStringLiteral("DELETE"));
        QCOMPARE(deletes.size(), size_t(1));
        QVERIFY(!QString::fromStdString(deletes[0].value("query", std::string())).contains(QLatin1String("force"))); // to the trash
        // In the trash now: a second cancel reads it and deletes nothing more.
        QVERIFY(m_harness.cancel(publisher, req, id)->cancelled);
        QCOMPARE(m_harness.recorded(kHost, path, QStringLiteral("DELETE")).size(), size_t(1));
        // Deleted on the site meanwhile (404 rest_post_invalid_id): nothing left to take back.
        QVERIFY(m_harness.cancel(publisher, req, QStringLiteral("987654"))->cancelled);

        // A post that is out (published at once, or a future post whose time came) stays.
        const auto live = m_harness.publish(publisher, request(QStringLiteral("Out already"), {}));
        outcome = m_harness.cancel(publisher, req, live->externalId);
        QVERIFY(!outcome->cancelled);
        QVERIFY(!outcome->retryable);
        QVERIFY(outcome->message.contains(QLatin1String("WordPress")));
        const auto later = m_harness.publish(publisher, req);
        QVERIFY(m_harness.advanceClock(7300));
        QVERIFY(!m_harness.cancel(publisher, req, later->externalId)->cancelled);
        QCOMPARE(m_harness.recorded(kHost, QStringLiteral("/wp/v2/posts/"), QStringLiteral("DELETE")).size(), size_t(1));
    }

    void cancelFailuresFollowTheTaxonomy()
    {
        WordPressPublisher publisher(m_harness.network(), m_harness.endpoints());
        PublishRequest req = request(QStringLiteral("Kept by faults"), {});
        req.publishAtUtc = QDateTime::currentDateTimeUtc().addSecs(7200);
        const QString id = m_harness.publish(publisher, req)->externalId;
        QVERIFY(m_harness.addFault({{"host", "blog.example.com"}, {"path_regex", "/posts/"}, {"method", "DELETE"}, {"fault", "rate_limit"}}));
        auto outcome = m_harness.cancel(publisher, req, id);
        QVERIFY(!outcome->cancelled);
        QVERIFY(outcome->retryable);
        QVERIFY(outcome->message.contains(QLatin1String("Too many requests")));
        QVERIFY(m_harness.addFault({{"host", "blog.example.com"}, {"path_regex", "/posts/"}, {"method", "GET"}, {"fault", "policy"}}));
        outcome = m_harness.cancel(publisher, req, id);
        QVERIFY(!outcome->cancelled);
        QVERIFY(!outcome->retryable);
        QVERIFY(m_harness.addFault({{"host", "blog.example.com"}, {"path_regex", "/posts/"}, {"method", "GET"}, {"fault", "server_error"}}));
        QVERIFY(m_harness.cancel(publisher, req, id)->retryable);
        // After the faults the post is still "future" and can be taken back.
        QVERIFY(m_harness.cancel(publisher, req, id)->cancelled);
    }

    void credentialsWithoutUserSendNothing()
    {
        WordPressPublisher publisher(m_harness.network(), m_harness.endpoints());
        PublishRequest req = request(QStringLiteral("x"), {});
        req.accessToken = QStringLiteral("abcd EFGH 1234 ijkl MNOP 5678");
        const auto outcome = m_harness.publish(publisher, req);
        QCOMPARE(outcome->status, PublishStatus::FailedPermanent);
        QCOMPARE(outcome->error, PublishErrorKind::TokenExpiredOrInvalid);
        QCOMPARE(m_harness.recorded(kHost, QStringLiteral(".*"), QStringLiteral("POST")).size(), size_t(0));
    }

    void limits()
    {
        WordPressPublisher publisher(m_harness.network(), m_harness.endpoints());
        QCOMPARE(publisher.checkLimits(request(QString())).size(), 1);
        PublishRequest req = request(QStringLiteral("ok"));
        req.media.push_back(m_harness.video(QStringLiteral("v.mp4"), 1000));
        QCOMPARE(publisher.checkLimits(req).size(), 1);
        req = request(QStringLiteral("ok"));
        req.publishAtUtc = QDateTime::currentDateTimeUtc().addSecs(10);
        QCOMPARE(publisher.checkLimits(req).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestWordPressPublisher)
#include "tst_wordpresspublisher.moc"
