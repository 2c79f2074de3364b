// TrackingThread: the passes run on the tracking thread (its own database
// connection and network manager), not on the caller's; a metrics pass
// stores samples and says so; the timers ask for further passes; a slow
// read keeps the tracking thread busy while the calling thread's event loop
// goes on; stop() returns promptly even while a read never answers.
#include "../publishing/FakePublishing.h"
#include "../publishing/PublishFixture.h"

#include "app/core/Clock.h"
#include "app/tracking/TrackingThread.h"
#include "models/store/MetricRepository.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <atomic>

using namespace cf;

namespace {

// What the readers saw, shared with the test (written on the tracking thread).
struct ReaderLog
{
    std::atomic<QThread *> thread{nullptr};
    std::atomic<int> reads{0};
    std::atomic<int> blockMs{0};    // the reader holds its thread this long (a slow answer)
    std::atomic<bool> silent{false}; // never answers
};

class ThreadReader final : public MetricsReader
{
public:
    explicit ThreadReader(ReaderLog &log) : m_log(log) {}

    Platform platform() const override { return Platform::Facebook; }
    bool readsAds() const override { return true; }
    bool readsStatus(bool) const override { return true; }
    void readMetrics(const MetricsQuery &query, QObject *context, MetricsDone done) override
    {
        m_log.thread = QThread::currentThread();
        ++m_log.reads;
        if (m_log.silent)
            return;
        if (const int ms = m_log.blockMs; ms > 0)
            QThread::msleep(ulong(ms));
        MetricsResult result;
        for (const QString &id : query.externalIds) {
            EntityMetrics m;
            m.externalId = id;
            m.values = {{Metric::Impressions, 100.0 * m_log.reads}, {Metric::Reach, 60.0 * m_log.reads}};
            result.entities.push_back(m);
        }
        QTimer::singleShot(0, context, [done, result] { done(result); });
    }
    void readStatus(const MetricsQuery &, QObject *context, StatusDone done) override
    {
        QTimer::singleShot(0, context, [done] { done(StatusResult{}); });
    }

private:
    ReaderLog &m_log;
};

} // namespace

class TestTrackingThread : public QObject
{
    Q_OBJECT

    struct Setup
    {
        test::PublishFixture fixture{QStringLiteral("tracking-thread-%1").arg(++counter())};
        test::FakePublisher publisher;
        test::FakeTokens tokens;
        ReaderLog log;
        FixedClock clock{test::noonUtc(3)};
        std::unique_ptr<TrackingThread> thread;

        static int &counter()
        {
            static int n = 0;
            return n;
        }
        bool publish(const QString &externalId)
        {
            const qint64 item = fixture.addItem(test::noonUtc(2));
            const qint64 target = fixture.addTarget(item);
            const PublishTargetRepository targets(fixture.db);
            if (!*targets.claim(target, QStringLiteral("w"), test::noonUtc(2)))
                return false;
            auto attempt = targets.beginSending(target, QStringLiteral("w"), QStringLiteral("fp"), QStringLiteral("k"),
                                                test::noonUtc(2));
            return attempt && *attempt
                && *targets.finishPublished(target, **attempt, externalId, QString(), 200, test::noonUtc(2));
        }
        void make(int metricsIntervalMs)
        {
            TrackingConfig config;
            config.databasePath = fixture.path();
            config.firstPassDelayMs = 0;
            config.metricsIntervalMs = metricsIntervalMs;
            config.statusIntervalMs = 3600 * 1000;
            config.tokensIntervalMs = 3600 * 1000;
            thread = std::make_unique<TrackingThread>(
                config,
                [this](QNetworkAccessManager &, const Database &) -> std::unique_ptr<PublishBackend> {
                    return std::make_unique<test::FakeBackend>(publisher, tokens);
                },
                [this](Platform, bool, QNetworkAccessManager &) -> std::unique_ptr<MetricsReader> {
                    return std::make_unique<ThreadReader>(log);
                },
                clock);
        }
    };

private Q_SLOTS:
    void aPassRunsOnTheTrackingThreadAndStoresSamples()
    {
        Setup s;
        QVERIFY(s.fixture.ok());
        QVERIFY(s.publish(QStringLiteral("104_900")));
        s.make(3600 * 1000);
        QSignalSpy started(s.thread.get(), &TrackingThread::started);
        QSignalSpy stored(s.thread.get(), &TrackingThread::metricsStored);
        QSignalSpy passes(s.thread.get(), &TrackingThread::passFinished);
        s.thread->start();
        QVERIFY(stored.wait(5000));
        QCOMPARE(started.count(), 1);
        QCOMPARE(started.at(0).at(0).toBool(), true);
        QCOMPARE(stored.at(0).at(0).toInt(), 2); // impressions and reach of one post
        QVERIFY(s.log.thread.load() != nullptr);
        QVERIFY(s.log.thread.load() != QThread::currentThread());
        // Tokens, metrics and status ran once each, in that order.
        QVERIFY(QTest::qWaitFor([&passes] { return passes.count() >= 3; }, 5000));
        QCOMPARE(passes.at(0).at(0).value<TrackingPass>(), TrackingPass::Tokens);
        QCOMPARE(passes.at(1).at(0).value<TrackingPass>(), TrackingPass::Metrics);
        QCOMPARE(passes.at(2).at(0).value<TrackingPass>(), TrackingPass::Status);
        s.thread->stop();
        QVERIFY(!s.thread->isRunning());

        const auto impressions =
            MetricRepository(s.fixture.db).series(s.fixture.campaignId, Platform::Facebook, Metric::Impressions, {}, {});
        QVERIFY(impressions);
        QCOMPARE(impressions->size(), size_t(1));
        QCOMPARE(impressions->at(0).value, 100.0);
        QCOMPARE(impressions->at(0).sampledAt, test::noonUtc(3));
    }

