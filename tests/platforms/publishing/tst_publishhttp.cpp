// PublishHttp: EndpointMap rewriting, multipart bodies, and the transport
// classification (refused before sending → retryable; timeout after sending
// → Unknown for a create) against local sockets.
#include "platforms/net/EndpointMap.h"
#include "platforms/publishing/PublishHttp.h"

#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace cf;

class TestPublishHttp : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;

    std::optional<HttpResult> run(PublishHttp &http, const HttpCall &call)
    {
        QObject context;
        std::optional<HttpResult> result;
        http.send(call, &context, [&result](const HttpResult &r) { result = r; });
        (void)QTest::qWaitFor([&result] { return result.has_value(); }, 10000);
        return result;
    }

private Q_SLOTS:
    void multipartBodyHasEveryPart()
    {
        const QByteArray body = PublishHttp::multipartBody({{"published", "false", {}, {}}, {"source", "PNGDATA", "a.png", "image/png"}}, "BOUNDARY");
        QCOMPARE(body, QByteArray("--BOUNDARY\r\nContent-Disposition: form-data; name=\"published\"\r\n\r\nfalse\r\n"
                                  "--BOUNDARY\r\nContent-Disposition: form-data; name=\"source\"; filename=\"a.png\"\r\n"
                                  "Content-Type: image/png\r\n\r\nPNGDATA\r\n--BOUNDARY--\r\n"));
        const HttpCall call = PublishHttp::multipartCall("POST", QUrl(QStringLiteral("https://x.test/")), {{"a", "b", {}, {}}});
        QVERIFY(call.contentType.startsWith("multipart/form-data; boundary=cf-"));
        QVERIFY(call.body.contains(call.contentType.mid(call.contentType.indexOf('=') + 1)));
    }

    void requestsGoThroughTheEndpointMapAndAnswersAreRead()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QByteArray received;
        connect(&server, &QTcpServer::newConnection, this, [&server, &received] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket, &received] {
                received += socket->readAll();
                if (received.contains("\r\n\r\n{}")) {
                    socket->write("HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nRetry-After: 5\r\n"
                                  "Content-Length: 11\r\nConnection: close\r\n\r\n{\"id\":\"42\"}");
                    socket->disconnectFromHost();
                }
            });
        });
        QString error;
        const auto map = EndpointMap::fromJson(QStringLiteral("{\"hosts\":{\"api.example.com\":\"http://127.0.0.1:%1/api.example.com\"}}")
                                                   .arg(server.serverPort()).toUtf8(), &error);
        QVERIFY2(map, qPrintable(error));
        PublishHttp http(m_network, *map);
        HttpCall call = PublishHttp::jsonCall("POST", QUrl(QStringLiteral("https://api.example.com/v1/posts")), QJsonObject());
        call.creates = true;
        const auto result = run(http, call);
        QVERIFY(result);
        QCOMPARE(result->status, 201);
        QVERIFY(result->ok());
        QCOMPARE(result->object().value(QLatin1String("id")).toString(), QStringLiteral("42"));
        QCOMPARE(result->header("retry-after"), QByteArray("5"));
        QVERIFY(received.startsWith("POST /api.example.com/v1/posts HTTP/1.1"));
    }

    void refusedBeforeSendingIsRetryable()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        QString error;
        const auto map = EndpointMap::fromJson(QStringLiteral("{\"hosts\":{\"api.example.com\":\"http://127.0.0.1:%1/\"}}").arg(port).toUtf8(), &error);
        QVERIFY(map);
        PublishHttp http(m_network, *map);
        HttpCall call = PublishHttp::jsonCall("POST", QUrl(QStringLiteral("https://api.example.com/post")), QJsonObject());
        call.creates = true;
        const auto result = run(http, call);
        QVERIFY(result);
        QVERIFY(result->transportFailed());
        QCOMPARE(result->networkError, QNetworkReply::ConnectionRefusedError);
        const PublishOutcome outcome = transportOutcome(*result, true);
        QCOMPARE(outcome.status, PublishStatus::FailedRetryable);
        QCOMPARE(outcome.error, PublishErrorKind::PlatformUnavailable);
    }

    void timeoutAfterSendingIsUnknownForACreate()
    {
        QTcpServer server; // accepts and never answers
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QString error;
        const auto map = EndpointMap::fromJson(QStringLiteral("{\"hosts\":{\"api.example.com\":\"http://127.0.0.1:%1/\"}}")
                                                   .arg(server.serverPort()).toUtf8(), &error);
        QVERIFY(map);
        PublishHttp http(m_network, *map);
        HttpCall call = PublishHttp::jsonCall("POST", QUrl(QStringLiteral("https://api.example.com/post")), QJsonObject());
        call.creates = true;
        call.timeoutMs = 300;
        const auto result = run(http, call);
        QVERIFY(result);
        QVERIFY(result->timedOut);
        QCOMPARE(transportOutcome(*result, true).status, PublishStatus::Unknown);
        QCOMPARE(transportOutcome(*result, false).status, PublishStatus::FailedRetryable);
    }

    void serverErrorIsUnknownOnlyForCreates()
    {
        HttpResult result;
        result.status = 503;
        QCOMPARE(transportOutcome(result, true).status, PublishStatus::Unknown);
        QCOMPARE(transportOutcome(result, false).status, PublishStatus::FailedRetryable);
        QCOMPARE(transportOutcome(result, true).httpStatus, std::optional<int>(503));
    }
};

QTEST_GUILESS_MAIN(TestPublishHttp)
#include "tst_publishhttp.moc"
