#include "platforms/net/EndpointMap.h"

#include <QTemporaryDir>
#include <QTest>

using cf::EndpointMap;

class TestEndpointMap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rewritesExactHostKeepingPathAndQuery()
    {
        QString error;
        auto map = EndpointMap::fromJson(
            "{\"hosts\": {\"graph.facebook.com\": \"http://127.0.0.1:8080/graph.facebook.com\"}}", &error);
        QVERIFY2(map, qPrintable(error));
        const QUrl out = map->rewrite(QUrl(QStringLiteral("https://graph.facebook.com/v21.0/me/accounts?fields=id,name")));
        QCOMPARE(out.toString(), QStringLiteral("http://127.0.0.1:8080/graph.facebook.com/v21.0/me/accounts?fields=id,name"));
    }

    void wildcardMatchesSubdomainsOnly()
    {
        QString error;
        auto map = EndpointMap::fromJson("{\"hosts\": {\"*.api.mailchimp.com\": \"http://127.0.0.1:9/mailchimp/\"}}", &error);
        QVERIFY(map);
        QCOMPARE(map->rewrite(QUrl(QStringLiteral("https://us6.api.mailchimp.com/3.0/ping"))).toString(),
                 QStringLiteral("http://127.0.0.1:9/mailchimp/3.0/ping"));
        // The bare domain is not a subdomain of itself.
        QCOMPARE(map->rewrite(QUrl(QStringLiteral("https://api.mailchimp.com/3.0/ping"))).host(),
                 QStringLiteral("api.mailchimp.com"));
        // A host that merely ends with the same letters does not match.
        QCOMPARE(map->rewrite(QUrl(QStringLiteral("https://evilapi.mailchimp.com/x"))).host(),
                 QStringLiteral("evilapi.mailchimp.com"));
    }

    void exactHostWinsOverWildcard()
    {
        auto map = EndpointMap::fromJson(
            "{\"hosts\": {\"*.example.com\": \"http://127.0.0.1:1/wild\", \"api.example.com\": \"http://127.0.0.1:2/exact\"}}",
            nullptr);
        QVERIFY(map);
        QCOMPARE(map->rewrite(QUrl(QStringLiteral("https://api.example.com/a"))).port(), 2);
        QCOMPARE(map->rewrite(QUrl(QStringLiteral("https://www.example.com/a"))).port(), 1);
    }

    void unmatchedUrlIsUnchanged()
    {
        auto map = EndpointMap::fromJson("{\"hosts\": {}}", nullptr);
        QVERIFY(map);
        QVERIFY(map->isEmpty());
        const QUrl url(QStringLiteral("https://api.x.com/2/tweets"));
        QCOMPARE(map->rewrite(url), url);
    }

    void sameEndpointComparesRewrittenUrls()
    {
        auto map = EndpointMap::fromJson(
            "{\"hosts\": {\"www.facebook.com\": \"http://127.0.0.1:8080/www.facebook.com\"}}", nullptr);
        QVERIFY(map);
        QVERIFY(map->sameEndpoint(
            QUrl(QStringLiteral("http://127.0.0.1:8080/www.facebook.com/connect/login_success.html?code=abc")),
            QUrl(QStringLiteral("https://www.facebook.com/connect/login_success.html"))));
        QVERIFY(!map->sameEndpoint(QUrl(QStringLiteral("http://127.0.0.1:8080/other")),
                                   QUrl(QStringLiteral("https://www.facebook.com/connect/login_success.html"))));
    }

    void malformedFilesGiveAReason_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{hosts:");
        QTest::newRow("no hosts") << QByteArray("{\"host\": {}}");
        QTest::newRow("hosts not object") << QByteArray("{\"hosts\": []}");
        QTest::newRow("relative target") << QByteArray("{\"hosts\": {\"a.com\": \"/relative\"}}");
        QTest::newRow("target not string") << QByteArray("{\"hosts\": {\"a.com\": 5}}");
    }
    void malformedFilesGiveAReason()
    {
        QFETCH(QByteArray, json);
        QString error;
        QVERIFY(!EndpointMap::fromJson(json, &error));
        QVERIFY(!error.isEmpty());
    }

    void loadPrefersExplicitPathThenEnvironment()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("endpoints.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"hosts\": {\"api.x.com\": \"http://127.0.0.1:7/x\"}}");
        file.close();

        qunsetenv(EndpointMap::kEnvironmentVariable);
        QString error;
        auto none = EndpointMap::load(QString(), &error);
        QVERIFY(none && none->isEmpty());

        qputenv(EndpointMap::kEnvironmentVariable, path.toLocal8Bit());
        auto fromEnv = EndpointMap::load(QString(), &error);
        QVERIFY(fromEnv && !fromEnv->isEmpty());

        auto missing = EndpointMap::load(dir.filePath(QStringLiteral("nope.json")), &error);
        QVERIFY(!missing);
        QVERIFY(error.contains(QStringLiteral("nope.json")));
        qunsetenv(EndpointMap::kEnvironmentVariable);
    }
};

QTEST_GUILESS_MAIN(TestEndpointMap)
#include "tst_endpointmap.moc"
