// `campaignforge-cli media-host` with an S3-compatible bucket, in a private
// keyring (KEYRING): `s3 ...` reads the secret access key from standard
// input and writes it only to the keychain (never the settings file), `show`
// describes the bucket, `test` uploads a tiny object to a local socket that
// plays the bucket and deletes it again, and bad input is refused.
#include "app/publishing/KeychainS3MediaHost.h"
#include "platforms/auth/KeychainStore.h"
#include "tests/support/TestPaths.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cf;

namespace {
const QByteArray kSecret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

// Answers PUT with putStatus and DELETE with 204; keeps the request lines.
class FakeBucket : public QObject
{
public:
    QTcpServer server;
    QStringList requests;
    QByteArray everything;

    FakeBucket()
    {
        server.listen(QHostAddress::LocalHost);
        connect(&server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const QByteArray head = buffer->left(end);
                    qsizetype length = 0;
                    for (const QByteArray &line : head.split('\n'))
                        if (line.toLower().startsWith("content-length:"))
                            length = line.mid(15).trimmed().toLongLong();
                    if (buffer->size() < end + 4 + length)
                        return;
                    everything += *buffer;
                    const QList<QByteArray> parts = head.left(head.indexOf("\r\n")).split(' ');
                    requests << QString::fromUtf8(parts.value(0) + ' ' + parts.value(1));
                    const QByteArray status = parts.value(0) == "PUT" ? "200" : "204";
                    socket->write("HTTP/1.1 " + status + " X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                    buffer->clear();
                });
            }
        });
    }
    QString endpoint() const { return QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()); }
};
} // namespace

class TestMediaHostCommand : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    // Runs the CLI without blocking this event loop, so the fake bucket answers.
    Run cli(const QStringList &args, const QByteArray &input = {}, bool closeInput = true) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        p.setProcessEnvironment(env);
        p.start(test::cliPath(), QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--data-dir"),
                                             m_data.path(), QStringLiteral("media-host")}
                                     + args);
        p.write(input);
        if (closeInput)
            p.closeWriteChannel();
        Run r;
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.code = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QByteArray settingsFiles() const
    {
        QByteArray all;
        QDirIterator it(m_config.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        return all;
    }

    std::optional<QByteArray> keychainSecret()
    {
        KeychainStore keychain;
        QSignalSpy spy(this, &TestMediaHostCommand::read);
        std::optional<QByteArray> value;
        keychain.read(KeychainS3MediaHost::secretKeyName(), this,
                      [this, &value](const std::optional<QByteArray> &v, const AuthError &) {
                          value = v;
                          Q_EMIT read();
                      });
        if (!spy.wait(20000))
            return std::nullopt;
        return value;
    }

    QStringList s3Args(const QString &endpoint) const
    {
        return {QStringLiteral("s3"), QStringLiteral("--endpoint"), endpoint, QStringLiteral("--region"),
                QStringLiteral("eu-central-1"), QStringLiteral("--bucket"), QStringLiteral("noura-media"),
                QStringLiteral("--key-id"), QStringLiteral("AKIDEXAMPLE")};
    }

    QTemporaryDir m_data;
    QTemporaryDir m_config;

Q_SIGNALS:
    void read();

private Q_SLOTS:
    void s3IsSavedShownAndTested()
    {
        FakeBucket bucket;
        QVERIFY(bucket.server.isListening());
        Run none = cli({QStringLiteral("show")});
        QCOMPARE(none.code, 0);
        QVERIFY2(none.out.contains(QStringLiteral("none")), qPrintable(none.out));
        Run notS3 = cli({QStringLiteral("test")});
        QCOMPARE(notS3.code, 1);
        QVERIFY(notS3.err.contains(QStringLiteral("not an S3-compatible bucket")));

        Run saved = cli(s3Args(bucket.endpoint()), kSecret + "\n");
        QVERIFY2(saved.code == 0, qPrintable(saved.err));
        QVERIFY(saved.out.contains(QStringLiteral("\"noura-media\"")));
        QVERIFY(saved.out.contains(QStringLiteral("eu-central-1")));
        QVERIFY(!saved.out.contains(QString::fromLatin1(kSecret)));
        QCOMPARE(keychainSecret(), std::optional<QByteArray>(kSecret));
        const QByteArray files = settingsFiles();
        QVERIFY(files.contains("noura-media"));
        QVERIFY(!files.contains("wJalrXUtnFEMI"));

        Run shown = cli({QStringLiteral("show")});
        QCOMPARE(shown.code, 0);
        QVERIFY2(shown.out.contains(QStringLiteral("S3-compatible bucket \"noura-media\" at ") + bucket.endpoint()),
                 qPrintable(shown.out));
        QVERIFY(shown.out.contains(QStringLiteral("AKIDEXAMPLE")));

        Run tested = cli({QStringLiteral("test")});
        QVERIFY2(tested.code == 0, qPrintable(tested.err));
        QVERIFY(tested.out.contains(QStringLiteral("works")));
        QCOMPARE(bucket.requests.size(), 2);
        QVERIFY(bucket.requests[0].startsWith(QStringLiteral("PUT /noura-media/campaignforge/")));
        QCOMPARE(bucket.requests[1], QStringLiteral("DELETE") + bucket.requests[0].mid(3));
        QVERIFY(bucket.everything.contains("Credential=AKIDEXAMPLE/"));
        QVERIFY(!bucket.everything.contains("wJalrXUtnFEMI"));

        // clear goes back to none.
        QCOMPARE(cli({QStringLiteral("clear")}).code, 0);
        QVERIFY(cli({QStringLiteral("show")}).out.contains(QStringLiteral("none")));
    }

    void badInputIsRefused()
    {
        Run noSecret = cli(s3Args(QStringLiteral("https://s3.eu-central-1.amazonaws.com")));
        QCOMPARE(noSecret.code, 1);
        QVERIFY(noSecret.err.contains(QStringLiteral("No secret access key")));
        Run badEndpoint = cli(s3Args(QStringLiteral("s3.example")), "SECRET\n");
        QCOMPARE(badEndpoint.code, 1);
        QVERIFY(badEndpoint.err.contains(QStringLiteral("web address")));
        QVERIFY(!settingsFiles().contains("s3.example"));
        Run missingBucket = cli({QStringLiteral("s3"), QStringLiteral("--endpoint"), QStringLiteral("https://x.example"),
                                 QStringLiteral("--key-id"), QStringLiteral("AK")},
                                "SECRET\n");
        QCOMPARE(missingBucket.code, 1);
        QVERIFY(missingBucket.err.contains(QStringLiteral("bucket name is missing")));
        Run usage = cli({QStringLiteral("s3"), QStringLiteral("extra")}, "SECRET\n");
        QCOMPARE(usage.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestMediaHostCommand)
#include "tst_mediahostcommand.moc"
