#pragma once

#include <QObject>

#include <functional>
#include <memory>

namespace cf {
class PublishThread;
struct PublishPassSummary;

// Publishing on or paused for the GUI. The first "on" builds the thread
// from the factory; pausing asks its worker to stop starting sends and
// returns at once: a request under way is finished (and its outcome
// committed) in the worker's thread, never waited for on the GUI thread;
// pausedAndIdle says when nothing is in flight any more. Resuming restarts
// the same worker. Only destroying the switch (quitting) joins the thread.
// A thread that failed to start is replaced on the next "on".
class PublishingSwitch : public QObject
{
    Q_OBJECT
public:
    using ThreadFactory = std::function<std::unique_ptr<PublishThread>()>;

    explicit PublishingSwitch(ThreadFactory factory, QObject *parent = nullptr);
    ~PublishingSwitch() override;

    bool isOn() const { return m_on; }
    void setOn(bool on);
    void toggle() { setOn(!isOn()); }
    // A pass now (queue change, "publish now"); nothing while paused.
    void wake();
    // Takes back a post the platform holds in its own scheduler (see
    // PublishWorker::withdrawScheduled); withdrawFinished follows. Works
    // while paused too (nothing new is sent then); false when there is no
    // publishing thread (no database, or it could not start).
    bool withdrawScheduled(qint64 targetId, bool requeue);

Q_SIGNALS:
    void onChanged(bool on);
    void targetChanged(qint64 targetId, qint64 contentId, const QString &state);
    void attentionNeeded(qint64 targetId, qint64 contentId, const QString &message);
    void passFinished(const cf::PublishPassSummary &summary);
    void startFailed(const QString &error);
    // After a pause: the last request has ended, nothing is being sent.
    void pausedAndIdle();
    // The end of withdrawScheduled; message is translated, empty when ok.
    void withdrawFinished(qint64 targetId, bool ok, const QString &message);

private:
    bool makeThread();

    ThreadFactory m_factory;
    std::unique_ptr<PublishThread> m_thread;
    bool m_on = false;
    bool m_startFailed = false;
};

} // namespace cf
