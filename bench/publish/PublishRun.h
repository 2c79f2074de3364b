#pragma once

#include "app/core/Clock.h"
#include "bench/publish/StallMeter.h"
#include "models/domain/Platform.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTextStream>

#include <map>
#include <memory>

namespace cf {
class Database;
class PublishThread;
struct PublishPassSummary;
}

namespace cf::bench {
class BenchSetup;

// The timed part: the real PublishThread (its own QThread, network manager
// and database connection, the product's adapters through BenchBackend)
// publishes the seeded items while this thread, the GUI thread of a
// QApplication, runs a 1 ms StallMeter and does what the GUI does on every
// pass (PublishingCoordinator re-reads the queue's counts with
// countPublishQueue on its own connection). finished() follows when every
// target has left the queue (or the time is up).
class PublishRun : public QObject
{
    Q_OBJECT
public:
    PublishRun(BenchSetup &setup, int timeoutSecs, QObject *parent = nullptr);
    ~PublishRun() override;

    bool start(QString *error);
    void report(QTextStream &out) const;
    bool complete() const { return m_terminal == m_total; }

Q_SIGNALS:
    void finished();

private:
    struct PlatformFigures
    {
        int items = 0;
        int published = 0;
        qint64 firstSendMs = -1;
        qint64 lastPublishedMs = -1;
        qint64 holdStartMs = -1; // a rate limit holds the platform's account since then
        qint64 heldMs = 0;
        int throttled = 0;       // targets sent back by a rate limit (retry or defer)
    };

    void onTargetChanged(qint64 targetId, qint64 contentId, const QString &state);
    void onPassFinished(const cf::PublishPassSummary &summary);
    void finish();

    BenchSetup &m_setup;
    int m_timeoutSecs;
    SystemClock m_clock;
    std::unique_ptr<Database> m_guiDb;
    std::unique_ptr<PublishThread> m_thread;
    StallMeter m_meter;
    QElapsedTimer m_elapsed;
    std::map<qint64, QString> m_states;       // target -> last reported state
    std::map<Platform, PlatformFigures> m_platforms;
    int m_total = 0;
    int m_terminal = 0;
    int m_passes = 0;
    int m_passErrors = 0;
    double m_worstCountsMs = 0; // the GUI's counts refresh after a pass
    qint64 m_endMs = 0;
    bool m_done = false;
};

} // namespace cf::bench
