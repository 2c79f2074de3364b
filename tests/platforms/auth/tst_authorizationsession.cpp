#include "FakeHttpServer.h"

#include "app/core/Clock.h"
#include "platforms/auth/AuthorizationSession.h"
#include "platforms/auth/OAuthProviderTable.h"
#include "platforms/net/EndpointMap.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace cf;

namespace {

QStringList g_log;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message) { g_log << message; }

const QDateTime kStart = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);

} // namespace

class TestAuthorizationSession : public QObject
{
    Q_OBJECT

    test::FakeHttpServer m_server;
    std::optional<EndpointMap> m_endpoints;
    std::optional<OAuthProviderTable> m_table;
    QNetworkAccessManager m_network;
    FixedClock m_clock{kStart};

    std::unique_ptr<AuthorizationSession> makeSession(const QString &providerId, RedirectKind kind,
                                                      AppCredentials app = {QStringLiteral("my-client"),
                                                                            QStringLiteral("my-secret"), {}, {}})
    {
        const OAuthProvider *provider = m_table->find(providerId);
        return std::make_unique<AuthorizationSession>(*provider, app, kind, *m_endpoints, m_network,
                                                      [this] { return m_clock.nowUtc(); });
    }

    static QUrlQuery queryOf(const QUrl &url) { return QUrlQuery(url); }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_table = OAuthProviderTable::builtIn(&error);
        QVERIFY2(m_table, qPrintable(error));
        m_endpoints = EndpointMap::fromJson(
            m_server.endpointsJson({QStringLiteral("www.facebook.com"), QStringLiteral("graph.facebook.com"),
                                    QStringLiteral("x.com"), QStringLiteral("api.x.com"),
                                    QStringLiteral("www.tiktok.com"), QStringLiteral("open.tiktokapis.com"),
                                    QStringLiteral("accounts.snapchat.com")}),
            &error);
        QVERIFY2(m_endpoints, qPrintable(error));
        qInstallMessageHandler(captureLog);
        QLoggingCategory::setFilterRules(QStringLiteral("cf.auth.info=true\ncf.auth.debug=true"));
    }

    void init()
    {
        m_server.requests.clear();
        m_clock.set(kStart);
        m_server.setHandler([](const test::FakeRequest &) {
            return test::FakeResponse{200, "{\"access_token\":\"AT-secret-1\",\"token_type\":\"bearer\",\"expires_in\":7200,"
                                           "\"refresh_token\":\"RT-secret-1\",\"scope\":\"tweet.read users.read\"}"};
        });
    }

    void loopbackFlowWithPkceExchangesTheCode()
    {
        auto session = makeSession(QStringLiteral("x"), RedirectKind::LoopbackEphemeral);
        QString error;
        QVERIFY(!session->start(&error)); // x allows only a registered (fixed) loopback or paste
        session = makeSession(QStringLiteral("x"), RedirectKind::LoopbackFixed,
                              {QStringLiteral("my-client"), QString(), QStringLiteral("http://127.0.0.1:0/cb"), {}});
        // Port 0 in the configured URI is not a fixed port: the table's port is used.
        session = makeSession(QStringLiteral("x"), RedirectKind::LoopbackFixed,
                              {QStringLiteral("my-client"), QString(), QStringLiteral("http://127.0.0.1:47611/cb"), {}});
        QVERIFY2(session->start(&error), qPrintable(error));
        QCOMPARE(session->redirectUri().toString(), QStringLiteral("http://127.0.0.1:47611/cb"));

        const QUrl authorize = session->authorizeUrl();
        QVERIFY(authorize.toString().startsWith(m_server.base() + QStringLiteral("/x.com/i/oauth2/authorize?")));
        const QUrlQuery q = queryOf(authorize);
        QCOMPARE(q.queryItemValue(QStringLiteral("client_id")), QStringLiteral("my-client"));
        QCOMPARE(q.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
        QCOMPARE(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded), QStringLiteral("http://127.0.0.1:47611/cb"));
        QCOMPARE(q.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
                 QStringLiteral("tweet.read tweet.write users.read media.write offline.access"));
        QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        const QString state = q.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
        const QString challenge = q.queryItemValue(QStringLiteral("code_challenge"));
        QVERIFY(state.size() >= 22);

        QSignalSpy ok(session.get(), &AuthorizationSession::succeeded);
        QSignalSpy failed(session.get(), &AuthorizationSession::failed);
        // The browser lands on the loopback listener.
        QTcpSocket browser;
        browser.connectToHost(QHostAddress(QHostAddress::LocalHost), 47611);
        QVERIFY(browser.waitForConnected(2000));
        browser.write("GET /cb?state=" + QUrl::toPercentEncoding(state) + "&code=CODE-123 HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(ok.wait(5000));
        QCOMPARE(failed.count(), 0);
        const TokenSet tokens = ok.at(0).at(0).value<TokenSet>();
        QCOMPARE(tokens.accessToken, QStringLiteral("AT-secret-1"));
        QCOMPARE(tokens.refreshToken, QStringLiteral("RT-secret-1"));
        QCOMPARE(tokens.expiresAt, kStart.addSecs(7200));
        QCOMPARE(tokens.scopes, (QStringList{QStringLiteral("tweet.read"), QStringLiteral("users.read")}));

        QCOMPARE(m_server.requests.size(), 1);
        const test::FakeRequest &token = m_server.requests.front();
        QCOMPARE(token.method, QByteArray("POST"));
        QCOMPARE(token.url.path(), QStringLiteral("/api.x.com/2/oauth2/token"));
        QCOMPARE(token.headers.value("content-type"), QByteArray("application/x-www-form-urlencoded"));
        const QUrlQuery form = token.form();
        QCOMPARE(form.queryItemValue(QStringLiteral("grant_type")), QStringLiteral("authorization_code"));
        QCOMPARE(form.queryItemValue(QStringLiteral("code")), QStringLiteral("CODE-123"));
        QCOMPARE(form.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded), QStringLiteral("http://127.0.0.1:47611/cb"));
        const QByteArray verifier = form.queryItemValue(QStringLiteral("code_verifier")).toLatin1();
        QCOMPARE(QString::fromLatin1(pkce::challengeS256(verifier)), challenge);
        QVERIFY(!token.headers.contains("authorization")); // public client: no secret, no Basic
    }

    void confidentialBasicClientSendsAuthorizationHeader()
    {
        auto session = makeSession(QStringLiteral("x"), RedirectKind::Paste,
                                   {QStringLiteral("cid"), QStringLiteral("csecret"), QStringLiteral("https://example.com/cb"), {}});
        QVERIFY(session->start(nullptr));
        const QString state = queryOf(session->authorizeUrl()).queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
        QSignalSpy ok(session.get(), &AuthorizationSession::succeeded);
        QUrl pasted(QStringLiteral("https://example.com/cb"));
        pasted.setQuery(QStringLiteral("code=C1&state=") + QString::fromLatin1(QUrl::toPercentEncoding(state)));
        QVERIFY(session->submitPastedUrl(pasted.toString(), nullptr));
        QVERIFY(ok.wait(5000));
        QCOMPARE(m_server.requests.front().headers.value("authorization"), "Basic " + QByteArray("cid:csecret").toBase64());
        QVERIFY(!m_server.requests.front().form().hasQueryItem(QStringLiteral("client_secret")));
    }

    void embeddedFlowBlocksTheRedirectAndIsSingleUse()
    {
        m_server.setHandler([](const test::FakeRequest &) {
            return test::FakeResponse{200, "{\"access_token\":\"EAAB-short\",\"token_type\":\"bearer\",\"expires_in\":5183976}"};
        });
        auto session = makeSession(QStringLiteral("facebook"), RedirectKind::Embedded);
        QString error;
        QVERIFY2(session->start(&error), qPrintable(error));
        QCOMPARE(session->redirectUri().toString(), QStringLiteral("https://www.facebook.com/connect/login_success.html"));
        const QUrl authorize = session->authorizeUrl();
        QCOMPARE(authorize.path(), QStringLiteral("/www.facebook.com/v21.0/dialog/oauth"));
        QVERIFY(!queryOf(authorize).hasQueryItem(QStringLiteral("code_challenge")));
        QVERIFY(queryOf(authorize).queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded).contains(QStringLiteral("pages_manage_posts,")));
        const QString state = queryOf(authorize).queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);

        // Ordinary navigations are the view's business.
        QVERIFY(!session->offerNavigation(authorize));
        QVERIFY(!session->offerNavigation(QUrl(QStringLiteral("https://www.facebook.com/login.php"))));
        QSignalSpy ok(session.get(), &AuthorizationSession::succeeded);
        // The redirect arrives rewritten (the view loads sandbox URLs in tests).
        QUrl redirect(m_server.base() + QStringLiteral("/www.facebook.com/connect/login_success.html"));
        redirect.setQuery(QStringLiteral("code=FBCODE&state=") + QString::fromLatin1(QUrl::toPercentEncoding(state)));
        QVERIFY(session->offerNavigation(redirect));
        QVERIFY(ok.wait(5000));
        // A replay is not exchanged again.
        QVERIFY(!session->offerNavigation(redirect));
        QCOMPARE(m_server.requests.size(), 1);
        const test::FakeRequest &token = m_server.requests.front();
        QCOMPARE(token.method, QByteArray("GET"));
        QCOMPARE(token.url.path(), QStringLiteral("/graph.facebook.com/v21.0/oauth/access_token"));
        const QUrlQuery q(token.url);
        QCOMPARE(q.queryItemValue(QStringLiteral("client_id")), QStringLiteral("my-client"));
        QCOMPARE(q.queryItemValue(QStringLiteral("client_secret")), QStringLiteral("my-secret"));
        QCOMPARE(q.queryItemValue(QStringLiteral("code")), QStringLiteral("FBCODE"));
        QCOMPARE(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
                 QStringLiteral("https://www.facebook.com/connect/login_success.html"));
    }

    void wrongStateIsRejectedWithoutExchange()
    {
        auto session = makeSession(QStringLiteral("facebook"), RedirectKind::Embedded);
        QVERIFY(session->start(nullptr));
        QSignalSpy failed(session.get(), &AuthorizationSession::failed);
        QVERIFY(session->offerNavigation(QUrl(QStringLiteral("https://www.facebook.com/connect/login_success.html?code=X&state=forged"))));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).value<AuthError>().code, AuthError::Code::StateMismatch);
        QVERIFY(m_server.requests.isEmpty());
    }

    void deniedConsentFails()
    {
        auto session = makeSession(QStringLiteral("facebook"), RedirectKind::Embedded);
        QVERIFY(session->start(nullptr));
        const QString state = queryOf(session->authorizeUrl()).queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
        QSignalSpy failed(session.get(), &AuthorizationSession::failed);
        QUrl redirect(QStringLiteral("https://www.facebook.com/connect/login_success.html"));
        redirect.setQuery(QStringLiteral("error=access_denied&error_reason=user_denied&state=") + state);
        QVERIFY(session->offerNavigation(redirect));
        QCOMPARE(failed.at(0).at(0).value<AuthError>().code, AuthError::Code::Denied);
        QVERIFY(m_server.requests.isEmpty());
    }

    void pasteFlowRejectsOtherUrlsAndKeepsWaiting()
    {
        auto session = makeSession(QStringLiteral("snapchat"), RedirectKind::Paste,
                                   {QStringLiteral("snap"), QStringLiteral("s"), QStringLiteral("https://shop.example/oauth"), {}});
        QString error;
        QVERIFY2(session->start(&error), qPrintable(error));
        QVERIFY(!session->submitPastedUrl(QStringLiteral("hello"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!session->submitPastedUrl(QStringLiteral("https://other.example/oauth?code=1&state=2"), &error));
        QVERIFY(!session->isFinished());
        const QString state = queryOf(session->authorizeUrl()).queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
        QSignalSpy ok(session.get(), &AuthorizationSession::succeeded);
        QVERIFY(session->submitPastedUrl(QStringLiteral("  https://shop.example/oauth?code=SNAP&state=%1  ").arg(state), &error));
        QVERIFY(ok.wait(5000));
        QCOMPARE(m_server.requests.front().url.path(), QStringLiteral("/accounts.snapchat.com/login/oauth2/access_token"));
        QCOMPARE(m_server.requests.front().form().queryItemValue(QStringLiteral("client_secret")), QStringLiteral("s"));
    }

    void embeddedNeedsAnHttpsRedirect()
    {
        auto session = makeSession(QStringLiteral("snapchat"), RedirectKind::Paste);
        QString error;
        QVERIFY(!session->start(&error)); // Snapchat has no fixed redirect: the user must register one
        QVERIFY(error.contains(QStringLiteral("https")));
    }

    void missingSecretIsReportedBeforeStarting()
    {
        auto session = makeSession(QStringLiteral("facebook"), RedirectKind::Embedded, {QStringLiteral("id"), {}, {}, {}});
        QString error;
        QVERIFY(!session->start(&error));
        QVERIFY(error.contains(QStringLiteral("client secret")));
    }

    void tiktokUsesHexChallengeAndClientKey()
    {
        auto session = makeSession(QStringLiteral("tiktok"), RedirectKind::LoopbackEphemeral);
        QVERIFY(session->start(nullptr));
        QVERIFY(session->redirectUri().port() > 0);
        QCOMPARE(session->redirectUri().path(), QStringLiteral("/callback/"));
        const QUrlQuery q = queryOf(session->authorizeUrl());
        QCOMPARE(q.queryItemValue(QStringLiteral("client_key")), QStringLiteral("my-client"));
        QVERIFY(!q.hasQueryItem(QStringLiteral("client_id")));
        QCOMPARE(q.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded), QStringLiteral("user.info.basic,video.publish,video.upload"));
        const QString challenge = q.queryItemValue(QStringLiteral("code_challenge"));
        QCOMPARE(challenge.size(), 64);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(challenge).hasMatch());
    }

    void openInBrowserHandsOverTheAuthorizeUrl()
    {
        auto session = makeSession(QStringLiteral("tiktok"), RedirectKind::LoopbackEphemeral);
        QUrl opened;
        auto opener = [&opened](const QUrl &url) {
            opened = url;
            return true;
        };
        QVERIFY(!session->openInBrowser(opener)); // not started yet
        QVERIFY(session->start(nullptr));
        QVERIFY(session->openInBrowser(opener));
        QCOMPARE(opened, session->authorizeUrl());
        QVERIFY(!session->openInBrowser([](const QUrl &) { return false; }));
    }

    void invalidGrantFails()
    {
        m_server.setHandler([](const test::FakeRequest &) {
            return test::FakeResponse{400, "{\"error\":\"invalid_grant\",\"error_description\":\"code used\"}"};
        });
        auto session = makeSession(QStringLiteral("facebook"), RedirectKind::Embedded);
        QVERIFY(session->start(nullptr));
        const QString state = queryOf(session->authorizeUrl()).queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
        QSignalSpy failed(session.get(), &AuthorizationSession::failed);
        QVERIFY(session->offerNavigation(QUrl(QStringLiteral("https://www.facebook.com/connect/login_success.html?code=X&state=") + state)));
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.at(0).at(0).value<AuthError>().code, AuthError::Code::InvalidGrant);
    }

    void cancelEndsTheFlowAndClosesTheListener()
    {
        auto session = makeSession(QStringLiteral("tiktok"), RedirectKind::LoopbackEphemeral);
        QVERIFY(session->start(nullptr));
        const quint16 port = static_cast<quint16>(session->redirectUri().port());
        QSignalSpy failed(session.get(), &AuthorizationSession::failed);
        session->cancel();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).value<AuthError>().code, AuthError::Code::Cancelled);
        session->cancel();
        QCOMPARE(failed.count(), 1); // exactly one ending
        QTcpSocket probe;
        probe.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        QVERIFY(!probe.waitForConnected(1000));
    }

    void timeoutFollowsTheClock()
    {
        auto session = makeSession(QStringLiteral("facebook"), RedirectKind::Embedded);
        session->setTimeoutSecs(300);
        session->setDeadlineCheckIntervalMs(10);
        QVERIFY(session->start(nullptr));
        QSignalSpy failed(session.get(), &AuthorizationSession::failed);
        QTest::qWait(50);
        QCOMPARE(failed.count(), 0);
        m_clock.advanceSecs(299);
        QTest::qWait(50);
        QCOMPARE(failed.count(), 0);
        m_clock.advanceSecs(1);
        QVERIFY(failed.wait(2000));
        QCOMPARE(failed.at(0).at(0).value<AuthError>().code, AuthError::Code::TimedOut);
    }

    void logsNeverContainCodesStatesOrTokens()
    {
        const QString joined = g_log.join(QLatin1Char('\n'));
        QVERIFY(!g_log.isEmpty());
        for (const char *secret : {"CODE-123", "FBCODE", "AT-secret-1", "RT-secret-1", "EAAB-short", "SNAP", "my-secret", "csecret"})
            QVERIFY2(!joined.contains(QLatin1String(secret)), secret);
    }
};

QTEST_GUILESS_MAIN(TestAuthorizationSession)
#include "tst_authorizationsession.moc"
