// `campaignforge-cli sync-metrics` against campaignforge-sandbox with the
// Page token in a private keychain (KEYRING), as a sign-in leaves it: one
// published Facebook post gets its lifetime numbers stored (exact values
// from the sandbox's formula), the JSON summary says so, and nothing is
// printed about QObject connections; a throttled insights read exits 1
// with the problem named; a bad argument is a usage error.
#include "models/store/MetricRepository.h"
#include "platforms/auth/KeychainStore.h"
#include "platforms/auth/TokenVault.h"
#include "tests/app/publishing/PublishFixture.h"
#include "tests/app/publishing/SandboxPublishing.h"
#include "tests/support/TestPaths.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace cf;

class TestSyncMetricsCommand : public QObject
{
    Q_OBJECT

    test::SandboxProcess m_sandbox;
    QString m_pageToken;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    Run syncMetrics(const QString &dataDir, const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CAMPAIGNFORGE_DATA_DIR"));
        env.insert(QStringLiteral("CAMPAIGNFORGE_LANG"), QStringLiteral("en"));
        env.insert(QStringLiteral("CAMPAIGNFORGE_ENDPOINTS"), m_sandbox.endpointsFile());
        p.setProcessEnvironment(env);
        p.start(test::cliPath(), QStringList{QStringLiteral("--data-dir"), dataDir, QStringLiteral("sync-metrics")} + args);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    // The Page token under the Page row's id, as a sign-in would store it.
    bool storePageToken(qint64 pageRowId)
    {
        KeychainStore keychain;
        TokenVault vault(keychain);
        TokenSet tokens;
        tokens.accessToken = m_pageToken;
        tokens.tokenType = QStringLiteral("bearer");
        bool done = false;
        AuthError error;
        QObject context;
        vault.store(Platform::Facebook, pageRowId, tokens, &context, [&](const AuthError &e) {
            error = e;
            done = true;
        });
        (void)QTest::qWaitFor([&done] { return done; }, 20000);
        if (error.isError())
            qWarning("keychain: %s", qPrintable(error.message));
        return done && !error.isError();
    }

    // A Facebook post published a minute ago with the given id.
    static bool publish(test::PublishFixture &f, const QString &externalId)
    {
        const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(-60);
        const qint64 target = f.addTarget(f.addItem(now));
        const PublishTargetRepository targets(f.db);
        if (!*targets.claim(target, QStringLiteral("w"), now))
            return false;
        auto attempt = targets.beginSending(target, QStringLiteral("w"), {}, {}, now);
        return attempt && *attempt && *targets.finishPublished(target, **attempt, externalId, {}, 200, now);
    }

    static qint64 sandboxImpressions(const QString &id)
    {
        quint32 hash = 2166136261u;
        for (const char byte : id.toUtf8()) {
            hash ^= quint8(byte);
            hash *= 16777619u;
        }
        return 100 + qint64(hash % 900u);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
    }
    void init()
    {
        // A reset forgets the sandbox's tokens: sign in again for every case.
        QCOMPARE(m_sandbox.control("POST", QStringLiteral("reset")).status, 200);
        m_pageToken = test::sandboxPageToken(m_sandbox);
        QVERIFY(!m_pageToken.isEmpty());
        test::PublishFixture probe(QStringLiteral("sync-probe"));
        QVERIFY(probe.ok());
        QVERIFY(storePageToken(probe.pageId)); // every fixture gives the Page the same row id
    }

    void aPublishedPostGetsItsNumbers()
    {
        test::PublishFixture f(QStringLiteral("sync1"));
        QVERIFY(f.ok());
        const QString post = QStringLiteral("104000000000001_4242");
        QVERIFY(publish(f, post));
        const qint64 campaign = f.campaignId;
        f.db.close();

        const Run run = syncMetrics(f.dir.path(), {QStringLiteral("--once"), QStringLiteral("--json")});
        QVERIFY2(run.code == 0, qPrintable(run.err + run.out));
        QVERIFY2(!run.err.contains(QStringLiteral("invalid nullptr parameter")), qPrintable(run.err));
        const nlohmann::json j = nlohmann::json::parse(run.out.toStdString());
        QCOMPARE(j["targets"].get<int>(), 1);
        QCOMPARE(j["samples"].get<int>(), 4); // impressions, reach, clicks, reactions
        QVERIFY(j["problems"].empty());

        Database db;
        QVERIFY(db.open(f.path(), QStringLiteral("sync1-check")));
        const auto impressions = MetricRepository(db).series(campaign, Platform::Facebook, Metric::Impressions, {}, {});
        QVERIFY(impressions);
        QCOMPARE(impressions->size(), size_t(1));
        QCOMPARE(impressions->at(0).value, double(sandboxImpressions(post)));
        const auto reach = MetricRepository(db).series(campaign, Platform::Facebook, Metric::Reach, {}, {});
        QCOMPARE(reach->at(0).value, double(sandboxImpressions(post) * 3 / 5));
        const auto requests = m_sandbox.control("GET", QStringLiteral("requests?host=graph.facebook.com&path_regex=/insights$&method=GET")).json();
        QCOMPARE(requests["requests"].size(), size_t(1));
    }

    void aThrottledReadExitsOneWithTheProblem()
    {
        test::PublishFixture f(QStringLiteral("sync2"));
        QVERIFY(f.ok());
        QVERIFY(publish(f, QStringLiteral("104000000000001_4243")));
        f.db.close();
        QCOMPARE(m_sandbox.control("POST", QStringLiteral("faults"),
                                   {{"host", "graph.facebook.com"}, {"path_regex", "/insights$"}, {"fault", "rate_limit"}})
                     .status,
                 201);
        const Run run = syncMetrics(f.dir.path(), {QStringLiteral("--once")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.out.contains(QStringLiteral("1 published targets read, 0 values stored")), qPrintable(run.out));
        QVERIFY2(run.err.contains(QStringLiteral("Facebook: the numbers could not be read")), qPrintable(run.err));
    }

    void aBadArgumentIsAUsageError()
    {
        QTemporaryDir dir;
        const Run run = syncMetrics(dir.path(), {QStringLiteral("--hourly")});
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains(QStringLiteral("Usage: campaignforge-cli sync-metrics")));
    }
};

QTEST_GUILESS_MAIN(TestSyncMetricsCommand)
#include "tst_syncmetricscommand.moc"
