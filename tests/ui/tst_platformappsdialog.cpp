// Settings → Platform apps against a real keychain (private gnome-keyring):
// what is saved can be read back through PlatformAppCredentials and by a
// new dialog, a required secret is insisted on, "forget" removes it, and
// nothing reaches QSettings or any readable file.
#include "platforms/auth/KeychainStore.h"
#include "platforms/auth/OAuthProviderTable.h"
#include "platforms/auth/PlatformAppCredentials.h"
#include "ui/settings/PlatformAppsDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace cf;

class TestPlatformAppsDialog : public QObject
{
    Q_OBJECT

    KeychainStore m_keychain{QStringLiteral("CampaignForge Apps Test")};
    PlatformAppCredentials m_apps{m_keychain};
    std::optional<OAuthProviderTable> m_table;

    std::optional<AppCredentials> stored(const QString &provider)
    {
        std::optional<AppCredentials> out;
        bool done = false;
        m_apps.get(provider, this, [&](const std::optional<AppCredentials> &app, bool fromBuild, const AuthError &e) {
            QVERIFY(!e.isError());
            if (!fromBuild)
                out = app;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CampaignForgeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_platformappsdialog"));
        QString error;
        m_table = OAuthProviderTable::builtIn(&error);
        QVERIFY2(m_table, qPrintable(error));
        m_keychain.setRetryDelayMs(50);
    }

    void savesToTheKeychainAndReadsBack()
    {
        PlatformAppsDialog dialog(m_apps, *m_table);
        dialog.selectProvider(QStringLiteral("x"));
        QTRY_VERIFY(!dialog.isBusy());
        QCOMPARE(dialog.currentProvider(), QStringLiteral("x"));
        QVERIFY(dialog.clientIdField()->text().isEmpty());
        QCOMPARE(dialog.clientSecretField()->echoMode(), QLineEdit::Password);
        dialog.clientIdField()->setText(QStringLiteral("  my-x-client  "));
        dialog.clientSecretField()->setText(QStringLiteral("my-x-secret-value"));
        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("appRedirectKind"));
        QVERIFY(kind->count() >= 2);
        kind->setCurrentIndex(1); // paste
        dialog.save();
        QTRY_VERIFY(!dialog.isBusy());
        QVERIFY2(dialog.statusText().contains(QStringLiteral("Saved")), qPrintable(dialog.statusText()));

        const auto app = stored(QStringLiteral("x"));
        QVERIFY(app);
        QCOMPARE(app->clientId, QStringLiteral("my-x-client"));
        QCOMPARE(app->clientSecret, QStringLiteral("my-x-secret-value"));
        QCOMPARE(app->redirectKind, QStringLiteral("paste"));

        // A new dialog shows what the keychain holds.
        PlatformAppsDialog again(m_apps, *m_table);
        again.selectProvider(QStringLiteral("x"));
        QTRY_VERIFY(!again.isBusy());
        QTRY_COMPARE(again.clientIdField()->text(), QStringLiteral("my-x-client"));
        QCOMPARE(again.clientSecretField()->text(), QStringLiteral("my-x-secret-value"));
        QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("appRedirectKind"))->currentIndex(), 1);
    }

    void requiredSecretIsInsistedOn()
    {
        const OAuthProvider *needsSecret = nullptr;
        for (const OAuthProvider &provider : m_table->providers())
            if (provider.secretRequired) {
                needsSecret = &provider;
                break;
            }
        QVERIFY(needsSecret);
        PlatformAppsDialog dialog(m_apps, *m_table);
        dialog.selectProvider(needsSecret->id);
        QTRY_VERIFY(!dialog.isBusy());
        dialog.clientIdField()->setText(QStringLiteral("client-without-secret"));
        dialog.clientSecretField()->clear();
        dialog.save();
        QVERIFY(dialog.statusText().contains(QStringLiteral("secret")));
        QVERIFY(!stored(needsSecret->id));
        dialog.clientIdField()->clear();
        dialog.save();
        QVERIFY(dialog.statusText().contains(QStringLiteral("client id")));
    }

    void forgetRemovesTheEntry()
    {
        PlatformAppsDialog dialog(m_apps, *m_table);
        dialog.selectProvider(QStringLiteral("x"));
        QTRY_VERIFY(!dialog.isBusy());
        QTRY_VERIFY(!dialog.clientIdField()->text().isEmpty());
        dialog.clearStored();
        QTRY_VERIFY(!dialog.isBusy());
        QTRY_VERIFY(dialog.clientIdField()->text().isEmpty());
        QVERIFY(!stored(QStringLiteral("x")));
    }

    void nothingInSettingsOrFiles()
    {
        // Save once more so there is something to look for.
        PlatformAppsDialog dialog(m_apps, *m_table);
        dialog.selectProvider(QStringLiteral("kit"));
        QTRY_VERIFY(!dialog.isBusy());
        dialog.clientIdField()->setText(QStringLiteral("kit-client"));
        dialog.clientSecretField()->setText(QStringLiteral("kit-secret-for-scan"));
        dialog.save();
        QTRY_VERIFY(!dialog.isBusy());
        QVERIFY(stored(QStringLiteral("kit")));

        QSettings settings;
        QVERIFY2(settings.allKeys().isEmpty(), qPrintable(settings.allKeys().join(QLatin1Char(','))));
        // HOME is the keyring script's private folder: nothing readable holds the secret.
        QDirIterator files(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            QVERIFY2(!file.readAll().contains("kit-secret-for-scan"), qPrintable(files.filePath()));
        }
        bool cleared = false;
        m_apps.clear(QStringLiteral("kit"), this, [&](const AuthError &) { cleared = true; });
        QTRY_VERIFY(cleared);
    }
};

QTEST_MAIN(TestPlatformAppsDialog)
#include "tst_platformappsdialog.moc"
