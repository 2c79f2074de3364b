#include "app/core/Clock.h"
#include "app/publishing/PublishThread.h"
#include "app/publishing/PublishWorker.h"
#include "models/store/AutomationLogRepository.h"
#include "models/store/PublishAttemptRepository.h"
#include "models/store/RateLimitRepository.h"
#include "tests/app/publishing/FakePublishing.h"
#include "tests/app/publishing/PublishFixture.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace cf;
using test::noonUtc;

// The publishing worker against a scripted adapter: what is retried (only
// proof that nothing was applied), how long it waits, that an unknown
// outcome is never re-sent blindly, the 401 refresh-once rule, limits that
// survive a restart, crash recovery and the safety checks.
class TestPublishWorker : public QObject
{
    Q_OBJECT

    test::FakePublisher m_publisher;
    test::FakeTokens m_tokens;

    PublishWorkerConfig config(const test::PublishFixture &f) const
    {
        PublishWorkerConfig c;
        c.databasePath = f.path();
        c.assetsDir = f.dir.filePath(QStringLiteral("assets"));
        c.reconcileSettleSecs = 30;
        c.randomSeed = 7;
        return c;
    }

    std::unique_ptr<PublishWorker> worker(const test::PublishFixture &f, const Clock &clock)
    {
        return std::make_unique<PublishWorker>(
            config(f),
            [this](QNetworkAccessManager &, const Database &) -> std::unique_ptr<PublishBackend> {
                return std::make_unique<test::FakeBackend>(m_publisher, m_tokens);
            },
            clock);
    }

    static PublishPassSummary pass(PublishWorker &w)
    {
        QSignalSpy finished(&w, &PublishWorker::passFinished);
        w.runOnce();
        if (finished.isEmpty() && !finished.wait(5000))
            return PublishPassSummary{0, 0, 0, 0, 0, 0, 0, 0, QStringLiteral("timed out")};
        const PublishPassSummary s = finished.first().first().value<PublishPassSummary>();
        if (!s.error.isEmpty())
            qWarning("pass error: %s", qPrintable(s.error));
        return s;
    }

    static PublishTarget target(const test::PublishFixture &f, qint64 id) { return *PublishTargetRepository(f.db).find(id); }

private Q_SLOTS:
    void init()
    {
        m_publisher = test::FakePublisher();
        m_tokens = test::FakeTokens();
    }

    void publishesADueTargetWithItsExternalId()
    {
        test::PublishFixture f(QStringLiteral("w1"));
        QVERIFY(f.ok());
        const qint64 item = f.addItem(noonUtc());
        const qint64 t = f.addTarget(item);
        const qint64 notYet = f.addTarget(f.addItem(noonUtc(3)));
        FixedClock clock(noonUtc(2, 1));
        auto w = worker(f, clock);
        QSignalSpy changed(w.get(), &PublishWorker::targetChanged);
        const PublishPassSummary s = pass(*w);
        QCOMPARE(s.error, QString());
        QCOMPARE(s.sent, 1);
        QCOMPARE(s.published, 1);
        QCOMPARE(m_publisher.sent.size(), size_t(1));
        const PublishRequest &r = m_publisher.sent.front();
        QCOMPARE(r.targetId, t);
        QCOMPARE(r.language, QStringLiteral("en"));
        QCOMPARE(r.accessToken, QStringLiteral("token-1"));
        QCOMPARE(r.connection.accountId, QStringLiteral("104000000000001"));
        QCOMPARE(r.parentConnection.id, f.accountId);
        QVERIFY(r.attemptId > 0);
        QCOMPARE(r.idempotencyKey, QStringLiteral("cf-target-%1").arg(t));
        QCOMPARE(m_tokens.askedFor, QStringList{QStringLiteral("104000000000001")}); // the Page's own token
        QCOMPARE(target(f, t).state, TargetState::Published);
        QCOMPARE(target(f, t).externalId, QStringLiteral("post-1"));
        QCOMPARE(target(f, t).requestFingerprint.size(), qsizetype(64));
        QCOMPARE(target(f, notYet).state, TargetState::Scheduled);
        QCOMPARE(ContentRepository(f.db).find(item)->publishState, PublishState::Published);
        QCOMPARE(PublishAttemptRepository(f.db).listForContent(item)->front().outcome, AttemptOutcome::Succeeded);
        QVERIFY(changed.count() >= 2); // sending, published
        const auto logs = *AutomationLogRepository(f.db).listForContent(item);
        QCOMPARE(logs.size(), size_t(1));
        QCOMPARE(logs.front().event, QStringLiteral("published"));
    }

