#pragma once

#include "app/tracking/TrackingScheduler.h"

#include <QObject>
#include <QThread>

namespace cf {

// Owns the tracking thread for the GUI: metrics hourly, statuses every 15
// minutes, token renewal daily, and a first round shortly after start()
// (TrackingConfig), all on a QThread of its own with its own database
// connection and network manager. The scheduler's signals arrive here
// queued, in the thread that owns this object, and are re-emitted.
class TrackingThread : public QObject
{
    Q_OBJECT
public:
    TrackingThread(TrackingConfig config, TrackingScheduler::BackendFactory backends,
                   TrackingScheduler::ReaderFactory readers, const Clock &clock, QObject *parent = nullptr);
    // Stops the thread and joins it.
    ~TrackingThread() override;

    void start();
    // Asks for a pass now (e.g. "refresh numbers" from the dashboard).
    void request(TrackingPass pass);
    // No further passes; a read under way is abandoned (reads are
    // idempotent: the next start reads again). Joins the thread.
    void stop();
    bool isRunning() const { return m_thread.isRunning(); }

Q_SIGNALS:
    void started(bool ok, const QString &error);
    void passFinished(cf::TrackingPass pass, const cf::TrackingSummary &summary);
    void metricsStored(int samples);
    void attentionNeeded(qint64 targetId, qint64 contentId, const QString &message);

private:
    QThread m_thread;
    TrackingScheduler *m_scheduler = nullptr; // lives in m_thread; deleted there when it finishes
};

} // namespace cf
