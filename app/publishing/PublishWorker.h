#pragma once

#include "app/publishing/PublishBackend.h"
#include "app/publishing/RetryPolicy.h"
#include "models/domain/PublishTarget.h"
#include "platforms/publishing/PublishTypes.h"

#include <QObject>
#include <QRandomGenerator>
#include <QString>

#include <atomic>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QTimer;

namespace cf {
class Clock;
class Database;
class PlatformPublisher;
struct AdActivationGroup;
struct AdDeliveryWork;
struct PendingBudgetPush;
class RateLimiter;
class RateLimitRepository;
class SafetyChecks;
struct PublishContext;
struct TargetError;

struct PublishWorkerConfig
{
    QString databasePath;
    QString assetsDir;
    int timerIntervalMs = 60000;
    // Targets the platform schedules itself are handed over this early.
    int nativeLeadSecs = 24 * 3600;
    // A native schedule needs at least this much notice (Facebook: 10 min).
    int nativeMinNoticeSecs = 15 * 60;
    // Unknown outcomes are looked at this long after the send, so a
    // platform that applies late is not read as "not published".
    int reconcileSettleSecs = 30;
    // A still-unknown target is looked at again after this long.
    int reconcileIntervalSecs = 3600;
    // A 429 without a reset time holds the account this long.
    int defaultRateLimitHoldSecs = 900;
    int batchLimit = 100;
    RetryPolicy retry;
    quint32 randomSeed = 0; // 0: seeded from the system
};

// Counts of one pass, for the CLI's exit code and the tests.
struct PublishPassSummary
{
    int published = 0;
    int retrying = 0;
    int failed = 0;    // failed_permanent, including blocked
    int unknown = 0;   // sends whose outcome became unknown in this pass
    int deferred = 0;  // quiet hours, rate limits, a native schedule's notice
    int reconciled = 0;
    int stillUnknown = 0;
    int sent = 0;      // requests handed to adapters
    QString error;     // a database or start-up failure, translated
};

// The publishing thread's worker (issue #7). Create it, move it to its own
// QThread (PublishThread does), then call start() there: it opens its own
// database connection and network manager in that thread, builds the
// backend, turns targets left in `sending` by a crash into `unknown`, and
// runs a pass now and on every timer tick or wake().
//
// A pass reconciles due unknown targets (read-only), then claims due
// targets one by one and for each: safety checks -> token -> the move to
// sending is committed -> adapter.publish -> the outcome is committed
// (published with its external id; retryable with backoff; permanent;
// unknown, never re-sent blindly). A 401 is refreshed once and re-sent once.
// A pass that found a full batch due runs again at once when it moved
// anything, so a large queue drains without waiting for the timer.
// Results go out as signals (queued across threads).
class PublishWorker : public QObject
{
    Q_OBJECT
public:
    // Called in the worker's thread once its network manager and database exist.
    using BackendFactory =
        std::function<std::unique_ptr<PublishBackend>(QNetworkAccessManager &network, const Database &db)>;

    PublishWorker(PublishWorkerConfig config, BackendFactory backendFactory, const Clock &clock,
                  QObject *parent = nullptr);
    ~PublishWorker() override;

