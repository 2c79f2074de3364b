#include "ui/tray/PublishingSwitch.h"

#include "app/publishing/PublishThread.h"

namespace cf {

PublishingSwitch::PublishingSwitch(ThreadFactory factory, QObject *parent)
    : QObject(parent), m_factory(std::move(factory))
{
}

PublishingSwitch::~PublishingSwitch() = default;

bool PublishingSwitch::makeThread()
{
    m_thread = m_factory();
    if (!m_thread)
        return false;
    m_startFailed = false;
    connect(m_thread.get(), &PublishThread::targetChanged, this, &PublishingSwitch::targetChanged);
    connect(m_thread.get(), &PublishThread::attentionNeeded, this, &PublishingSwitch::attentionNeeded);
    connect(m_thread.get(), &PublishThread::passFinished, this, &PublishingSwitch::passFinished);
    connect(m_thread.get(), &PublishThread::pausedAndIdle, this, &PublishingSwitch::pausedAndIdle);
    connect(m_thread.get(), &PublishThread::withdrawFinished, this, &PublishingSwitch::withdrawFinished);
    connect(m_thread.get(), &PublishThread::started, this, [this](bool ok, const QString &error) {
        if (ok)
            return;
        m_startFailed = true;
        Q_EMIT startFailed(error);
    });
    m_thread->start();
    return true;
}

void PublishingSwitch::setOn(bool on)
{
    if (on == m_on)
        return;
    if (!on) {
        m_on = false;
        if (m_thread)
            m_thread->pause(); // returns at once; the worker finishes its request
        Q_EMIT onChanged(false);
        return;
    }
    if (m_thread && !m_startFailed) {
        m_thread->resume();
    } else {
        // A worker that could not open its database never runs: start afresh.
        m_thread.reset();
        if (!makeThread())
            return;
    }
    m_on = true;
    Q_EMIT onChanged(true);
}

void PublishingSwitch::wake()
{
    if (m_thread && m_on)
        m_thread->wake();
}

bool PublishingSwitch::withdrawScheduled(qint64 targetId, bool requeue)
{
    if (!m_thread || m_startFailed)
        return false;
    m_thread->withdrawScheduled(targetId, requeue);
    return true;
}

} // namespace cf
