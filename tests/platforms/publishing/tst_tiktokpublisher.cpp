// TikTokPublisher against campaignforge-sandbox: creator info first, Direct
// Post and inbox video uploads, a photo post through the WordPress media
// host, status polling to the post id, faults, dropped inits and reconcile.
#include "../sandbox/SandboxTokens.h"
#include "PublisherHarness.h"

#include <QFloat16>

#include "platforms/publishing/TikTokPublisher.h"
#include "platforms/publishing/WordPressMediaHost.h"

using namespace cf;
using cf::test::PublisherHarness;
using Json = nlohmann::json;

namespace {
const QString kHost = QStringLiteral("open.tiktokapis.com");
} // namespace

class TestTikTokPublisher : public QObject
{
    Q_OBJECT

    PublisherHarness m_harness;
    QString m_token;

    PublishRequest request(const QString &text)
    {
        PublishRequest req = test::textRequest(Platform::TikTok, QStringLiteral("tt-user"), m_token, text, {}, {QStringLiteral("ramadan")});
        req.item.copy->en.headline = QStringLiteral("Ramadan looks");
        return req;
    }
    PublishRequest videoRequest(const QString &text)
    {
        PublishRequest req = request(text);
        req.media.push_back(m_harness.video(QStringLiteral("clip.mp4"), 300000, 20));
        return req;
    }
    PublishRequest photoRequest(const QString &text)
    {
        PublishRequest req = request(text);
        req.media.push_back(m_harness.image(QStringLiteral("1.jpg"), 1080, 1080));
        req.media.push_back(m_harness.image(QStringLiteral("2.jpg"), 1080, 1080));
        return req;
    }
    Json body(const Json &recorded, std::size_t index = 0) { return Json::parse(recorded[index]["body"].get<std::string>()); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_harness.start()); }
    void init()
    {
        QVERIFY(m_harness.reset());
        m_token = test::tiktokToken(m_harness.sandbox());
        QVERIFY(!m_token.isEmpty());
    }

    void directPostVideo()
    {
        TikTokPublisher publisher(m_harness.network(), m_harness.endpoints());
        const PublishRequest req = videoRequest(QStringLiteral("Ramadan looks"));
        QVERIFY(publisher.checkLimits(req).isEmpty());
        std::map<QString, QString> checkpoints;
        const auto outcome = m_harness.publish(publisher, req, &checkpoints, 30000);
        QVERIFY(outcome);
        QCOMPARE(outcome->status, PublishStatus::Published);
        QVERIFY(!outcome->externalId.isEmpty());
        QVERIFY(outcome->permalink.startsWith(QLatin1String("https://www.tiktok.com/@")));
        QVERIFY(outcome->permalink.endsWith(QLatin1String("/video/") + outcome->externalId));
        QCOMPARE(m_harness.recorded(kHost, QStringLiteral("/creator_info/query/$")).size(), size_t(1));
        const Json init = body(m_harness.recorded(kHost, QStringLiteral("/publish/video/init/$")));
        QCOMPARE(init["post_info"]["privacy_level"], "PUBLIC_TO_EVERYONE");
        QCOMPARE(init["post_info"]["title"], "Ramadan looks\n\n#ramadan");
        QCOMPARE(init["post_info"]["brand_content_toggle"], false);
        QCOMPARE(init["source_info"]["source"], "FILE_UPLOAD");
        QCOMPARE(init["source_info"]["video_size"].get<qint64>(), 300000);
        QCOMPARE(init["source_info"]["chunk_size"].get<qint64>(), 300000); // below 5 MB: one chunk
        QCOMPARE(init["source_info"]["total_chunk_count"].get<qint64>(), 1);
        QVERIFY(checkpoints.count(QStringLiteral("tt_publish")));
        const Json uploads = m_harness.recorded(QStringLiteral("open-upload.tiktokapis.com"), QStringLiteral("/video/$"), QStringLiteral("PUT"));
        QCOMPARE(uploads.size(), size_t(1));
        QCOMPARE(QString::fromStdString(uploads[0]["headers"]["content-range"]), QStringLiteral("bytes 0-299999/300000"));
        QVERIFY(m_harness.recorded(kHost, QStringLiteral("/status/fetch/$")).size() >= 1);
        // Reconcile asks status/fetch and finds the same post.
        PublishRequest retry = req;
        retry.checkpoints = checkpoints;
        const auto found = m_harness.reconcile(publisher, retry);
        QCOMPARE(found->status, ReconcileStatus::Published);
        QCOMPARE(found->externalId, outcome->externalId);
    }

    void inboxUploadWithOnlyTheUploadScope()
    {
        m_token = test::tiktokToken(m_harness.sandbox(), QStringLiteral("user.info.basic,video.upload,video.publish"));
        TikTokPublisher publisher(m_harness.network(), m_harness.endpoints());
        PublishRequest req = videoRequest(QStringLiteral("Draft for the app"));
        req.connection.scopes = QStringList{QStringLiteral("user.info.basic"), QStringLiteral("video.upload")};
        const auto outcome = m_harness.publish(publisher, req, nullptr, 30000);
        QCOMPARE(outcome->status, PublishStatus::Published);
        QVERIFY(outcome->externalId.startsWith(QLatin1String("v_inbox_file")));
        QVERIFY(!outcome->platformMessage.isEmpty());
        QCOMPARE(m_harness.recorded(kHost, QStringLiteral("/inbox/video/init/$")).size(), size_t(1));
        QVERIFY(!body(m_harness.recorded(kHost, QStringLiteral("/inbox/video/init/$"))).contains("post_info"));
    }

    void photoPostThroughThePublicMediaHost()
    {
        TikTokPublisher publisher(m_harness.network(), m_harness.endpoints());
        publisher.setPublicMediaHost(std::make_shared<WordPressMediaHost>(m_harness.network(), m_harness.endpoints(), QStringLiteral("https://blog.example.com"),
                                                                          QStringLiteral("noura"), QStringLiteral("abcd EFGH 1234 ijkl MNOP 5678")));
        const PublishRequest req = photoRequest(QStringLiteral("Two looks"));
        QVERIFY(publisher.checkLimits(req).isEmpty());
        const auto outcome = m_harness.publish(publisher, req, nullptr, 30000);
        QVERIFY(outcome);
        QCOMPARE(outcome->status, PublishStatus::Published);
        const Json init = body(m_harness.recorded(kHost, QStringLiteral("/content/init/$")));
        QCOMPARE(init["media_type"], "PHOTO");
        QCOMPARE(init["post_mode"], "DIRECT_POST");
        QCOMPARE(init["source_info"]["photo_images"].size(), size_t(2));
        QVERIFY(QString::fromStdString(init["source_info"]["photo_images"][0]).startsWith(QLatin1String("https://blog.example.com/wp-content/uploads/")));
        QCOMPARE(init["post_info"]["title"], "Ramadan looks");
        QCOMPARE(m_harness.recorded(QStringLiteral("blog.example.com"), QStringLiteral("/wp/v2/media/[0-9]"), QStringLiteral("DELETE")).size(), size_t(2));
        // Without a media host photos cannot go out.
        TikTokPublisher hostless(m_harness.network(), m_harness.endpoints());
        const auto refused = m_harness.publish(hostless, req);
        QCOMPARE(refused->status, PublishStatus::FailedPermanent);
        QCOMPARE(refused->error, PublishErrorKind::MediaRejected);
    }

    void faultsMapOntoTheTaxonomy()
    {
        TikTokPublisher publisher(m_harness.network(), m_harness.endpoints());
        QVERIFY(m_harness.addFault({{"host", "open.tiktokapis.com"}, {"path_regex", "/video/init/$"}, {"fault", "rate_limit"}, {"retry_after", 60}}));
        auto outcome = m_harness.publish(publisher, videoRequest(QStringLiteral("a")));
        QCOMPARE(outcome->status, PublishStatus::FailedRetryable);
        QCOMPARE(outcome->error, PublishErrorKind::RateLimited);
        QCOMPARE(outcome->platformCode, QStringLiteral("rate_limit_exceeded"));
        QVERIFY(m_harness.addFault({{"host", "open.tiktokapis.com"}, {"path_regex", "/creator_info/query/$"}, {"fault", "token_expired"}}));
        outcome = m_harness.publish(publisher, videoRequest(QStringLiteral("b")));
        QVERIFY(outcome->unauthorized);
        QVERIFY(m_harness.addFault({{"host", "open.tiktokapis.com"}, {"path_regex", "/video/init/$"}, {"fault", "policy"}}));
        outcome = m_harness.publish(publisher, videoRequest(QStringLiteral("c")));
        QCOMPARE(outcome->status, PublishStatus::FailedPermanent);
        QCOMPARE(outcome->error, PublishErrorKind::ContentPolicyViolation);
        QVERIFY(m_harness.addFault({{"host", "open.tiktokapis.com"}, {"path_regex", "/video/init/$"}, {"fault", "server_error"}}));
        QCOMPARE(m_harness.publish(publisher, videoRequest(QStringLiteral("d")))->status, PublishStatus::Unknown);
    }

    void droppedInitIsUnknownSentOnceAndReconciled()
    {
        TikTokPublisher publisher(m_harness.network(), m_harness.endpoints());
        QVERIFY(m_harness.addFault({{"host", "open.tiktokapis.com"}, {"path_regex", "/video/init/$"}, {"fault", "drop_after_accept"}, {"count", 3}}));
        const PublishRequest req = videoRequest(QStringLiteral("dropped"));
        QCOMPARE(m_harness.publish(publisher, req)->status, PublishStatus::Unknown);
        QCOMPARE(m_harness.recorded(kHost, QStringLiteral("/video/init/$")).size(), size_t(1));
        // No publish id came back, so no bytes went up: the video cannot be on TikTok.
        const auto found = m_harness.reconcile(publisher, req);
        QCOMPARE(found->status, ReconcileStatus::NotPublished);
        QVERIFY(!found->detail.isEmpty());
    }

    void aRetryWithAPublishIdPollsInsteadOfInitialisingAgain()
    {
        TikTokPublisher publisher(m_harness.network(), m_harness.endpoints());
        PublishRequest req = videoRequest(QStringLiteral("retry"));
        // The upload is refused once after init: the publish id is checkpointed.
        QVERIFY(m_harness.addFault({{"host", "open-upload.tiktokapis.com"}, {"path_regex", "/video/$"}, {"fault", "server_error"}}));
        std::map<QString, QString> checkpoints;
        const auto first = m_harness.publish(publisher, req, &checkpoints);
        QVERIFY(first->status != PublishStatus::Published);
        QVERIFY(checkpoints.count(QStringLiteral("tt_publish")));
        req.checkpoints = checkpoints;
        const auto second = m_harness.publish(publisher, req, &checkpoints, 30000);
        QCOMPARE(second->status, PublishStatus::Published);
        QCOMPARE(m_harness.recorded(kHost, QStringLiteral("/video/init/$")).size(), size_t(1));
    }

    void limits()
    {
        TikTokPublisher publisher(m_harness.network(), m_harness.endpoints());
        QCOMPARE(publisher.checkLimits(request(QStringLiteral("no media"))).size(), 1);
        PublishRequest req = photoRequest(QStringLiteral("png"));
        req.media.push_back(m_harness.image(QStringLiteral("3.png"), 100, 100));
        QCOMPARE(publisher.checkLimits(req).size(), 1);
        req = videoRequest(QString(2201, QLatin1Char('a')));
        QCOMPARE(publisher.checkLimits(req).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTikTokPublisher)
#include "tst_tiktokpublisher.moc"
