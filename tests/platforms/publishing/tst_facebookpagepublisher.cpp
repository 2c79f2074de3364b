// FacebookPagePublisher against campaignforge-sandbox: each content type's
// request shape and outcome, native scheduling, every fault kind, the
// checkpointed multi-photo retry, reconcile after a dropped answer, and the
// chunked video upload (chunks, resume at the platform's offset after a
// dropped transfer, an unknown finish reconciled from the video's status).
#include "PublisherHarness.h"

#include "platforms/publishing/FacebookPagePublisher.h"

using namespace cf;
using cf::test::PublisherHarness;
using Json = nlohmann::json;

namespace {
const QString kPage = QStringLiteral("104000000000001");
const QString kGraphHost = QStringLiteral("graph.facebook.com");
constexpr qint64 kMiB = 1024 * 1024;

// The upload_phase of a recorded /videos call (form or multipart body).
QString phaseOf(const Json &entry)
{
    const std::string body = entry.value("body", std::string());
    for (const char *phase : {"start", "transfer", "finish"}) {
        if (body.find(std::string("upload_phase=") + phase) != std::string::npos
            || body.find(std::string("name=\"upload_phase\"\r\n\r\n") + phase) != std::string::npos)
            return QString::fromLatin1(phase);
    }
    return {};
}

std::vector<Json> callsOfPhase(const Json &recorded, const QString &phase)
{
    std::vector<Json> out;
    for (const Json &entry : recorded) {
        if (phaseOf(entry) == phase)
            out.push_back(entry);
    }
    return out;
}
} // namespace

class TestFacebookPagePublisher : public QObject
{
    Q_OBJECT

    PublisherHarness m_harness;
    QString m_token;

