#include "ConnectionsDb.h"
#include "FakeHttpServer.h"
#include "RecordingSecretStore.h"

#include "app/core/Clock.h"
#include "models/store/ConnectionRepository.h"
#include "platforms/auth/AuthorizationSession.h"
#include "platforms/auth/ConnectionService.h"
#include "platforms/auth/PlatformAppCredentials.h"
#include "platforms/auth/TokenVault.h"
#include "platforms/net/EndpointMap.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace cf;

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
QStringList g_log;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message) { g_log << message; }

// Meta's Graph API as the connection flow uses it.
test::FakeResponse meta(const test::FakeRequest &r)
{
    const QString path = r.url.path();
    const QUrlQuery q(r.url);
    const QString token = q.queryItemValue(QStringLiteral("access_token"));
    if (path.endsWith(QLatin1String("/oauth/access_token"))) {
        if (q.queryItemValue(QStringLiteral("grant_type")) == QLatin1String("fb_exchange_token"))
            return {200, "{\"access_token\":\"META-LONG-LIVED\",\"token_type\":\"bearer\",\"expires_in\":5183944}"};
        return {200, "{\"access_token\":\"META-SHORT\",\"token_type\":\"bearer\",\"expires_in\":3600}"};
    }
    if (path.endsWith(QLatin1String("/me/permissions")) && r.method == "DELETE")
        return {token == QLatin1String("META-LONG-LIVED") ? 200 : 400, "{\"success\":true}"};
    if (token != QLatin1String("META-LONG-LIVED") && token != QLatin1String("PAGE-TOKEN-1"))
        return {400, "{\"error\":{\"message\":\"Invalid OAuth access token\",\"type\":\"OAuthException\",\"code\":190}}"};
    if (path.endsWith(QLatin1String("/me")))
        return {200, "{\"id\":\"1001\",\"name\":\"Nour Owner\",\"picture\":{\"data\":{\"url\":\"https://pic/1001\"}}}"};
    if (path.endsWith(QLatin1String("/me/permissions")))
        return {200, "{\"data\":[{\"permission\":\"pages_manage_posts\",\"status\":\"granted\"},"
                     "{\"permission\":\"ads_management\",\"status\":\"declined\"}]}"};
    if (path.endsWith(QLatin1String("/me/accounts")))
        return {200, "{\"data\":[{\"id\":\"2001\",\"name\":\"Nour Sweets\",\"access_token\":\"PAGE-TOKEN-1\"},"
                     "{\"id\":\"2002\",\"name\":\"Second Page\",\"access_token\":\"PAGE-TOKEN-2\"}]}"};
    if (path.endsWith(QLatin1String("/2001")))
        return {200, "{\"id\":\"2001\",\"instagram_business_account\":{\"id\":\"17841400000000001\"}}"};
    if (path.endsWith(QLatin1String("/17841400000000001")))
        return {200, "{\"id\":\"17841400000000001\",\"username\":\"noursweets\"}"};
    if (path.endsWith(QLatin1String("/me/adaccounts")))
        return {200, "{\"data\":[{\"id\":\"act_3001\",\"account_id\":\"3001\",\"name\":\"Nour Ads\",\"currency\":\"SAR\"}]}"};
    return {404, "{}"};
}
} // namespace

