// InstagramPublisher against campaignforge-sandbox, with the sandbox's
// WordPress media library as the public media host: image, carousel, reel
// and story through container → status → media_publish, first comment,
// clean-up of hosted files, checkpointed retry, limits, every fault kind on
// media_publish and reconcile by container status and media list. Videos
// (reels, video stories, carousel videos) go to the rupload host in chunks,
// need no media host, and resume at the confirmed offset after a drop.
#include "PublisherHarness.h"

#include "platforms/publishing/InstagramPublisher.h"
#include "platforms/publishing/WordPressMediaHost.h"

#include <QTimer>

using namespace cf;
using cf::test::PublisherHarness;
using Json = nlohmann::json;

namespace {
const QString kIgUser = QStringLiteral("17841400000000001");
const QString kGraph = QStringLiteral("graph.facebook.com");
const QString kBlog = QStringLiteral("blog.example.com");
const QString kRupload = QStringLiteral("rupload.facebook.com");
} // namespace

class TestInstagramPublisher : public QObject
{
    Q_OBJECT

    PublisherHarness m_harness;
    QString m_token;

    std::unique_ptr<InstagramPublisher> publisher(bool withHost = true)
    {
        auto adapter = std::make_unique<InstagramPublisher>(m_harness.network(), m_harness.endpoints());
        adapter->setPolling(200, 100);
        adapter->setUploadChunkBytes(100000);
        if (withHost)
            adapter->setPublicMediaHost(std::make_shared<WordPressMediaHost>(m_harness.network(), m_harness.endpoints(), QStringLiteral("https://blog.example.com"),
                                                                             QStringLiteral("noura"), QStringLiteral("abcd EFGH 1234 ijkl MNOP 5678")));
        return adapter;
    }
    PublishRequest request(const QString &text, const QStringList &tags = {QStringLiteral("Ramadan"), QStringLiteral("Riyadh")})
    {
        PublishRequest req = test::textRequest(Platform::Instagram, kIgUser, m_token, text, {}, tags);
        req.item.contentType = ContentType::ImagePost;
        return req;
    }
    Json form(const Json &entry)
    {
        Json out = Json::object();
        const QUrlQuery query(QString::fromStdString(entry["body"].get<std::string>()));
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
            out[key.toStdString()] = value.toStdString();
        return out;
    }

