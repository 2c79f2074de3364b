#include "bench/publish/PublishRun.h"

#include "app/publishing/PublishStatusReport.h"
#include "app/publishing/PublishThread.h"
#include "bench/publish/BenchSetup.h"
#include "models/store/Database.h"

#include <QSqlQuery>
#include <QTimer>

namespace cf::bench {

namespace {

bool isTerminal(const QString &state)
{
    return state == QLatin1String("published") || state == QLatin1String("failed_permanent")
           || state == QLatin1String("unknown") || state == QLatin1String("cancelled");
}

} // namespace

PublishRun::PublishRun(BenchSetup &setup, int timeoutSecs, QObject *parent)
    : QObject(parent), m_setup(setup), m_timeoutSecs(timeoutSecs)
{
}

PublishRun::~PublishRun() = default;

bool PublishRun::start(QString *error)
{
    m_guiDb = std::make_unique<Database>();
    if (!m_guiDb->open(m_setup.databasePath(), QStringLiteral("bench-gui"))) {
        *error = m_guiDb->error().message;
        return false;
    }
    for (const auto &[item, platform] : m_setup.itemPlatforms())
        ++m_platforms[platform].items;
    // One target per item and account; the run ends when all have settled.
    QSqlQuery count(m_guiDb->handle());
    if (!count.exec(QStringLiteral("SELECT COUNT(*) FROM publish_targets")) || !count.next()) {
        *error = QStringLiteral("could not count the publish targets");
        return false;
    }
    m_total = count.value(0).toInt();

    PublishWorkerConfig config;
    config.databasePath = m_setup.databasePath();
    config.assetsDir = m_setup.assetsDir();
    // Held targets (Retry-After, reset times) are looked at again every
    // second instead of every minute, so a 3 s hold costs about 3 s.
    config.timerIntervalMs = 1000;
    config.retry.baseDelaySecs = 1;
    const EndpointMap &endpoints = m_setup.harness().endpoints();
    const BenchBackend::Tokens tokens = m_setup.tokens();
    m_thread = std::make_unique<PublishThread>(
        config,
        [&endpoints, tokens](QNetworkAccessManager &network, const Database &) -> std::unique_ptr<PublishBackend> {
            return std::make_unique<BenchBackend>(network, endpoints, tokens);
        },
        m_clock);
    connect(m_thread.get(), &PublishThread::targetChanged, this, &PublishRun::onTargetChanged);
    connect(m_thread.get(), &PublishThread::passFinished, this, &PublishRun::onPassFinished);
    connect(m_thread.get(), &PublishThread::started, this, [this](bool ok, const QString &why) {
        if (!ok) {
            QTextStream(stderr) << QStringLiteral("the publishing thread did not start: %1").arg(why) << Qt::endl;
            finish();
        }
    });
    QTimer::singleShot(m_timeoutSecs * 1000, this, &PublishRun::finish);

    m_meter.start();
    m_elapsed.start();
    m_thread->start();
    return true;
}

void PublishRun::onTargetChanged(qint64 targetId, qint64 contentId, const QString &state)
{
    const auto found = m_setup.itemPlatforms().find(contentId);
    if (found == m_setup.itemPlatforms().end())
        return;
    PlatformFigures &p = m_platforms[found->second];
    const qint64 now = m_elapsed.elapsed();
    QString &previous = m_states[targetId];
    if (isTerminal(previous))
        --m_terminal;
    if (isTerminal(state))
        ++m_terminal;
    previous = state;

    if (state == QLatin1String("sending") && p.firstSendMs < 0)
        p.firstSendMs = now;
    // A target goes back to the queue only when a limit holds its account
    // (the bench's items are due, released and within every other check).
    if (state == QLatin1String("failed_retryable") || state == QLatin1String("scheduled")) {
        ++p.throttled;
        if (p.holdStartMs < 0)
            p.holdStartMs = now;
    }
    if (state == QLatin1String("published")) {
        ++p.published;
        p.lastPublishedMs = now;
        if (p.holdStartMs >= 0) {
            p.heldMs += now - p.holdStartMs;
            p.holdStartMs = -1;
        }
    }
    if (m_terminal == m_total)
        finish();
}

void PublishRun::onPassFinished(const PublishPassSummary &summary)
{
    ++m_passes;
    if (!summary.error.isEmpty())
        ++m_passErrors;
    // What PublishingCoordinator::refreshCounts does on the GUI thread.
    QElapsedTimer t;
    t.start();
    const auto counts = countPublishQueue(*m_guiDb);
    m_worstCountsMs = std::max(m_worstCountsMs, double(t.nsecsElapsed()) / 1e6);
    if (!counts)
        ++m_passErrors;
}

void PublishRun::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_endMs = m_elapsed.elapsed();
    m_meter.stop();
    // After the measurement: stop() waits for the thread.
    m_thread->stop();
    Q_EMIT finished();
}

void PublishRun::report(QTextStream &out) const
{
    const auto rate = [](int items, qint64 ms) { return ms > 0 ? double(items) * 1000.0 / double(ms) : 0.0; };
    int published = 0;
    qint64 heldTotal = 0;
    for (const auto &[platform, p] : m_platforms) {
        published += p.published;
        heldTotal += p.heldMs;
    }
    out << QStringLiteral("published %1 of %2 targets in %3 s: %4 items/s overall (%5 passes)")
               .arg(published)
               .arg(m_total)
               .arg(double(m_endMs) / 1000.0, 0, 'f', 1)
               .arg(rate(published, m_endMs), 0, 'f', 1)
               .arg(m_passes)
        << Qt::endl;
    for (const auto &[platform, p] : m_platforms) {
        const qint64 span = p.lastPublishedMs - p.firstSendMs;
        out << QStringLiteral("  %1: %2/%3 published, %4 items/s over %5 s of sending, held by rate limits %6 s "
                              "(%7 targets sent back)")
                   .arg(platformId(platform), -10)
                   .arg(p.published)
                   .arg(p.items)
                   .arg(rate(p.published, span), 0, 'f', 1)
                   .arg(double(span) / 1000.0, 0, 'f', 1)
                   .arg(double(p.heldMs) / 1000.0, 0, 'f', 1)
                   .arg(p.throttled)
            << Qt::endl;
    }
    out << QStringLiteral("time waiting on rate limits (sum over platforms): %1 s").arg(double(heldTotal) / 1000.0, 0, 'f', 1)
        << Qt::endl;
    out << QStringLiteral("GUI event loop (1 ms timer, %1 ticks): worst stall %2 ms, 99th percentile %3 ms, %4 gaps over 16 ms")
               .arg(m_meter.ticks())
               .arg(m_meter.worstMs(), 0, 'f', 1)
               .arg(m_meter.percentileMs(99), 0, 'f', 2)
               .arg(m_meter.gapsOver(16))
        << Qt::endl;
    out << QStringLiteral("GUI counts refresh after a pass (countPublishQueue, %1 targets): worst %2 ms; pass errors %3")
               .arg(m_total)
               .arg(m_worstCountsMs, 0, 'f', 1)
               .arg(m_passErrors)
        << Qt::endl;
}

} // namespace cf::bench
