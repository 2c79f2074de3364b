// TrackingWorker against a scripted reader and fake tokens: a metrics pass
// writes every value with the pass time (spend converted to the campaign's
// minor units), a later pass writes the newer cumulative values, archived
// campaigns are skipped, the status pass writes platform_status and raises
// attention once for a rejection, a 401 is retried once with a renewed
// token, and the token pass renews only grants expiring within 7 days.
#include "../publishing/FakePublishing.h"
#include "../publishing/PublishFixture.h"

#include "app/tracking/TrackingWorker.h"
#include "models/store/MetricRepository.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace cf;

namespace {

class ScriptedReader final : public MetricsReader
{
public:
    std::deque<MetricsResult> metrics;
    std::deque<StatusResult> statuses;
    std::vector<MetricsQuery> asked;

    Platform platform() const override { return Platform::Facebook; }
    bool readsAds() const override { return true; }
    bool readsStatus(bool) const override { return true; }
    void readMetrics(const MetricsQuery &query, QObject *context, MetricsDone done) override
    {
        asked.push_back(query);
        // The script is read when the answer arrives, so a test may fill it
        // after starting the pass.
        QTimer::singleShot(0, context, [this, done] {
            MetricsResult r = metrics.empty() ? MetricsResult{} : metrics.front();
            if (!metrics.empty())
                metrics.pop_front();
            done(r);
        });
    }
    void readStatus(const MetricsQuery &query, QObject *context, StatusDone done) override
    {
        asked.push_back(query);
        QTimer::singleShot(0, context, [this, done] {
            StatusResult r = statuses.empty() ? StatusResult{} : statuses.front();
            if (!statuses.empty())
                statuses.pop_front();
            done(r);
        });
    }
};

EntityMetrics numbers(const QString &id, double impressions, qint64 spendMicros)
{
    EntityMetrics m;
    m.externalId = id;
    m.values = {{Metric::Impressions, impressions}, {Metric::Clicks, impressions / 10}};
    m.spendMicros = spendMicros;
    return m;
}

} // namespace

class TestTrackingWorker : public QObject
{
    Q_OBJECT

    struct Setup
    {
        test::PublishFixture fixture{QStringLiteral("tracking-%1").arg(++counter())};
        test::FakePublisher publisher;
        test::FakeTokens tokens;
        test::FakeBackend backend{publisher, tokens};
        ScriptedReader *reader = nullptr;
        QDateTime now = test::noonUtc(3);
        std::unique_ptr<TrackingWorker> worker;
        qint64 targetId = 0;

        static int &counter()
        {
            static int n = 0;
            return n;
        }
        Setup()
        {
            worker = std::make_unique<TrackingWorker>(
                fixture.db, backend,
                [this](Platform, bool) -> std::unique_ptr<MetricsReader> {
                    auto r = std::make_unique<ScriptedReader>();
                    reader = r.get();
                    return r;
                },
                [this] { return now; });
        }
        bool publish(const QString &externalId)
        {
            const qint64 item = fixture.addItem(test::noonUtc(2));
            targetId = fixture.addTarget(item);
            const PublishTargetRepository targets(fixture.db);
            if (!*targets.claim(targetId, QStringLiteral("w"), test::noonUtc(2)))
                return false;
            auto attempt = targets.beginSending(targetId, QStringLiteral("w"), QStringLiteral("fp"), QStringLiteral("k"),
                                                test::noonUtc(2));
            return attempt && *attempt
                && *targets.finishPublished(targetId, **attempt, externalId, QString(), 200, test::noonUtc(2));
        }
    };

    static std::optional<TrackingSummary> wait(const std::function<void(TrackingWorker::Done)> &start)
    {
        std::optional<TrackingSummary> result;
        start([&result](const TrackingSummary &s) { result = s; });
        (void)QTest::qWaitFor([&result] { return result.has_value(); }, 5000);
        return result;
    }

private Q_SLOTS:
    void aPassWritesSamplesAndALaterPassNewerValues()
    {
        Setup s;
        QVERIFY(s.fixture.ok());
        QVERIFY(s.publish(QStringLiteral("104_777")));
        // The first pass creates the reader; script it before the read happens
        // (the read is queued, the factory runs synchronously).
        std::optional<TrackingSummary> first;
        s.worker->syncMetrics([&first](const TrackingSummary &sum) { first = sum; });
        QVERIFY(s.reader);
        MetricsResult r1;
        r1.entities = {numbers(QStringLiteral("104_777"), 200, 12340000)}; // 12.34 SAR
        s.reader->metrics.push_back(r1);
        QVERIFY(QTest::qWaitFor([&first] { return first.has_value(); }, 5000));
        QCOMPARE(first->targets, 1);
        QCOMPARE(first->samples, 3);
        QVERIFY(first->ok());
        QCOMPARE(s.reader->asked.front().externalIds, std::vector<QString>{QStringLiteral("104_777")});
        QCOMPARE(s.reader->asked.front().accessToken, QStringLiteral("token-1"));
        QCOMPARE(s.tokens.askedFor, QStringList{QStringLiteral("104000000000001")}); // the Page's own token

        const MetricRepository metrics(s.fixture.db);
        auto spend = metrics.series(s.fixture.campaignId, Platform::Facebook, Metric::SpendMinor, {}, {});
        QCOMPARE(spend->size(), size_t(1));
        QCOMPARE(spend->at(0).value, 1234.0);
        QCOMPARE(spend->at(0).sampledAt, test::noonUtc(3));

        s.now = test::noonUtc(3).addSecs(3600);
        MetricsResult r2;
        r2.entities = {numbers(QStringLiteral("104_777"), 260, 15000000)};
        s.reader->metrics.push_back(r2);
        const auto second = wait([&s](TrackingWorker::Done d) { s.worker->syncMetrics(d); });
        QVERIFY(second);
        QCOMPARE(second->samples, 3);
        auto impressions = metrics.series(s.fixture.campaignId, std::nullopt, Metric::Impressions, {}, {});
        QCOMPARE(impressions->size(), size_t(2));
        QCOMPARE(impressions->at(0).value, 200.0);
        QCOMPARE(impressions->at(1).value, 260.0);
        QCOMPARE(impressions->at(1).sampledAt, test::noonUtc(3).addSecs(3600));
        QCOMPARE(impressions->at(1).contentItemId, impressions->at(0).contentItemId);

        // Archived campaigns are not read any more.
        QVERIFY(!CampaignRepository(s.fixture.db).setStatus(s.fixture.campaignId, CampaignStatus::Archived, s.now).isError());
        const auto archived = wait([&s](TrackingWorker::Done d) { s.worker->syncMetrics(d); });
        QVERIFY(archived);
        QCOMPARE(archived->targets, 0);
        QCOMPARE(archived->samples, 0);
    }

