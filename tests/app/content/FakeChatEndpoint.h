#pragma once

// A fake OpenAI-compatible chat-completions endpoint on 127.0.0.1 for the AI
// provider tests: parses each HTTP/1.1 request (headers and a Content-Length
// body), records it, and answers with what the test set, or never answers
// (to exercise timeouts).
#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>

namespace cf::test {

struct RecordedRequest
{
    QByteArray method;
    QByteArray path;
    QByteArray authorization;
    QJsonObject body;
};

// Bilingual copy as a well-behaved model would return it; n makes it unique.
inline QByteArray sampleCopy(int n, const QString &enBodyExtra = {})
{
    const QJsonObject ar{{QStringLiteral("headline"), QStringLiteral("عروض رمضان %1").arg(n)},
                         {QStringLiteral("body"), QStringLiteral("تشكيلة العبايات الجديدة وصلت بخصم ٣٠٪ طوال رمضان، اختاري قطعتك رقم %1 اليوم.").arg(n)},
                         {QStringLiteral("call_to_action"), QStringLiteral("تسوّقي الآن")},
                         {QStringLiteral("description"), QStringLiteral("خصم ٣٠٪")},
                         {QStringLiteral("hashtags"), QJsonArray{QStringLiteral("رمضان_كريم")}}};
    const QJsonObject en{{QStringLiteral("headline"), QStringLiteral("Ramadan picks %1").arg(n)},
                         {QStringLiteral("body"), QStringLiteral("Our new abaya collection is here, 30% off all Ramadan long. Pick number %1 is waiting.%2").arg(n).arg(enBodyExtra)},
                         {QStringLiteral("call_to_action"), QStringLiteral("Shop now")},
                         {QStringLiteral("description"), QStringLiteral("30% off")},
                         {QStringLiteral("hashtags"), QJsonArray{QStringLiteral("#RamadanStyle")}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("ar"), ar}, {QStringLiteral("en"), en}}).toJson(QJsonDocument::Compact);
}

class FakeChatEndpoint : public QObject
{
public:
    struct Answer
    {
        int status = 200;
        QByteArray body;
        bool silent = false; // accept the request and never answer
    };
    using Handler = std::function<Answer(const RecordedRequest &)>;

    FakeChatEndpoint()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1/v1").arg(m_server.serverPort()); }
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<RecordedRequest> &requests() const { return m_requests; }
    int maxConcurrent() const { return m_maxConcurrent; }
    void clear()
    {
        m_requests.clear();
        m_maxConcurrent = 0;
    }

    // An OpenAI-shaped completion whose message content is content.
    static QByteArray completion(const QByteArray &content, const QString &model = QStringLiteral("fake-model"))
    {
        const QJsonObject message{{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), QString::fromUtf8(content)}};
        return QJsonDocument(QJsonObject{{QStringLiteral("id"), QStringLiteral("chatcmpl-1")},
                                         {QStringLiteral("object"), QStringLiteral("chat.completion")},
                                         {QStringLiteral("model"), model},
                                         {QStringLiteral("choices"),
                                          QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                                                 {QStringLiteral("message"), message},
                                                                 {QStringLiteral("finish_reason"), QStringLiteral("stop")}}}}})
            .toJson(QJsonDocument::Compact);
    }

private:
    void onReadable(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        RecordedRequest request;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.path = first.value(1);
        qsizetype length = 0;
        for (const QByteArray &line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length")
                length = value.toLongLong();
            else if (name == "authorization")
                request.authorization = value;
        }
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = QJsonDocument::fromJson(buffer.mid(headerEnd + 4, length)).object();
        buffer.clear();
        m_requests << request;
        ++m_open;
        m_maxConcurrent = std::max(m_maxConcurrent, m_open);
        const Answer answer = m_handler ? m_handler(request) : Answer{404, "{}", false};
        if (answer.silent) {
            // Counted as open until the client gives up.
            connect(socket, &QTcpSocket::disconnected, this, [this] { --m_open; });
            return;
        }
        // Answer a little later, so requests overlap as they would for real.
        QTimer::singleShot(
            20, this,
            [this, socket, answer] {
                --m_open;
                QByteArray reply = "HTTP/1.1 " + QByteArray::number(answer.status) + " X\r\nContent-Type: application/json\r\nContent-Length: "
                                 + QByteArray::number(answer.body.size()) + "\r\nConnection: close\r\n\r\n" + answer.body;
                socket->write(reply);
                socket->disconnectFromHost();
            });
    }

    QTcpServer m_server;
    Handler m_handler;
    QList<RecordedRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_open = 0;
    int m_maxConcurrent = 0;
};

} // namespace cf::test
