// Settings → Publishing: the "keep publishing" switch that CloseToTrayPolicy
// reads, and the public media host choice (none / a connected WordPress
// site) stored under the same key as `campaignforge-cli media-host`; a
// site that is no longer connected stays visible with a warning; the
// section follows a language change; screenshots in English and Arabic.
// The S3-compatible bucket: its fields, the secret written only to the
// keychain, Save, and Test against a local HTTP server that plays the bucket.
#include "app/core/AppSettings.h"
#include "app/publishing/KeychainS3MediaHost.h"
#include "tests/platforms/auth/RecordingSecretStore.h"
#include "models/domain/Connection.h"
#include "models/store/ConnectionRepository.h"
#include "tests/ui/UiTestSupport.h"
#include "platforms/net/EndpointMap.h"
#include "ui/settings/PublishingSettingsSection.h"
#include "ui/settings/S3BucketForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QGroupBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace cf;

namespace {

qint64 addConnection(const Database &db, Platform platform, const QString &accountId, const QString &name,
                     ConnectionStatus status = ConnectionStatus::Connected)
{
    Connection c;
    c.platform = platform;
    c.accountId = accountId;
    c.accountName = name;
    c.status = status;
    c.provider = platform == Platform::WordPress ? QStringLiteral("wordpress") : platformId(platform);
    if (platform == Platform::WordPress)
        c.apiBase = QStringLiteral("https://%1").arg(accountId.section(QLatin1Char('@'), 1));
    const auto id = ConnectionRepository(db).upsert(c);
    return id ? *id : 0;
}

// A bucket on a local socket: answers each request with the given status
// (PUT 200, DELETE 204 by default) and keeps the request lines.
class FakeBucket : public QObject
{
public:
    QTcpServer server;
    QStringList requests; // "PUT /path", "DELETE /path"
    QByteArray everything;
    int putStatus = 200;

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
                    const QByteArray first = head.left(head.indexOf("\r\n"));
                    const QList<QByteArray> parts = first.split(' ');
                    requests << QString::fromUtf8(parts.value(0) + ' ' + parts.value(1));
                    const int status = parts.value(0) == "PUT" ? putStatus : 204;
                    socket->write("HTTP/1.1 " + QByteArray::number(status)
                                  + " X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                    buffer->clear();
                });
            }
        });
    }
    QString endpoint() const { return QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()); }
};

struct S3Env
{
    test::RecordingSecretStore keychain;
    QNetworkAccessManager network;
    EndpointMap endpoints;
    S3BucketServices services{keychain, network, endpoints};
};

QLineEdit *field(QWidget &w, const char *name)
{
    return w.findChild<QLineEdit *>(QString::fromLatin1(name));
}

void fillBucket(QWidget &w, const QString &endpoint, const QString &secret)
{
    QTest::keyClicks(field(w, "s3Endpoint"), endpoint);
    QTest::keyClicks(field(w, "s3Region"), QStringLiteral("eu-central-1"));
    QTest::keyClicks(field(w, "s3Bucket"), QStringLiteral("noura-media"));
    QTest::keyClicks(field(w, "s3AccessKeyId"), QStringLiteral("AKIDEXAMPLE"));
    QTest::keyClicks(field(w, "s3SecretAccessKey"), secret);
}

int s3Index(QComboBox *host)
{
    return host->findData(QStringLiteral("s3"));
}

} // namespace

