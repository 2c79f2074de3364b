// Cancelling and rescheduling a post that Facebook holds in its own
// scheduler, against campaignforge-sandbox: the worker deletes it on the
// Page (after reading that it is still unpublished) and only then moves the
// target; a reschedule creates a fresh scheduled post at the new time.
#include "app/core/Clock.h"
#include "app/publishing/PublishWorker.h"
#include "platforms/net/EndpointMap.h"
#include "platforms/publishing/PublisherRegistry.h"
#include "tests/app/publishing/FixedTokenBackend.h"
#include "tests/app/publishing/PublishFixture.h"
#include "tests/app/publishing/SandboxPublishing.h"

#include <QSignalSpy>
#include <QTest>

using namespace cf;
using test::noonUtc;

class TestNativeWithdraw : public QObject
{
    Q_OBJECT

    test::SandboxProcess m_sandbox;
    std::optional<EndpointMap> m_endpoints;
    QString m_pageToken;


    std::unique_ptr<PublishWorker> worker(test::PublishFixture &f, const Clock &clock)
    {
        PublishWorkerConfig config;
        config.databasePath = f.path();
        config.assetsDir = f.dir.filePath(QStringLiteral("assets"));
        const EndpointMap &map = *m_endpoints;
        const QString token = m_pageToken;
        return std::make_unique<PublishWorker>(
            config,
            [&map, token](QNetworkAccessManager &network, const Database &) -> std::unique_ptr<PublishBackend> {
                return std::make_unique<test::FixedTokenBackend>(network, map, token);
            },
            clock);
    }

    static PublishPassSummary pass(PublishWorker &w)
    {
        QSignalSpy finished(&w, &PublishWorker::passFinished);
        w.runOnce();
        if (!finished.wait(20000))
            return PublishPassSummary{0, 0, 0, 0, 0, 0, 0, 0, QStringLiteral("no pass")};
        return finished.first().first().value<PublishPassSummary>();
    }

    static QPair<bool, QString> withdraw(PublishWorker &w, qint64 target, bool requeue)
    {
        QSignalSpy finished(&w, &PublishWorker::withdrawFinished);
        w.withdrawScheduled(target, requeue);
        if (finished.isEmpty() && !finished.wait(20000))
            return {false, QStringLiteral("no answer")};
        return {finished.first().at(1).toBool(), finished.first().at(2).toString()};
    }

    nlohmann::json recorded(const QString &pathRegex, const QString &method)
    {
        return m_sandbox
            .control("GET", QStringLiteral("requests?host=graph.facebook.com&path_regex=%1&method=%2").arg(pathRegex, method))
            .json()["requests"];
    }

    // The Page's scheduled posts as the sandbox holds them (id -> scheduled time).
    std::map<std::string, qint64> scheduledOnPage()
    {
        const nlohmann::json list = m_sandbox
                                        .get(test::sandboxGraph(m_sandbox, QStringLiteral("104000000000001/scheduled_posts?"
                                                                                          "fields=id,scheduled_publish_time"
                                                                                          "&access_token=")
                                                                    + m_pageToken))
                                        .json();
        std::map<std::string, qint64> out;
        for (const auto &post : list.value("data", nlohmann::json::array()))
            out[post["id"].get<std::string>()] = post.value("scheduled_publish_time", qint64(0));
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        QString error;
        m_endpoints = EndpointMap::fromFile(m_sandbox.endpointsFile(), &error);
        QVERIFY2(m_endpoints, qPrintable(error));
        m_pageToken = test::sandboxPageToken(m_sandbox);
        QVERIFY(!m_pageToken.isEmpty());
    }

    void init() { m_sandbox.control("DELETE", QStringLiteral("requests")); }

