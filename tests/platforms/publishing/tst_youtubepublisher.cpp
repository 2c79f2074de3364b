// YouTubePublisher against campaignforge-sandbox: resumable upload in
// chunks with thumbnail, native scheduling, resuming a checkpointed session
// after a failed chunk, faults, a dropped last chunk and its reconcile.
#include "../sandbox/SandboxTokens.h"
#include "PublisherHarness.h"

#include <QFloat16>

#include "platforms/publishing/YouTubePublisher.h"

using namespace cf;
using cf::test::PublisherHarness;
using Json = nlohmann::json;

namespace {
const QString kHost = QStringLiteral("www.googleapis.com");
const QString kUpload = QStringLiteral("/upload/youtube/v3/videos$");
} // namespace

class TestYouTubePublisher : public QObject
{
    Q_OBJECT

    PublisherHarness m_harness;
    QString m_token;

    PublishRequest request(const QString &title, qint64 videoBytes = 300000)
    {
        PublishRequest req = test::textRequest(Platform::YouTube, QStringLiteral("UCa1b2c3d4e5f6g7h8i9j0kL"), m_token,
                                               QStringLiteral("Our Ramadan collection."), QStringLiteral("https://shop.example.com/?utm_source=youtube"),
                                               {QStringLiteral("Ramadan")});
        req.item.copy->en.headline = title;
        req.media.push_back(m_harness.video(QStringLiteral("v%1.mp4").arg(videoBytes), videoBytes));
        return req;
    }
    Json body(const Json &recorded, std::size_t index = 0) { return Json::parse(recorded[index]["body"].get<std::string>()); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_harness.start()); }
    void init()
    {
        QVERIFY(m_harness.reset());
        m_token = test::googleToken(m_harness.sandbox());
        QVERIFY(!m_token.isEmpty());
    }

    void uploadInChunksWithThumbnail()
    {
        YouTubePublisher publisher(m_harness.network(), m_harness.endpoints());
        PublishRequest req = request(QStringLiteral("Ramadan collection"), YouTubePublisher::kChunkBytes + 1000);
        req.media.push_back(m_harness.image(QStringLiteral("thumb.jpg"), 1280, 720));
        QVERIFY(publisher.checkLimits(req).isEmpty());
        std::map<QString, QString> checkpoints;
        const auto outcome = m_harness.publish(publisher, req, &checkpoints, 60000);
        QVERIFY(outcome);
        QCOMPARE(outcome->status, PublishStatus::Published);
        QCOMPARE(outcome->externalId.size(), 11);
        QCOMPARE(outcome->permalink, QStringLiteral("https://www.youtube.com/watch?v=") + outcome->externalId);
        QCOMPARE(checkpoints[QStringLiteral("yt_video")], outcome->externalId);
        QVERIFY(checkpoints[QStringLiteral("yt_session")].startsWith(QLatin1String("https://www.googleapis.com/upload/youtube/v3/videos?")));
        const Json opened = m_harness.recorded(kHost, kUpload);
        QCOMPARE(opened.size(), size_t(1));
        QCOMPARE(QString::fromStdString(opened[0]["headers"]["x-upload-content-length"]), QString::number(YouTubePublisher::kChunkBytes + 1000));
        const Json resource = body(opened);
        QCOMPARE(resource["snippet"]["title"], "Ramadan collection");
        QCOMPARE(resource["snippet"]["tags"][0], "Ramadan");
        QCOMPARE(resource["status"]["privacyStatus"], "public");
        QVERIFY(!resource["status"].contains("publishAt"));
        const Json puts = m_harness.recorded(kHost, kUpload, QStringLiteral("PUT"));
        QCOMPARE(puts.size(), size_t(2));
        QCOMPARE(QString::fromStdString(puts[0]["headers"]["content-range"]), QStringLiteral("bytes 0-%1/%2").arg(YouTubePublisher::kChunkBytes - 1).arg(YouTubePublisher::kChunkBytes + 1000));
        QCOMPARE(m_harness.recorded(kHost, QStringLiteral("/thumbnails/set$")).size(), size_t(1));
        QVERIFY(outcome->platformMessage.isEmpty());
    }

    void cancelDeletesTheScheduledUploadOnly()
    {
        // videos.delete needs more than youtube.upload: the channel's token with the youtube scope.
        const QString manage = test::googleToken(m_harness.sandbox(), QStringLiteral("https://www.googleapis.com/auth/youtube"));
        YouTubePublisher publisher(m_harness.network(), m_harness.endpoints());
        PublishRequest req = request(QStringLiteral("Eid premiere, taken back"));
        req.publishAtUtc = QDateTime::currentDateTimeUtc().addDays(1);
        const auto scheduled = m_harness.publish(publisher, req, nullptr, 60000);
        QCOMPARE(scheduled->status, PublishStatus::ScheduledNatively);
        const QString id = scheduled->externalId;

        // With the upload scope alone YouTube refuses: PermissionMissing, not retryable, video kept.
        auto outcome = m_harness.cancel(publisher, req, id);
        QVERIFY(!outcome->cancelled);
        QVERIFY(!outcome->retryable);
        QVERIFY(outcome->message.contains(QLatin1String("insufficient authentication scopes")));

        req.accessToken = manage;
        QVERIFY(m_harness.addFault({{"host", "www.googleapis.com"}, {"path_regex", "/youtube/v3/videos$"}, {"method", "DELETE"}, {"fault", "server_error"}}));
        QVERIFY(m_harness.cancel(publisher, req, id)->retryable);
        outcome = m_harness.cancel(publisher, req, id);
        QVERIFY2(outcome->cancelled, qPrintable(outcome->message));
        const Json deletes = m_harness.recorded(kHost, QStringLiteral("/youtube/v3/videos$"), QStringLiteral("DELETE"));
        QCOMPARE(deletes.size(), size_t(3));
        QCOMPARE(QString::fromStdString(deletes[2]["query"]), QStringLiteral("id=") + id);
        // Gone: videos.list answers no item, which is cancelled too, without another delete.
        QVERIFY(m_harness.cancel(publisher, req, id)->cancelled);
        QCOMPARE(m_harness.recorded(kHost, QStringLiteral("/youtube/v3/videos$"), QStringLiteral("DELETE")).size(), size_t(3));

        // A video whose publishAt has come is public: it is not deleted.
        PublishRequest later = request(QStringLiteral("Out by now"));
        later.publishAtUtc = QDateTime::currentDateTimeUtc().addSecs(3600);
        const QString out = m_harness.publish(publisher, later, nullptr, 60000)->externalId;
        QVERIFY(m_harness.advanceClock(3700));
        later.accessToken = test::googleToken(m_harness.sandbox(), QStringLiteral("https://www.googleapis.com/auth/youtube")); // the old one expired
        outcome = m_harness.cancel(publisher, later, out);
        QVERIFY(!outcome->cancelled);
        QVERIFY2(outcome->message.contains(QLatin1String("YouTube")), qPrintable(outcome->message));
        QCOMPARE(m_harness.recorded(kHost, QStringLiteral("/youtube/v3/videos$"), QStringLiteral("DELETE")).size(), size_t(3));
    }

    void scheduledVideoIsPrivateWithPublishAt()
    {
        YouTubePublisher publisher(m_harness.network(), m_harness.endpoints());
        PublishRequest req = request(QStringLiteral("Eid premiere"));
        req.publishAtUtc = QDateTime::currentDateTimeUtc().addDays(1);
        const auto outcome = m_harness.publish(publisher, req);
        QCOMPARE(outcome->status, PublishStatus::ScheduledNatively);
        const Json resource = body(m_harness.recorded(kHost, kUpload));
        QCOMPARE(resource["status"]["privacyStatus"], "private");
        QCOMPARE(QDateTime::fromString(QString::fromStdString(resource["status"]["publishAt"]), Qt::ISODate).toSecsSinceEpoch(), req.publishAtUtc->toSecsSinceEpoch());
    }

    void aRetryResumesTheCheckpointedSession()
    {
        YouTubePublisher publisher(m_harness.network(), m_harness.endpoints());
        PublishRequest req = request(QStringLiteral("Resumed"), YouTubePublisher::kChunkBytes + 1000);
        QVERIFY(m_harness.addFault({{"host", "www.googleapis.com"}, {"path_regex", "/upload/youtube/v3/videos$"}, {"method", "PUT"}, {"fault", "rate_limit"}}));
        std::map<QString, QString> checkpoints;
        auto outcome = m_harness.publish(publisher, req, &checkpoints);
        QCOMPARE(outcome->status, PublishStatus::FailedRetryable);
        QCOMPARE(outcome->error, PublishErrorKind::RateLimited);
        QVERIFY(checkpoints.count(QStringLiteral("yt_session")));
        req.checkpoints = checkpoints;
        outcome = m_harness.publish(publisher, req, &checkpoints, 60000);
        QCOMPARE(outcome->status, PublishStatus::Published);
        // One session for both attempts: no second video could exist.
        QCOMPARE(m_harness.recorded(kHost, kUpload).size(), size_t(1));
    }

    void faultsMapOntoTheTaxonomy()
    {
        YouTubePublisher publisher(m_harness.network(), m_harness.endpoints());
        QVERIFY(m_harness.addFault({{"host", "www.googleapis.com"}, {"path_regex", "/upload/youtube/v3/videos$"}, {"method", "POST"}, {"fault", "rate_limit"}, {"retry_after", 120}}));
        auto outcome = m_harness.publish(publisher, request(QStringLiteral("a")));
        QCOMPARE(outcome->status, PublishStatus::FailedRetryable);
        QCOMPARE(outcome->error, PublishErrorKind::RateLimited);
        QVERIFY(*outcome->retryNotBeforeUtc > QDateTime::currentDateTimeUtc().addSecs(100));
        QVERIFY(m_harness.addFault({{"host", "www.googleapis.com"}, {"path_regex", "/upload/youtube/v3/videos$"}, {"method", "POST"}, {"fault", "token_expired"}}));
        outcome = m_harness.publish(publisher, request(QStringLiteral("b")));
        QVERIFY(outcome->unauthorized);
        QVERIFY(m_harness.addFault({{"host", "www.googleapis.com"}, {"path_regex", "/upload/youtube/v3/videos$"}, {"method", "POST"}, {"fault", "policy"}}));
        outcome = m_harness.publish(publisher, request(QStringLiteral("c")));
        QCOMPARE(outcome->error, PublishErrorKind::RateLimited); // uploadLimitExceeded: the channel's daily cap
        QCOMPARE(outcome->platformCode, QStringLiteral("uploadLimitExceeded"));
        QVERIFY(*outcome->retryNotBeforeUtc > QDateTime::currentDateTimeUtc().addSecs(23 * 3600));
        // A 5xx on the last byte (which creates the video) is Unknown.
        QVERIFY(m_harness.addFault({{"host", "www.googleapis.com"}, {"path_regex", "/upload/youtube/v3/videos$"}, {"method", "PUT"}, {"fault", "server_error"}}));
        QCOMPARE(m_harness.publish(publisher, request(QStringLiteral("d")))->status, PublishStatus::Unknown);
    }

    void droppedLastChunkIsUnknownAndSentOnce()
    {
        YouTubePublisher publisher(m_harness.network(), m_harness.endpoints());
        QVERIFY(m_harness.addFault({{"host", "www.googleapis.com"}, {"path_regex", "/upload/youtube/v3/videos$"}, {"method", "PUT"}, {"fault", "drop_after_accept"}, {"count", 3}}));
        PublishRequest req = request(QStringLiteral("Dropped"));
        std::map<QString, QString> checkpoints;
        const auto outcome = m_harness.publish(publisher, req, &checkpoints);
        QCOMPARE(outcome->status, PublishStatus::Unknown);
        QCOMPARE(m_harness.recorded(kHost, kUpload, QStringLiteral("PUT")).size(), size_t(1));
    }

    void reconcileReadsSessionOrVideo()
    {
        YouTubePublisher publisher(m_harness.network(), m_harness.endpoints());
        QVERIFY(m_harness.addFault({{"host", "www.googleapis.com"}, {"path_regex", "/upload/youtube/v3/videos$"}, {"method", "PUT"}, {"fault", "drop_after_accept"}, {"count", 1}}));
        PublishRequest req = request(QStringLiteral("Dropped"));
        std::map<QString, QString> checkpoints;
        QCOMPARE(m_harness.publish(publisher, req, &checkpoints)->status, PublishStatus::Unknown);
        req.checkpoints = checkpoints;
        const auto found = m_harness.reconcile(publisher, req);
        QCOMPARE(found->status, ReconcileStatus::Published);
        QCOMPARE(found->externalId.size(), 11);
        req.checkpoints[QStringLiteral("yt_video")] = found->externalId;
        QCOMPARE(m_harness.reconcile(publisher, req)->externalId, found->externalId);
        QCOMPARE(m_harness.reconcile(publisher, request(QStringLiteral("never")))->status, ReconcileStatus::NotPublished);
    }

    void limits()
    {
        YouTubePublisher publisher(m_harness.network(), m_harness.endpoints());
        QCOMPARE(publisher.checkLimits(request(QString(101, QLatin1Char('t')))).size(), 1);
        QCOMPARE(publisher.checkLimits(request(QStringLiteral("a <b>"))).size(), 1);
        PublishRequest req = request(QStringLiteral("ok"));
        req.media.clear();
        QCOMPARE(publisher.checkLimits(req).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestYouTubePublisher)
#include "tst_youtubepublisher.moc"
