#include "app/tracking/TrackingThread.h"

namespace cf {

TrackingThread::TrackingThread(TrackingConfig config, TrackingScheduler::BackendFactory backends,
                               TrackingScheduler::ReaderFactory readers, const Clock &clock, QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("cf-tracking"));
    m_scheduler = new TrackingScheduler(std::move(config), std::move(backends), std::move(readers), clock);
    m_scheduler->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_scheduler, &TrackingScheduler::start);
    connect(&m_thread, &QThread::finished, m_scheduler, &QObject::deleteLater);
    connect(m_scheduler, &TrackingScheduler::started, this, &TrackingThread::started, Qt::QueuedConnection);
    connect(m_scheduler, &TrackingScheduler::passFinished, this, &TrackingThread::passFinished, Qt::QueuedConnection);
    connect(m_scheduler, &TrackingScheduler::metricsStored, this, &TrackingThread::metricsStored, Qt::QueuedConnection);
    connect(m_scheduler, &TrackingScheduler::attentionNeeded, this, &TrackingThread::attentionNeeded,
            Qt::QueuedConnection);
}

TrackingThread::~TrackingThread()
{
    if (!m_thread.isRunning() && m_scheduler && !m_thread.isFinished()) {
        delete m_scheduler; // never started: nothing else will delete it
        m_scheduler = nullptr;
        return;
    }
    stop();
}

void TrackingThread::start()
{
    if (m_scheduler && !m_thread.isRunning())
        m_thread.start();
}

void TrackingThread::request(TrackingPass pass)
{
    if (m_scheduler)
        QMetaObject::invokeMethod(m_scheduler, [scheduler = m_scheduler, pass] { scheduler->request(pass); },
                                  Qt::QueuedConnection);
}

void TrackingThread::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(m_scheduler, &TrackingScheduler::stop, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_scheduler = nullptr; // deleted by deleteLater when the thread finished
}

} // namespace cf
