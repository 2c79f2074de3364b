#pragma once

#include "app/publishing/PublishWorker.h"

#include <QObject>
#include <QThread>

namespace cf {

// Owns the publishing thread and its worker for the GUI (and the tray): the
// worker lives in its own QThread, so network waits and database writes
// never touch the GUI's event loop. The worker's signals arrive here queued,
// in the thread that owns this object, and are re-emitted.
class PublishThread : public QObject
{
    Q_OBJECT
public:
    PublishThread(PublishWorkerConfig config, PublishWorker::BackendFactory backendFactory, const Clock &clock,
                  QObject *parent = nullptr);
    // Stops the worker and joins the thread.
    ~PublishThread() override;

    void start();
    // Asks for a pass now (after a queue change or "publish now").
    void wake();
    // Stops the thread; waits for the request under way (use pause() on the GUI thread).
    void stop();
    // Ask the worker to stop starting sends / to start again; both return
    // at once (the request under way finishes in the worker's thread), and
    // pausedAndIdle follows when nothing is in flight.
    void pause();
    void resume();
    // See PublishWorker::withdrawScheduled; withdrawFinished follows.
    void withdrawScheduled(qint64 targetId, bool requeue);
    bool isRunning() const { return m_thread.isRunning(); }

Q_SIGNALS:
    void started(bool ok, const QString &error);
    void targetChanged(qint64 targetId, qint64 contentId, const QString &state);
    void attentionNeeded(qint64 targetId, qint64 contentId, const QString &message);
    void passFinished(const cf::PublishPassSummary &summary);
    void withdrawFinished(qint64 targetId, bool ok, const QString &message);
    void pausedAndIdle();

private:
    QThread m_thread;
    PublishWorker *m_worker = nullptr; // lives in m_thread; deleted there when it finishes
};

} // namespace cf