    void queuedItemsWithoutTargetsAreQueuedByThePass()
    {
        test::PublishFixture f(QStringLiteral("w13"));
        QVERIFY(f.ok());
        const qint64 item = f.addItem(noonUtc()); // queued by the review, no target yet
        FixedClock clock(noonUtc(2, 1));
        auto w = worker(f, clock);
        QCOMPARE(pass(*w).published, 1);
        const auto targets = *PublishTargetRepository(f.db).listForContent(item);
        QCOMPARE(targets.size(), size_t(1));
        QCOMPARE(targets.front().connectionId, f.pageId);
        QCOMPARE(ContentRepository(f.db).find(item)->publishState, PublishState::Published);
    }

    void retriesOnlyRetryableFailuresWithBackoff()
    {
        test::PublishFixture f(QStringLiteral("w2"));
        QVERIFY(f.ok());
        const qint64 retryable = f.addTarget(f.addItem(noonUtc()));
        const qint64 permanent = f.addTarget(f.addItem(noonUtc(2, 0)));
        m_publisher.script = {test::FakePublisher::outcome(PublishStatus::FailedRetryable, PublishErrorKind::PlatformUnavailable),
                              test::FakePublisher::outcome(PublishStatus::FailedPermanent,
                                                           PublishErrorKind::ContentPolicyViolation)};
        FixedClock clock(noonUtc(2, 1));
        auto w = worker(f, clock);
        PublishPassSummary s = pass(*w);
        QCOMPARE(s.retrying, 1);
        QCOMPARE(s.failed, 1);
        const PublishTarget r = target(f, retryable);
        QCOMPARE(r.state, TargetState::FailedRetryable);
        QCOMPARE(r.errorKind, QStringLiteral("platform_unavailable"));
        // base 60 s, +-20 % jitter
        const qint64 wait = clock.nowUtc().secsTo(r.nextAttemptAt);
        QVERIFY2(wait >= 47 && wait <= 72, qPrintable(QString::number(wait)));
        QCOMPARE(target(f, permanent).state, TargetState::FailedPermanent);
        QVERIFY(!target(f, permanent).errorMessage.isEmpty());
        QVERIFY(!target(f, permanent).errorAction.isEmpty());

        // Not before its time, and the permanent one never.
        s = pass(*w);
        QCOMPARE(s.sent, 0);
        clock.advanceSecs(wait + 1);
        s = pass(*w);
        QCOMPARE(s.sent, 1);
        QCOMPARE(target(f, retryable).state, TargetState::Published);
        QCOMPARE(target(f, retryable).attempts, 2);
        clock.advanceSecs(86400);
        QCOMPARE(pass(*w).sent, 0);
        QCOMPARE(m_publisher.sent.size(), size_t(3));
    }

    void backoffGrowsAndGivesUp()
    {
        test::PublishFixture f(QStringLiteral("w3"));
        QVERIFY(f.ok());
        const qint64 t = f.addTarget(f.addItem(noonUtc()));
        for (int i = 0; i < 5; ++i)
            m_publisher.script.push_back(test::FakePublisher::outcome(PublishStatus::FailedRetryable, PublishErrorKind::PlatformUnavailable));
        FixedClock clock(noonUtc(2, 1));
        auto w = worker(f, clock);
        qint64 previous = 0;
        for (int attempt = 1; attempt <= 4; ++attempt) {
            QCOMPARE(pass(*w).sent, 1);
            const qint64 wait = clock.nowUtc().secsTo(target(f, t).nextAttemptAt);
            QVERIFY2(wait > previous, qPrintable(QStringLiteral("%1 after %2").arg(wait).arg(previous)));
            previous = wait;
            clock.advanceSecs(wait + 1);
        }
        QCOMPARE(pass(*w).failed, 1); // the fifth failure is the last
        QCOMPARE(target(f, t).state, TargetState::FailedPermanent);
        QVERIFY(target(f, t).errorMessage.contains(QLatin1Char('5')));
    }