    PublishRequest request(const QString &text, const QString &link = {})
    {
        return test::textRequest(Platform::Facebook, kPage, m_token, text, link, {QStringLiteral("Ramadan")});
    }
    Json feedPosts(const QString &edge = QStringLiteral("feed"))
    {
        return m_harness.sandbox()
            .get(m_harness.sandbox().url(QStringLiteral("graph.facebook.com/v21.0/%1/%2?fields=id,message").arg(kPage, edge)),
                 {{"Authorization", "OAuth " + m_token.toUtf8()}})
            .json()["data"];
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_harness.start());
        m_token = m_harness.metaPageToken();
        QVERIFY(!m_token.isEmpty());
    }
    void init()
    {
        // A reset forgets tokens too; sign in again for each case.
        QVERIFY(m_harness.reset());
        m_token = m_harness.metaPageToken();
        QVERIFY(!m_token.isEmpty());
    }

    void textPostWithLink()
    {
        FacebookPagePublisher publisher(m_harness.network(), m_harness.endpoints());
        const PublishRequest req = request(QStringLiteral("Ramadan sale: 30% off"), QStringLiteral("https://shop.example.com/?utm_source=facebook"));
        QVERIFY(publisher.checkLimits(req).isEmpty());
        const auto outcome = m_harness.publish(publisher, req);
        QVERIFY(outcome);
        QCOMPARE(outcome->status, PublishStatus::Published);
        const Json posts = feedPosts();
        QCOMPARE(posts.size(), size_t(1));
        QCOMPARE(outcome->externalId, QString::fromStdString(posts[0]["id"]));
        QVERIFY(outcome->permalink.startsWith(QLatin1String("https://www.facebook.com/104000000000001/posts/")));
        const Json sent = m_harness.recorded(kGraphHost, QStringLiteral("/104000000000001/feed$"));
        QCOMPARE(sent.size(), size_t(1));
        const Json body = Json::parse(sent[0]["body"].get<std::string>());
        QVERIFY(body["message"] == "Ramadan sale: 30% off\n\n#Ramadan");
        QVERIFY(body["link"] == "https://shop.example.com/?utm_source=facebook");
        QVERIFY(!body.contains("published"));
        QVERIFY(QString::fromStdString(sent[0]["headers"]["authorization"]).startsWith(QLatin1String("OAuth ")));
        QVERIFY(!QString::fromStdString(sent[0]["query"]).contains(QLatin1String("access_token")));
    }

    void singlePhotoIsAMultipartSourceUpload()
    {
        FacebookPagePublisher publisher(m_harness.network(), m_harness.endpoints());
        PublishRequest req = request(QStringLiteral("New abayas"));
        req.media.push_back(m_harness.image(QStringLiteral("a.png")));
        const auto outcome = m_harness.publish(publisher, req);
        QVERIFY(outcome);
        QCOMPARE(outcome->status, PublishStatus::Published);
        QVERIFY(outcome->externalId.startsWith(kPage + QLatin1Char('_')));
        const Json sent = m_harness.recorded(kGraphHost, QStringLiteral("/photos$"));
        QCOMPARE(sent.size(), size_t(1));
        QVERIFY(QString::fromStdString(sent[0]["headers"]["content-type"]).startsWith(QLatin1String("multipart/form-data")));
        QVERIFY(sent[0]["body_size"].get<qint64>() > req.media[0].sizeBytes);
        QCOMPARE(QString::fromStdString(feedPosts()[0]["id"]), outcome->externalId);
    }

    void severalPhotosAreAttachedToOnePostAndCheckpointed()
    {
        FacebookPagePublisher publisher(m_harness.network(), m_harness.endpoints());
        PublishRequest req = request(QStringLiteral("Three looks for Eid"));
        for (const char *name : {"1.png", "2.png", "3.jpg"})
            req.media.push_back(m_harness.image(QString::fromLatin1(name), 800, 800));
        std::map<QString, QString> checkpoints;
        const auto outcome = m_harness.publish(publisher, req, &checkpoints);
        QVERIFY(outcome);
        QCOMPARE(outcome->status, PublishStatus::Published);
        QCOMPARE(checkpoints.size(), size_t(3));
        const Json uploads = m_harness.recorded(kGraphHost, QStringLiteral("/photos$"));
        QCOMPARE(uploads.size(), size_t(3));
        const Json feed = m_harness.recorded(kGraphHost, QStringLiteral("/feed$"));
        QCOMPARE(feed.size(), size_t(1));
        const Json body = Json::parse(feed[0]["body"].get<std::string>());
        QCOMPARE(body["attached_media"].size(), size_t(3));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(QString::fromStdString(body["attached_media"][i]["media_fbid"]), checkpoints[QStringLiteral("fb_photo_%1").arg(i)]);
    }

    void aRetryReusesCheckpointedPhotos()
    {
        FacebookPagePublisher publisher(m_harness.network(), m_harness.endpoints());
        PublishRequest req = request(QStringLiteral("Two looks"));
        req.media.push_back(m_harness.image(QStringLiteral("x.png"), 600, 600));
        req.media.push_back(m_harness.image(QStringLiteral("y.png"), 600, 600));
        // The attaching post fails permanently once; the photos stay.
        QVERIFY(m_harness.addFault({{"host", "graph.facebook.com"}, {"path_regex", "/feed$"}, {"fault", "token_expired"}}));
        std::map<QString, QString> checkpoints;
        auto first = m_harness.publish(publisher, req, &checkpoints);
        QVERIFY(first);
        QVERIFY(first->unauthorized);
        QCOMPARE(checkpoints.size(), size_t(2));
        req.checkpoints = checkpoints;
        auto second = m_harness.publish(publisher, req, &checkpoints);
        QVERIFY(second);
        QCOMPARE(second->status, PublishStatus::Published);
        QCOMPARE(m_harness.recorded(kGraphHost, QStringLiteral("/photos$")).size(), size_t(2));
    }

    Json video(const QString &id)
    {
        return m_harness.sandbox()
            .get(m_harness.sandbox().url(QStringLiteral("graph.facebook.com/v21.0/%1?fields=status,description,published").arg(id)),
                 {{"Authorization", "OAuth " + m_token.toUtf8()}})
            .json();
    }

    void videoIsAChunkedUpload()
    {
        FacebookPagePublisher publisher(m_harness.network(), m_harness.endpoints());
        PublishRequest req = request(QStringLiteral("Behind the scenes"));
        req.media.push_back(m_harness.video(QStringLiteral("v.mp4"), 2 * kMiB + kMiB / 2));
        std::map<QString, QString> checkpoints;
        const auto outcome = m_harness.publish(publisher, req, &checkpoints);
        QVERIFY(outcome);
        QCOMPARE(outcome->status, PublishStatus::Published);
        QVERIFY(!outcome->externalId.isEmpty());
        QVERIFY(outcome->permalink.endsWith(QStringLiteral("/videos/") + outcome->externalId));
        const Json sent = m_harness.recorded(kGraphHost, QStringLiteral("/104000000000001/videos$"));
        QCOMPARE(sent.size(), size_t(5));
        QCOMPARE(callsOfPhase(sent, QStringLiteral("start")).size(), size_t(1));
        const std::vector<Json> chunks = callsOfPhase(sent, QStringLiteral("transfer"));
        QCOMPARE(chunks.size(), size_t(3)); // the platform names 1 MiB chunks
        for (const Json &chunk : chunks)
            QCOMPARE(chunk["status"].get<int>(), 200);
        const std::vector<Json> finish = callsOfPhase(sent, QStringLiteral("finish"));
        QCOMPARE(finish.size(), size_t(1));
        QVERIFY(QString::fromStdString(finish[0]["body"]).contains(QStringLiteral("description=Behind%20the%20scenes")));
        const auto upload = MetaChunkedUpload::State::fromCheckpoint(checkpoints[QStringLiteral("fb_video_upload")]);
        QVERIFY(upload);
        QVERIFY(upload->complete());
        QCOMPARE(upload->start, 2 * kMiB + kMiB / 2);
        QCOMPARE(upload->videoId, outcome->externalId);
        const Json status = video(outcome->externalId)["status"];
        QVERIFY(status["publishing_phase"]["status"] == "complete");
        QCOMPARE(status["uploading_phase"]["bytes_transferred"].get<qint64>(), 2 * kMiB + kMiB / 2);
    }

    void aScheduledVideoIsFinishedUnpublishedWithItsTime()
    {
        FacebookPagePublisher publisher(m_harness.network(), m_harness.endpoints());
        PublishRequest req = request(QStringLiteral("Eid teaser"));
        req.media.push_back(m_harness.video(QStringLiteral("s.mp4")));
        req.publishAtUtc = QDateTime::currentDateTimeUtc().addSecs(7200);
        const auto outcome = m_harness.publish(publisher, req);
        QVERIFY(outcome);
        QCOMPARE(outcome->status, PublishStatus::ScheduledNatively);
        const std::vector<Json> finish = callsOfPhase(m_harness.recorded(kGraphHost, QStringLiteral("/videos$")), QStringLiteral("finish"));
        QCOMPARE(finish.size(), size_t(1));
        const QString body = QString::fromStdString(finish[0]["body"]);
        QVERIFY(body.contains(QStringLiteral("published=false")));
        QVERIFY(body.contains(QStringLiteral("scheduled_publish_time=%1").arg(req.publishAtUtc->toSecsSinceEpoch())));
        QVERIFY(video(outcome->externalId)["status"]["publishing_phase"]["publish_status"] == "scheduled");
    }

    void aDroppedTransferResumesAtThePlatformsOffset()
    {
        FacebookPagePublisher publisher(m_harness.network(), m_harness.endpoints());
        PublishRequest req = request(QStringLiteral("Resumed upload"));
        req.media.push_back(m_harness.video(QStringLiteral("r.mp4"), 2 * kMiB + 1000));
        // start and the first chunk pass; the second chunk is applied, then
        // its connection drops (and so does any silent re-send of it).
        QVERIFY(m_harness.addFault({{"host", "graph.facebook.com"}, {"path_regex", "/videos$"}, {"method", "POST"},
                                    {"fault", "drop_after_accept"}, {"skip", 2}, {"count", 3}}));
        std::map<QString, QString> checkpoints;
        const auto first = m_harness.publish(publisher, req, &checkpoints);
        QVERIFY(first);
        QCOMPARE(first->status, PublishStatus::FailedRetryable); // a chunk is no post: nothing to reconcile
        QCOMPARE(m_harness.sandbox().control("DELETE", QStringLiteral("faults")).status, 200);
        const auto saved = MetaChunkedUpload::State::fromCheckpoint(checkpoints[QStringLiteral("fb_video_upload")]);
        QVERIFY(saved);
        QCOMPARE(saved->start, kMiB); // only the first chunk was confirmed

        req.checkpoints = checkpoints;
        const auto second = m_harness.publish(publisher, req, &checkpoints);
        QVERIFY(second);
        QCOMPARE(second->status, PublishStatus::Published);
        QCOMPARE(second->externalId, saved->videoId);
        const Json sent = m_harness.recorded(kGraphHost, QStringLiteral("/videos$"));
        QCOMPARE(callsOfPhase(sent, QStringLiteral("start")).size(), size_t(1)); // one upload session, resumed
        QCOMPARE(callsOfPhase(sent, QStringLiteral("finish")).size(), size_t(1));
        // The retry re-offered the second chunk; the platform already had it
        // and named its offset (6001/1363037), so only the last 1000 bytes followed.
        const std::vector<Json> chunks = callsOfPhase(sent, QStringLiteral("transfer"));
        const Json &last = chunks.back();
        QCOMPARE(last["status"].get<int>(), 200);
        QVERIFY(last["body_size"].get<qint64>() < 2000);
        bool corrected = false;
        for (const Json &chunk : chunks)
            corrected = corrected || chunk["status"].get<int>() == 400;
        QVERIFY(corrected);
        QCOMPARE(video(saved->videoId)["status"]["uploading_phase"]["bytes_transferred"].get<qint64>(), 2 * kMiB + 1000);
    }

    void serverErrorOnFinishIsUnknownAndReconciledFromTheVideoStatus()
    {
        FacebookPagePublisher publisher(m_harness.network(), m_harness.endpoints());
        PublishRequest req = request(QStringLiteral("Finish fails"));
        req.media.push_back(m_harness.video(QStringLiteral("f.mp4")));
        // start and the one chunk pass; finish answers 500 without applying.
        QVERIFY(m_harness.addFault({{"host", "graph.facebook.com"}, {"path_regex", "/videos$"}, {"method", "POST"}, {"fault", "server_error"}, {"skip", 2}}));
        std::map<QString, QString> checkpoints;
        const auto outcome = m_harness.publish(publisher, req, &checkpoints);
        QVERIFY(outcome);
        QCOMPARE(outcome->status, PublishStatus::Unknown);
        req.checkpoints = checkpoints;
        const auto notThere = m_harness.reconcile(publisher, req);
        QVERIFY(notThere);
        QCOMPARE(notThere->status, ReconcileStatus::NotPublished);
        QVERIFY(!notThere->detail.isEmpty());

        // The worker sends again after NotPublished: the upload is complete, so only finish goes out.
        QVERIFY(m_harness.addFault({{"host", "graph.facebook.com"}, {"path_regex", "/videos$"}, {"method", "POST"}, {"fault", "drop_after_accept"}, {"count", 3}}));
        const auto again = m_harness.publish(publisher, req, &checkpoints);
        QVERIFY(again);
        QCOMPARE(again->status, PublishStatus::Unknown); // applied, answer lost
        const Json sent = m_harness.recorded(kGraphHost, QStringLiteral("/videos$"));
        QCOMPARE(callsOfPhase(sent, QStringLiteral("start")).size(), size_t(1));
        QCOMPARE(callsOfPhase(sent, QStringLiteral("transfer")).size(), size_t(1));
        QCOMPARE(callsOfPhase(sent, QStringLiteral("finish")).size(), size_t(2)); // never re-sent by the transport
        const auto found = m_harness.reconcile(publisher, req);
        QVERIFY(found);
        QCOMPARE(found->status, ReconcileStatus::Published);
        QCOMPARE(found->externalId, MetaChunkedUpload::State::fromCheckpoint(checkpoints[QStringLiteral("fb_video_upload")])->videoId);
    }

    void videoReconcileWithoutACheckpointReadsThePagesVideos()
    {
        FacebookPagePublisher publisher(m_harness.network(), m_harness.endpoints());
        PublishRequest req = request(QStringLiteral("Listed video"));
        req.media.push_back(m_harness.video(QStringLiteral("l.mp4")));
        const auto outcome = m_harness.publish(publisher, req);
        QVERIFY(outcome);
        QCOMPARE(outcome->status, PublishStatus::Published);
        const auto found = m_harness.reconcile(publisher, req); // no checkpoints given
        QVERIFY(found);
        QCOMPARE(found->status, ReconcileStatus::Published);
        QCOMPARE(found->externalId, outcome->externalId);
        PublishRequest other = request(QStringLiteral("Never uploaded"));
        other.media.push_back(m_harness.video(QStringLiteral("n.mp4")));
        const auto missing = m_harness.reconcile(publisher, other);
        QVERIFY(missing);
        QCOMPARE(missing->status, ReconcileStatus::NotPublished);
    }

    void nativeSchedulingAndReconcileOfAScheduledPost()
    {
        FacebookPagePublisher publisher(m_harness.network(), m_harness.endpoints());
        PublishRequest req = request(QStringLiteral("Tomorrow: Eid collection"));
        req.publishAtUtc = QDateTime::currentDateTimeUtc().addSecs(3600);
        QVERIFY(publisher.checkLimits(req).isEmpty());
        const auto outcome = m_harness.publish(publisher, req);
        QVERIFY(outcome);
        QCOMPARE(outcome->status, PublishStatus::ScheduledNatively);
        const Json sent = m_harness.recorded(kGraphHost, QStringLiteral("/feed$"));
        const Json body = Json::parse(sent[0]["body"].get<std::string>());
        QVERIFY(body["published"] == false);
        QCOMPARE(body["scheduled_publish_time"].get<qint64>(), req.publishAtUtc->toSecsSinceEpoch());
        QCOMPARE(feedPosts(QStringLiteral("scheduled_posts")).size(), size_t(1));
        const auto found = m_harness.reconcile(publisher, req);
        QVERIFY(found);
        QCOMPARE(found->status, ReconcileStatus::Published);
        QCOMPARE(found->externalId, outcome->externalId);
    }

    void limitsAreCheckedBeforeSending()
    {
        FacebookPagePublisher publisher(m_harness.network(), m_harness.endpoints());
        PublishRequest req = request(QString(FacebookPagePublisher::kMaxMessageLength + 1, QLatin1Char('a')));
        QCOMPARE(publisher.checkLimits(req).size(), 1);
        req = request(QStringLiteral("ok"));
        req.media.push_back(m_harness.image(QStringLiteral("p.png"), 100, 100));
        req.media.push_back(m_harness.video(QStringLiteral("w.mp4"), 1000));
        QCOMPARE(publisher.checkLimits(req).size(), 1);
        req = request(QStringLiteral("soon"));
        req.publishAtUtc = QDateTime::currentDateTimeUtc().addSecs(60);
        QCOMPARE(publisher.checkLimits(req).size(), 1);
        req.publishAtUtc = QDateTime::currentDateTimeUtc().addDays(31);
        QCOMPARE(publisher.checkLimits(req).size(), 1);
        req = request(QStringLiteral("long film"));
        req.media.push_back(m_harness.video(QStringLiteral("film.mp4"), 1000));
        QVERIFY(publisher.checkLimits(req).isEmpty());
        req.media.front().sizeBytes = FacebookPagePublisher::kMaxVideoBytes + 1;
        QCOMPARE(publisher.checkLimits(req).size(), 1);
        req = request(QStringLiteral("big"));
        PublishMedia huge = m_harness.image(QStringLiteral("h.png"), 50, 50);
        huge.sizeBytes = FacebookPagePublisher::kMaxPhotoBytes + 1;
        req.media.push_back(huge);
        QCOMPARE(publisher.checkLimits(req).size(), 1);
    }

    void rateLimitIsRetryableWithMetaUsageHeaders()
    {
        FacebookPagePublisher publisher(m_harness.network(), m_harness.endpoints());
        QVERIFY(m_harness.addFault({{"host", "graph.facebook.com"}, {"path_regex", "/feed$"}, {"fault", "rate_limit"}, {"retry_after", 600}}));
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const auto outcome = m_harness.publish(publisher, request(QStringLiteral("limited")));
        QVERIFY(outcome);
        QCOMPARE(outcome->status, PublishStatus::FailedRetryable);
        QCOMPARE(outcome->error, PublishErrorKind::RateLimited);
        QVERIFY(outcome->retryNotBeforeUtc);
        // estimated_time_to_regain_access = 10 minutes
        QVERIFY(*outcome->retryNotBeforeUtc >= before.addSecs(599));
        QVERIFY(*outcome->retryNotBeforeUtc <= QDateTime::currentDateTimeUtc().addSecs(601));
        QCOMPARE(outcome->platformCode, QStringLiteral("32"));
    }

    void serverErrorOnCreateIsUnknown()
    {
        FacebookPagePublisher publisher(m_harness.network(), m_harness.endpoints());
        QVERIFY(m_harness.addFault({{"host", "graph.facebook.com"}, {"path_regex", "/feed$"}, {"fault", "server_error"}}));
        const auto outcome = m_harness.publish(publisher, request(QStringLiteral("boom")));
        QVERIFY(outcome);
        QCOMPARE(outcome->status, PublishStatus::Unknown);
        QCOMPARE(outcome->httpStatus, std::optional<int>(500));
    }

    void expiredTokenIsUnauthorized()
    {
        FacebookPagePublisher publisher(m_harness.network(), m_harness.endpoints());
        QVERIFY(m_harness.addFault({{"host", "graph.facebook.com"}, {"path_regex", "/feed$"}, {"fault", "token_expired"}}));
        const auto outcome = m_harness.publish(publisher, request(QStringLiteral("expired")));
        QVERIFY(outcome);
        QVERIFY(outcome->unauthorized);
        QCOMPARE(outcome->error, PublishErrorKind::TokenExpiredOrInvalid);
        QCOMPARE(outcome->status, PublishStatus::FailedRetryable); // the worker refreshes, then retries once
    }

    void policyRejectionIsPermanent()
    {
        FacebookPagePublisher publisher(m_harness.network(), m_harness.endpoints());
        QVERIFY(m_harness.addFault({{"host", "graph.facebook.com"}, {"path_regex", "/feed$"}, {"fault", "policy"}}));
        const auto outcome = m_harness.publish(publisher, request(QStringLiteral("blocked")));
        QVERIFY(outcome);
        QCOMPARE(outcome->status, PublishStatus::FailedPermanent);
        QCOMPARE(outcome->error, PublishErrorKind::ContentPolicyViolation);
        QVERIFY(!outcome->platformMessage.isEmpty());
    }

    void duplicateIsPermanent()
    {
        FacebookPagePublisher publisher(m_harness.network(), m_harness.endpoints());
        QCOMPARE(m_harness.publish(publisher, request(QStringLiteral("same words")))->status, PublishStatus::Published);
        const auto outcome = m_harness.publish(publisher, request(QStringLiteral("same words")));
        QVERIFY(outcome);
        QCOMPARE(outcome->error, PublishErrorKind::Duplicate);
        QCOMPARE(outcome->status, PublishStatus::FailedPermanent);
    }

    void dropAfterAcceptIsUnknownSentOnceAndReconciled()
    {
        FacebookPagePublisher publisher(m_harness.network(), m_harness.endpoints());
        // Warm a keep-alive connection first: a re-send would use it.
        QVERIFY(m_harness.reconcile(publisher, request(QStringLiteral("warm up"))));
        QVERIFY(m_harness.addFault({{"host", "graph.facebook.com"}, {"path_regex", "/feed$"}, {"method", "POST"}, {"fault", "drop_after_accept"}, {"count", 3}}));
        const PublishRequest req = request(QStringLiteral("dropped but applied"));
        const auto outcome = m_harness.publish(publisher, req);
        QVERIFY(outcome);
        QCOMPARE(outcome->status, PublishStatus::Unknown);
        QCOMPARE(m_harness.recorded(kGraphHost, QStringLiteral("/feed$")).size(), size_t(1));
        const auto found = m_harness.reconcile(publisher, req);
        QVERIFY(found);
        QCOMPARE(found->status, ReconcileStatus::Published);
        QCOMPARE(found->externalId, QString::fromStdString(feedPosts()[0]["id"]));
        QVERIFY(!found->detail.isEmpty());
    }

    void reconcileWithoutThePostIsNotPublished()
    {
        FacebookPagePublisher publisher(m_harness.network(), m_harness.endpoints());
        QCOMPARE(m_harness.publish(publisher, request(QStringLiteral("another post")))->status, PublishStatus::Published);
        const auto found = m_harness.reconcile(publisher, request(QStringLiteral("never sent")));
        QVERIFY(found);
        QCOMPARE(found->status, ReconcileStatus::NotPublished);
    }
};

QTEST_GUILESS_MAIN(TestFacebookPagePublisher)
#include "tst_facebookpagepublisher.moc"
