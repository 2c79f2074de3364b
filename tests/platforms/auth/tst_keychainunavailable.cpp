// Runs WITHOUT the keyring wrapper and with DBUS_SESSION_BUS_ADDRESS
// pointing nowhere: every keychain call must fail with the clear,
// translated "unavailable" error after its one retry, and no secret may
// land in any file (QtKeychain's plaintext fallback stays off).
#include "platforms/auth/KeychainStore.h"
#include "platforms/auth/TokenVault.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace cf;

namespace {
QTemporaryDir *g_home = nullptr;
} // namespace

class TestKeychainUnavailable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writeReadDeleteFailClearly()
    {
        KeychainStore store(QStringLiteral("CampaignForgeTest"));
        store.setRetryDelayMs(50);
        TokenVault vault(store);
        TokenSet tokens;
        tokens.accessToken = QStringLiteral("PLAINTEXT-CANARY-ACCESS");
        tokens.refreshToken = QStringLiteral("PLAINTEXT-CANARY-REFRESH");

        AuthError writeError;
        bool written = false;
        vault.store(Platform::X, 1, tokens, this, [&](const AuthError &e) { writeError = e; written = true; });
        QTRY_VERIFY_WITH_TIMEOUT(written, 30000);
        QCOMPARE(writeError.code, AuthError::Code::KeychainUnavailable);
        QCOMPARE(writeError.message, KeychainStore::unavailableMessage());
        QVERIFY(writeError.message.contains(QStringLiteral("keychain")));

        bool loaded = false;
        AuthError loadError;
        vault.load(Platform::X, 1, this, [&](const std::optional<TokenSet> &t, const AuthError &e) {
            QVERIFY(!t);
            loadError = e;
            loaded = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(loaded, 30000);
        QCOMPARE(loadError.code, AuthError::Code::KeychainUnavailable);

        bool removed = false;
        AuthError removeError;
        vault.remove(Platform::X, 1, this, [&](const AuthError &e) { removeError = e; removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 30000);
        QCOMPARE(removeError.code, AuthError::Code::KeychainUnavailable);
    }

    void noPlaintextAnywhere()
    {
        // The fake HOME holds every config and data folder of this process.
        QDirIterator it(g_home->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("PLAINTEXT-CANARY"), qPrintable(file.fileName()));
        }
    }
};

int main(int argc, char *argv[])
{
    // Before anything reads the environment: no session bus, private folders.
    QTemporaryDir home;
    g_home = &home;
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/campaignforge-no-bus");
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    QCoreApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("CampaignForgeTest"));
    TestKeychainUnavailable test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainunavailable.moc"
