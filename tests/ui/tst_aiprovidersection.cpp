// The settings page's AI provider section with an in-memory secret store and
// a fake chat-completions endpoint: Save puts the key in the secret store
// (never in the settings file) and empties the field, Test makes one real
// request with the stored key and shows the answer, a refused key is shown
// as such, and Remove clears key and settings.
#include "app/content/text/ai/AiProvider.h"
#include "app/core/AppSettings.h"
#include "platforms/auth/SecretStore.h"
#include "tests/app/content/FakeChatEndpoint.h"
#include "ui/settings/AiProviderSection.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace cf;
using cf::test::FakeChatEndpoint;

namespace {

// Keeps secrets in memory and answers later, like the real keychain.
class MemorySecretStore : public SecretStore
{
public:
    std::map<QString, QByteArray> values;

    void read(const QString &key, QObject *context, ReadCallback done) override
    {
        const auto it = values.find(key);
        const std::optional<QByteArray> value = it == values.end() ? std::nullopt : std::optional<QByteArray>(it->second);
        QMetaObject::invokeMethod(context, [done, value] { done(value, AuthError{}); }, Qt::QueuedConnection);
    }
    void write(const QString &key, const QByteArray &value, QObject *context, DoneCallback done) override
    {
        values[key] = value;
        QMetaObject::invokeMethod(context, [done] { done(AuthError{}); }, Qt::QueuedConnection);
    }
    void remove(const QString &key, QObject *context, DoneCallback done) override
    {
        values.erase(key);
        QMetaObject::invokeMethod(context, [done] { done(AuthError{}); }, Qt::QueuedConnection);
    }
};

const QByteArray kKey = "sk-ui-secret-0d4e";

} // namespace

class TestAiProviderSection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saveTestAndRemove()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        AppSettings settings(ini);
        MemorySecretStore secrets;
        QNetworkAccessManager network;
        FakeChatEndpoint server;
        server.setHandler([](const cf::test::RecordedRequest &request) {
            if (request.authorization != QByteArray("Bearer ") + kKey)
                return FakeChatEndpoint::Answer{401, "{}", false};
            return FakeChatEndpoint::Answer{200, FakeChatEndpoint::completion("{\"ok\": true}"), false};
        });

        AiProviderSection section(settings, secrets, network);
        section.show();
        auto *url = section.findChild<QLineEdit *>(QStringLiteral("aiBaseUrl"));
        auto *model = section.findChild<QLineEdit *>(QStringLiteral("aiModel"));
        auto *key = section.findChild<QLineEdit *>(QStringLiteral("aiKey"));
        auto *status = section.findChild<QLabel *>(QStringLiteral("aiStatus"));
        auto *enabled = section.findChild<QCheckBox *>(QStringLiteral("aiEnabled"));
        QVERIFY(url && model && key && status && enabled);
        QCOMPARE(key->echoMode(), QLineEdit::Password);

        // A bad address is refused before anything is stored.
        url->setText(QStringLiteral("ftp://nope"));
        model->setText(QStringLiteral("fake-model"));
        key->setText(QString::fromLatin1(kKey));
        section.findChild<QPushButton *>(QStringLiteral("aiSave"))->click();
        QTRY_VERIFY(status->isVisible() && status->text().contains(QStringLiteral("http or https")));
        QVERIFY(secrets.values.empty());

        url->setText(server.baseUrl());
        section.findChild<QPushButton *>(QStringLiteral("aiSave"))->click();
        QTRY_COMPARE(secrets.values[ai::keychainKey()], kKey);
        QTRY_VERIFY(key->text().isEmpty());
        QVERIFY(key->placeholderText().contains(QStringLiteral("keychain")));
        QVERIFY(enabled->isChecked());
        QCOMPARE(settings.aiBaseUrl(), server.baseUrl());
        QCOMPARE(settings.aiModel(), QStringLiteral("fake-model"));
        settings.sync();
        QFile file(ini);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains("fake-model"));
        QVERIFY(!written.contains(kKey));

        // Test with the stored key (the field is empty).
        section.findChild<QPushButton *>(QStringLiteral("aiTest"))->click();
        QTRY_VERIFY2(status->text().contains(QStringLiteral("answered correctly")), qPrintable(status->text()));
        QCOMPARE(server.requests().size(), 1);

        // A typed key is tried as typed: the server refuses this one.
        key->setText(QStringLiteral("sk-wrong"));
        section.findChild<QPushButton *>(QStringLiteral("aiTest"))->click();
        QTRY_VERIFY2(status->text().contains(QStringLiteral("refused the key")), qPrintable(status->text()));

        section.findChild<QPushButton *>(QStringLiteral("aiRemove"))->click();
        QTRY_VERIFY(secrets.values.empty());
        QTRY_VERIFY(url->text().isEmpty());
        QCOMPARE(settings.aiBaseUrl(), QString());
        QVERIFY(!enabled->isChecked());
    }
};

QTEST_MAIN(TestAiProviderSection)
#include "tst_aiprovidersection.moc"