    void theTimerRunsFurtherPassesWhileTheCallerStaysResponsive()
    {
        Setup s;
        QVERIFY(s.publish(QStringLiteral("104_901")));
        s.log.blockMs = 150; // every read holds the tracking thread this long
        s.make(50);
        QSignalSpy stored(s.thread.get(), &TrackingThread::metricsStored);
        // The caller's event loop ticks every 5 ms; the largest gap between
        // ticks is what a window would feel.
        QElapsedTimer sinceTick;
        qint64 worstGapMs = 0;
        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, &ticker, [&] {
            worstGapMs = std::max(worstGapMs, sinceTick.restart());
        });
        sinceTick.start();
        ticker.start();
        s.thread->start();
        QVERIFY(QTest::qWaitFor([&stored] { return stored.count() >= 3; }, 10000));
        ticker.stop();
        s.thread->stop();
        QVERIFY(s.log.reads >= 3);
        qInfo("caller's worst event-loop gap during %d slow reads: %lld ms", s.log.reads.load(), qint64(worstGapMs));
        // Three reads held the tracking thread for 450 ms in all; the caller never waited for them.
        QVERIFY2(worstGapMs < 100, qPrintable(QStringLiteral("worst gap %1 ms").arg(worstGapMs)));
    }

    void stopReturnsWhileAReadNeverAnswers()
    {
        Setup s;
        QVERIFY(s.publish(QStringLiteral("104_902")));
        s.log.silent = true;
        s.make(3600 * 1000);
        QSignalSpy stored(s.thread.get(), &TrackingThread::metricsStored);
        s.thread->start();
        QVERIFY(QTest::qWaitFor([&s] { return s.log.reads.load() == 1; }, 5000));
        QElapsedTimer stopping;
        stopping.start();
        s.thread->stop();
        QVERIFY(stopping.elapsed() < 1000);
        QVERIFY(!s.thread->isRunning());
        QCOMPARE(stored.count(), 0);
        s.thread->stop(); // a second stop is harmless
    }

    void aMissingDatabaseIsReportedNotCrashed()
    {
        test::FakePublisher publisher;
        test::FakeTokens tokens;
        ReaderLog log;
        FixedClock clock{test::noonUtc(3)};
        QTemporaryDir dir;
        TrackingConfig config;
        config.databasePath = dir.filePath(QStringLiteral("absent/campaignforge.sqlite"));
        TrackingThread thread(
            config,
            [&](QNetworkAccessManager &, const Database &) -> std::unique_ptr<PublishBackend> {
                return std::make_unique<test::FakeBackend>(publisher, tokens);
            },
            [&](Platform, bool, QNetworkAccessManager &) -> std::unique_ptr<MetricsReader> {
                return std::make_unique<ThreadReader>(log);
            },
            clock);
        QSignalSpy started(&thread, &TrackingThread::started);
        thread.start();
        QVERIFY(started.wait(5000));
        QCOMPARE(started.at(0).at(0).toBool(), false);
        QVERIFY(!started.at(0).at(1).toString().isEmpty());
    }

    void aThreadNeverStartedIsDestroyedCleanly()
    {
        Setup s;
        s.make(1000);
        s.thread.reset();
        QVERIFY(true);
    }
};

QTEST_GUILESS_MAIN(TestTrackingThread)
#include "tst_trackingthread.moc"