    QString workerId() const { return m_workerId; }
    // Thread-safe, for the owner's thread: a pause asked for here holds
    // back the next send even while the queued pause() has not run yet
    // (e.g. the worker is still starting). pause()/resume() follow it.
    void requestPause(bool paused) { m_pauseRequested.store(paused); }

public Q_SLOTS:
    // Opens the database and network in the calling thread, recovers, starts the timer and a pass.
    void start();
    // Runs a pass as soon as the current one (if any) ends.
    void wake();
    // One pass without the timer (the CLI's publish-due); passFinished follows.
    void runOnce();
    void stop();
    // Pausing never waits on the network: the request under way (if any)
    // is finished and its outcome committed, then no new target starts and
    // the timer stops; pausedAndIdle follows once nothing is in flight.
    // resume() restarts the timer and runs a pass.
    void pause();
    void resume();
    // A target the platform holds in its own scheduler (published with a
    // native schedule) is deleted there through the adapter, where the
    // platform offers that (CancelsScheduledPosts), then cancelled, or with
    // requeue scheduled again as a fresh create for the item's (new) time.
    // withdrawFinished follows.
    void withdrawScheduled(qint64 targetId, bool requeue);

Q_SIGNALS:
    void started(bool ok, const QString &error);
    // A target moved; state is its TargetState id.
    void targetChanged(qint64 targetId, qint64 contentId, const QString &state);
    // Something the owner must act on (failed, blocked, unknown): translated.
    void attentionNeeded(qint64 targetId, qint64 contentId, const QString &message);
    void passFinished(const cf::PublishPassSummary &summary);
    // The end of withdrawScheduled; message is translated, empty when ok.
    void withdrawFinished(qint64 targetId, bool ok, const QString &message);
    // A pause took effect: no request of this worker is in flight.
    void pausedAndIdle();

private:
    bool open(QString *error);
    void runPass();
    void next();
    void finishPass();
    void publishTarget(qint64 targetId);
    void reconcileTarget(qint64 targetId);
    void withToken(const std::shared_ptr<PublishContext> &context, std::function<void(const QString &token)> go);
    void send(const std::shared_ptr<PublishContext> &context, const QString &token, bool afterRefresh);
    void applyOutcome(const std::shared_ptr<PublishContext> &context, qint64 attemptId, const QString &token,
                      bool afterRefresh, const PublishOutcome &outcome);
    void block(const PublishContext &context, const TargetError &error);
    void defer(const PublishContext &context, const QDateTime &until, const QString &reason);
    void report(qint64 targetId);
    void log(const PublishContext &context, const QString &event, const QString &message, bool problem);
    void storeFailed(const QString &what);
    void step(); // continue with the next target, from the event loop

    // Paid ads (PublishWorkerAds.cpp): ad items go to the ads adapter;
    // shared entities are stored as they appear; after the pass's sends,
    // finished campaigns are activated and changed ad set budgets pushed.
    PlatformPublisher *adapterFor(const PublishContext &context) const;
    TargetError noAdapterError(const PublishContext &context) const;
    void saveCheckpoint(const PublishContext &context, qint64 attemptId, const QString &stepName, const QString &value);
    void loadAdsTasks();
    void activateAds(const AdActivationGroup &group);
    void pushBudget(const PendingBudgetPush &push);
    void adsAttention(qint64 campaignId, qint64 targetId, qint64 contentId, const QString &event, const QString &message);

    // Paid ads, delivery (PublishWorkerAdsDelivery.cpp): pausing and
    // resuming what the owner's wish and the campaign's status ask for, the
    // 401 rule for ads calls, and backoff for repeated failures.
    using AdsCall = std::function<void(const QString &token, std::function<void(const PublishOutcome &)> done)>;
    using AdsDone = std::function<void(const QString &error)>; // error translated, empty when applied
    void callAds(const std::shared_ptr<PublishContext> &context, AdsCall call, AdsDone done);
    void callAdsWith(const std::shared_ptr<PublishContext> &context, const QString &token, bool afterRefresh,
                     AdsCall call, AdsDone done);
    void applyDeliveryWork(const AdDeliveryWork &work);
    bool adsWaiting(const QString &key) const;
    QDateTime adsFailed(const QString &key); // the next try
    void adsSucceeded(const QString &key) { m_adsRetry.erase(key); }

    PublishWorkerConfig m_config;
    BackendFactory m_backendFactory;
    const Clock &m_clock;
    QString m_workerId;
    QRandomGenerator m_random;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RateLimitRepository> m_rateStore;
    std::unique_ptr<RateLimiter> m_limiter;
    std::unique_ptr<SafetyChecks> m_safety;
    QNetworkAccessManager *m_network = nullptr; // child, created in the worker's thread
    std::unique_ptr<PublishBackend> m_backend;
    QTimer *m_timer = nullptr;
    bool m_open = false;
    bool m_passRunning = false;
    bool m_passAgain = false;
    bool m_stopping = false;
    bool m_paused = false;
    std::atomic_bool m_pauseRequested = false;
    bool m_dueLoaded = false;
    bool m_dueBatchFull = false;
    std::deque<qint64> m_reconcileQueue;
    std::deque<qint64> m_publishQueue;
    bool m_adsLoaded = false;
    std::deque<std::function<void()>> m_adsTasks; // each ends with step()
    struct AdsRetry
    {
        int failures = 0;
        QDateTime notBefore;
    };
    // Failed activations, budget pushes and delivery changes wait here
    // (RetryPolicy backoff) instead of being retried every pass. Held in
    // memory: a restart tries once more at once, then backs off again.
    std::map<QString, AdsRetry> m_adsRetry;
    PublishPassSummary m_summary;
};

} // namespace cf

Q_DECLARE_METATYPE(cf::PublishPassSummary)
