// SigV4 against AWS's published S3 examples, and S3MediaHost against a local
// HTTP stand-in: signed PUT, presigned time-limited GET URL, signed DELETE.
#include "platforms/net/EndpointMap.h"
#include "platforms/publishing/S3MediaHost.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace cf;

namespace {
sigv4::Credentials exampleCredentials()
{
    return {QStringLiteral("AKIAIOSFODNN7EXAMPLE"), QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"), QStringLiteral("us-east-1"),
            QStringLiteral("s3")};
}
const QDateTime kExampleTime(QDate(2013, 5, 24), QTime(0, 0), Qt::UTC);
} // namespace

class TestS3MediaHost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headerSignatureMatchesAwsExample()
    {
        // "GET Object" example of the S3 Signature V4 documentation.
        const QByteArray emptyHash = sigv4::sha256Hex(QByteArray());
        QCOMPARE(emptyHash, QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        const QByteArray header = sigv4::authorization(
            "GET", QUrl(QStringLiteral("https://examplebucket.s3.amazonaws.com/test.txt")),
            {{"Range", "bytes=0-9"}, {"x-amz-content-sha256", emptyHash}, {"x-amz-date", "20130524T000000Z"}}, emptyHash, kExampleTime,
            exampleCredentials());
        QCOMPARE(header, QByteArray("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,"
                                    "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,"
                                    "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"));
    }

    void presignedUrlMatchesAwsExample()
    {
        const QUrl url = sigv4::presign("GET", QUrl(QStringLiteral("https://examplebucket.s3.amazonaws.com/test.txt")), 86400, kExampleTime,
                                        exampleCredentials());
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("X-Amz-Signature")), QStringLiteral("aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404"));
        QCOMPARE(query.queryItemValue(QStringLiteral("X-Amz-Expires")), QStringLiteral("86400"));
        QVERIFY(url.toString(QUrl::FullyEncoded).contains(QLatin1String("X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request")));
    }

    void uploadsSignedAndSharesAPresignedUrl()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QList<QByteArray> requests;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = server.nextPendingConnection();
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QTcpSocket::readyRead, socket, [socket, buffer, &requests] {
                *buffer += socket->readAll();
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                qsizetype length = 0;
                for (const QByteArray &line : buffer->left(end).split('\n')) {
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                }
                if (buffer->size() < end + 4 + length)
                    return;
                requests.append(*buffer);
                const bool isDelete = buffer->startsWith("DELETE");
                socket->write(isDelete ? "HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n"
                                       : "HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
            });
        });
        QString error;
        const auto map = EndpointMap::fromJson(QStringLiteral("{\"hosts\":{\"s3.eu-central-1.example.com\":\"http://127.0.0.1:%1/s3\"}}")
                                                   .arg(server.serverPort()).toUtf8(), &error);
        QVERIFY(map);
        QNetworkAccessManager network;
        S3MediaHost::Settings settings;
        settings.endpoint = QStringLiteral("https://s3.eu-central-1.example.com");
        settings.bucket = QStringLiteral("noura-media");
        settings.urlLifetimeSeconds = 3600;
        settings.credentials = exampleCredentials();
        settings.credentials.region = QStringLiteral("eu-central-1");
        S3MediaHost host(network, *map, settings);

        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("عرض رمضان.jpg")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\xFF\xD8\xFF jpeg bytes");
        file.close();
        PublishMedia media{file.fileName(), QStringLiteral("image/jpeg"), 10, 10, 0, file.size()};

        QObject context;
        std::optional<PublicMediaHost::Hosted> hosted;
        bool finished = false;
        host.upload(media, &context, [&](const std::optional<PublicMediaHost::Hosted> &result, const PublishOutcome &) {
            hosted = result;
            finished = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return finished; }, 10000));
        QVERIFY(hosted);
        QCOMPARE(requests.size(), 1);
        const QByteArray put = requests.first();
        QVERIFY(put.startsWith("PUT /s3/noura-media/campaignforge/"));
        QVERIFY(put.contains("Authorization: AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/"));
        QVERIFY(put.contains("/eu-central-1/s3/aws4_request,SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date,Signature="));
        QVERIFY(put.contains(QByteArray(QByteArray("x-amz-content-sha256: ") + sigv4::sha256Hex("\xFF\xD8\xFF jpeg bytes"))));
        QVERIFY(put.endsWith("\xFF\xD8\xFF jpeg bytes"));
        // The platform gets a presigned, time-limited https URL of the private object.
        const QUrl shared(hosted->url);
        QCOMPARE(shared.scheme(), QStringLiteral("https"));
        QCOMPARE(shared.host(), QStringLiteral("s3.eu-central-1.example.com"));
        QVERIFY(shared.path().startsWith(QLatin1String("/noura-media/") + hosted->handle.section(QLatin1Char('/'), 0, 0)));
        QVERIFY2(QRegularExpression(QStringLiteral("^campaignforge/[0-9a-f]+/-{9}\\.jpg$")).match(hosted->handle).hasMatch(), qPrintable(hosted->handle)); // non-ASCII names become safe keys
        QCOMPARE(QUrlQuery(shared).queryItemValue(QStringLiteral("X-Amz-Expires")), QStringLiteral("3600"));
        QVERIFY(!QUrlQuery(shared).queryItemValue(QStringLiteral("X-Amz-Signature")).isEmpty());

        bool removed = false;
        host.remove(hosted->handle, &context, [&](bool ok) { removed = ok; });
        QVERIFY(QTest::qWaitFor([&] { return removed; }, 10000));
        QCOMPARE(requests.size(), 2);
        QVERIFY(requests.last().startsWith(QByteArray(QByteArray("DELETE /s3/noura-media/") + hosted->handle.toUtf8())));
        QVERIFY(requests.last().contains("Authorization: AWS4-HMAC-SHA256 "));
    }
};

QTEST_GUILESS_MAIN(TestS3MediaHost)
#include "tst_s3mediahost.moc"
