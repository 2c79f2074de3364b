#include "app/core/Clock.h"
#include "app/publishing/PublishWorker.h"
#include "platforms/net/EndpointMap.h"
#include "platforms/publishing/CreateCallPolicy.h"
#include "platforms/publishing/PublisherRegistry.h"
#include "tests/app/publishing/FixedTokenBackend.h"
#include "tests/app/publishing/PublishFixture.h"
#include "tests/app/publishing/SandboxPublishing.h"

#include <QSignalSpy>
#include <QTest>

using namespace cf;
using test::noonUtc;

// At-most-once create calls: QNetworkAccessManager would silently send a
// POST again when the connection drops after the server applied it (the
// sandbox's drop_after_accept fault). Through CreateCallPolicy the sandbox
// records exactly one request, and the worker makes the target unknown.
class TestCreateCallPolicy : public QObject
{
    Q_OBJECT

    test::SandboxProcess m_sandbox;
    QString m_pageToken;

    void addFault(const nlohmann::json &fault)
    {
        QCOMPARE(m_sandbox.control("POST", QStringLiteral("faults"), fault).status, 201);
    }


private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        m_pageToken = test::sandboxPageToken(m_sandbox);
        QVERIFY(!m_pageToken.isEmpty());
    }

    void init()
    {
        m_sandbox.control("DELETE", QStringLiteral("faults"));
        m_sandbox.control("DELETE", QStringLiteral("requests"));
    }

    void plainQnamWouldSendTwice()
    {
        // The problem this policy exists for, shown on the same server.
        addFault({{"host", "graph.facebook.com"}, {"path_regex", "/feed$"}, {"fault", "drop_after_accept"}, {"count", 3}});
        QNetworkAccessManager network;
        QNetworkRequest request(test::sandboxGraph(m_sandbox, QStringLiteral("104000000000001/feed")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setRawHeader("Authorization", "OAuth " + m_pageToken.toUtf8());
        QNetworkReply *reply = network.post(request, QByteArray("{\"message\":\"plain qnam\"}"));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        reply->deleteLater();
        QVERIFY(test::recordedFeedPosts(m_sandbox).size() > 1);
    }

    void createCallReachesTheServerOnce()
    {
        addFault({{"host", "graph.facebook.com"}, {"path_regex", "/feed$"}, {"fault", "drop_after_accept"}, {"count", 3}});
        QNetworkAccessManager network;
        QNetworkRequest request(test::sandboxGraph(m_sandbox, QStringLiteral("104000000000001/feed")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setRawHeader("Authorization", "OAuth " + m_pageToken.toUtf8());
        QNetworkReply *reply = sendCreateCall(network, request, "POST", QByteArray("{\"message\":\"policy\"}"));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY(reply->error() != QNetworkReply::NoError);
        QVERIFY(createCallOutcomeUnknown(*reply));
        QVERIFY(!createCallNeverSent(*reply));
        reply->deleteLater();
        const nlohmann::json recorded = test::recordedFeedPosts(m_sandbox);
        QCOMPARE(recorded.size(), size_t(1));
        QCOMPARE(recorded[0]["fault"].get<std::string>(), std::string("drop_after_accept"));
    }

    void refusedConnectionIsProofNothingWasSent()
    {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:1/feed")));
        QNetworkReply *reply = sendCreateCall(network, request, "POST", QByteArray("x"));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY(createCallNeverSent(*reply));
        QVERIFY(!createCallOutcomeUnknown(*reply));
        reply->deleteLater();
    }

    void workerMakesADroppedCreateUnknownAndSendsItOnce()
    {
        addFault({{"host", "graph.facebook.com"}, {"path_regex", "/feed$"}, {"fault", "drop_after_accept"}, {"count", 3}});
        test::PublishFixture f(QStringLiteral("ccp1"), AutomationLevel::Manual);
        QVERIFY(f.ok());
        const QString text = QStringLiteral("Dropped after accept %1").arg(QDateTime::currentMSecsSinceEpoch());
        const qint64 item = f.addItem(noonUtc(), text);
        const qint64 t = f.addTarget(item);
        QCOMPARE(*PublishTargetRepository(f.db).releaseNow(item, noonUtc()), 1);
        QString error;
        const auto endpoints = EndpointMap::fromFile(m_sandbox.endpointsFile(), &error);
        QVERIFY2(endpoints, qPrintable(error));
        PublishWorkerConfig config;
        config.databasePath = f.path();
        config.assetsDir = f.dir.filePath(QStringLiteral("assets"));
        config.reconcileSettleSecs = 3600; // look at it later, not in this pass
        FixedClock clock(noonUtc(2, 1));
        const QString token = m_pageToken;
        const EndpointMap &map = *endpoints;
        PublishWorker worker(
            config,
            [&map, token](QNetworkAccessManager &network, const Database &) -> std::unique_ptr<PublishBackend> {
                return std::make_unique<test::FixedTokenBackend>(network, map, token);
            },
            clock);
        QSignalSpy finished(&worker, &PublishWorker::passFinished);
        worker.runOnce();
        QVERIFY(finished.wait(20000));
        const PublishPassSummary s = finished.first().first().value<PublishPassSummary>();
        QCOMPARE(s.sent, 1);
        QCOMPARE(s.unknown, 1);
        QCOMPARE(PublishTargetRepository(f.db).find(t)->state, TargetState::Unknown);
        QCOMPARE(test::recordedFeedPosts(m_sandbox).size(), size_t(1));

        // The reconcile (read-only) finds the post the sandbox applied.
        m_sandbox.control("DELETE", QStringLiteral("faults"));
        clock.advanceSecs(3601);
        finished.clear();
        worker.runOnce();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().value<PublishPassSummary>().reconciled, 1);
        const PublishTarget settled = *PublishTargetRepository(f.db).find(t);
        QCOMPARE(settled.state, TargetState::Published);
        QVERIFY(!settled.externalId.isEmpty());
        QCOMPARE(test::recordedFeedPosts(m_sandbox).size(), size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestCreateCallPolicy)
#include "tst_createcallpolicy.moc"