class TestPublishingSettingsSection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepPublishingFollowsTheSetting()
    {
        test::ShellFixture f;
        QVERIFY(f.openDatabase());
        PublishingSettingsSection section(f.settings, &f.database);
        auto *keep = section.findChild<QCheckBox *>(QStringLiteral("keepPublishingWhenClosed"));
        QVERIFY(keep);
        QVERIFY(keep->isChecked()); // on by default
        QTest::mouseClick(keep, Qt::LeftButton, {}, QPoint(8, keep->height() / 2));
        QVERIFY(!keep->isChecked());
        QVERIFY(!f.settings.keepPublishingWhenClosed());
        // Written through at once: a fresh reader of the same file agrees.
        QVERIFY(!AppSettings(f.dir.filePath(QStringLiteral("settings.ini"))).keepPublishingWhenClosed());
        keep->click();
        QVERIFY(f.settings.keepPublishingWhenClosed());
    }

    void chooseAWordPressSiteThenNone()
    {
        test::ShellFixture f;
        QVERIFY(f.openDatabase());
        const qint64 blog = addConnection(f.database, Platform::WordPress, QStringLiteral("1@blog.example.com"),
                                          QStringLiteral("Noura's blog"));
        addConnection(f.database, Platform::WordPress, QStringLiteral("2@old.example.com"), QStringLiteral("Old blog"),
                      ConnectionStatus::NeedsRelogin);
        addConnection(f.database, Platform::Facebook, QStringLiteral("104000000000001"), QStringLiteral("Noura Boutique"));
        PublishingSettingsSection section(f.settings, &f.database);
        section.show();
        auto *host = section.findChild<QComboBox *>(QStringLiteral("mediaHostChoice"));
        QVERIFY(host);
        // None, the one connected site (not the signed-out site, not the Page), the bucket.
        QCOMPARE(host->count(), 3);
        QCOMPARE(host->currentIndex(), 0);
        QVERIFY(host->itemText(1).contains(QStringLiteral("Noura's blog")));
        QVERIFY(host->itemText(1).contains(QStringLiteral("https://blog.example.com")));

        host->setFocus();
        QTest::keyClick(host, Qt::Key_Down); // a combo box changes (and emits activated) on arrow keys
        QCOMPARE(host->currentIndex(), 1);
        QCOMPARE(f.settings.mediaHostWordPressConnection(), std::optional<qint64>(blog));
        auto *status = section.findChild<QLabel *>(QStringLiteral("publishingSettingsStatus"));
        QVERIFY(status && status->isVisible());
        QVERIFY(status->text().contains(QStringLiteral("Noura's blog")));

        QTest::keyClick(host, Qt::Key_Up);
        QCOMPARE(host->currentIndex(), 0);
        QVERIFY(!f.settings.mediaHostWordPressConnection());
    }

    void aSiteNoLongerConnectedStaysVisible()
    {
        test::ShellFixture f;
        QVERIFY(f.openDatabase());
        const qint64 gone = addConnection(f.database, Platform::WordPress, QStringLiteral("2@old.example.com"),
                                          QStringLiteral("Old blog"), ConnectionStatus::NeedsRelogin);
        f.settings.setMediaHostWordPressConnection(gone);
        PublishingSettingsSection section(f.settings, &f.database);
        section.show();
        auto *host = section.findChild<QComboBox *>(QStringLiteral("mediaHostChoice"));
        QVERIFY(host);
        QCOMPARE(host->count(), 3);
        QCOMPARE(host->currentData().toLongLong(), gone);
        QVERIFY(host->currentText().contains(QStringLiteral("no longer connected")));
        auto *status = section.findChild<QLabel *>(QStringLiteral("publishingSettingsStatus"));
        QVERIFY(status && status->isVisible());
        QVERIFY(status->text().contains(QStringLiteral("no longer connected")));
        // The saved choice is left alone until the owner picks another.
        QCOMPARE(f.settings.mediaHostWordPressConnection(), std::optional<qint64>(gone));
    }

    void withoutADatabaseOnlyNoneAndTheBucket()
    {
        test::ShellFixture f;
        PublishingSettingsSection section(f.settings, nullptr);
        auto *host = section.findChild<QComboBox *>(QStringLiteral("mediaHostChoice"));
        QVERIFY(host);
        QCOMPARE(host->count(), 2);
        QCOMPARE(s3Index(host), 1);
        // Without the keychain services the bucket cannot be saved.
        section.show();
        host->setCurrentIndex(1);
        Q_EMIT host->activated(1);
        auto *form = section.findChild<S3BucketForm *>();
        QVERIFY(form && form->isVisible());
        QVERIFY(!section.findChild<QPushButton *>(QStringLiteral("s3Save"))->isEnabled());
        QVERIFY(!section.findChild<QPushButton *>(QStringLiteral("s3Test"))->isEnabled());
        QVERIFY(!f.settings.mediaHostIsS3()); // incomplete settings do not switch
    }

    void s3SecretGoesOnlyToTheKeychainAndTestUploadsAndDeletes()
    {
        test::ShellFixture f;
        QVERIFY(f.openDatabase());
        FakeBucket bucket;
        QVERIFY(bucket.server.isListening());
        S3Env env;
        PublishingSettingsSection section(f.settings, &f.database, nullptr, &env.services);
        section.show();
        auto *host = section.findChild<QComboBox *>(QStringLiteral("mediaHostChoice"));
        auto *form = section.findChild<S3BucketForm *>();
        QVERIFY(host && form);
        QVERIFY(!form->isVisible()); // only with the bucket chosen
        host->setFocus();
        QTest::keyClick(host, Qt::Key_Down); // None -> the bucket (no WordPress site here)
        QCOMPARE(host->currentIndex(), s3Index(host));
        QVERIFY(form->isVisible());
        QVERIFY(!f.settings.mediaHostIsS3());
        QCOMPARE(field(section, "s3SecretAccessKey")->echoMode(), QLineEdit::Password);

        const QString secret = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
        fillBucket(section, bucket.endpoint(), secret);
        QSignalSpy saved(form, &S3BucketForm::saved);
        auto *result = section.findChild<QLabel *>(QStringLiteral("s3Result"));
        QTest::mouseClick(section.findChild<QPushButton *>(QStringLiteral("s3Test")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("works")), 10000);
        QCOMPARE(saved.count(), 1);
        QVERIFY(section.findChild<QPushButton *>(QStringLiteral("s3Test"))->isEnabled());

        // The secret is in the keychain, not in the settings file nor the field.
        QCOMPARE(env.keychain.entries.value(KeychainS3MediaHost::secretKeyName()), secret.toUtf8());
        QVERIFY(field(section, "s3SecretAccessKey")->text().isEmpty());
        f.settings.sync();
        QFile ini(f.dir.filePath(QStringLiteral("settings.ini")));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray stored = ini.readAll();
        QVERIFY(stored.contains("noura-media"));
        QVERIFY(!stored.contains("wJalrXUtnFEMI"));
        QVERIFY(f.settings.mediaHostIsS3());
        QCOMPARE(f.settings.s3Bucket().accessKeyId, QStringLiteral("AKIDEXAMPLE"));
        QCOMPARE(f.settings.s3Bucket().region, QStringLiteral("eu-central-1"));

        // One object uploaded and the same one deleted, signed, secret never sent.
        QCOMPARE(bucket.requests.size(), 2);
        QVERIFY(bucket.requests[0].startsWith(QStringLiteral("PUT /noura-media/campaignforge/")));
        QCOMPARE(bucket.requests[1], QStringLiteral("DELETE") + bucket.requests[0].mid(3));
        QVERIFY(bucket.everything.contains("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/"));
        QVERIFY(!bucket.everything.contains("wJalrXUtnFEMI"));

        // Reopened, the section shows the bucket chosen, the fields filled, the secret empty.
        PublishingSettingsSection again(f.settings, &f.database, nullptr, &env.services);
        again.show();
        auto *host2 = again.findChild<QComboBox *>(QStringLiteral("mediaHostChoice"));
        QCOMPARE(host2->currentIndex(), s3Index(host2));
        QCOMPARE(field(again, "s3Bucket")->text(), QStringLiteral("noura-media"));
        QVERIFY(field(again, "s3SecretAccessKey")->text().isEmpty());

        // Choosing None and the bucket again switches back at once (settings complete).
        host2->setFocus();
        QTest::keyClick(host2, Qt::Key_Up);
        QVERIFY(!f.settings.mediaHostIsS3());
        QTest::keyClick(host2, Qt::Key_Down);
        QVERIFY(f.settings.mediaHostIsS3());
    }

    void s3RefusedUploadBadSettingsAndLockedKeychain()
    {
        test::ShellFixture f;
        FakeBucket bucket;
        bucket.putStatus = 403;
        S3Env env;
        PublishingSettingsSection section(f.settings, nullptr, nullptr, &env.services);
        section.show();
        auto *host = section.findChild<QComboBox *>(QStringLiteral("mediaHostChoice"));
        host->setCurrentIndex(s3Index(host));
        Q_EMIT host->activated(s3Index(host));
        auto *result = section.findChild<QLabel *>(QStringLiteral("s3Result"));
        auto *save = section.findChild<QPushButton *>(QStringLiteral("s3Save"));
        auto *testButton = section.findChild<QPushButton *>(QStringLiteral("s3Test"));

        // Not a web address: refused before the keychain is touched.
        fillBucket(section, QStringLiteral("s3.example"), QStringLiteral("SECRET"));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(result->text().contains(QStringLiteral("web address")));
        QVERIFY(env.keychain.log.isEmpty());
        QVERIFY(!f.settings.mediaHostIsS3());

        // A locked keychain: nothing saved.
        field(section, "s3Endpoint")->setText(bucket.endpoint());
        env.keychain.unavailable = true;
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(save->isEnabled());
        QVERIFY(result->isVisible());
        QVERIFY(!result->text().contains(QStringLiteral("Saved")));
        QVERIFY(!f.settings.mediaHostIsS3());
        QVERIFY(f.settings.s3Bucket().bucket.isEmpty());

        // The bucket refuses the upload: the test says so with the status.
        env.keychain.unavailable = false;
        QTest::mouseClick(testButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("403")), 10000);
        QVERIFY(result->text().contains(QStringLiteral("test upload failed")));
        QCOMPARE(bucket.requests.size(), 1); // nothing to delete
    }

    void theHostChoiceIsNotCutOffAt640()
    {
        test::ShellFixture f;
        QVERIFY(f.openDatabase());
        addConnection(f.database, Platform::WordPress, QStringLiteral("1@blog.example.com"), QStringLiteral("Noura's blog"));
        PublishingSettingsSection section(f.settings, &f.database);
        section.resize(640, 400);
        section.show();
        QVERIFY(QTest::qWaitForWindowExposed(&section));
        auto *host = section.findChild<QComboBox *>(QStringLiteral("mediaHostChoice"));
        const QFontMetrics metrics(host->font());
        for (int i = 0; i < host->count(); ++i)
            QVERIFY2(host->width() >= metrics.horizontalAdvance(host->itemText(i)) + 30, qPrintable(host->itemText(i)));
    }

    void followsTheLanguageAndScreenshots()
    {
        const QString dir = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("screenshots"));
        QVERIFY(QDir().mkpath(dir));
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ar")}) {
            test::ShellFixture f;
            QVERIFY(f.openDatabase());
            addConnection(f.database, Platform::WordPress, QStringLiteral("1@blog.example.com"), QStringLiteral("Noura's blog"));
            test::PseudoArabicTranslator pseudo(f.language);
            QCoreApplication::installTranslator(&pseudo);
            PublishingSettingsSection section(f.settings, &f.database);
            section.resize(640, 300);
            f.language.setLanguage(lang);
            section.show();
            QVERIFY(QTest::qWaitForWindowExposed(&section));
            auto *group = section.findChild<QGroupBox *>();
            QVERIFY(group);
            QCOMPARE(section.layoutDirection(), lang == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight);
            QCOMPARE(group->title() == QLatin1String("Publishing"), lang == QLatin1String("en"));
            QVERIFY(section.grab().save(QDir(dir).filePath(QStringLiteral("settings_publishing_%1.png").arg(lang))));

            // The same section with the bucket chosen and saved (no secret shown).
            AppSettings::S3Bucket saved;
            saved.endpoint = QStringLiteral("https://s3.me-central-1.amazonaws.com");
            saved.region = QStringLiteral("me-central-1");
            saved.bucket = QStringLiteral("noura-boutique-media");
            saved.accessKeyId = QStringLiteral("AKIAIOSFODNN7EXAMPLE");
            f.settings.setS3Bucket(saved);
            f.settings.setMediaHostS3();
            S3Env env;
            PublishingSettingsSection s3(f.settings, &f.database, nullptr, &env.services);
            s3.resize(640, 560);
            s3.show();
            QVERIFY(QTest::qWaitForWindowExposed(&s3));
            QVERIFY(s3.findChild<S3BucketForm *>()->isVisible());
            QVERIFY(s3.grab().save(QDir(dir).filePath(QStringLiteral("settings_publishing_s3_%1.png").arg(lang))));
            QCoreApplication::removeTranslator(&pseudo);
            f.language.setLanguage(QStringLiteral("en"));
        }
    }
};

QTEST_MAIN(TestPublishingSettingsSection)
#include "tst_publishingsettingssection.moc"
