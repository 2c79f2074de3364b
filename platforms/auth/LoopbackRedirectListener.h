#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace cf {

// Receives an OAuth redirect from the system browser on the loopback
// interface (RFC 8252 §7.3). It binds 127.0.0.1 only (never every
// interface, unlike QtNetworkAuth 6.4), answers requests for other paths
// with 404 and keeps waiting, rejects requests whose state the caller's
// filter refuses (400, keeps waiting, so a stray local request cannot end the
// flow), and after the ONE accepted request answers with a small translated
// page, emits redirectReceived and stops listening.
class LoopbackRedirectListener : public QObject
{
    Q_OBJECT
public:
    // acceptsQuery decides whether a request on the right path belongs to
    // this flow (normally: its state matches).
    explicit LoopbackRedirectListener(std::function<bool(const QUrlQuery &)> acceptsQuery, QObject *parent = nullptr);
    ~LoopbackRedirectListener() override;

    // Starts listening on 127.0.0.1:port (0 = a free port) for path.
    bool listen(quint16 port, const QString &path, QString *error);
    bool isListening() const;
    quint16 port() const;
    // http://127.0.0.1:<port><path>
    QUrl redirectUri() const;
    void close();

    // How many requests were refused (wrong path, method or state).
    int rejectedCount() const { return m_rejected; }

Q_SIGNALS:
    // The accepted redirect, as http://127.0.0.1:<port><path>?<query>.
    void redirectReceived(const QUrl &url);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, int status, const QByteArray &reason, const QString &title, const QString &text);

    std::function<bool(const QUrlQuery &)> m_acceptsQuery;
    QTcpServer *m_server = nullptr;
    QString m_path;
    bool m_done = false;
    int m_rejected = 0;
};

} // namespace cf