class TestConnectionService : public QObject
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
    std::unique_ptr<ConnectionService> m_service;

    AuthorizationSession *begin(const QString &provider, std::optional<RedirectKind> kind = std::nullopt)
    {
        AuthorizationSession *session = nullptr;
        AuthError error;
        bool ready = false;
        m_service->beginSignIn(provider, kind, [&](AuthorizationSession *s, const AuthError &e) {
            session = s;
            error = e;
            ready = true;
        });
        [&] { QTRY_VERIFY(ready); }();
        if (error.isError())
            qWarning() << error.message;
        return session;
    }
    static QString stateOf(AuthorizationSession *s)
    {
        return QUrlQuery(s->authorizeUrl()).queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qInstallMessageHandler(captureLog);
        QLoggingCategory::setFilterRules(QStringLiteral("cf.auth.info=true\ncf.auth.debug=true"));
        QString error;
        QVERIFY(test::openConnectionsDb(m_db, m_dir, QStringLiteral("service")));
        m_repo = std::make_unique<ConnectionRepository>(m_db);
        m_table = OAuthProviderTable::builtIn(&error);
        QVERIFY(m_table);
        m_endpoints = EndpointMap::fromJson(
            m_server.endpointsJson({QStringLiteral("www.facebook.com"), QStringLiteral("graph.facebook.com"),
                                    QStringLiteral("login.mailchimp.com"), QStringLiteral("wp.example")}),
            &error);
        QVERIFY(m_endpoints);
        m_apps = std::make_unique<PlatformAppCredentials>(m_store);
        m_service = std::make_unique<ConnectionService>(*m_table, *m_apps, m_vault, *m_repo, *m_endpoints, m_network,
                                                        [this] { return m_clock.nowUtc(); });
        m_server.setHandler(&meta);
    }

    void unconfiguredPlatformSaysHowToConfigure()
    {
        QVERIFY(!begin(QStringLiteral("snapchat")));
    }

    void metaConnectStoresAccountPagesInstagramAndAdAccounts()
    {
        m_store.entries.insert(PlatformAppCredentials::keyFor(QStringLiteral("facebook")),
                               AppCredentials{QStringLiteral("fb-app"), QStringLiteral("FB-APP-SECRET"), {}, {}}.toJson());
        AuthorizationSession *session = begin(QStringLiteral("facebook"));
        QVERIFY(session);
        QCOMPARE(session->redirectKind(), RedirectKind::Embedded);
        QSignalSpy connected(m_service.get(), &ConnectionService::connected);
        QSignalSpy failed(m_service.get(), &ConnectionService::connectFailed);
        QVERIFY(session->offerNavigation(QUrl(QStringLiteral("https://www.facebook.com/connect/login_success.html?code=META-CODE&state=")
                                              + stateOf(session))));
        QVERIFY(connected.wait(10000));
        QCOMPARE(failed.count(), 0);
        const Connection account = connected.at(0).at(0).value<Connection>();
        QCOMPARE(account.accountId, QStringLiteral("1001"));
        QCOMPARE(account.accountName, QStringLiteral("Nour Owner"));
        QCOMPARE(account.provider, QStringLiteral("facebook"));
        QCOMPARE(account.scopes, QStringList{QStringLiteral("pages_manage_posts")});
        QCOMPARE(account.expiresAt, kNow.addSecs(5183944));

        const auto children = m_repo->children(account.id);
        QVERIFY(children);
        QCOMPARE(children->size(), size_t(4));
        QStringList seen;
        for (const Connection &c : *children)
            seen << QStringLiteral("%1:%2:%3").arg(platformId(c.platform), enumId(c.kind), c.accountId);
        seen.sort();
        QCOMPARE(seen, (QStringList{QStringLiteral("facebook:ad_account:act_3001"), QStringLiteral("facebook:page:2001"),
                                    QStringLiteral("facebook:page:2002"),
                                    QStringLiteral("instagram:instagram_account:17841400000000001")}));

        // Tokens: the long-lived user token under the account, each Page token under its Page.
        TokenSet user;
        QVERIFY(user.fromJson(m_store.entries.value(TokenVault::keyFor(Platform::Facebook, account.id))));
        QCOMPARE(user.accessToken, QStringLiteral("META-LONG-LIVED"));
        for (const Connection &c : *children) {
            const QString key = TokenVault::keyFor(c.platform, c.id);
            QCOMPARE(m_store.entries.contains(key), c.kind == ConnectionKind::Page);
        }
        // The code exchange sent the app secret and the registered redirect.
        const QUrlQuery exchange(m_server.requests.front().url);
        QCOMPARE(exchange.queryItemValue(QStringLiteral("code")), QStringLiteral("META-CODE"));
    }

    void reconnectKeepsIdsAndDropsWhatIsGone()
    {
        const auto before = m_repo->list();
        QVERIFY(before);
        qint64 accountId = 0;
        for (const Connection &c : *before)
            if (c.accountId == QLatin1String("1001"))
                accountId = c.id;
        m_server.setHandler([](const test::FakeRequest &r) {
            if (r.url.path().endsWith(QLatin1String("/me/accounts")))
                return test::FakeResponse{200, "{\"data\":[{\"id\":\"2001\",\"name\":\"Nour Sweets\",\"access_token\":\"PAGE-TOKEN-1\"}]}"};
            return meta(r);
        });
        AuthorizationSession *session = begin(QStringLiteral("facebook"), RedirectKind::Paste);
        QVERIFY(session);
        QSignalSpy connected(m_service.get(), &ConnectionService::connected);
        QVERIFY(session->submitPastedUrl(QStringLiteral("https://www.facebook.com/connect/login_success.html?code=C2&state=")
                                             + stateOf(session),
                                         nullptr));
        QVERIFY(connected.wait(10000));
        QCOMPARE(connected.at(0).at(0).value<Connection>().id, accountId);
        const auto children = m_repo->children(accountId);
        QCOMPARE(children->size(), size_t(3)); // the second Page is gone
        for (const Connection &c : *children)
            QVERIFY(c.accountId != QLatin1String("2002"));
        m_server.setHandler(&meta);
    }

    void disconnectRevokesThenDeletesSecretsAndRows()
    {
        const auto rows = m_repo->list();
        qint64 accountId = 0;
        for (const Connection &c : *rows)
            if (c.accountId == QLatin1String("1001"))
                accountId = c.id;
        QVERIFY(accountId > 0);
        m_server.requests.clear();
        std::optional<ConnectionService::DisconnectOutcome> outcome;
        m_service->disconnect(accountId, [&](const ConnectionService::DisconnectOutcome &o) { outcome = o; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
        QVERIFY2(outcome->removed, qPrintable(outcome->error.message));
        QVERIFY(outcome->revoked);
        QCOMPARE(m_server.requests.size(), 1);
        QCOMPARE(m_server.requests.front().method, QByteArray("DELETE"));
        QCOMPARE(m_server.requests.front().url.path(), QStringLiteral("/graph.facebook.com/v21.0/me/permissions"));
        QVERIFY(m_repo->list()->empty());
        for (const QString &key : m_store.entries.keys())
            QVERIFY2(!key.startsWith(QLatin1String("campaignforge/facebook/")) && !key.startsWith(QLatin1String("campaignforge/instagram/")),
                     qPrintable(key));
    }

    void lockedKeychainKeepsTheAccountOnDisconnect()
    {
        m_store.entries.insert(PlatformAppCredentials::keyFor(QStringLiteral("mailchimp")),
                               AppCredentials{QStringLiteral("mc"), QStringLiteral("mc-secret"), {}, {}}.toJson());
        Connection c;
        c.platform = Platform::Mailchimp;
        c.provider = QStringLiteral("mailchimp");
        c.accountId = QStringLiteral("77");
        c.accountName = QStringLiteral("List owner");
        const auto id = m_repo->upsert(c);
        QVERIFY(id);
        m_store.unavailable = true;
        std::optional<ConnectionService::DisconnectOutcome> outcome;
        m_service->disconnect(*id, [&](const ConnectionService::DisconnectOutcome &o) { outcome = o; });
        QTRY_VERIFY(outcome.has_value());
        QVERIFY(!outcome->removed);
        QCOMPARE(outcome->error.code, AuthError::Code::KeychainUnavailable);
        QVERIFY(m_repo->find(*id));
        m_store.unavailable = false;
        outcome.reset();
        m_service->disconnect(*id, [&](const ConnectionService::DisconnectOutcome &o) { outcome = o; });
        QTRY_VERIFY(outcome.has_value());
        QVERIFY(outcome->removed);
        QVERIFY(!outcome->revoked); // Mailchimp offers no revocation
    }

    void wordpressChecksTheApplicationPassword()
    {
        m_server.setHandler([](const test::FakeRequest &r) {
            if (r.url.path() != QLatin1String("/wp.example/blog/wp-json/wp/v2/users/me")
                || QUrlQuery(r.url).queryItemValue(QStringLiteral("context")) != QLatin1String("edit"))
                return test::FakeResponse{404, "{}"};
            if (r.headers.value("authorization") != "Basic " + QByteArray("editor:WPAPPPASSWORD1234").toBase64())
                return test::FakeResponse{401, "{\"code\":\"incorrect_password\",\"message\":\"The provided password is an "
                                               "invalid application password.\",\"data\":null}"};
            return test::FakeResponse{200, "{\"id\":5,\"name\":\"Editor\",\"avatar_urls\":{\"96\":\"https://wp.example/a.png\"}}"};
        });
        QSignalSpy connected(m_service.get(), &ConnectionService::connected);
        QSignalSpy failed(m_service.get(), &ConnectionService::connectFailed);
        m_service->connectWordPress(QUrl(QStringLiteral("https://wp.example/blog/")), QStringLiteral("editor"),
                                    QStringLiteral("wrong pass"));
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.at(0).at(0).value<AuthError>().code, AuthError::Code::InvalidClient);
        m_service->connectWordPress(QUrl(QStringLiteral("https://wp.example/blog/")), QStringLiteral("editor"),
                                    QStringLiteral("WPAP PPAS SWOR D1234"));
        QVERIFY(connected.wait(10000));
        const Connection wp = connected.at(0).at(0).value<Connection>();
        QCOMPARE(wp.platform, Platform::WordPress);
        QCOMPARE(wp.apiBase, QStringLiteral("https://wp.example/blog"));
        QCOMPARE(wp.accountId, QStringLiteral("5@wp.example/blog"));
        TokenSet secret;
        QVERIFY(secret.fromJson(m_store.entries.value(TokenVault::keyFor(Platform::WordPress, wp.id))));
        QCOMPARE(secret.accessToken, QStringLiteral("WPAPPPASSWORD1234"));
        QCOMPARE(secret.extra.value(QStringLiteral("user")).toString(), QStringLiteral("editor"));
        m_server.setHandler(&meta);
    }

    void noSecretInTheDatabaseOrLogs()
    {
        m_db.close();
        const QByteArrayList secrets{"META-SHORT", "META-LONG-LIVED", "PAGE-TOKEN-1", "PAGE-TOKEN-2", "META-CODE",
                                     "FB-APP-SECRET", "WPAPPPASSWORD1234", "mc-secret"};
        QDirIterator it(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
        int scanned = 0;
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            ++scanned;
            for (const QByteArray &s : secrets)
                QVERIFY2(!bytes.contains(s), qPrintable(file.fileName() + QLatin1Char(' ') + QString::fromLatin1(s)));
        }
        QVERIFY(scanned > 0);
        const QString log = g_log.join(QLatin1Char('\n'));
        for (const QByteArray &s : secrets)
            QVERIFY2(!log.contains(QString::fromLatin1(s)), s.constData());
    }
};

QTEST_GUILESS_MAIN(TestConnectionService)
#include "tst_connectionservice.moc"
