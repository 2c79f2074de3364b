#include "ConnectionsDb.h"
#include "FakeHttpServer.h"
#include "RecordingSecretStore.h"

#include "app/core/Clock.h"
#include "models/store/ConnectionRepository.h"
#include "platforms/auth/OAuthProviderTable.h"
#include "platforms/auth/PlatformAppCredentials.h"
#include "platforms/auth/TokenRefresher.h"
#include "platforms/auth/TokenVault.h"
#include "platforms/net/EndpointMap.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace cf;

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

struct Received
{
    std::optional<TokenSet> tokens;
    AuthError error;
};
} // namespace

class TestTokenRefresher : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<ConnectionRepository> m_repo;
    test::FakeHttpServer m_server;
    std::optional<EndpointMap> m_endpoints;
    std::optional<OAuthProviderTable> m_table;
    QNetworkAccessManager m_network;
    FixedClock m_clock{kNow};
    test::RecordingSecretStore m_store;
    TokenVault m_vault{m_store};
    std::unique_ptr<PlatformAppCredentials> m_apps;
    std::unique_ptr<TokenRefresher> m_refresher;
    Connection m_connection;

    TokenSet storedTokens() const
    {
        TokenSet t;
        t.fromJson(m_store.entries.value(TokenVault::keyFor(Platform::X, m_connection.id)));
        return t;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY(test::openConnectionsDb(m_db, m_dir, QStringLiteral("refresher")));
        m_repo = std::make_unique<ConnectionRepository>(m_db);
        m_table = OAuthProviderTable::builtIn(&error);
        QVERIFY2(m_table, qPrintable(error));
        m_endpoints = EndpointMap::fromJson(m_server.endpointsJson({QStringLiteral("api.x.com")}), &error);
        QVERIFY(m_endpoints);
        m_apps = std::make_unique<PlatformAppCredentials>(m_store);
    }

    void init()
    {
        m_server.requests.clear();
        m_store.entries.clear();
        m_store.log.clear();
        m_store.unavailable = false;
        m_store.failWrites = false;
        m_store.onOperation = nullptr;
        m_clock.set(kNow);
        Connection c;
        c.platform = Platform::X;
        c.provider = QStringLiteral("x");
        c.accountId = QStringLiteral("42");
        c.accountName = QStringLiteral("Shop");
        c.createdAt = kNow;
        c.updatedAt = kNow;
        const auto id = m_repo->upsert(c);
        QVERIFY(id);
        c.id = *id;
        QVERIFY(!m_repo->setStatus(c.id, ConnectionStatus::Connected, {}, kNow).isError());
        m_connection = c;
        m_store.entries.insert(PlatformAppCredentials::keyFor(QStringLiteral("x")),
                               AppCredentials{QStringLiteral("cid"), QString(), {}, {}}.toJson());
        TokenSet t;
        t.accessToken = QStringLiteral("access-old");
        t.refreshToken = QStringLiteral("refresh-old");
        t.expiresAt = kNow.addSecs(60); // inside the renewal margin
        m_store.entries.insert(TokenVault::keyFor(Platform::X, c.id), t.toJson());
        m_server.setHandler([](const test::FakeRequest &) {
            return test::FakeResponse{200, "{\"token_type\":\"bearer\",\"expires_in\":7200,\"access_token\":\"access-new\","
                                           "\"refresh_token\":\"refresh-new\",\"scope\":\"tweet.read\"}", "application/json", 150};
        });
        m_refresher = std::make_unique<TokenRefresher>(m_vault, *m_apps, *m_table, *m_repo, *m_endpoints, m_network,
                                                       [this] { return m_clock.nowUtc(); });
    }

    void concurrentCallersShareOneRefreshAndTheKeychainIsWrittenFirst()
    {
        std::vector<Received> results;
        int deliveredWhenWritten = -1;
        const QString tokenKey = TokenVault::keyFor(Platform::X, m_connection.id);
        m_store.onOperation = [&](const QString &op) {
            if (op == QStringLiteral("write ") + tokenKey)
                deliveredWhenWritten = static_cast<int>(results.size());
        };
        for (int i = 0; i < 3; ++i)
            m_refresher->accessToken(m_connection, [&](const std::optional<TokenSet> &t, const AuthError &e) {
                // Whoever gets the new token finds the rotated refresh token already stored.
                QCOMPARE(storedTokens().refreshToken, QStringLiteral("refresh-new"));
                results.push_back({t, e});
            });
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), size_t(3), 5000);
        QCOMPARE(m_server.requests.size(), 1);
        QCOMPARE(m_refresher->refreshCount(), 1);
        QCOMPARE(deliveredWhenWritten, 0);
        for (const Received &r : results) {
            QVERIFY(!r.error.isError());
            QCOMPARE(r.tokens->accessToken, QStringLiteral("access-new"));
        }
        const QUrlQuery form = m_server.requests.front().form();
        QCOMPARE(form.queryItemValue(QStringLiteral("grant_type")), QStringLiteral("refresh_token"));
        QCOMPARE(form.queryItemValue(QStringLiteral("refresh_token")), QStringLiteral("refresh-old"));
        QCOMPARE(form.queryItemValue(QStringLiteral("client_id")), QStringLiteral("cid"));
        QCOMPARE(storedTokens().expiresAt, kNow.addSecs(7200));
        // A later call finds a fresh token: no refresh.
        bool done = false;
        m_refresher->accessToken(m_connection, [&](const std::optional<TokenSet> &t, const AuthError &) {
            QCOMPARE(t->accessToken, QStringLiteral("access-new"));
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(m_server.requests.size(), 1);
    }

    void freshTokenIsGivenWithoutRefresh()
    {
        TokenSet t = storedTokens();
        t.expiresAt = kNow.addSecs(3600);
        m_store.entries.insert(TokenVault::keyFor(Platform::X, m_connection.id), t.toJson());
        bool done = false;
        m_refresher->accessToken(m_connection, [&](const std::optional<TokenSet> &got, const AuthError &e) {
            QVERIFY(!e.isError());
            QCOMPARE(got->accessToken, QStringLiteral("access-old"));
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY(m_server.requests.isEmpty());
        // ...until the clock moves into the margin.
        m_clock.advanceSecs(3600 - TokenRefresher::kRefreshMarginSecs + 1);
        done = false;
        m_refresher->accessToken(m_connection, [&](const std::optional<TokenSet> &got, const AuthError &) {
            QCOMPARE(got->accessToken, QStringLiteral("access-new"));
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
        QCOMPARE(m_server.requests.size(), 1);
    }

    void unauthorizedForcesARefreshUnlessAlreadyRenewed()
    {
        TokenSet t = storedTokens();
        t.expiresAt = kNow.addSecs(3600);
        m_store.entries.insert(TokenVault::keyFor(Platform::X, m_connection.id), t.toJson());
        bool done = false;
        // A 401 for an older token than the stored one: the stored one is newer, use it.
        m_refresher->refreshAfterUnauthorized(m_connection, QStringLiteral("access-older"),
                                              [&](const std::optional<TokenSet> &got, const AuthError &) {
                                                  QCOMPARE(got->accessToken, QStringLiteral("access-old"));
                                                  done = true;
                                              });
        QTRY_VERIFY(done);
        QVERIFY(m_server.requests.isEmpty());
        done = false;
        m_refresher->refreshAfterUnauthorized(m_connection, QStringLiteral("access-old"),
                                              [&](const std::optional<TokenSet> &got, const AuthError &) {
                                                  QCOMPARE(got->accessToken, QStringLiteral("access-new"));
                                                  done = true;
                                              });
        QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
        QCOMPARE(m_server.requests.size(), 1);
    }

    void refusedRefreshMarksNeedsRelogin()
    {
        m_server.setHandler([](const test::FakeRequest &) {
            return test::FakeResponse{400, "{\"error\":\"invalid_grant\",\"error_description\":\"revoked\"}"};
        });
        QSignalSpy relogin(m_refresher.get(), &TokenRefresher::reloginNeeded);
        Received r;
        bool done = false;
        m_refresher->accessToken(m_connection, [&](const std::optional<TokenSet> &t, const AuthError &e) {
            r = {t, e};
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
        QVERIFY(!r.tokens);
        QCOMPARE(r.error.code, AuthError::Code::InvalidGrant);
        QCOMPARE(relogin.count(), 1);
        const auto row = m_repo->find(m_connection.id);
        QCOMPARE(row->status, ConnectionStatus::NeedsRelogin);
        QVERIFY(!row->statusDetail.isEmpty());
        // The account is not dropped and the old grant is not overwritten.
        QCOMPARE(storedTokens().refreshToken, QStringLiteral("refresh-old"));
    }

    void serverTroubleIsNotARelogin()
    {
        m_server.setHandler([](const test::FakeRequest &) { return test::FakeResponse{503, "{}"}; });
        bool done = false;
        m_refresher->accessToken(m_connection, [&](const std::optional<TokenSet> &t, const AuthError &e) {
            QVERIFY(!t);
            QCOMPARE(e.code, AuthError::Code::Network);
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
        QCOMPARE(m_repo->find(m_connection.id)->status, ConnectionStatus::Connected);
    }

    void failedKeychainWriteWithholdsTheNewToken()
    {
        m_store.failWrites = true;
        bool done = false;
        m_refresher->accessToken(m_connection, [&](const std::optional<TokenSet> &t, const AuthError &e) {
            QVERIFY(!t);
            QCOMPARE(e.code, AuthError::Code::KeychainUnavailable);
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
        QCOMPARE(m_server.requests.size(), 1);
    }

    void lockedKeychainIsAnErrorNotASignOut()
    {
        m_store.unavailable = true;
        bool done = false;
        m_refresher->accessToken(m_connection, [&](const std::optional<TokenSet> &t, const AuthError &e) {
            QVERIFY(!t);
            QCOMPARE(e.code, AuthError::Code::KeychainUnavailable);
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY(m_server.requests.isEmpty());
        QCOMPARE(m_repo->find(m_connection.id)->status, ConnectionStatus::Connected);
    }

    void expiredWithoutRefreshTokenNeedsRelogin()
    {
        TokenSet t = storedTokens();
        t.refreshToken.clear();
        m_store.entries.insert(TokenVault::keyFor(Platform::X, m_connection.id), t.toJson());
        bool done = false;
        m_refresher->accessToken(m_connection, [&](const std::optional<TokenSet> &got, const AuthError &e) {
            QVERIFY(!got);
            QCOMPARE(e.code, AuthError::Code::InvalidGrant);
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY(m_server.requests.isEmpty());
        QCOMPARE(m_repo->find(m_connection.id)->status, ConnectionStatus::NeedsRelogin);
    }
};

QTEST_GUILESS_MAIN(TestTokenRefresher)
#include "tst_tokenrefresher.moc"
