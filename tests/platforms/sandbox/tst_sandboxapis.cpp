// The sandbox's platform APIs: faults, request recording, strict validation
// in each platform's error shape, the Instagram container flow, and the
// endpoints file read through EndpointMap.
#include "SandboxProcess.h"

#include "platforms/net/EndpointMap.h"

#include <QElapsedTimer>
#include <QTest>
#include <QUrlQuery>

using cf::test::SandboxProcess;
using Json = nlohmann::json;

class TestSandboxApis : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;

    QUrl graph(const QString &path) { return m_sandbox.url(QStringLiteral("graph.facebook.com/v20.0/") + path); }

    // A user token (with the given scopes) through the full Meta flow.
    QString metaUserToken(const QString &scopes)
    {
        QUrl url = m_sandbox.url(QStringLiteral("www.facebook.com/v20.0/dialog/oauth"));
        url.setQuery(QStringLiteral("client_id=sandbox-meta-client&response_type=code"
                                    "&redirect_uri=https%3A%2F%2Fwww.facebook.com%2Fconnect%2Flogin_success.html&scope=")
                     + scopes);
        const QString code = QUrlQuery(m_sandbox.consent(url, true)).queryItemValue(QStringLiteral("code"));
        QUrl exchange = graph(QStringLiteral("oauth/access_token"));
        exchange.setQuery(QStringLiteral("client_id=sandbox-meta-client&client_secret=sandbox-meta-secret"
                                         "&redirect_uri=https%3A%2F%2Fwww.facebook.com%2Fconnect%2Flogin_success.html&code=")
                          + code);
        return QString::fromStdString(m_sandbox.get(exchange).json().value("access_token", std::string()));
    }

    QByteArray pageToken(const QString &userToken)
    {
        const Json accounts = m_sandbox.get(graph(QStringLiteral("me/accounts?access_token=") + userToken)).json();
        return QByteArray::fromStdString(accounts["data"][0]["access_token"].get<std::string>());
    }

    QByteArray boutiquePageToken()
    {
        return pageToken(metaUserToken(QStringLiteral("pages_show_list,pages_manage_posts,pages_read_engagement,instagram_basic,instagram_content_publish")));
    }

    SandboxProcess::Reply postFeed(const QByteArray &token, const Json &body, bool freshConnection = false)
    {
        return m_sandbox.send("POST", graph(QStringLiteral("104000000000001/feed")), QByteArray::fromStdString(body.dump()), "application/json",
                              {{"Authorization", "OAuth " + token}}, 10000, freshConnection);
    }

    void addFault(const Json &fault) { QCOMPARE(m_sandbox.control("POST", QStringLiteral("faults"), fault).status, 201); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sandbox.start()); }
    void init() { QCOMPARE(m_sandbox.control("POST", QStringLiteral("reset")).status, 200); }

    void rateLimitFaultUsesMetaShapeAndUsageHeader()
    {
        const QByteArray token = boutiquePageToken();
        addFault({{"host", "graph.facebook.com"}, {"path_regex", "/feed$"}, {"method", "POST"}, {"fault", "rate_limit"}, {"retry_after", 120}});
        const SandboxProcess::Reply limited = postFeed(token, {{"message", "one"}});
        QCOMPARE(limited.json()["error"]["code"].get<int>(), 32);
        const Json usage = Json::parse(limited.header("x-business-use-case-usage").toStdString());
        QCOMPARE(usage["104000000000001"][0]["estimated_time_to_regain_access"].get<int>(), 2);
        // count defaults to 1: the next call goes through.
        QCOMPARE(postFeed(token, {{"message", "one"}}).status, 200);
    }

    void rateLimitFaultOnXHasRetryAfterAndRateHeaders()
    {
        addFault({{"host", "api.x.com"}, {"fault", "rate_limit"}, {"retry_after", 30}});
        const SandboxProcess::Reply reply = m_sandbox.get(m_sandbox.url(QStringLiteral("api.x.com/2/users/me")));
        QCOMPARE(reply.status, 429);
        QCOMPARE(reply.header("Retry-After"), QByteArray("30"));
        QCOMPARE(reply.header("x-rate-limit-remaining"), QByteArray("0"));
        QVERIFY(reply.header("x-rate-limit-reset").toLongLong() > 0);
    }

    void serverErrorAndTokenFaults_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("subcode");
        QTest::newRow("server_error") << QStringLiteral("server_error") << 500 << 2 << 0;
        QTest::newRow("token_expired") << QStringLiteral("token_expired") << 400 << 190 << 463;
        QTest::newRow("token_invalid") << QStringLiteral("token_invalid") << 400 << 190 << 467;
        QTest::newRow("policy") << QStringLiteral("policy") << 400 << 368 << 1346003;
    }
    void serverErrorAndTokenFaults()
    {
        QFETCH(QString, fault);
        QFETCH(int, status);
        QFETCH(int, code);
        QFETCH(int, subcode);
        const QByteArray token = boutiquePageToken();
        addFault({{"host", "graph.facebook.com"}, {"path_regex", "/feed$"}, {"fault", fault.toStdString()}});
        const SandboxProcess::Reply reply = postFeed(token, {{"message", "fault test"}});
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.json()["error"]["code"].get<int>(), code);
        QCOMPARE(reply.json()["error"].value("error_subcode", 0), subcode);
        const Json recorded = m_sandbox.control("GET", QStringLiteral("requests?path_regex=/feed$")).json()["requests"];
        QCOMPARE(recorded.back()["fault"].get<std::string>(), fault.toStdString());
    }

    void slowFaultDelaysTheAnswer()
    {
        addFault({{"host", "api.x.com"}, {"fault", "slow"}, {"delay_ms", 1200}});
        QElapsedTimer timer;
        timer.start();
        const SandboxProcess::Reply reply = m_sandbox.get(m_sandbox.url(QStringLiteral("api.x.com/2/users/me")));
        QVERIFY(timer.elapsed() >= 1100);
        QCOMPARE(reply.status, 401); // the normal answer, late
    }

    void dropAfterAcceptAppliesTheCreate()
    {
        const QByteArray token = boutiquePageToken();
        // QNetworkAccessManager silently resends a request whose connection
        // closed before any answer, so drop the resends too.
        addFault({{"host", "graph.facebook.com"}, {"path_regex", "/feed$"}, {"fault", "drop_after_accept"}, {"count", 3}});
        const SandboxProcess::Reply dropped = postFeed(token, {{"message", "Eid offer"}}, true);
        QVERIFY2(dropped.status == 0, dropped.body.constData());
        QVERIFY(dropped.error != QNetworkReply::NoError);
        // The first attempt was applied: exactly one post exists, and the
        // recorded resends were answered (duplicate) but never delivered.
        const Json list = m_sandbox.get(graph(QStringLiteral("104000000000001/feed")), {{"Authorization", "OAuth " + token}}).json();
        QCOMPARE(list["data"].size(), size_t(1));
        const Json recorded = m_sandbox.control("GET", QStringLiteral("requests?path_regex=/feed$&method=POST")).json()["requests"];
        QVERIFY(recorded.size() >= 1);
        for (const Json &entry : recorded) {
            QCOMPARE(entry["status"].get<int>(), 0);
            QCOMPARE(entry["fault"].get<std::string>(), std::string("drop_after_accept"));
        }
        const SandboxProcess::Reply again = postFeed(token, {{"message", "Eid offer"}});
        QCOMPARE(again.json()["error"]["code"].get<int>(), 506);
    }

    void faultSpecIsValidated()
    {
        QCOMPARE(m_sandbox.control("POST", QStringLiteral("faults"), Json{{"fault", "meteor"}}).status, 400);
        QCOMPARE(m_sandbox.control("POST", QStringLiteral("faults"), Json{{"fault", "slow"}, {"path_regex", "("}}).status, 400);
    }

    void requestsAreRecordedWithHeadersAndResetClears()
    {
        m_sandbox.send("POST", m_sandbox.url(QStringLiteral("api.x.com/2/tweets?x=1")), "{\"text\":\"hi\"}", "application/json",
                       {{"Authorization", "Bearer abc"}});
        const Json requests = m_sandbox.control("GET", QStringLiteral("requests?host=api.x.com")).json()["requests"];
        QCOMPARE(requests.size(), size_t(1));
        QCOMPARE(requests[0]["method"].get<std::string>(), std::string("POST"));
        QCOMPARE(requests[0]["path"].get<std::string>(), std::string("/2/tweets"));
        QCOMPARE(requests[0]["query"].get<std::string>(), std::string("x=1"));
        QCOMPARE(requests[0]["headers"]["authorization"].get<std::string>(), std::string("Bearer abc"));
        QCOMPARE(requests[0]["body"].get<std::string>(), std::string("{\"text\":\"hi\"}"));
        QCOMPARE(requests[0]["status"].get<int>(), 401);
        m_sandbox.control("POST", QStringLiteral("reset"));
        QCOMPARE(m_sandbox.control("GET", QStringLiteral("requests")).json()["requests"].size(), size_t(0));
    }

    void graphValidationErrors()
    {
        const QByteArray token = boutiquePageToken();
        const SandboxProcess::Reply empty = postFeed(token, Json::object());
        QCOMPARE(empty.status, 400);
        QCOMPARE(empty.json()["error"]["code"].get<int>(), 100);
        QCOMPARE(empty.json()["error"]["type"].get<std::string>(), std::string("OAuthException"));
        QVERIFY(empty.json()["error"].contains("fbtrace_id"));
        const qint64 tooSoon = QDateTime::currentSecsSinceEpoch() + 60;
        QCOMPARE(postFeed(token, {{"message", "later"}, {"published", false}, {"scheduled_publish_time", tooSoon}}).json()["error"]["code"].get<int>(), 100);
        const qint64 inAnHour = QDateTime::currentSecsSinceEpoch() + 3600;
        QCOMPARE(postFeed(token, {{"message", "later"}, {"published", false}, {"scheduled_publish_time", inAnHour}}).status, 200);
        // A user token cannot post to the Page feed.
        const QString user = metaUserToken(QStringLiteral("pages_show_list,pages_manage_posts"));
        QCOMPARE(postFeed(user.toUtf8(), {{"message", "as user"}}).json()["error"]["code"].get<int>(), 200);
    }

    void xAndLinkedInValidationErrors()
    {
        const SandboxProcess::Reply noVersion = m_sandbox.postJson(m_sandbox.url(QStringLiteral("api.linkedin.com/rest/posts")), Json::object(),
                                                                   {{"Authorization", "Bearer nope"}});
        QCOMPARE(noVersion.status, 401);
        QCOMPARE(noVersion.json()["serviceErrorCode"].get<int>(), 65600);
        // X's schema forbids unknown members; the check comes after authentication.
        const SandboxProcess::Reply x = m_sandbox.postJson(m_sandbox.url(QStringLiteral("api.x.com/2/tweets")), {{"text", "hi"}, {"schedule", 1}});
        QCOMPARE(x.status, 401);
        QCOMPARE(x.json()["title"].get<std::string>(), std::string("Unauthorized"));
    }

    void instagramContainerFlow()
    {
        const QString user = metaUserToken(QStringLiteral("pages_show_list,instagram_basic,instagram_content_publish"));
        const QByteArray auth = "OAuth " + user.toUtf8();
        const QString ig = QStringLiteral("17841400000000001");
        const SandboxProcess::Reply http = m_sandbox.postJson(graph(ig + QStringLiteral("/media")), {{"image_url", "http://example.com/a.jpg"}},
                                                              {{"Authorization", auth}});
        QCOMPARE(http.json()["error"]["error_subcode"].get<int>(), 2207052);
        const SandboxProcess::Reply reel = m_sandbox.postJson(graph(ig + QStringLiteral("/media")),
                                                              {{"media_type", "REELS"}, {"video_url", "https://cdn.example.com/r.mp4"}, {"caption", "Eid"}},
                                                              {{"Authorization", auth}});
        QCOMPARE(reel.status, 200);
        const QString container = QString::fromStdString(reel.json()["id"].get<std::string>());
        const Json status = m_sandbox.get(graph(container + QStringLiteral("?fields=status_code")), {{"Authorization", auth}}).json();
        QCOMPARE(status["status_code"].get<std::string>(), std::string("IN_PROGRESS"));
        const SandboxProcess::Reply early = m_sandbox.postJson(graph(ig + QStringLiteral("/media_publish")), {{"creation_id", container.toStdString()}},
                                                               {{"Authorization", auth}});
        QCOMPARE(early.json()["error"]["error_subcode"].get<int>(), 2207027);
        m_sandbox.control("POST", QStringLiteral("clock"), Json{{"advance", 10}});
        const SandboxProcess::Reply published = m_sandbox.postJson(graph(ig + QStringLiteral("/media_publish")), {{"creation_id", container.toStdString()}},
                                                                   {{"Authorization", auth}});
        QCOMPARE(published.status, 200);
        const QString media = QString::fromStdString(published.json()["id"].get<std::string>());
        const Json permalink = m_sandbox.get(graph(media + QStringLiteral("?fields=permalink")), {{"Authorization", auth}}).json();
        QVERIFY(permalink["permalink"].get<std::string>().rfind("https://www.instagram.com/p/", 0) == 0);
        const Json limit = m_sandbox.get(graph(ig + QStringLiteral("/content_publishing_limit")), {{"Authorization", auth}}).json();
        QCOMPARE(limit["data"][0]["quota_usage"].get<int>(), 1);
    }

    void endpointsFileWorksWithEndpointMap()
    {
        QString error;
        const auto map = cf::EndpointMap::fromFile(m_sandbox.endpointsFile(), &error);
        QVERIFY2(map, qPrintable(error));
        const QUrl me = map->rewrite(QUrl(QStringLiteral("https://graph.facebook.com/v20.0/me")));
        QCOMPARE(me.toString(), m_sandbox.baseUrl() + QStringLiteral("/graph.facebook.com/v20.0/me"));
        QCOMPARE(m_sandbox.get(me).json()["error"]["code"].get<int>(), 2500);
        const QUrl ping = map->rewrite(QUrl(QStringLiteral("https://us19.api.mailchimp.com/3.0/ping")));
        const SandboxProcess::Reply unauthorized = m_sandbox.get(ping);
        QCOMPARE(unauthorized.status, 401);
        QCOMPARE(unauthorized.json()["title"].get<std::string>(), std::string("API Key Missing"));
        for (const char *host : {"www.facebook.com", "api.x.com", "api.linkedin.com", "open.tiktokapis.com", "oauth2.googleapis.com",
                                 "www.googleapis.com", "blog.example.com", "login.mailchimp.com", "api.kit.com", "adsapi.snapchat.com",
                                 "business-api.tiktok.com"}) {
            const QUrl real(QStringLiteral("https://%1/x").arg(QLatin1String(host)));
            QVERIFY2(map->rewrite(real) != real, host);
        }
    }
};

QTEST_GUILESS_MAIN(TestSandboxApis)
#include "tst_sandboxapis.moc"
