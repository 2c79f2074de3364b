#include "platforms/auth/LoopbackRedirectListener.h"

#include "platforms/auth/AuthLog.h"

#include <QHostAddress>
#include <QLocale>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace cf {

namespace {
// A browser's GET with its headers fits easily; anything larger is not ours.
constexpr qsizetype kMaxRequestBytes = 16 * 1024;
// A connection that says nothing (a browser's speculative preconnect) is dropped.
constexpr int kIdleConnectionMs = 15000;
} // namespace

LoopbackRedirectListener::LoopbackRedirectListener(std::function<bool(const QUrlQuery &)> acceptsQuery, QObject *parent)
    : QObject(parent), m_acceptsQuery(std::move(acceptsQuery)), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackRedirectListener::onNewConnection);
}

LoopbackRedirectListener::~LoopbackRedirectListener() = default;

bool LoopbackRedirectListener::listen(quint16 port, const QString &path, QString *error)
{
    m_path = path;
    m_done = false;
    if (m_server->listen(QHostAddress(QHostAddress::LocalHost), port))
        return true;
    if (error)
        *error = tr("Cannot listen for the sign-in answer on 127.0.0.1 port %1: %2")
                     .arg(port)
                     .arg(m_server->errorString());
    return false;
}

bool LoopbackRedirectListener::isListening() const { return m_server->isListening(); }

quint16 LoopbackRedirectListener::port() const { return m_server->serverPort(); }

QUrl LoopbackRedirectListener::redirectUri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    url.setPath(m_path);
    return url;
}

void LoopbackRedirectListener::close() { m_server->close(); }

void LoopbackRedirectListener::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        QTimer::singleShot(kIdleConnectionMs, socket, [socket] { socket->abort(); });
    }
}

void LoopbackRedirectListener::onReadyRead(QTcpSocket *socket)
{
    // Accumulate until the end of the request head; the body (if any) is ignored.
    QByteArray head = socket->property("cfHead").toByteArray() + socket->readAll();
    if (head.size() > kMaxRequestBytes) {
        ++m_rejected;
        respond(socket, 431, "Request Header Fields Too Large", tr("Request refused"), tr("The request is too large."));
        return;
    }
    if (!head.contains("\r\n\r\n")) {
        socket->setProperty("cfHead", head);
        return;
    }
    socket->setProperty("cfHead", QVariant());
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
        ++m_rejected;
        respond(socket, 400, "Bad Request", tr("Request refused"), tr("This is not a request this window expects."));
        return;
    }
    const QUrl target(QString::fromLatin1(requestLine[1]), QUrl::StrictMode);
    if (m_done || requestLine[0] != "GET" || !target.isValid() || target.path() != m_path) {
        // Favicons, other paths, other methods: not the redirect. Keep waiting.
        ++m_rejected;
        respond(socket, 404, "Not Found", tr("Not found"), tr("There is nothing here."));
        return;
    }
    const QUrlQuery query(target);
    if (!m_acceptsQuery || !m_acceptsQuery(query)) {
        ++m_rejected;
        qCWarning(lcAuth) << "loopback listener: refused a redirect whose state does not belong to this sign-in";
        respond(socket, 400, "Bad Request", tr("Sign-in refused"),
                tr("This answer does not belong to the sign-in CampaignForge started. Return to CampaignForge and "
                   "try again."));
        return;
    }
    m_done = true;
    const bool declined = query.hasQueryItem(QStringLiteral("error"));
    respond(socket, 200, "OK", declined ? tr("Sign-in cancelled") : tr("Signed in"),
            declined ? tr("The sign-in was not completed. You can close this window and return to CampaignForge.")
                     : tr("CampaignForge received the answer. You can close this window."));
    m_server->close();
    QUrl full = redirectUri();
    full.setQuery(target.query(QUrl::FullyEncoded), QUrl::StrictMode);
    Q_EMIT redirectReceived(full);
}

void LoopbackRedirectListener::respond(QTcpSocket *socket, int status, const QByteArray &reason, const QString &title,
                                       const QString &text)
{
    // The page speaks the app's language, so it takes that language's direction too.
    const QLocale locale;
    const QString direction = locale.textDirection() == Qt::RightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr");
    const QString html = QStringLiteral("<!DOCTYPE html><html lang=\"%3\" dir=\"%4\"><head><meta charset=\"utf-8\">"
                                        "<title>%1</title></head><body style=\"font-family:sans-serif;margin:3em\">"
                                        "<h1>%1</h1><p>%2</p></body></html>")
                             .arg(title.toHtmlEscaped(), text.toHtmlEscaped(), locale.bcp47Name(), direction);
    const QByteArray body = html.toUtf8();
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    response += "Content-Type: text/html; charset=utf-8\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    // The page must not be cached or leak the query to other sites.
    response += "Cache-Control: no-store\r\nReferrer-Policy: no-referrer\r\nConnection: close\r\n\r\n";
    response += body;
    socket->write(response);
    socket->disconnectFromHost();
}

} // namespace cf