    void cancelDeletesTheScheduledPost()
    {
        test::PublishFixture f(QStringLiteral("nw-cancel"));
        QVERIFY(f.ok());
        const qint64 item = f.addItem(noonUtc(3), QStringLiteral("Scheduled then cancelled %1").arg(QDateTime::currentMSecsSinceEpoch()));
        const qint64 t = f.addTarget(item, true);
        FixedClock clock(noonUtc(2, 1));
        auto w = worker(f, clock);
        const PublishPassSummary s = pass(*w);
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QCOMPARE(s.published, 1);
        const PublishTarget handed = *PublishTargetRepository(f.db).find(t);
        QCOMPARE(handed.state, TargetState::Published);
        QVERIFY(scheduledOnPage().count(handed.externalId.toStdString()) == 1);

        const auto answer = withdraw(*w, t, false);
        QVERIFY2(answer.first, qPrintable(answer.second));
        const PublishTarget cancelled = *PublishTargetRepository(f.db).find(t);
        QCOMPARE(cancelled.state, TargetState::Cancelled);
        QVERIFY(cancelled.externalId.isEmpty());
        // Read first (still unpublished), then deleted on the Page.
        QCOMPARE(recorded(QStringLiteral("/") + handed.externalId + QStringLiteral("$"), QStringLiteral("GET")).size(), size_t(1));
        QCOMPARE(recorded(QStringLiteral("/") + handed.externalId + QStringLiteral("$"), QStringLiteral("DELETE")).size(), size_t(1));
        QVERIFY(scheduledOnPage().count(handed.externalId.toStdString()) == 0);

        // Nothing left to take back.
        const auto again = withdraw(*w, t, false);
        QVERIFY(!again.first);
        QVERIFY(again.second.contains(QStringLiteral("not waiting")));
    }

    void rescheduleCreatesAFreshPostAtTheNewTime()
    {
        test::PublishFixture f(QStringLiteral("nw-move"));
        QVERIFY(f.ok());
        const QString text = QStringLiteral("Scheduled then moved %1").arg(QDateTime::currentMSecsSinceEpoch());
        const qint64 item = f.addItem(noonUtc(3), text);
        const qint64 t = f.addTarget(item, true);
        FixedClock clock(noonUtc(2, 1));
        auto w = worker(f, clock);
        QCOMPARE(pass(*w).published, 1);
        const QString first = PublishTargetRepository(f.db).find(t)->externalId;
        QCOMPARE(scheduledOnPage()[first.toStdString()], noonUtc(3).toSecsSinceEpoch());

        // The calendar moves the item to this evening (within the native lead), then asks for the reschedule.
        ContentItem moved = *ContentRepository(f.db).find(item);
        moved.scheduledUtc = noonUtc(2, 45);
        QVERIFY(!ContentRepository(f.db).update(moved).isError());
        QSignalSpy passes(w.get(), &PublishWorker::passFinished);
        const auto answer = withdraw(*w, t, true);
        QVERIFY2(answer.first, qPrintable(answer.second));
        QVERIFY(!passes.isEmpty() || passes.wait(20000)); // the worker woke and sent it again
        const PublishTarget again = *PublishTargetRepository(f.db).find(t);
        QVERIFY2(again.state == TargetState::Published, qPrintable(enumId(again.state) + QLatin1Char(' ') + again.errorMessage));
        QVERIFY(!again.externalId.isEmpty());
        QVERIFY(again.externalId != first);
        const auto onPage = scheduledOnPage();
        QVERIFY(onPage.count(first.toStdString()) == 0);
        QCOMPARE(onPage.at(again.externalId.toStdString()), noonUtc(2, 45).toSecsSinceEpoch());
        QCOMPARE(recorded(QStringLiteral("/feed$"), QStringLiteral("POST")).size(), size_t(2));
    }

    void aPostThatWentOutIsNotTakenBack()
    {
        test::PublishFixture f(QStringLiteral("nw-live"), AutomationLevel::Manual);
        QVERIFY(f.ok());
        const qint64 item = f.addItem(noonUtc(), QStringLiteral("Published at once %1").arg(QDateTime::currentMSecsSinceEpoch()));
        const qint64 t = f.addTarget(item, false);
        QCOMPARE(*PublishTargetRepository(f.db).releaseNow(item, noonUtc()), 1);
        FixedClock clock(noonUtc(2, 1));
        auto w = worker(f, clock);
        QCOMPARE(pass(*w).published, 1);
        const auto answer = withdraw(*w, t, false);
        QVERIFY(!answer.first);
        QCOMPARE(PublishTargetRepository(f.db).find(t)->state, TargetState::Published);
        QCOMPARE(recorded(QStringLiteral("_"), QStringLiteral("DELETE")).size(), size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestNativeWithdraw)
#include "tst_nativewithdraw.moc"
