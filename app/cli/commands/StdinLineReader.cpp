#include "app/cli/commands/StdinLineReader.h"

#include <QSocketNotifier>

namespace cf {

StdinLineReader::StdinLineReader(QObject *parent) : QObject(parent) {}

bool StdinLineReader::start()
{
    if (!m_stdin.isOpen() && !m_stdin.open(0, QIODevice::ReadOnly | QIODevice::Unbuffered))
        return false;
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
    // The notifier said data (or end of input) is there, so this read returns at once.
    const QByteArray chunk = m_stdin.read(4096);
    if (chunk.isEmpty()) {
        stop();
        if (!m_pending.isEmpty()) {
            const QString last = QString::fromUtf8(m_pending).trimmed();
            m_pending.clear();
            Q_EMIT lineRead(last);
        }
        Q_EMIT endOfInput();
        return;
    }
    m_pending += chunk;
    qsizetype end = -1;
    while ((end = m_pending.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_pending.left(end)).trimmed();
        m_pending.remove(0, end + 1);
        Q_EMIT lineRead(line);
    }
}

} // namespace cf
