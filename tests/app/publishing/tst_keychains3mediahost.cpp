// KeychainS3MediaHost: the bucket from settings, the secret from the
// keychain; incomplete settings, a missing secret and a locked keychain
// become the upload's outcome; with everything present the PUT goes out
// signed (checked on a local socket that plays the bucket).
#include "app/publishing/KeychainS3MediaHost.h"
#include "platforms/net/EndpointMap.h"
#include "tests/platforms/auth/RecordingSecretStore.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace cf;

class TestKeychainS3MediaHost : public QObject
{
    Q_OBJECT

    static AppSettings::S3Bucket bucket(const QString &endpoint)
    {
        return {endpoint, QStringLiteral("eu-central-1"), QStringLiteral("campaign-media"), QStringLiteral("AKIDEXAMPLE")};
    }

    struct Upload
    {
        bool done = false;
        std::optional<PublicMediaHost::Hosted> hosted;
        PublishOutcome failure;
    };

    static Upload upload(KeychainS3MediaHost &host, const QString &path, QObject *context)
    {
        Upload result;
        PublishMedia media;
        media.path = path;
        media.mimeType = QStringLiteral("image/png");
        host.upload(media, context, [&result](const std::optional<PublicMediaHost::Hosted> &hosted, const PublishOutcome &f) {
            result.done = true;
            result.hosted = hosted;
            result.failure = f;
        });
        QDeadlineTimer deadline(10000);
        while (!result.done && !deadline.hasExpired())
            QTest::qWait(10);
        return result;
    }

private Q_SLOTS:
    void settingsProblems()
    {
        QVERIFY(KeychainS3MediaHost::settingsProblem(bucket(QStringLiteral("https://s3.example.com"))).isEmpty());
        QVERIFY(!KeychainS3MediaHost::settingsProblem(bucket(QString())).isEmpty());
        QVERIFY(!KeychainS3MediaHost::settingsProblem(bucket(QStringLiteral("s3.example.com"))).isEmpty());
        AppSettings::S3Bucket noBucket = bucket(QStringLiteral("https://s3.example.com"));
        noBucket.bucket.clear();
        QVERIFY(KeychainS3MediaHost::settingsProblem(noBucket).contains(QStringLiteral("bucket")));
        AppSettings::S3Bucket noKey = bucket(QStringLiteral("https://s3.example.com"));
        noKey.accessKeyId.clear();
        QVERIFY(KeychainS3MediaHost::settingsProblem(noKey).contains(QStringLiteral("access key")));
    }

    void missingSecretOrLockedKeychain()
    {
        QNetworkAccessManager network;
        EndpointMap endpoints;
        test::RecordingSecretStore keychain;
        auto host = std::make_shared<KeychainS3MediaHost>(network, endpoints, keychain, bucket(QStringLiteral("https://s3.example.com")));
        Upload missing = upload(*host, QStringLiteral("/nonexistent.png"), this);
        QVERIFY(missing.done);
        QVERIFY(!missing.hosted);
        QCOMPARE(missing.failure.status, PublishStatus::FailedPermanent);
        QVERIFY(missing.failure.platformMessage.contains(QStringLiteral("keychain")));
        QCOMPARE(keychain.log, QStringList{QStringLiteral("read ") + KeychainS3MediaHost::secretKeyName()});

        keychain.unavailable = true;
        Upload locked = upload(*host, QStringLiteral("/nonexistent.png"), this);
        QCOMPARE(locked.failure.status, PublishStatus::FailedRetryable);

        // Incomplete settings: the keychain is not even asked.
        keychain.log.clear();
        auto bad = std::make_shared<KeychainS3MediaHost>(network, endpoints, keychain, bucket(QString()));
        Upload refused = upload(*bad, QStringLiteral("/nonexistent.png"), this);
        QCOMPARE(refused.failure.status, PublishStatus::FailedPermanent);
        QVERIFY(keychain.log.isEmpty());
    }

    void signedPutWithTheKeychainSecret()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QByteArray request;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [&request, socket] {
                request += socket->readAll();
                if (request.contains("\r\n\r\n") && request.endsWith("PNGDATA")) {
                    socket->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                }
            });
        });
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("a.png"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("PNGDATA");
        }
        QNetworkAccessManager network;
        EndpointMap endpoints;
        test::RecordingSecretStore keychain;
        keychain.entries.insert(KeychainS3MediaHost::secretKeyName(), "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
        auto host = std::make_shared<KeychainS3MediaHost>(
            network, endpoints, keychain, bucket(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())));
        Upload done = upload(*host, file, this);
        QVERIFY(done.done);
        QVERIFY2(done.hosted, qPrintable(done.failure.platformMessage));
        QVERIFY(request.startsWith("PUT /campaign-media/"));
        QVERIFY(request.contains("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/"));
        QVERIFY(request.contains("/eu-central-1/s3/aws4_request"));
        QVERIFY(!request.contains("wJalrXUtnFEMI")); // the secret signs, it is never sent
        QVERIFY(done.hosted->url.contains(QStringLiteral("X-Amz-Signature=")));
    }
};

QTEST_MAIN(TestKeychainS3MediaHost)
#include "tst_keychains3mediahost.moc"
