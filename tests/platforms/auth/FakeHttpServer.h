#pragma once

// A tiny scripted HTTP/1.1 server on 127.0.0.1 for the auth suites, used
// until (and beside) campaignforge-sandbox: it records each request and
// answers from a handler, so a test can check exactly what was sent.

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QTimer>
#include <QUrlQuery>

#include <functional>

namespace cf::test {

struct FakeRequest
{
    QByteArray method;
    QUrl url; // path and query as sent
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QUrlQuery form() const { return QUrlQuery(QString::fromUtf8(body)); }
};

struct FakeResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    int delayMs = 0;
};

class FakeHttpServer
{
public:
    using Handler = std::function<FakeResponse(const FakeRequest &)>;

    FakeHttpServer()
    {
        m_server.listen(QHostAddress(QHostAddress::LocalHost), 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                QObject::connect(s, &QTcpSocket::readyRead, s, [this, s] { onRead(s); });
                QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    // An endpoints file text mapping each host to base()/host.
    QByteArray endpointsJson(const QStringList &hosts) const
    {
        QByteArray json = "{\"hosts\": {";
        for (qsizetype i = 0; i < hosts.size(); ++i) {
            if (i)
                json += ',';
            json += '"' + hosts[i].toUtf8() + "\": \"" + base().toUtf8() + '/' + hosts[i].toUtf8() + '"';
        }
        return json + "}}";
    }
    QList<FakeRequest> requests;

private:
    void onRead(QTcpSocket *s)
    {
        QByteArray buffer = s->property("buf").toByteArray() + s->readAll();
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            s->setProperty("buf", buffer);
            return;
        }
        FakeRequest req;
        const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        req.method = first.value(0);
        req.url = QUrl(QString::fromLatin1(first.value(1)));
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            req.headers.insert(name, line.mid(colon + 1).trimmed());
            if (name == "content-length")
                length = line.mid(colon + 1).trimmed().toLongLong();
        }
        if (buffer.size() - headEnd - 4 < length) {
            s->setProperty("buf", buffer);
            return;
        }
        s->setProperty("buf", QByteArray());
        req.body = buffer.mid(headEnd + 4, length);
        requests.append(req);
        const FakeResponse r = m_handler ? m_handler(req) : FakeResponse{404, "{}"};
        auto send = [s, r] {
            QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + " X\r\nContent-Type: " + r.contentType
                             + "\r\nContent-Length: " + QByteArray::number(r.body.size()) + "\r\nConnection: close\r\n\r\n"
                             + r.body;
            s->write(out);
            s->disconnectFromHost();
        };
        if (r.delayMs > 0)
            QTimer::singleShot(r.delayMs, s, send);
        else
            send();
    }

    QTcpServer m_server;
    Handler m_handler;
};

} // namespace cf::test