    // Video containers stay IN_PROGRESS until uploaded plus 5 s of sandbox
    // time; the timers die with m_clockTimers, which each case renews.
    std::unique_ptr<QObject> m_clockTimers = std::make_unique<QObject>();
    void advanceClockSoon()
    {
        for (int ms : {600, 1500, 3000})
            QTimer::singleShot(ms, m_clockTimers.get(), [this] { QVERIFY(m_harness.advanceClock(10)); });
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_harness.start()); }
    void init()
    {
        m_clockTimers = std::make_unique<QObject>();
        QVERIFY(m_harness.reset());
        m_token = m_harness.metaPageToken();
        QVERIFY(!m_token.isEmpty());
    }

    void imageGoesThroughHostContainerPublishAndComment()
    {
        auto adapter = publisher();
        PublishRequest req = request(QStringLiteral("Eid collection is here"));
        req.media.push_back(m_harness.image(QStringLiteral("look.png"), 1080, 1350));
        QVERIFY(adapter->checkLimits(req).isEmpty());
        std::map<QString, QString> checkpoints;
        const auto outcome = m_harness.publish(*adapter, req, &checkpoints);
        QVERIFY(outcome);
        QCOMPARE(outcome->status, PublishStatus::Published);
        QVERIFY(outcome->permalink.startsWith(QLatin1String("https://www.instagram.com/p/")));
        QCOMPARE(outcome->externalId, checkpoints[QStringLiteral("ig_media")]);
        // The PNG went to WordPress as a JPEG and Instagram got its https address.
        const Json uploads = m_harness.recorded(kBlog, QStringLiteral("^/wp-json/wp/v2/media$"));
        QCOMPARE(uploads.size(), size_t(1));
        QVERIFY(uploads[0]["headers"]["content-type"] == "image/jpeg");
        const Json containers = m_harness.recorded(kGraph, QStringLiteral("/17841400000000001/media$"));
        QCOMPARE(containers.size(), size_t(1));
        const Json params = form(containers[0]);
        QVERIFY(QString::fromStdString(params["image_url"]).startsWith(QLatin1String("https://blog.example.com/wp-content/uploads/")));
        QVERIFY(params["caption"] == "Eid collection is here");
        QVERIFY(!params.contains("media_type"));
        const Json published = m_harness.recorded(kGraph, QStringLiteral("/media_publish$"));
        QCOMPARE(published.size(), size_t(1));
        QVERIFY(form(published[0])["creation_id"] == checkpoints[QStringLiteral("ig_container")].toStdString());
        // First comment with the hashtags, then the hosted file is deleted for good.
        const Json comments = m_harness.recorded(kGraph, QStringLiteral("/comments$"));
        QCOMPARE(comments.size(), size_t(1));
        QVERIFY(form(comments[0])["message"] == "#Ramadan #Riyadh");
        QVERIFY(QTest::qWaitFor([this] { return m_harness.recorded(kBlog, QStringLiteral("^/wp-json/wp/v2/media/"), QStringLiteral("DELETE")).size() == 1; }, 5000));
        const Json deleted = m_harness.recorded(kBlog, QStringLiteral("^/wp-json/wp/v2/media/"), QStringLiteral("DELETE"));
        QVERIFY(deleted[0]["query"] == "force=true");
        QCOMPARE(deleted[0]["status"].get<int>(), 200);
    }

    void carouselMakesChildContainers()
    {
        auto adapter = publisher();
        PublishRequest req = request(QStringLiteral("Three looks"), {});
        req.item.contentType = ContentType::Carousel;
        for (const char *name : {"1.jpg", "2.jpg", "3.jpg"})
            req.media.push_back(m_harness.image(QString::fromLatin1(name), 1080, 1080));
        std::map<QString, QString> checkpoints;
        const auto outcome = m_harness.publish(*adapter, req, &checkpoints);
        QVERIFY(outcome);
        QCOMPARE(outcome->status, PublishStatus::Published);
        const Json containers = m_harness.recorded(kGraph, QStringLiteral("/17841400000000001/media$"));
        QCOMPARE(containers.size(), size_t(4));
        for (int i = 0; i < 3; ++i)
            QVERIFY(form(containers[i])["is_carousel_item"] == "true");
        const Json parent = form(containers[3]);
        QVERIFY(parent["media_type"] == "CAROUSEL");
        const QString children = QStringList{checkpoints[QStringLiteral("ig_child_0")], checkpoints[QStringLiteral("ig_child_1")],
                                             checkpoints[QStringLiteral("ig_child_2")]}.join(QLatin1Char(','));
        QVERIFY(parent["children"] == children.toStdString());
        QCOMPARE(m_harness.recorded(kGraph, QStringLiteral("/comments$")).size(), size_t(0)); // no hashtags, no comment
    }

    void reelUploadsDirectlyWithoutAMediaHost()
    {
        auto adapter = publisher(false);
        PublishRequest req = request(QStringLiteral("Behind the scenes"));
        req.item.contentType = ContentType::ShortVideo;
        req.media.push_back(m_harness.video(QStringLiteral("reel.mp4"), 250000, 15));
        QVERIFY(adapter->checkLimits(req).isEmpty()); // no media host needed for video
        advanceClockSoon();
        std::map<QString, QString> checkpoints;
        const auto outcome = m_harness.publish(*adapter, req, &checkpoints);
        QVERIFY(outcome);
        QCOMPARE(outcome->status, PublishStatus::Published);
        const Json containers = m_harness.recorded(kGraph, QStringLiteral("/17841400000000001/media$"));
        QCOMPARE(containers.size(), size_t(1));
        const Json params = form(containers[0]);
        QVERIFY(params["media_type"] == "REELS");
        QVERIFY(params["upload_type"] == "resumable");
        QVERIFY(!params.contains("video_url"));
        const Json uploads = m_harness.recorded(kRupload, QStringLiteral("^/ig-api-upload/"));
        QCOMPARE(uploads.size(), size_t(3)); // 100 000 + 100 000 + 50 000 bytes
        const QString container = checkpoints[QStringLiteral("ig_container")];
        for (std::size_t i = 0; i < uploads.size(); ++i) {
            QVERIFY(QString::fromStdString(uploads[i]["path"]).endsWith(container));
            QCOMPARE(QString::fromStdString(uploads[i]["headers"]["offset"]), QString::number(i * 100000));
            QVERIFY(uploads[i]["headers"]["file_size"] == "250000");
            QVERIFY(QString::fromStdString(uploads[i]["headers"]["authorization"]) == QStringLiteral("OAuth ") + m_token);
            QCOMPARE(uploads[i]["status"].get<int>(), 200);
        }
        QCOMPARE(m_harness.recorded(kBlog, QStringLiteral("^/wp-json/wp/v2/media")).size(), size_t(0));
        const Json polls = m_harness.recorded(kGraph, QStringLiteral("/[0-9]+$"), QStringLiteral("GET"));
        QVERIFY2(polls.size() >= 2, polls.dump().c_str()); // status until FINISHED, permalink
    }

    void aDroppedUploadResumesTheSameContainerAtTheConfirmedOffset()
    {
        auto adapter = publisher(false);
        PublishRequest req = request(QStringLiteral("Resumed reel"));
        req.item.contentType = ContentType::ShortVideo;
        req.media.push_back(m_harness.video(QStringLiteral("resume.mp4"), 250000, 15));
        // The first chunk is confirmed; the second is received, then its connection drops.
        QVERIFY(m_harness.addFault({{"host", "rupload.facebook.com"}, {"method", "POST"}, {"fault", "drop_after_accept"}, {"skip", 1}, {"count", 3}}));
        std::map<QString, QString> checkpoints;
        const auto first = m_harness.publish(*adapter, req, &checkpoints);
        QVERIFY(first);
        QCOMPARE(first->status, PublishStatus::FailedRetryable); // bytes are no post
        QCOMPARE(m_harness.sandbox().control("DELETE", QStringLiteral("faults")).status, 200);
        const QString container = checkpoints[QStringLiteral("ig_container")];
        QVERIFY(!container.isEmpty());
        QVERIFY(QString(checkpoints[QStringLiteral("ig_container_upload")]).contains(QStringLiteral("\"offset\":\"100000\"")));

        req.checkpoints = checkpoints;
        advanceClockSoon();
        const auto second = m_harness.publish(*adapter, req, &checkpoints);
        QVERIFY(second);
        QCOMPARE(second->status, PublishStatus::Published);
        QCOMPARE(checkpoints[QStringLiteral("ig_container")], container);
        QCOMPARE(m_harness.recorded(kGraph, QStringLiteral("/17841400000000001/media$")).size(), size_t(1)); // one container
        int fromZero = 0;
        for (const Json &upload : m_harness.recorded(kRupload, QStringLiteral("^/ig-api-upload/"))) {
            QVERIFY(QString::fromStdString(upload["path"]).endsWith(container));
            fromZero += upload["headers"]["offset"] == "0" ? 1 : 0;
        }
        QCOMPARE(fromZero, 1); // the retry went on from 100 000, it did not start over
        QCOMPARE(m_harness.recorded(kGraph, QStringLiteral("/media_publish$")).size(), size_t(1));
    }

    void videoStoryAndCarouselVideoUseResumableContainers()
    {
        auto adapter = publisher();
        PublishRequest story = request(QStringLiteral("story"));
        story.item.contentType = ContentType::Story;
        story.media.push_back(m_harness.video(QStringLiteral("story.mp4"), 120000, 10));
        advanceClockSoon();
        QCOMPARE(m_harness.publish(*adapter, story)->status, PublishStatus::Published);
        Json params = form(m_harness.recorded(kGraph, QStringLiteral("/17841400000000001/media$"))[0]);
        QVERIFY(params["media_type"] == "STORIES");
        QVERIFY(params["upload_type"] == "resumable");
        QVERIFY(!params.contains("caption"));

        PublishRequest carousel = request(QStringLiteral("Mixed"), {});
        carousel.item.contentType = ContentType::Carousel;
        carousel.media.push_back(m_harness.image(QStringLiteral("m1.jpg"), 1080, 1080));
        carousel.media.push_back(m_harness.video(QStringLiteral("m2.mp4"), 150000, 10));
        advanceClockSoon();
        QCOMPARE(m_harness.publish(*adapter, carousel)->status, PublishStatus::Published);
        const Json containers = m_harness.recorded(kGraph, QStringLiteral("/17841400000000001/media$"));
        QCOMPARE(containers.size(), size_t(4)); // story, image child, video child, carousel
        QVERIFY(form(containers[1]).contains("image_url"));
        params = form(containers[2]);
        QVERIFY(params["media_type"] == "VIDEO");
        QVERIFY(params["is_carousel_item"] == "true");
        QVERIFY(params["upload_type"] == "resumable");
        QVERIFY(form(containers[3])["media_type"] == "CAROUSEL");
        QCOMPARE(m_harness.recorded(kBlog, QStringLiteral("^/wp-json/wp/v2/media$")).size(), size_t(1)); // the image only
        QCOMPARE(m_harness.recorded(kRupload, QStringLiteral("^/ig-api-upload/")).size(), size_t(4)); // 2 + 2 chunks
    }

    void storyHasNoCaptionOrComment()
    {
        auto adapter = publisher();
        PublishRequest req = request(QStringLiteral("ignored for stories"));
        req.item.contentType = ContentType::Story;
        req.media.push_back(m_harness.image(QStringLiteral("story.jpg"), 1080, 1920));
        QVERIFY(adapter->checkLimits(req).isEmpty()); // 9:16 is fine for stories
        const auto outcome = m_harness.publish(*adapter, req);
        QVERIFY(outcome);
        QCOMPARE(outcome->status, PublishStatus::Published);
        const Json params = form(m_harness.recorded(kGraph, QStringLiteral("/17841400000000001/media$"))[0]);
        QVERIFY(params["media_type"] == "STORIES");
        QVERIFY(!params.contains("caption"));
        QCOMPARE(m_harness.recorded(kGraph, QStringLiteral("/comments$")).size(), size_t(0));
    }

    void retryReusesHostedFileAndContainer()
    {
        auto adapter = publisher();
        PublishRequest req = request(QStringLiteral("Retry me"));
        req.media.push_back(m_harness.image(QStringLiteral("r.jpg"), 1080, 1080));
        QVERIFY(m_harness.addFault({{"host", "graph.facebook.com"}, {"path_regex", "/media_publish$"}, {"fault", "token_expired"}}));
        std::map<QString, QString> checkpoints;
        const auto first = m_harness.publish(*adapter, req, &checkpoints);
        QVERIFY(first);
        QVERIFY(first->unauthorized);
        QCOMPARE(first->status, PublishStatus::FailedRetryable);
        QVERIFY(!checkpoints[QStringLiteral("ig_container")].isEmpty());
        req.checkpoints = checkpoints;
        const auto second = m_harness.publish(*adapter, req, &checkpoints);
        QVERIFY(second);
        QCOMPARE(second->status, PublishStatus::Published);
        QCOMPARE(m_harness.recorded(kBlog, QStringLiteral("^/wp-json/wp/v2/media$")).size(), size_t(1));
        QCOMPARE(m_harness.recorded(kGraph, QStringLiteral("/17841400000000001/media$")).size(), size_t(1));
        QCOMPARE(m_harness.recorded(kGraph, QStringLiteral("/media_publish$")).size(), size_t(2));
    }

    void limitsAndMissingHost()
    {
        auto adapter = publisher(false);
        PublishRequest req = request(QStringLiteral("no host"));
        req.media.push_back(m_harness.image(QStringLiteral("n.jpg"), 1080, 1080));
        QCOMPARE(adapter->checkLimits(req).size(), 1);
        const auto outcome = m_harness.publish(*adapter, req);
        QVERIFY(outcome);
        QCOMPARE(outcome->status, PublishStatus::FailedPermanent);
        QVERIFY(!outcome->platformMessage.isEmpty());
        QCOMPARE(m_harness.recorded(kGraph, QStringLiteral("/media$")).size(), size_t(0));

        auto hosted = publisher();
        QCOMPARE(hosted->checkLimits(request(QStringLiteral("text only"))).size(), 1);
        req = request(QString(InstagramPublisher::kMaxCaption + 1, QLatin1Char('a')));
        req.media.push_back(m_harness.image(QStringLiteral("w.jpg"), 2000, 500)); // 4:1 is too wide
        QCOMPARE(hosted->checkLimits(req).size(), 2);
        req = request(QStringLiteral("eleven"));
        req.item.contentType = ContentType::Carousel;
        for (int i = 0; i < 11; ++i)
            req.media.push_back(m_harness.image(QStringLiteral("c%1.jpg").arg(i), 100, 100));
        QCOMPARE(hosted->checkLimits(req).size(), 1);
    }

    void faultsOnMediaPublish_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("error");
        QTest::newRow("rate_limit") << QStringLiteral("rate_limit") << int(PublishStatus::FailedRetryable) << int(PublishErrorKind::RateLimited);
        QTest::newRow("server_error") << QStringLiteral("server_error") << int(PublishStatus::Unknown) << int(PublishErrorKind::PlatformUnavailable);
        QTest::newRow("policy") << QStringLiteral("policy") << int(PublishStatus::FailedPermanent) << int(PublishErrorKind::ContentPolicyViolation);
    }
    void faultsOnMediaPublish()
    {
        QFETCH(QString, fault);
        QFETCH(int, status);
        QFETCH(int, error);
        auto adapter = publisher();
        PublishRequest req = request(QStringLiteral("Faulty ") + fault);
        req.media.push_back(m_harness.image(QStringLiteral("f.jpg"), 1080, 1080));
        QVERIFY(m_harness.addFault({{"host", "graph.facebook.com"}, {"path_regex", "/media_publish$"}, {"fault", fault.toStdString()}, {"retry_after", 300}}));
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const auto outcome = m_harness.publish(*adapter, req);
        QVERIFY(outcome);
        QCOMPARE(int(outcome->status), status);
        QCOMPARE(int(outcome->error), error);
        if (outcome->error == PublishErrorKind::RateLimited) {
            QVERIFY(outcome->retryNotBeforeUtc);
            QVERIFY(*outcome->retryNotBeforeUtc >= before.addSecs(299));
        }
    }

    void dropAfterAcceptIsUnknownSentOnceAndReconciled()
    {
        auto adapter = publisher();
        PublishRequest req = request(QStringLiteral("Dropped but live"));
        req.media.push_back(m_harness.image(QStringLiteral("d.jpg"), 1080, 1080));
        QVERIFY(m_harness.addFault({{"host", "graph.facebook.com"}, {"path_regex", "/media_publish$"}, {"fault", "drop_after_accept"}, {"count", 3}}));
        std::map<QString, QString> checkpoints;
        const auto outcome = m_harness.publish(*adapter, req, &checkpoints);
        QVERIFY(outcome);
        QCOMPARE(outcome->status, PublishStatus::Unknown);
        QCOMPARE(m_harness.recorded(kGraph, QStringLiteral("/media_publish$")).size(), size_t(1));
        req.checkpoints = checkpoints;
        const auto found = m_harness.reconcile(*adapter, req);
        QVERIFY(found);
        QCOMPARE(found->status, ReconcileStatus::Published);
        QVERIFY(!found->externalId.isEmpty());
        QVERIFY(found->permalink.startsWith(QLatin1String("https://www.instagram.com/p/")));
    }

    void reconcileOfAnUnpublishedContainer()
    {
        auto adapter = publisher();
        PublishRequest req = request(QStringLiteral("Never published"));
        req.media.push_back(m_harness.image(QStringLiteral("u.jpg"), 1080, 1080));
        QVERIFY(m_harness.addFault({{"host", "graph.facebook.com"}, {"path_regex", "/media_publish$"}, {"fault", "server_error"}}));
        std::map<QString, QString> checkpoints;
        QCOMPARE(m_harness.publish(*adapter, req, &checkpoints)->status, PublishStatus::Unknown);
        req.checkpoints = checkpoints;
        const auto found = m_harness.reconcile(*adapter, req);
        QVERIFY(found);
        QCOMPARE(found->status, ReconcileStatus::NotPublished); // container FINISHED, never published
        req.checkpoints.clear();
        QCOMPARE(m_harness.reconcile(*adapter, req)->status, ReconcileStatus::NotPublished);
    }
};

QTEST_GUILESS_MAIN(TestInstagramPublisher)
#include "tst_instagrampublisher.moc"
