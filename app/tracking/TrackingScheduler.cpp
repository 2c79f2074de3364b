#include "app/tracking/TrackingScheduler.h"

#include "app/automation/AfterMetricsPass.h"
#include "app/core/AppSettings.h"
#include "app/core/Clock.h"
#include "models/store/Database.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTimer>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcTracking)

namespace cf {

TrackingScheduler::TrackingScheduler(TrackingConfig config, BackendFactory backends, ReaderFactory readers,
                                     const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_backendFactory(std::move(backends))
    , m_readerFactory(std::move(readers))
    , m_clock(clock)
{
    qRegisterMetaType<cf::TrackingPass>();
    qRegisterMetaType<cf::TrackingSummary>();
}

TrackingScheduler::~TrackingScheduler()
{
    // The worker's readers hold requests on the network manager: they go
    // first, so no answer arrives into a half-destroyed scheduler.
    m_worker.reset();
    m_backend.reset();
    delete m_network;
    m_network = nullptr;
}

bool TrackingScheduler::open(QString *error)
{
    m_db = std::make_unique<Database>();
    DatabaseOptions options;
    options.createIfMissing = false;
    options.nowUtc = m_clock.nowUtc();
    if (!m_db->open(m_config.databasePath, Database::connectionNameForCurrentThread(QStringLiteral("cf-tracking")),
                    options)) {
        *error = m_db->error().message;
        return false;
    }
    m_network = new QNetworkAccessManager(this);
    m_backend = m_backendFactory(*m_network, *m_db);
    if (!m_backend) {
        *error = tr("The tracking thread has no access to the connected accounts.");
        return false;
    }
    QNetworkAccessManager &network = *m_network;
    ReaderFactory readers = m_readerFactory;
    const Clock &clock = m_clock;
    m_worker = std::make_unique<TrackingWorker>(
        *m_db, *m_backend,
        [readers, &network](Platform platform, bool ads) { return readers(platform, ads, network); },
        [&clock] { return clock.nowUtc(); });
    connect(m_worker.get(), &TrackingWorker::attentionNeeded, this, &TrackingScheduler::attentionNeeded);
    return true;
}

void TrackingScheduler::start()
{
    QString error;
    const bool ok = open(&error);
    Q_EMIT started(ok, error);
    if (!ok) {
        qCWarning(lcTracking) << "tracking thread did not start:" << error;
        return;
    }
    repeating(m_config.tokensIntervalMs, TrackingPass::Tokens);
    repeating(m_config.metricsIntervalMs, TrackingPass::Metrics);
    repeating(m_config.statusIntervalMs, TrackingPass::Status);
    // Tokens first, so the reads that follow use renewed grants.
    QTimer::singleShot(m_config.firstPassDelayMs, this, [this] {
        request(TrackingPass::Tokens);
        request(TrackingPass::Metrics);
        request(TrackingPass::Status);
    });
}

QTimer *TrackingScheduler::repeating(int intervalMs, TrackingPass pass)
{
    auto *timer = new QTimer(this);
    timer->setInterval(intervalMs);
    connect(timer, &QTimer::timeout, this, [this, pass] { request(pass); });
    timer->start();
    return timer;
}

void TrackingScheduler::request(TrackingPass pass)
{
    if (m_stopping || !m_worker)
        return;
    if (std::find(m_waiting.begin(), m_waiting.end(), pass) == m_waiting.end())
        m_waiting.push_back(pass);
    if (!m_running)
        runNext();
}

void TrackingScheduler::stop()
{
    m_stopping = true;
    m_waiting.clear();
    const auto timers = findChildren<QTimer *>(Qt::FindDirectChildrenOnly);
    for (QTimer *timer : timers)
        timer->stop();
}

void TrackingScheduler::runNext()
{
    if (m_stopping || m_waiting.empty()) {
        m_running = false;
        return;
    }
    m_running = true;
    const TrackingPass pass = m_waiting.front();
    m_waiting.pop_front();
    auto done = [this, pass](const TrackingSummary &summary) { finished(pass, summary); };
    switch (pass) {
    case TrackingPass::Tokens:
        m_worker->refreshTokens(done);
        break;
    case TrackingPass::Metrics:
        m_worker->syncMetrics(done);
        break;
    case TrackingPass::Status:
        m_worker->syncStatus(done);
        break;
    }
}

void TrackingScheduler::finished(TrackingPass pass, const TrackingSummary &summary)
{
    if (m_stopping)
        return;
    Q_EMIT passFinished(pass, summary);
    if (pass == TrackingPass::Metrics && summary.samples > 0) {
        // Fresh results: the AI-optimised level re-times posts and shifts
        // budget now, with each campaign's limits (docs/publishing.md).
        const AppSettings settings;
        if (auto optimised = optimiseAfterMetricsPass(*m_db, m_clock, settings); !optimised)
            qCWarning(lcTracking) << "optimiser after the metrics pass failed:" << optimised.error().fullText();
        Q_EMIT metricsStored(summary.samples);
    }
    // The next pass starts from the event loop, not inside this callback's
    // stack (the worker may still be unwinding its own).
    QMetaObject::invokeMethod(this, &TrackingScheduler::runNext, Qt::QueuedConnection);
}

} // namespace cf
