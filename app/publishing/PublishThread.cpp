#include "app/publishing/PublishThread.h"

namespace cf {

PublishThread::PublishThread(PublishWorkerConfig config, PublishWorker::BackendFactory backendFactory, const Clock &clock,
                             QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("cf-publishing"));
    m_worker = new PublishWorker(std::move(config), std::move(backendFactory), clock);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_worker, &PublishWorker::start);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &PublishWorker::started, this, &PublishThread::started, Qt::QueuedConnection);
    connect(m_worker, &PublishWorker::targetChanged, this, &PublishThread::targetChanged, Qt::QueuedConnection);
    connect(m_worker, &PublishWorker::attentionNeeded, this, &PublishThread::attentionNeeded, Qt::QueuedConnection);
    connect(m_worker, &PublishWorker::passFinished, this, &PublishThread::passFinished, Qt::QueuedConnection);
    connect(m_worker, &PublishWorker::withdrawFinished, this, &PublishThread::withdrawFinished, Qt::QueuedConnection);
    connect(m_worker, &PublishWorker::pausedAndIdle, this, &PublishThread::pausedAndIdle, Qt::QueuedConnection);
}

PublishThread::~PublishThread()
{
    if (!m_thread.isRunning() && m_worker && !m_worker->thread()->isRunning()) {
        delete m_worker; // never started: nothing else will delete it
        m_worker = nullptr;
        return;
    }
    stop();
}

void PublishThread::start()
{
    if (!m_thread.isRunning())
        m_thread.start();
}

void PublishThread::wake()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &PublishWorker::wake, Qt::QueuedConnection);
}

void PublishThread::pause()
{
    if (!m_worker)
        return;
    m_worker->requestPause(true);
    QMetaObject::invokeMethod(m_worker, &PublishWorker::pause, Qt::QueuedConnection);
}

void PublishThread::resume()
{
    if (!m_worker)
        return;
    m_worker->requestPause(false);
    QMetaObject::invokeMethod(m_worker, &PublishWorker::resume, Qt::QueuedConnection);
}

void PublishThread::withdrawScheduled(qint64 targetId, bool requeue)
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, targetId, requeue] { worker->withdrawScheduled(targetId, requeue); },
                                  Qt::QueuedConnection);
}

void PublishThread::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(m_worker, &PublishWorker::stop, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr; // deleted by deleteLater when the thread finished
}

} // namespace cf
