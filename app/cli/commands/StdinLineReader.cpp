#include "app/cli/commands/StdinLineReader.h"

#include <QSocketNotifier>

#if defined(Q_OS_WIN)
#include <io.h>
#define CF_READ_FD ::_read
#else
#include <unistd.h>
#define CF_READ_FD ::read
#endif

namespace cf {

StdinLineReader::StdinLineReader(QObject *parent) : QObject(parent) {}

bool StdinLineReader::start()
{
    if (!m_notifier) {
        m_notifier = new QSocketNotifier(0, QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &StdinLineReader::onReadable);
    }
    m_notifier->setEnabled(true);
    return true;
}

void StdinLineReader::stop()
{
    if (m_notifier)
        m_notifier->setEnabled(false);
}

void StdinLineReader::onReadable()
{
    // The notifier said data (or end of input) is there, so one read() returns
    // at once. (QFile would keep reading until its buffer is full.)
    char buffer[4096];
    const auto got = CF_READ_FD(0, buffer, sizeof buffer);
    if (got <= 0) {
        stop();
        if (!m_pending.isEmpty()) {
            const QString last = QString::fromUtf8(m_pending).trimmed();
            m_pending.clear();
            Q_EMIT lineRead(last);
        }
        Q_EMIT endOfInput();
        return;
    }
    m_pending.append(buffer, static_cast<qsizetype>(got));
    qsizetype end = -1;
    while ((end = m_pending.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_pending.left(end)).trimmed();
        m_pending.remove(0, end + 1);
        Q_EMIT lineRead(line);
    }
}

} // namespace cf