    void retryAfterIsHonouredAndHoldsTheAccount()
    {
        test::PublishFixture f(QStringLiteral("w4"));
        QVERIFY(f.ok());
        const qint64 first = f.addTarget(f.addItem(noonUtc()));
        const qint64 second = f.addTarget(f.addItem(noonUtc(2, 0)));
        FixedClock clock(noonUtc(2, 1));
        PublishOutcome limited = test::FakePublisher::outcome(PublishStatus::FailedRetryable, PublishErrorKind::RateLimited);
        limited.retryNotBeforeUtc = clock.nowUtc().addSecs(900);
        limited.httpStatus = 429;
        m_publisher.script = {limited};
        {
            auto w = worker(f, clock);
            const PublishPassSummary s = pass(*w);
            QCOMPARE(s.sent, 1);      // the second is held by the limiter, not sent
            QCOMPARE(s.deferred, 1);
        }
        QCOMPARE(target(f, first).nextAttemptAt, clock.nowUtc().addSecs(900));
        QCOMPARE(target(f, second).state, TargetState::Scheduled);
        QCOMPARE(target(f, second).nextAttemptAt, clock.nowUtc().addSecs(900));
        const auto hold = *RateLimitRepository(f.db).find(QStringLiteral("facebook:account:104000000000001"));
        QVERIFY(hold.has_value());
        QCOMPARE(hold->nextAllowedAt, clock.nowUtc().addSecs(900));

        // A restart (new worker, same database) still respects the hold.
        clock.advanceSecs(60);
        {
            auto w = worker(f, clock);
            QCOMPARE(pass(*w).sent, 0);
        }
        // Even a target whose own time has come waits for the account.
        QVERIFY(QSqlQuery(f.db.handle()).exec(QStringLiteral("UPDATE publish_targets SET next_attempt_at = NULL")));
        {
            auto w = worker(f, clock);
            const PublishPassSummary s = pass(*w);
            QCOMPARE(s.sent, 0);
            QCOMPARE(s.deferred, 2);
        }
        clock.advanceSecs(900);
        {
            auto w = worker(f, clock);
            QCOMPARE(pass(*w).sent, 2);
        }
        QCOMPARE(target(f, first).state, TargetState::Published);
        QCOMPARE(target(f, second).state, TargetState::Published);
    }

    void unknownIsNeverResentBlindly()
    {
        test::PublishFixture f(QStringLiteral("w5"));
        QVERIFY(f.ok());
        const qint64 item = f.addItem(noonUtc());
        const qint64 t = f.addTarget(item);
        m_publisher.script = {test::FakePublisher::outcome(PublishStatus::Unknown, PublishErrorKind::PlatformUnavailable)};
        FixedClock clock(noonUtc(2, 1));
        auto w = worker(f, clock);
        QSignalSpy attention(w.get(), &PublishWorker::attentionNeeded);
        QCOMPARE(pass(*w).unknown, 1);
        QCOMPARE(target(f, t).state, TargetState::Unknown);
        QCOMPARE(ContentRepository(f.db).find(item)->publishState, PublishState::Unknown);
        QCOMPARE(attention.count(), 1);
        // Not even reconciled before it settles.
        QCOMPARE(pass(*w).sent, 0);
        QCOMPARE(m_publisher.reconciled.size(), size_t(0));
        for (int i = 0; i < 3; ++i) {
            clock.advanceSecs(3601);
            const PublishPassSummary s = pass(*w);
            QCOMPARE(s.sent, 0);
            QCOMPARE(s.stillUnknown, 1);
        }
        QCOMPARE(m_publisher.sent.size(), size_t(1));
        QCOMPARE(m_publisher.reconciled.size(), size_t(3));
        QCOMPARE(m_publisher.reconciled.front().attemptId, *target(f, t).attemptId);
        QVERIFY(target(f, t).errorAction.contains(QStringLiteral("Facebook")));
        // A reconcile that finds it settles it.
        m_publisher.reconciles = {ReconcileOutcome{ReconcileStatus::Published, QStringLiteral("104_77"), {}, {}}};
        clock.advanceSecs(3601);
        QCOMPARE(pass(*w).reconciled, 1);
        QCOMPARE(target(f, t).state, TargetState::Published);
        QCOMPARE(target(f, t).externalId, QStringLiteral("104_77"));
        QCOMPARE(m_publisher.sent.size(), size_t(1));
    }

    void reconcileNotPublishedIsProofAndSendsAgain()
    {
        test::PublishFixture f(QStringLiteral("w6"));
        QVERIFY(f.ok());
        const qint64 t = f.addTarget(f.addItem(noonUtc()));
        m_publisher.script = {test::FakePublisher::outcome(PublishStatus::Unknown)};
        m_publisher.reconciles = {ReconcileOutcome{ReconcileStatus::NotPublished, {}, {}, {}}};
        FixedClock clock(noonUtc(2, 1));
        auto w = worker(f, clock);
        pass(*w);
        clock.advanceSecs(31);
        const PublishPassSummary s = pass(*w);
        QCOMPARE(s.reconciled, 1);
        QCOMPARE(s.sent, 1);
        QCOMPARE(target(f, t).state, TargetState::Published);
        QCOMPARE(target(f, t).attempts, 2);
    }

