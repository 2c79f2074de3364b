#pragma once

#include <QObject>

#include <functional>
#include <memory>

namespace cf {
class PublishThread;
struct PublishPassSummary;

// Publishing on or paused for the GUI. PublishThread cannot be restarted
// once stopped, so pausing stops and drops it (the current request is
// finished first: stop() joins the thread) and resuming builds a fresh one
// from the factory, which then recovers and continues where the database
// says. The thread's signals are forwarded, whichever thread is current.
class PublishingSwitch : public QObject
{
    Q_OBJECT
public:
    using ThreadFactory = std::function<std::unique_ptr<PublishThread>()>;

    explicit PublishingSwitch(ThreadFactory factory, QObject *parent = nullptr);
    ~PublishingSwitch() override;

    bool isOn() const { return m_thread != nullptr; }
    void setOn(bool on);
    void toggle() { setOn(!isOn()); }
    // A pass now (queue change, "publish now"); nothing while paused.
    void wake();

Q_SIGNALS:
    void onChanged(bool on);
    void targetChanged(qint64 targetId, qint64 contentId, const QString &state);
    void attentionNeeded(qint64 targetId, qint64 contentId, const QString &message);
    void passFinished(const cf::PublishPassSummary &summary);
    void startFailed(const QString &error);

private:
    ThreadFactory m_factory;
    std::unique_ptr<PublishThread> m_thread;
};

} // namespace cf