    void unauthorizedIsRetriedOnceWithARenewedToken()
    {
        Setup s;
        QVERIFY(s.publish(QStringLiteral("104_778")));
        std::optional<TrackingSummary> result;
        s.worker->syncMetrics([&result](const TrackingSummary &sum) { result = sum; });
        MetricsResult refused;
        refused.ok = false;
        refused.failure.unauthorized = true;
        refused.failure.error = PublishErrorKind::TokenExpiredOrInvalid;
        MetricsResult fine;
        fine.entities = {numbers(QStringLiteral("104_778"), 50, 0)};
        s.reader->metrics = {refused, fine};
        QVERIFY(QTest::qWaitFor([&result] { return result.has_value(); }, 5000));
        QVERIFY(result->ok());
        QCOMPARE(s.tokens.refreshes, 1);
        QCOMPARE(s.reader->asked.size(), size_t(2));
        QCOMPARE(s.reader->asked.back().accessToken, QStringLiteral("token-2"));
        QCOMPARE(result->samples, 3);
    }

    void aRateLimitIsReportedAsAProblem()
    {
        Setup s;
        QVERIFY(s.publish(QStringLiteral("104_779")));
        std::optional<TrackingSummary> result;
        s.worker->syncMetrics([&result](const TrackingSummary &sum) { result = sum; });
        MetricsResult limited;
        limited.ok = false;
        limited.failure.error = PublishErrorKind::RateLimited;
        limited.failure.httpStatus = 429;
        limited.failure.platformMessage = QStringLiteral("Application request limit reached");
        s.reader->metrics = {limited};
        QVERIFY(QTest::qWaitFor([&result] { return result.has_value(); }, 5000));
        QVERIFY(!result->ok());
        QVERIFY(result->problems.first().contains(QStringLiteral("Application request limit reached")));
        QCOMPARE(s.tokens.refreshes, 0);
    }

    void statusSyncWritesTheStatusAndRaisesAttentionOnce()
    {
        Setup s;
        QVERIFY(s.publish(QStringLiteral("120330000000001")));
        QSignalSpy attention(s.worker.get(), &TrackingWorker::attentionNeeded);
        std::optional<TrackingSummary> result;
        s.worker->syncStatus([&result](const TrackingSummary &sum) { result = sum; });
        StatusResult rejected;
        rejected.entities = {EntityStatus{QStringLiteral("120330000000001"), QStringLiteral("DISAPPROVED"),
                                          EntityVerdict::Rejected, QStringLiteral("Misleading claims")}};
        s.reader->statuses = {rejected, rejected};
        QVERIFY(QTest::qWaitFor([&result] { return result.has_value(); }, 5000));
        QCOMPARE(result->statusChanges, 1);
        QCOMPARE(attention.count(), 1);
        QCOMPARE(attention.at(0).at(0).toLongLong(), s.targetId);
        QVERIFY(attention.at(0).at(2).toString().contains(QStringLiteral("DISAPPROVED")));
        QVERIFY(attention.at(0).at(2).toString().contains(QStringLiteral("Misleading claims")));
        const auto stored = PublishTargetRepository(s.fixture.db).find(s.targetId);
        QCOMPARE(stored->platformStatus, QStringLiteral("DISAPPROVED"));
        QCOMPARE(stored->platformStatusAt, test::noonUtc(3));

        // The same status again: stored time moves, no second alarm.
        s.now = s.now.addSecs(900);
        const auto again = wait([&s](TrackingWorker::Done d) { s.worker->syncStatus(d); });
        QVERIFY(again);
        QCOMPARE(again->statusChanges, 0);
        QCOMPARE(attention.count(), 1);
        QCOMPARE(PublishTargetRepository(s.fixture.db).find(s.targetId)->platformStatusAt, test::noonUtc(3).addSecs(900));
    }

    void tokenPassRenewsOnlyGrantsExpiringWithinAWeek()
    {
        Setup s;
        const ConnectionRepository connections(s.fixture.db);
        Connection account = *connections.find(s.fixture.accountId);
        account.expiresAt = s.now.addDays(3);
        QVERIFY(connections.upsert(account));
        Connection page = *connections.find(s.fixture.pageId);
        page.expiresAt = s.now.addDays(30);
        QVERIFY(connections.upsert(page));
        const auto result = wait([&s](TrackingWorker::Done d) { s.worker->refreshTokens(d); });
        QVERIFY(result);
        QCOMPARE(result->tokensRefreshed, 1);
        QCOMPARE(s.tokens.refreshes, 1);
        QCOMPARE(s.tokens.askedFor, QStringList{QStringLiteral("1000001")});
    }
};

QTEST_GUILESS_MAIN(TestTrackingWorker)
#include "tst_trackingworker.moc"
