// The Connections page on seeded rows with a real keychain (private
// gnome-keyring): the states it shows, "selected for publishing" saved in
// the database, disconnect removing the row and its keychain entry, and with
// a keychain that refuses every call: the keychain message, rows kept, and
// no secret written anywhere else.
#include "tests/platforms/auth/ConnectionsDb.h"
#include "tests/platforms/auth/RecordingSecretStore.h"

#include "app/core/Clock.h"
#include "models/store/ConnectionRepository.h"
#include "platforms/auth/KeychainStore.h"
#include "platforms/auth/PlatformAppCredentials.h"
#include "platforms/auth/TokenVault.h"
#include "platforms/net/EndpointMap.h"
#include "ui/connections/ConnectionsStack.h"
#include "ui/connections/PlatformCard.h"
#include "ui/pages/ConnectionsPage.h"
#include "ui/settings/PlatformAppsDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace cf;

namespace {
const QDateTime kNow(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::utc());

// Revocation calls must not leave the machine: every platform host used
// here points at a closed local port.
EndpointMap closedEndpoints()
{
    QString error;
    auto map = EndpointMap::fromJson(
        "{\"hosts\": {\"api.x.com\": \"http://127.0.0.1:9/api.x.com\", \"x.com\": \"http://127.0.0.1:9/x.com\","
        " \"graph.facebook.com\": \"http://127.0.0.1:9/graph.facebook.com\","
        " \"www.facebook.com\": \"http://127.0.0.1:9/www.facebook.com\","
        " \"www.linkedin.com\": \"http://127.0.0.1:9/www.linkedin.com\","
        " \"api.linkedin.com\": \"http://127.0.0.1:9/api.linkedin.com\"}}",
        &error);
    return map.value_or(EndpointMap{});
}
} // namespace

class TestConnectionsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    EndpointMap m_endpoints = closedEndpoints();
    FixedClock m_clock{kNow};
    KeychainStore m_keychain{QStringLiteral("CampaignForge Test")};
    std::unique_ptr<ConnectionsStack> m_stack;
    qint64 m_facebook = 0, m_page = 0, m_instagram = 0, m_x = 0, m_linkedin = 0;

    qint64 seed(Connection row)
    {
        row.createdAt = kNow.addDays(-10);
        row.updatedAt = row.createdAt;
        const auto id = m_stack->services().repository.upsert(row);
        return id ? *id : 0;
    }
    void storeToken(Platform platform, qint64 id, const QString &token)
    {
        TokenSet tokens;
        tokens.accessToken = token;
        bool done = false;
        m_stack->services().vault.store(platform, id, tokens, this, [&](const AuthError &e) {
            QVERIFY2(!e.isError(), qPrintable(e.message));
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    }
    std::optional<TokenSet> loadToken(Platform platform, qint64 id)
    {
        std::optional<TokenSet> out;
        bool done = false;
        m_stack->services().vault.load(platform, id, this, [&](const std::optional<TokenSet> &t, const AuthError &) {
            out = t;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
        return out;
    }
    static QString stateText(ConnectionsPage &page, qint64 id)
    {
        auto *label = page.findChild<QLabel *>(QStringLiteral("state_%1").arg(id));
        return label ? label->text() : QString();
    }
    std::unique_ptr<ConnectionsPage> openPage(const ConnectionsServices &services)
    {
        auto page = std::make_unique<ConnectionsPage>(&services);
        QSignalSpy reloaded(page.get(), &ConnectionsPage::reloaded);
        page->resize(900, 1400);
        page->show();
        if (reloaded.isEmpty() && !reloaded.wait(15000))
            return nullptr;
        return page;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(test::openConnectionsDb(m_db, m_dir, QStringLiteral("page")));
        m_keychain.setRetryDelayMs(50);
        QString error;
        m_stack = ConnectionsStack::create(m_db, m_endpoints, m_keychain, [this] { return m_clock.nowUtc(); }, &error);
        QVERIFY2(m_stack, qPrintable(error));

        Connection facebook;
        facebook.platform = Platform::Facebook;
        facebook.provider = QStringLiteral("facebook");
        facebook.accountId = QStringLiteral("9001");
        facebook.accountName = QStringLiteral("Noura Al-Harbi");
        facebook.scopes = {QStringLiteral("pages_manage_posts"), QStringLiteral("instagram_content_publish")};
        facebook.expiresAt = kNow.addDays(3).addSecs(-60);
        m_facebook = seed(facebook);
        Connection page = facebook;
        page.kind = ConnectionKind::Page;
        page.parentId = m_facebook;
        page.accountId = QStringLiteral("104000000000001");
        page.accountName = QStringLiteral("Noura Boutique");
        page.expiresAt = {};
        page.scopes = {};
        m_page = seed(page);
        Connection instagram = page;
        instagram.platform = Platform::Instagram;
        instagram.kind = ConnectionKind::InstagramAccount;
        instagram.accountId = QStringLiteral("17841400000000001");
        instagram.accountName = QStringLiteral("@noura.boutique");
        m_instagram = seed(instagram);
        Connection x;
        x.platform = Platform::X;
        x.provider = QStringLiteral("x");
        x.accountId = QStringLiteral("1500");
        x.accountName = QStringLiteral("nouraboutique");
        m_x = seed(x);
        Connection linkedin;
        linkedin.platform = Platform::LinkedIn;
        linkedin.provider = QStringLiteral("linkedin");
        linkedin.accountId = QStringLiteral("li-7");
        linkedin.accountName = QStringLiteral("Noura LinkedIn");
        linkedin.status = ConnectionStatus::NeedsRelogin;
        linkedin.statusDetail = QStringLiteral("LinkedIn refused the renewal.");
        m_linkedin = seed(linkedin);
        QVERIFY(m_facebook && m_page && m_instagram && m_x && m_linkedin);
        storeToken(Platform::Facebook, m_facebook, QStringLiteral("fb-token-secret-1"));
        storeToken(Platform::X, m_x, QStringLiteral("x-token-secret-2"));
        storeToken(Platform::LinkedIn, m_linkedin, QStringLiteral("li-token-secret-3"));
    }

    void showsEachState()
    {
        auto page = openPage(m_stack->services());
        QVERIFY(page);
        QVERIFY(!page->keychainUnavailable());
        QVERIFY2(stateText(*page, m_facebook).contains(QStringLiteral("expires in 3 days")),
                 qPrintable(stateText(*page, m_facebook)));
        QCOMPARE(stateText(*page, m_x), QStringLiteral("Connected as nouraboutique"));
        QVERIFY(stateText(*page, m_linkedin).contains(QStringLiteral("sign in again")));
        QVERIFY(stateText(*page, m_linkedin).contains(QStringLiteral("LinkedIn refused the renewal.")));
        // A platform without rows, and one without app credentials.
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("notConnected_youtube")));
        QVERIFY(page->findChild<QPushButton *>(QStringLiteral("setupApp_youtube")));
        // Granted permissions open on demand.
        auto *scopes = page->findChild<QLabel *>(QStringLiteral("scopes_%1").arg(m_facebook));
        QVERIFY(scopes);
        QTRY_VERIFY(scopes->parentWidget()->isVisible()); // rebuilt rows are shown by the layout, queued
        QVERIFY(!scopes->isVisible());
        page->findChild<QAbstractButton *>(QStringLiteral("scopesToggle_%1").arg(m_facebook))->click();
        QVERIFY(scopes->isVisible());
        QVERIFY(scopes->text().contains(QStringLiteral("pages_manage_posts")));
        // The Instagram account shows on the Instagram card, through Facebook.
        PlatformCard *instagramCard = page->card(Platform::Instagram);
        auto *viaFacebook = instagramCard->findChild<QCheckBox *>(QStringLiteral("selected_%1").arg(m_instagram));
        QVERIFY(viaFacebook);
        QVERIFY(viaFacebook->text().contains(QStringLiteral("Noura Al-Harbi")));
        // The expiry moves with the clock.
        m_clock.advanceSecs(4 * 24 * 3600);
        page->reload();
        QVERIFY(stateText(*page, m_facebook).contains(QStringLiteral("expired")));
        m_clock.set(kNow);
    }

    void selectingForPublishingPersists()
    {
        auto page = openPage(m_stack->services());
        QVERIFY(page);
        auto *check = page->card(Platform::Facebook)->findChild<QCheckBox *>(QStringLiteral("selected_%1").arg(m_page));
        QVERIFY(check && check->isChecked());
        check->click();
        QCOMPARE(m_stack->services().repository.find(m_page)->selected, false);
        page->reload();
        check = page->card(Platform::Facebook)->findChild<QCheckBox *>(QStringLiteral("selected_%1").arg(m_page));
        QTRY_VERIFY(check && !check->isChecked());
        check->click();
        QCOMPARE(m_stack->services().repository.find(m_page)->selected, true);
    }

    void disconnectRemovesRowAndKeychainEntry()
    {
        auto page = openPage(m_stack->services());
        QVERIFY(page);
        QVERIFY(loadToken(Platform::X, m_x));
        page->findChild<QPushButton *>(QStringLiteral("disconnect_%1").arg(m_x))->click();
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY((confirm = page->findChild<QMessageBox *>(QStringLiteral("confirmDisconnect"))) != nullptr);
        confirm->findChild<QPushButton *>(QStringLiteral("confirmDisconnectYes"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_stack->services().repository.find(m_x), 20000);
        QVERIFY(!loadToken(Platform::X, m_x));
        // The revocation could not reach X: said, but the account is gone here.
        auto *message = page->card(Platform::X)->findChild<QLabel *>(QStringLiteral("cardMessage"));
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("nouraboutique")), 10000);
        QTRY_VERIFY(!page->findChild<QLabel *>(QStringLiteral("state_%1").arg(m_x)));
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("notConnected_x")));
    }

    void lockedKeychainIsExplainedAndNothingGoesToPlaintext()
    {
        test::RecordingSecretStore locked;
        locked.unavailable = true;
        QString error;
        auto stack = ConnectionsStack::create(m_db, m_endpoints, locked, [this] { return m_clock.nowUtc(); }, &error);
        QVERIFY(stack);
        auto page = openPage(stack->services());
        QVERIFY(page);
        QVERIFY(page->keychainUnavailable());
        QVERIFY(page->bannerText().contains(KeychainStore::unavailableMessage()));
        QVERIFY(page->findChild<QPushButton *>(QStringLiteral("retryKeychain"))->isVisible());
        QVERIFY(stateText(*page, m_facebook).contains(QStringLiteral("keychain")));

        // Disconnecting cannot delete the secrets, so the row stays.
        page->findChild<QPushButton *>(QStringLiteral("disconnect_%1").arg(m_linkedin))->click();
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY((confirm = page->findChild<QMessageBox *>(QStringLiteral("confirmDisconnect"))) != nullptr);
        confirm->findChild<QPushButton *>(QStringLiteral("confirmDisconnectYes"))->click();
        auto *message = page->card(Platform::LinkedIn)->findChild<QLabel *>(QStringLiteral("cardMessage"));
        QTRY_VERIFY_WITH_TIMEOUT(!message->text().isEmpty(), 20000);
        QVERIFY(m_stack->services().repository.find(m_linkedin));

        // App credentials typed while the keychain is locked are refused, not kept elsewhere.
        PlatformAppsDialog apps(stack->apps(), stack->providers());
        QSignalSpy idle(&apps, &PlatformAppsDialog::idle);
        apps.selectProvider(QStringLiteral("x"));
        QTRY_VERIFY(!apps.isBusy());
        apps.clientIdField()->setText(QStringLiteral("plaintext-probe-client"));
        apps.clientSecretField()->setText(QStringLiteral("plaintext-probe-secret"));
        apps.save();
        QTRY_VERIFY(!apps.isBusy());
        QCOMPARE(apps.statusText(), QStringLiteral("locked")); // the store's own unavailable message
        QVERIFY(locked.entries.isEmpty());
        QDirIterator files(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            for (const char *secret : {"plaintext-probe-secret", "fb-token-secret-1", "li-token-secret-3"})
                QVERIFY2(!content.contains(secret), qPrintable(files.filePath()));
        }
    }
};

QTEST_MAIN(TestConnectionsPage)
#include "tst_connectionspage.moc"
