// XPostsReader, YouTubeVideosReader, TikTokPostsReader and LinkedInPostsReader against campaignforge-sandbox, on
// posts and videos published there by the real adapters: exact public
// metrics / statistics growing with sandbox hours, a post X no longer finds
// left out, a video's upload and processing status, 429 and expired tokens.
#include "../sandbox/SandboxTokens.h"
#include "ReaderHarness.h"

#include "platforms/metrics/LinkedInPostsReader.h"
#include "platforms/metrics/TikTokPostsReader.h"
#include "platforms/metrics/XPostsReader.h"
#include "platforms/metrics/YouTubeVideosReader.h"
#include "platforms/publishing/LinkedInPublisher.h"
#include "platforms/publishing/TikTokPublisher.h"
#include "platforms/publishing/XPublisher.h"
#include "platforms/publishing/YouTubePublisher.h"

#include <QJsonObject>

using namespace cf;
using namespace cf::test;

class TestOrganicReaders : public QObject
{
    Q_OBJECT

    PublisherHarness m_harness;

    MetricsQuery organic(Platform platform, const QString &account, const QString &token, std::vector<QString> ids)
    {
        MetricsQuery q = adsQuery(platform, account, token, std::move(ids));
        q.connection.kind = ConnectionKind::Account;
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

    void xPublicMetricsOfPublishedPosts()
    {
        const auto [token, userId] = m_harness.xToken();
        QVERIFY(!token.isEmpty());
        XPublisher publisher(m_harness.network(), m_harness.endpoints());
        const auto outcome = m_harness.publish(publisher, textRequest(Platform::X, userId, token, QStringLiteral("Ramadan sale: 30% off")));
        QVERIFY(outcome);
        QCOMPARE(outcome->status, PublishStatus::Published);
        const QString post = outcome->externalId;
        const QString gone = QStringLiteral("1999999999999999999");

        auto r = reader(Platform::X);
        QVERIFY(dynamic_cast<XPostsReader *>(r.get()));
        QVERIFY(!r->readsStatus(false));
        const MetricsResult first = readMetrics(*r, organic(Platform::X, userId, token, {post, gone}));
        QVERIFY2(first.ok, qPrintable(first.failure.platformMessage));
        QCOMPARE(first.entities.size(), size_t(1)); // the missing post is not measured
        const qint64 i = sandboxImpressions(post, 0);
        QCOMPARE(first.entities[0].externalId, post);
        QCOMPARE(first.entities[0].values.at(Metric::Impressions), double(i));
        QCOMPARE(first.entities[0].values.at(Metric::Engagements),
                 double(i / 20 + i / 100 + i / 200 + i / 200 / 2 + i / 250)); // likes, replies, reposts, quotes, bookmarks
        const auto requests = m_harness.recorded(QStringLiteral("api.x.com"), QStringLiteral("^/2/tweets$"), QStringLiteral("GET"));
        QCOMPARE(requests.size(), size_t(1));

        QCOMPARE(m_harness.sandbox().control("POST", QStringLiteral("clock"), {{"advance", 3600}}).status, 200);
        const MetricsResult later = readMetrics(*r, organic(Platform::X, userId, token, {post}));
        QVERIFY(later.ok);
        QCOMPARE(later.entities.at(0).values.at(Metric::Impressions), double(sandboxImpressions(post, 1)));
    }

    void xRateLimitAndExpiredToken()
    {
        const auto [token, userId] = m_harness.xToken();
        auto r = reader(Platform::X);
        QVERIFY(m_harness.addFault({{"host", "api.x.com"}, {"path_regex", "^/2/tweets$"}, {"method", "GET"}, {"fault", "rate_limit"}, {"retry_after", 300}}));
        const MetricsResult limited = readMetrics(*r, organic(Platform::X, userId, token, {QStringLiteral("1800000000000000001")}));
        QVERIFY(!limited.ok);
        QCOMPARE(limited.failure.error, PublishErrorKind::RateLimited);
        QVERIFY(limited.failure.retryNotBeforeUtc.has_value());

        QCOMPARE(m_harness.sandbox().control("POST", QStringLiteral("clock"), {{"advance", 7300}}).status, 200); // tokens last 2 h
        const MetricsResult expired = readMetrics(*r, organic(Platform::X, userId, token, {QStringLiteral("1800000000000000001")}));
        QVERIFY(!expired.ok);
        QVERIFY(expired.failure.unauthorized);
    }

    void youtubeStatisticsAndStatus()
    {
        const QString token = googleToken(m_harness.sandbox());
        QVERIFY(!token.isEmpty());
        YouTubePublisher publisher(m_harness.network(), m_harness.endpoints());
        PublishRequest request = textRequest(Platform::YouTube, QStringLiteral("UCa1b2c3d4e5f6g7h8i9j0kL"), token,
                                             QStringLiteral("Our Ramadan collection."), QStringLiteral("https://shop.example.com/"));
        request.item.copy->en.headline = QStringLiteral("Ramadan collection");
        request.media.push_back(m_harness.video(QStringLiteral("ramadan.mp4")));
        const auto outcome = m_harness.publish(publisher, request, nullptr, 60000);
        QVERIFY(outcome);
        QVERIFY2(outcome->status == PublishStatus::Published, qPrintable(outcome->platformMessage));
        const QString video = outcome->externalId;

        auto r = reader(Platform::YouTube);
        QVERIFY(dynamic_cast<YouTubeVideosReader *>(r.get()));
        const MetricsResult numbers = readMetrics(*r, organic(Platform::YouTube, QStringLiteral("UCa1b2c3d4e5f6g7h8i9j0kL"), token, {video}));
        QVERIFY2(numbers.ok, qPrintable(numbers.failure.platformMessage));
        QCOMPARE(numbers.entities.size(), size_t(1));
        const qint64 i = sandboxImpressions(video, 0);
        QCOMPARE(numbers.entities[0].values.at(Metric::VideoViews), double(i * 2 / 5));
        QCOMPARE(numbers.entities[0].values.at(Metric::Engagements), double(i / 20 + i / 100));

        QVERIFY(r->readsStatus(false));
        const StatusResult status = readStatus(*r, organic(Platform::YouTube, QStringLiteral("UCa1b2c3d4e5f6g7h8i9j0kL"), token, {video}));
        QVERIFY2(status.ok, qPrintable(status.failure.platformMessage));
        QCOMPARE(status.entities.size(), size_t(1));
        QCOMPARE(status.entities[0].platformStatus, QStringLiteral("uploaded/succeeded"));
        QCOMPARE(status.entities[0].verdict, EntityVerdict::Live);

        QJsonObject rejected{{QStringLiteral("id"), video},
                             {QStringLiteral("status"), QJsonObject{{QStringLiteral("uploadStatus"), QStringLiteral("rejected")},
                                                                    {QStringLiteral("rejectionReason"), QStringLiteral("copyright")}}}};
        QCOMPARE(YouTubeVideosReader::statusOf(rejected).verdict, EntityVerdict::Rejected);
        QCOMPARE(YouTubeVideosReader::statusOf(rejected).detail, QStringLiteral("copyright"));
    }

    void tiktokPostCountsThroughVideoQuery()
    {
        const QString token = tiktokToken(m_harness.sandbox(), QStringLiteral("user.info.basic,video.publish,video.upload,video.list"));
        QVERIFY(!token.isEmpty());
        TikTokPublisher publisher(m_harness.network(), m_harness.endpoints());
        PublishRequest request = textRequest(Platform::TikTok, QStringLiteral("tt-user"), token, QStringLiteral("Ramadan looks"));
        request.item.copy->en.headline = QStringLiteral("Ramadan looks");
        request.media.push_back(m_harness.video(QStringLiteral("clip.mp4"), 300000, 20));
        const auto outcome = m_harness.publish(publisher, request, nullptr, 30000);
        QVERIFY(outcome);
        QVERIFY2(outcome->status == PublishStatus::Published, qPrintable(outcome->platformMessage));
        const QString post = outcome->externalId;

        auto r = reader(Platform::TikTok);
        QVERIFY(dynamic_cast<TikTokPostsReader *>(r.get()));
        const MetricsResult result = readMetrics(*r, organic(Platform::TikTok, QStringLiteral("tt-user"), token,
                                                             {post, QStringLiteral("7999999999999999999")}));
        QVERIFY2(result.ok, qPrintable(result.failure.platformMessage));
        QCOMPARE(result.entities.size(), size_t(1)); // not the creator's post: not returned
        const qint64 i = sandboxImpressions(post, 0);
        QCOMPARE(result.entities[0].externalId, post);
        QCOMPARE(result.entities[0].values.at(Metric::VideoViews), double(i));
        QCOMPARE(result.entities[0].values.at(Metric::Engagements), double(i / 20 + i / 100 + i / 200));

        // Without the video.list scope TikTok refuses the query.
        const QString narrow = tiktokToken(m_harness.sandbox());
        const MetricsResult refused = readMetrics(*r, organic(Platform::TikTok, QStringLiteral("tt-user"), narrow, {post}));
        QVERIFY(!refused.ok);
        QCOMPARE(refused.failure.error, PublishErrorKind::PermissionMissing);
    }

    void linkedinSocialActionsOfAMemberPost()
    {
        const auto [token, memberId] = m_harness.linkedInToken(QStringLiteral("openid profile w_member_social r_member_social"));
        QVERIFY(!token.isEmpty());
        LinkedInPublisher publisher(m_harness.network(), m_harness.endpoints());
        const auto outcome = m_harness.publish(publisher, textRequest(Platform::LinkedIn, memberId, token, QStringLiteral("Eid offer"),
                                                                      QStringLiteral("https://shop.example.com/li")));
        QVERIFY(outcome);
        QVERIFY2(outcome->status == PublishStatus::Published, qPrintable(outcome->platformMessage));
        const QString urn = outcome->externalId;
        QVERIFY(urn.startsWith(QLatin1String("urn:li:")));

        auto r = reader(Platform::LinkedIn);
        QVERIFY(dynamic_cast<LinkedInPostsReader *>(r.get()));
        const MetricsResult result = readMetrics(*r, organic(Platform::LinkedIn, memberId, token, {urn}));
        QVERIFY2(result.ok, qPrintable(result.failure.platformMessage));
        const qint64 i = sandboxImpressions(urn, 0);
        QCOMPARE(result.entities.at(0).values.at(Metric::Engagements), double(i / 20 + i / 100));
        const auto sent = m_harness.recorded(QStringLiteral("api.linkedin.com"), QStringLiteral("^/rest/socialActions/"), QStringLiteral("GET"));
        QCOMPARE(sent.size(), size_t(1));
        QVERIFY(sent[0]["headers"].contains("linkedin-version"));

        QVERIFY(m_harness.addFault({{"host", "api.linkedin.com"}, {"path_regex", "socialActions"}, {"fault", "token_expired"}}));
        const MetricsResult expired = readMetrics(*r, organic(Platform::LinkedIn, memberId, token, {urn}));
        QVERIFY(!expired.ok);
        QVERIFY(expired.failure.unauthorized);
    }

    void youtubeQuotaIsARateLimit()
    {
        const QString token = googleToken(m_harness.sandbox());
        QVERIFY(m_harness.addFault({{"host", "www.googleapis.com"}, {"path_regex", "^/youtube/v3/videos$"}, {"method", "GET"}, {"fault", "rate_limit"}}));
        auto r = reader(Platform::YouTube);
        const MetricsResult result = readMetrics(*r, organic(Platform::YouTube, QStringLiteral("UCa1b2c3d4e5f6g7h8i9j0kL"), token, {QStringLiteral("abcdefghijk")}));
        QVERIFY(!result.ok);
        QCOMPARE(result.failure.error, PublishErrorKind::RateLimited);
    }
};

QTEST_GUILESS_MAIN(TestOrganicReaders)
#include "tst_organicreaders.moc"
