#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QSocketNotifier;

namespace cf {

// Reads standard input line by line without blocking the event loop (a
// QSocketNotifier on descriptor 0), for CLI commands that wait for a pasted
// URL or a secret while also serving a loopback redirect. Works on Unix
// terminals and pipes; Windows consoles do not signal a socket notifier.
class StdinLineReader : public QObject
{
    Q_OBJECT
public:
    explicit StdinLineReader(QObject *parent = nullptr);
    // False when standard input cannot be watched.
    bool start();
    void stop();

Q_SIGNALS:
    void lineRead(const QString &line); // without the line end
    void endOfInput();

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_pending;
};

} // namespace cf
