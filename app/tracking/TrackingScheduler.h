#pragma once

#include "app/publishing/PublishBackend.h"
#include "app/tracking/TrackingWorker.h"
#include "platforms/metrics/MetricsReader.h"

#include <QObject>
#include <QString>

#include <deque>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QTimer;

namespace cf {
class Clock;
class Database;

// When the tracking passes run (issue #7 §3). The intervals are settings
// so tests can run a pass in milliseconds.
struct TrackingConfig
{
    QString databasePath;
    // The first passes run this long after start, once the window and the
    // publishing thread have settled.
    int firstPassDelayMs = 60 * 1000;
    int metricsIntervalMs = 60 * 60 * 1000;    // hourly
    int statusIntervalMs = 15 * 60 * 1000;     // every 15 minutes
    int tokensIntervalMs = 24 * 60 * 60 * 1000; // daily
};

enum class TrackingPass { Tokens, Metrics, Status };

// The tracking thread's resident object: created on the GUI thread, moved to
// the tracking QThread (TrackingThread does both), then start() runs there
// and opens this thread's own database connection and network manager and
// builds the token backend and the TrackingWorker on them. Three timers ask
// for passes; passes run one at a time in the order asked (a pass already
// waiting is not queued twice), all asynchronously on this thread's event
// loop, so a slow platform never holds the GUI.
class TrackingScheduler : public QObject
{
    Q_OBJECT
public:
    // Called in the tracking thread once its network manager and database exist.
    using BackendFactory =
        std::function<std::unique_ptr<PublishBackend>(QNetworkAccessManager &network, const Database &db)>;
    using ReaderFactory =
        std::function<std::unique_ptr<MetricsReader>(Platform platform, bool ads, QNetworkAccessManager &network)>;

    TrackingScheduler(TrackingConfig config, BackendFactory backends, ReaderFactory readers, const Clock &clock,
                      QObject *parent = nullptr);
    ~TrackingScheduler() override;

public Q_SLOTS:
    // Opens the database and network in the calling thread, starts the timers.
    void start();
    // Asks for one pass (after the one under way, if any).
    void request(cf::TrackingPass pass);
    // No new passes; the one under way is dropped with this object.
    void stop();

Q_SIGNALS:
    void started(bool ok, const QString &error);
    void passFinished(cf::TrackingPass pass, const cf::TrackingSummary &summary);
    // A metrics pass wrote samples: charts showing them may reload.
    void metricsStored(int samples);
    // A published target was rejected or failed on the platform; translated.
    void attentionNeeded(qint64 targetId, qint64 contentId, const QString &message);

private:
    bool open(QString *error);
    void runNext();
    void finished(TrackingPass pass, const TrackingSummary &summary);
    QTimer *repeating(int intervalMs, TrackingPass pass);

    TrackingConfig m_config;
    BackendFactory m_backendFactory;
    ReaderFactory m_readerFactory;
    const Clock &m_clock;
    // Destroyed in reverse order: the worker (and its readers) before the
    // backend, the network manager and the database they use.
    std::unique_ptr<Database> m_db;
    QNetworkAccessManager *m_network = nullptr; // child, created in the tracking thread
    std::unique_ptr<PublishBackend> m_backend;
    std::unique_ptr<TrackingWorker> m_worker;
    std::deque<TrackingPass> m_waiting;
    bool m_running = false;
    bool m_stopping = false;
};

} // namespace cf

Q_DECLARE_METATYPE(cf::TrackingPass)
Q_DECLARE_METATYPE(cf::TrackingSummary)
