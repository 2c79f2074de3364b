#include "ui/tray/PublishingSwitch.h"

#include "app/publishing/PublishThread.h"

namespace cf {

PublishingSwitch::PublishingSwitch(ThreadFactory factory, QObject *parent)
    : QObject(parent), m_factory(std::move(factory))
{
}

PublishingSwitch::~PublishingSwitch() = default;

void PublishingSwitch::setOn(bool on)
{
    if (on == isOn())
        return;
    if (!on) {
        m_thread.reset(); // stops and joins
        Q_EMIT onChanged(false);
        return;
    }
    m_thread = m_factory();
    if (!m_thread)
        return;
    connect(m_thread.get(), &PublishThread::targetChanged, this, &PublishingSwitch::targetChanged);
    connect(m_thread.get(), &PublishThread::attentionNeeded, this, &PublishingSwitch::attentionNeeded);
    connect(m_thread.get(), &PublishThread::passFinished, this, &PublishingSwitch::passFinished);
    connect(m_thread.get(), &PublishThread::started, this, [this](bool ok, const QString &error) {
        if (!ok)
            Q_EMIT startFailed(error);
    });
    m_thread->start();
    Q_EMIT onChanged(true);
}

void PublishingSwitch::wake()
{
    if (m_thread)
        m_thread->wake();
}

} // namespace cf