    void unauthorizedRefreshesOnceAndRetriesOnce()
    {
        test::PublishFixture f(QStringLiteral("w7"));
        QVERIFY(f.ok());
        const qint64 ok = f.addTarget(f.addItem(noonUtc()));
        PublishOutcome unauthorized = test::FakePublisher::outcome(PublishStatus::FailedRetryable,
                                                                   PublishErrorKind::TokenExpiredOrInvalid);
        unauthorized.unauthorized = true;
        unauthorized.httpStatus = 401;
        m_publisher.script = {unauthorized};
        FixedClock clock(noonUtc(2, 1));
        auto w = worker(f, clock);
        QCOMPARE(pass(*w).published, 1);
        QCOMPARE(m_tokens.refreshes, 1);
        QCOMPARE(m_publisher.sent.size(), size_t(2));
        QCOMPARE(m_publisher.sent[0].accessToken, QStringLiteral("token-1"));
        QCOMPARE(m_publisher.sent[1].accessToken, QStringLiteral("token-2"));
        QCOMPARE(target(f, ok).attempts, 2);
        QCOMPARE(target(f, ok).state, TargetState::Published);

        // 401 again after the refresh: no third send, the user must act.
        const qint64 bad = f.addTarget(f.addItem(noonUtc()));
        m_publisher.script = {unauthorized, unauthorized};
        QCOMPARE(pass(*w).failed, 1);
        QCOMPARE(m_tokens.refreshes, 2);
        QCOMPARE(m_publisher.sent.size(), size_t(4));
        QCOMPARE(target(f, bad).state, TargetState::FailedPermanent);

        // A refused refresh blocks without another send.
        const qint64 refused = f.addTarget(f.addItem(noonUtc()));
        m_tokens.refreshFails = true;
        m_publisher.script = {unauthorized};
        pass(*w);
        QCOMPARE(m_publisher.sent.size(), size_t(5));
        QCOMPARE(target(f, refused).state, TargetState::FailedPermanent);
        QCOMPARE(target(f, refused).errorKind, QStringLiteral("token_expired_or_invalid"));
    }

    void crashedSendBecomesUnknownOnStart()
    {
        test::PublishFixture f(QStringLiteral("w8"));
        QVERIFY(f.ok());
        const qint64 t = f.addTarget(f.addItem(noonUtc()));
        const PublishTargetRepository repo(f.db);
        QVERIFY(*repo.claim(t, QStringLiteral("dead-process"), noonUtc()));
        QVERIFY(repo.beginSending(t, QStringLiteral("dead-process"), {}, {}, noonUtc())->has_value());
        FixedClock clock(noonUtc(2, 1));
        auto w = worker(f, clock);
        const PublishPassSummary s = pass(*w);
        QCOMPARE(s.sent, 0);
        QCOMPARE(s.stillUnknown + s.reconciled, 1); // looked at once, read-only
        QCOMPARE(m_publisher.sent.size(), size_t(0));
        QCOMPARE(target(f, t).state, TargetState::Unknown);
    }

    void safetyChecksBlockOrDefer()
    {
        test::PublishFixture f(QStringLiteral("w9"));
        QVERIFY(f.ok());
        FixedClock clock(noonUtc(2, 1));
        // Adapter limits.
        const qint64 tooLong = f.addTarget(f.addItem(noonUtc()));
        m_publisher.limitProblems = {QStringLiteral("The post is too long.")};
        auto w = worker(f, clock);
        QCOMPARE(pass(*w).failed, 1);
        QCOMPARE(target(f, tooLong).state, TargetState::FailedPermanent);
        QCOMPARE(target(f, tooLong).errorKind, QStringLiteral("content_out_of_limits"));
        m_publisher.limitProblems.clear();

        // Quiet hours in Riyadh (23:30-07:00 = 20:30-04:00 UTC): deferred to their end.
        const qint64 night = f.addTarget(f.addItem(QDateTime(QDate(2026, 12, 2), QTime(22, 0), Qt::UTC)));
        clock.set(QDateTime(QDate(2026, 12, 2), QTime(22, 5), Qt::UTC));
        QCOMPARE(pass(*w).deferred, 1);
        QCOMPARE(target(f, night).nextAttemptAt, QDateTime(QDate(2026, 12, 3), QTime(4, 0), Qt::UTC));
        // The owner's "publish now" is not held by quiet hours.
        QCOMPARE(*PublishTargetRepository(f.db).releaseNow(target(f, night).contentItemId, clock.nowUtc()), 1);
        QCOMPARE(pass(*w).published, 1);

        // A connection that needs a new sign-in: blocked, nothing sent.
        QVERIFY(!ConnectionRepository(f.db).setStatus(f.pageId, ConnectionStatus::NeedsRelogin, QStringLiteral("expired"),
                                                      clock.nowUtc()).isError());
        const qint64 signedOut = f.addTarget(f.addItem(noonUtc()));
        const size_t before = m_publisher.sent.size();
        QCOMPARE(pass(*w).failed, 1);
        QCOMPARE(m_publisher.sent.size(), before);
        QCOMPARE(target(f, signedOut).errorKind, QStringLiteral("blocked"));
        QVERIFY(target(f, signedOut).errorAction.contains(QStringLiteral("Reconnect")));
    }

