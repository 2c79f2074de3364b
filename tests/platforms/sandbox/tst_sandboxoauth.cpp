// The sandbox's authorization servers: PKCE, single-use expiring codes,
// redirect checks, refresh rotation, revocation and Meta's token family.
#include "SandboxProcess.h"

#include <QTest>
#include <QUrlQuery>

using cf::test::SandboxProcess;
using Json = nlohmann::json;

namespace {
const QString kRedirect = QStringLiteral("http://127.0.0.1:5555/callback");

QString queryValue(const QUrl &url, const char *key)
{
    return QUrlQuery(url).queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
}
} // namespace

class TestSandboxOAuth : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;

    QUrl xAuthorizeUrl(const QString &challenge, const QString &method = QStringLiteral("S256"), const QString &redirect = kRedirect)
    {
        QUrl url = m_sandbox.url(QStringLiteral("x.com/i/oauth2/authorize"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        query.addQueryItem(QStringLiteral("client_id"), QStringLiteral("sandbox-x-client"));
        query.addQueryItem(QStringLiteral("redirect_uri"), QString::fromLatin1(QUrl::toPercentEncoding(redirect)));
        query.addQueryItem(QStringLiteral("scope"), QStringLiteral("tweet.read%20tweet.write%20users.read%20offline.access%20media.write"));
        query.addQueryItem(QStringLiteral("state"), QStringLiteral("state-123"));
        if (!challenge.isEmpty()) {
            query.addQueryItem(QStringLiteral("code_challenge"), challenge);
            query.addQueryItem(QStringLiteral("code_challenge_method"), method);
        }
        url.setQuery(query);
        return url;
    }

    QString xCode()
    {
        const QUrl redirect = m_sandbox.consent(xAuthorizeUrl(cf::test::s256Challenge(cf::test::testVerifier())), true);
        return queryValue(redirect, "code");
    }

    SandboxProcess::Reply xToken(const QString &code, const QString &verifier, const QString &redirect = kRedirect)
    {
        return m_sandbox.postForm(m_sandbox.url(QStringLiteral("api.x.com/2/oauth2/token")),
                                  {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                   {QStringLiteral("client_id"), QStringLiteral("sandbox-x-client")},
                                   {QStringLiteral("redirect_uri"), redirect},
                                   {QStringLiteral("code"), code},
                                   {QStringLiteral("code_verifier"), verifier}});
    }

    SandboxProcess::Reply xMe(const QString &token)
    {
        return m_sandbox.get(m_sandbox.url(QStringLiteral("api.x.com/2/users/me")), {{"Authorization", "Bearer " + token.toUtf8()}});
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sandbox.start()); }
    void init() { QCOMPARE(m_sandbox.control("POST", QStringLiteral("reset")).status, 200); }

    void pkceHappyPath()
    {
        SandboxProcess::Reply page;
        const QUrl redirect = m_sandbox.consent(xAuthorizeUrl(cf::test::s256Challenge(cf::test::testVerifier())), true, &page);
        QVERIFY(page.body.contains("id=\"allow\""));
        QVERIFY(page.body.contains("id=\"deny\""));
        QCOMPARE(redirect.adjusted(QUrl::RemoveQuery), QUrl(kRedirect));
        QCOMPARE(queryValue(redirect, "state"), QStringLiteral("state-123"));
        const SandboxProcess::Reply token = xToken(queryValue(redirect, "code"), cf::test::testVerifier());
        QCOMPARE(token.status, 200);
        const Json body = token.json();
        QCOMPARE(body["token_type"].get<std::string>(), std::string("bearer"));
        QCOMPARE(body["expires_in"].get<int>(), 7200);
        QVERIFY(body.contains("refresh_token")); // offline.access was granted
        const SandboxProcess::Reply me = xMe(QString::fromStdString(body["access_token"].get<std::string>()));
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json()["data"]["username"].get<std::string>(), std::string("nouraboutique"));
        QVERIFY(!me.header("x-rate-limit-remaining").isEmpty());
    }

    void pkceMismatchIsRejected()
    {
        const QString code = xCode();
        const QString wrongVerifier = QStringLiteral("a-completely-different-verifier-of-enough-length-123");
        const SandboxProcess::Reply token = xToken(code, wrongVerifier);
        QCOMPARE(token.status, 400);
        QCOMPARE(token.json()["error"].get<std::string>(), std::string("invalid_grant"));
    }

    void pkceIsRequiredByX()
    {
        const QUrl redirect = m_sandbox.consent(xAuthorizeUrl(QString()), true);
        QCOMPARE(queryValue(redirect, "error"), QStringLiteral("invalid_request"));
        QVERIFY(queryValue(redirect, "code").isEmpty());
    }

    void codeIsSingleUseAndReuseRevokesItsTokens()
    {
        const QString code = xCode();
        const SandboxProcess::Reply first = xToken(code, cf::test::testVerifier());
        QCOMPARE(first.status, 200);
        const QString access = QString::fromStdString(first.json()["access_token"].get<std::string>());
        QCOMPARE(xMe(access).status, 200);
        const SandboxProcess::Reply second = xToken(code, cf::test::testVerifier());
        QCOMPARE(second.status, 400);
        QCOMPARE(second.json()["error"].get<std::string>(), std::string("invalid_grant"));
        QCOMPARE(xMe(access).status, 401);
    }

    void codeExpiresAfterThirtySeconds()
    {
        const QString code = xCode();
        QCOMPARE(m_sandbox.control("POST", QStringLiteral("clock"), Json{{"advance", 31}}).status, 200);
        const SandboxProcess::Reply token = xToken(code, cf::test::testVerifier());
        QCOMPARE(token.status, 400);
        QVERIFY(token.json()["error_description"].get<std::string>().find("expired") != std::string::npos);
    }

    void redirectMustMatchAtExchange()
    {
        const QString code = xCode();
        const SandboxProcess::Reply token = xToken(code, cf::test::testVerifier(), QStringLiteral("http://127.0.0.1:5555/callback/"));
        QCOMPARE(token.status, 400);
        QCOMPARE(token.json()["error"].get<std::string>(), std::string("invalid_grant"));
    }

    void unregisteredRedirectIsShownNotFollowed()
    {
        SandboxProcess::Reply page;
        const QUrl redirect = m_sandbox.consent(xAuthorizeUrl(cf::test::s256Challenge(cf::test::testVerifier()), QStringLiteral("S256"),
                                                              QStringLiteral("http://localhost:5555/callback")),
                                                true, &page);
        QCOMPARE(page.status, 400);
        QVERIFY(redirect.isEmpty());
        QVERIFY(page.body.contains("not registered"));
    }

    void denyRedirectsWithAccessDenied()
    {
        const QUrl redirect = m_sandbox.consent(xAuthorizeUrl(cf::test::s256Challenge(cf::test::testVerifier())), false);
        QCOMPARE(queryValue(redirect, "error"), QStringLiteral("access_denied"));
        QCOMPARE(queryValue(redirect, "state"), QStringLiteral("state-123"));
    }

    void refreshRotatesAndOldRefreshTokenDies()
    {
        const Json first = xToken(xCode(), cf::test::testVerifier()).json();
        const QString refresh = QString::fromStdString(first["refresh_token"].get<std::string>());
        auto refreshWith = [this](const QString &token) {
            return m_sandbox.postForm(m_sandbox.url(QStringLiteral("api.x.com/2/oauth2/token")),
                                      {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                       {QStringLiteral("client_id"), QStringLiteral("sandbox-x-client")},
                                       {QStringLiteral("refresh_token"), token}});
        };
        const SandboxProcess::Reply rotated = refreshWith(refresh);
        QCOMPARE(rotated.status, 200);
        const QString next = QString::fromStdString(rotated.json()["refresh_token"].get<std::string>());
        QVERIFY(!next.isEmpty() && next != refresh);
        QCOMPARE(xMe(QString::fromStdString(rotated.json()["access_token"].get<std::string>())).status, 200);
        const SandboxProcess::Reply reused = refreshWith(refresh);
        QCOMPARE(reused.status, 400);
        QCOMPARE(reused.json()["error"].get<std::string>(), std::string("invalid_grant"));
        QCOMPARE(refreshWith(next).status, 200);
    }

    void accessTokenExpiresAfterTwoHours()
    {
        const QString access = QString::fromStdString(xToken(xCode(), cf::test::testVerifier()).json()["access_token"].get<std::string>());
        m_sandbox.control("POST", QStringLiteral("clock"), Json{{"advance", 7201}});
        QCOMPARE(xMe(access).status, 401);
    }

    void revokeEndsTheToken()
    {
        const QString access = QString::fromStdString(xToken(xCode(), cf::test::testVerifier()).json()["access_token"].get<std::string>());
        const SandboxProcess::Reply revoked = m_sandbox.postForm(m_sandbox.url(QStringLiteral("api.x.com/2/oauth2/revoke")),
                                                                 {{QStringLiteral("token"), access},
                                                                  {QStringLiteral("client_id"), QStringLiteral("sandbox-x-client")}});
        QCOMPARE(revoked.status, 200);
        QCOMPARE(revoked.json()["revoked"].get<bool>(), true);
        QCOMPARE(xMe(access).status, 401);
    }

    void tiktokUsesHexChallenge()
    {
        auto authorize = [this](const QString &challenge) {
            QUrl url = m_sandbox.url(QStringLiteral("www.tiktok.com/v2/auth/authorize/"));
            url.setQuery(QStringLiteral("client_key=sandbox-tiktok-client&response_type=code&scope=user.info.basic,video.publish"
                                        "&redirect_uri=http%3A%2F%2F127.0.0.1%3A5555%2Fcallback&state=t&code_challenge_method=S256&code_challenge=")
                         + challenge);
            return queryValue(m_sandbox.consent(url, true), "code");
        };
        auto exchange = [this](const QString &code) {
            return m_sandbox.postForm(m_sandbox.url(QStringLiteral("open.tiktokapis.com/v2/oauth/token/")),
                                      {{QStringLiteral("client_key"), QStringLiteral("sandbox-tiktok-client")},
                                       {QStringLiteral("client_secret"), QStringLiteral("sandbox-tiktok-secret")},
                                       {QStringLiteral("code"), code},
                                       {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                       {QStringLiteral("redirect_uri"), kRedirect},
                                       {QStringLiteral("code_verifier"), cf::test::testVerifier()}});
        };
        // The base64url challenge other platforms use does not match TikTok's hex rule.
        QCOMPARE(exchange(authorize(cf::test::s256Challenge(cf::test::testVerifier()))).status, 400);
        const SandboxProcess::Reply ok = exchange(authorize(cf::test::hexChallenge(cf::test::testVerifier())));
        QCOMPARE(ok.status, 200);
        const Json body = ok.json();
        QCOMPARE(body["expires_in"].get<int>(), 86400);
        QVERIFY(body["access_token"].get<std::string>().rfind("act.", 0) == 0);
        QCOMPARE(body["scope"].get<std::string>(), std::string("user.info.basic,video.publish"));
    }

    void metaCodeLongLivedAndPageTokens()
    {
        QUrl url = m_sandbox.url(QStringLiteral("www.facebook.com/v20.0/dialog/oauth"));
        url.setQuery(QStringLiteral("client_id=sandbox-meta-client&response_type=code&state=m"
                                    "&redirect_uri=https%3A%2F%2Fwww.facebook.com%2Fconnect%2Flogin_success.html"
                                    "&scope=pages_show_list,pages_manage_posts,pages_read_engagement"));
        const QUrl redirect = m_sandbox.consent(url, true);
        // The redirect to the real login_success page is served by the sandbox.
        QCOMPARE(redirect.path(), QStringLiteral("/www.facebook.com/connect/login_success.html"));
        QUrl exchange = m_sandbox.url(QStringLiteral("graph.facebook.com/v20.0/oauth/access_token"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("client_id"), QStringLiteral("sandbox-meta-client"));
        query.addQueryItem(QStringLiteral("client_secret"), QStringLiteral("sandbox-meta-secret"));
        query.addQueryItem(QStringLiteral("redirect_uri"), QStringLiteral("https%3A%2F%2Fwww.facebook.com%2Fconnect%2Flogin_success.html"));
        query.addQueryItem(QStringLiteral("code"), queryValue(redirect, "code"));
        exchange.setQuery(query);
        const SandboxProcess::Reply shortToken = m_sandbox.get(exchange);
        QCOMPARE(shortToken.status, 200);

        QUrl longLived = m_sandbox.url(QStringLiteral("graph.facebook.com/v20.0/oauth/access_token"));
        longLived.setQuery(QStringLiteral("grant_type=fb_exchange_token&client_id=sandbox-meta-client&client_secret=sandbox-meta-secret&fb_exchange_token=")
                           + QString::fromStdString(shortToken.json()["access_token"].get<std::string>()));
        const SandboxProcess::Reply longReply = m_sandbox.get(longLived);
        QCOMPARE(longReply.status, 200);
        QCOMPARE(longReply.json()["expires_in"].get<int>(), 5183944);
        const QString userToken = QString::fromStdString(longReply.json()["access_token"].get<std::string>());
        const SandboxProcess::Reply reused = m_sandbox.get(exchange);
        QCOMPARE(reused.json()["error"]["code"].get<int>(), 100);
        QCOMPARE(reused.json()["error"]["error_subcode"].get<int>(), 36009);

        const SandboxProcess::Reply accounts = m_sandbox.get(
            m_sandbox.url(QStringLiteral("graph.facebook.com/v20.0/me/accounts?fields=id,name,access_token,instagram_business_account&access_token=") + userToken));
        QCOMPARE(accounts.status, 200);
        const Json page = accounts.json()["data"][0];
        QCOMPARE(page["id"].get<std::string>(), std::string("104000000000001"));
        QCOMPARE(page["instagram_business_account"]["id"].get<std::string>(), std::string("17841400000000001"));
        const QByteArray pageToken = QByteArray::fromStdString(page["access_token"].get<std::string>());

        // Pages tokens from a long-lived user token outlive the user token's 60 days.
        m_sandbox.control("POST", QStringLiteral("clock"), Json{{"advance", 61 * 24 * 3600}});
        const SandboxProcess::Reply post = m_sandbox.postJson(m_sandbox.url(QStringLiteral("graph.facebook.com/v20.0/104000000000001/feed")),
                                                              Json{{"message", "Ramadan sale"}, {"published", true}},
                                                              {{"Authorization", "OAuth " + pageToken}});
        QCOMPARE(post.status, 200);
        QVERIFY(post.json()["id"].get<std::string>().rfind("104000000000001_", 0) == 0);
        const SandboxProcess::Reply expiredUser = m_sandbox.get(m_sandbox.url(QStringLiteral("graph.facebook.com/v20.0/me?access_token=") + userToken));
        QCOMPARE(expiredUser.json()["error"]["code"].get<int>(), 190);
        QCOMPARE(expiredUser.json()["error"]["error_subcode"].get<int>(), 463);
    }
};

QTEST_GUILESS_MAIN(TestSandboxOAuth)
#include "tst_sandboxoauth.moc"