    void nativeSchedulingHandsOverEarly()
    {
        test::PublishFixture f(QStringLiteral("w10"));
        QVERIFY(f.ok());
        m_publisher.native = true;
        const QDateTime when = noonUtc(3);
        const qint64 t = f.addTarget(f.addItem(when), true);
        PublishOutcome scheduled = test::FakePublisher::outcome(PublishStatus::ScheduledNatively);
        scheduled.externalId = QStringLiteral("104_sched");
        m_publisher.script = {scheduled};
        FixedClock clock(noonUtc(2, 1));
        auto w = worker(f, clock);
        QCOMPARE(pass(*w).published, 1);
        QCOMPARE(m_publisher.sent.front().publishAtUtc, std::optional<QDateTime>(when));
        QCOMPARE(target(f, t).state, TargetState::Published);
        QCOMPARE(target(f, t).externalId, QStringLiteral("104_sched"));
    }

    void checkpointsAreStoredAndGivenToTheRetry()
    {
        test::PublishFixture f(QStringLiteral("w11"));
        QVERIFY(f.ok());
        const qint64 t = f.addTarget(f.addItem(noonUtc()));
        m_publisher.during = [](const PublishRequest &r, const PlatformPublisher::Checkpoint &checkpoint) {
            if (r.checkpoints.empty())
                checkpoint(QStringLiteral("container"), QStringLiteral("17900001"));
        };
        m_publisher.script = {test::FakePublisher::outcome(PublishStatus::FailedRetryable, PublishErrorKind::RateLimited)};
        FixedClock clock(noonUtc(2, 1));
        auto w = worker(f, clock);
        pass(*w);
        QCOMPARE(target(f, t).checkpoints.at(QStringLiteral("container")), QStringLiteral("17900001"));
        clock.advanceSecs(3600 * 2);
        pass(*w);
        QCOMPARE(m_publisher.sent.size(), size_t(2));
        QCOMPARE(m_publisher.sent[1].checkpoints.at(QStringLiteral("container")), QStringLiteral("17900001"));
    }

    void runsOnItsOwnThread()
    {
        test::PublishFixture f(QStringLiteral("w12"));
        QVERIFY(f.ok());
        const qint64 t = f.addTarget(f.addItem(noonUtc()));
        FixedClock clock(noonUtc(2, 1));
        QThread *workerThread = nullptr;
        PublishThread thread(config(f),
                             [this, &workerThread](QNetworkAccessManager &, const Database &) -> std::unique_ptr<PublishBackend> {
                                 workerThread = QThread::currentThread();
                                 return std::make_unique<test::FakeBackend>(m_publisher, m_tokens);
                             },
                             clock);
        QSignalSpy started(&thread, &PublishThread::started);
        QSignalSpy passes(&thread, &PublishThread::passFinished);
        QSignalSpy changed(&thread, &PublishThread::targetChanged);
        thread.start();
        QVERIFY(passes.wait(5000));
        QCOMPARE(started.count(), 1);
        QCOMPARE(started.first().first().toBool(), true);
        QVERIFY(workerThread != nullptr);
        QVERIFY(workerThread != QThread::currentThread());
        QVERIFY(changed.count() >= 1);
        thread.stop();
        QCOMPARE(target(f, t).state, TargetState::Published);
    }
};

QTEST_GUILESS_MAIN(TestPublishWorker)
#include "tst_publishworker.moc"
