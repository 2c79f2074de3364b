#include "models/store/PublishAttemptRepository.h"
#include "platforms/auth/KeychainStore.h"
#include "platforms/auth/TokenVault.h"
#include "tests/app/publishing/PublishFixture.h"
#include "tests/app/publishing/SandboxPublishing.h"
#include "tests/support/TestPaths.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <map>

using namespace cf;
using test::noonUtc;

// kill -9 during publishing (issue #7): campaignforge-cli publish-due runs
// against the sandbox with a slow create; it is killed at a random moment
// (before, during or after a create), then run again. Every time the
// sandbox must have received exactly one create per item, and every target
// must end published (directly, or unknown and then reconciled): zero
// duplicates, zero lost items. Runs under a private keychain (KEYRING), as
// the CLI reads the Page token from it.
class TestPublishCrash : public QObject
{
    Q_OBJECT

    static constexpr int kRuns = 20;
    static constexpr int kItemsPerRun = 2;
    static constexpr int kCreateDelayMs = 1000;

    test::SandboxProcess m_sandbox;
    QString m_pageToken;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CAMPAIGNFORGE_DATA_DIR"));
        env.insert(QStringLiteral("CAMPAIGNFORGE_LANG"), QStringLiteral("en"));
        env.insert(QStringLiteral("CAMPAIGNFORGE_ENDPOINTS"), m_sandbox.endpointsFile());
        return env;
    }

    Run publishDue(const QString &dataDir, const QStringList &extra = {})
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(test::cliPath(), QStringList{QStringLiteral("--data-dir"), dataDir, QStringLiteral("publish-due"),
                                             QStringLiteral("--settle-secs"), QStringLiteral("0")}
                                     + extra);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    // Stores the Page token in the keychain under the Page row's id, as a
    // sign-in would. Every run's database gives the Page the same id.
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
        QElapsedTimer timer;
        timer.start();
        while (!done && timer.elapsed() < 20000)
            QTest::qWait(20);
        if (error.isError())
            qWarning("keychain: %s", qPrintable(error.message));
        return done && !error.isError();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        m_pageToken = test::sandboxPageToken(m_sandbox);
        QVERIFY(!m_pageToken.isEmpty());
        test::PublishFixture probe(QStringLiteral("crash-probe"));
        QVERIFY(probe.ok());
        QVERIFY(storePageToken(probe.pageId));
    }

    void killedAtRandomPointsNeverDuplicatesOrLoses()
    {
        QRandomGenerator random(20261121);
        // What each kill left behind (sending = the create was in flight:
        // unknown on restart, then reconciled), for the report.
        std::map<QString, int> outcomesAfterKill;
        QElapsedTimer total;
        total.start();
        for (int run = 0; run < kRuns; ++run) {
            test::PublishFixture f(QStringLiteral("crash-%1").arg(run), AutomationLevel::Manual);
            QVERIFY(f.ok());
            std::vector<qint64> targets;
            QStringList texts;
            for (int i = 0; i < kItemsPerRun; ++i) {
                const QString text = QStringLiteral("CrashRun%1Item%2T%3").arg(run).arg(i).arg(total.nsecsElapsed());
                texts << text;
                const qint64 item = f.addItem(noonUtc(), text);
                targets.push_back(f.addTarget(item));
                QCOMPARE(*PublishTargetRepository(f.db).releaseNow(item, QDateTime::currentDateTimeUtc()), 1);
            }
            f.db.close();
            m_sandbox.control("DELETE", QStringLiteral("requests"));
            m_sandbox.control("DELETE", QStringLiteral("faults"));
            QCOMPARE(m_sandbox.control("POST", QStringLiteral("faults"),
                                       {{"host", "graph.facebook.com"}, {"path_regex", "/feed$"}, {"method", "POST"},
                                        {"fault", "slow"}, {"delay_ms", kCreateDelayMs}, {"count", -1}})
                         .status,
                     201);

            // Start, then kill -9 somewhere between "not started yet" and "all done".
            QProcess victim;
            victim.setProcessEnvironment(environment());
            victim.start(test::cliPath(), {QStringLiteral("--data-dir"), f.dir.path(), QStringLiteral("publish-due"),
                                           QStringLiteral("--once"), QStringLiteral("--settle-secs"), QStringLiteral("0")});
            QVERIFY(victim.waitForStarted(10000));
            const int killAfterMs = int(random.bounded(kItemsPerRun * kCreateDelayMs + 1200));
            QTest::qWait(killAfterMs);
            if (victim.state() != QProcess::NotRunning) {
                victim.kill(); // SIGKILL
                QVERIFY(victim.waitForFinished(10000));
            } else {
                ++outcomesAfterKill[QStringLiteral("(finished before the kill)")];
                if (victim.exitCode() != 0)
                    qWarning("publish-due ended by itself with %d: %s", victim.exitCode(),
                             victim.readAllStandardError().constData());
            }

            {
                Database look;
                DatabaseOptions options;
                options.migrate = false;
                QVERIFY(look.open(f.path(), QStringLiteral("crash-look-%1").arg(run), options));
                for (qint64 t : targets)
                    ++outcomesAfterKill[enumId(PublishTargetRepository(look).find(t)->state)];
            }

            // Restart without the fault until everything is settled.
            m_sandbox.control("DELETE", QStringLiteral("faults"));
            Run again;
            for (int attempt = 0; attempt < 3; ++attempt) {
                again = publishDue(f.dir.path());
                if (again.code == 0)
                    break;
            }
            QVERIFY2(again.code == 0, qPrintable(again.out + again.err));

            // Exactly one create per item reached the sandbox.
            const nlohmann::json creates = test::recordedFeedPosts(m_sandbox);
            std::map<QString, int> perText;
            for (const auto &request : creates) {
                const QString body = QString::fromStdString(request.value("body", std::string()));
                for (const QString &text : texts)
                    if (body.contains(text))
                        ++perText[text];
            }
            for (const QString &text : texts)
                QVERIFY2(perText[text] == 1, qPrintable(QStringLiteral("run %1, kill at %2 ms: %3 creates for \"%4\"")
                                                             .arg(run)
                                                             .arg(killAfterMs)
                                                             .arg(perText[text])
                                                             .arg(text)));
            QCOMPARE(creates.size(), size_t(kItemsPerRun));

            // Nothing lost: every target is published with the sandbox's id.
            Database check;
            DatabaseOptions options;
            options.migrate = false;
            QVERIFY(check.open(f.path(), QStringLiteral("crash-check-%1").arg(run), options));
            for (qint64 t : targets) {
                const PublishTarget target = *PublishTargetRepository(check).find(t);
                QVERIFY2(target.state == TargetState::Published,
                         qPrintable(QStringLiteral("run %1 target %2: %3 %4").arg(run).arg(t).arg(enumId(target.state),
                                                                                                 target.errorMessage)));
                QVERIFY(!target.externalId.isEmpty());
            }
        }
        QStringList summary;
        for (const auto &[state, n] : outcomesAfterKill)
            summary << QStringLiteral("%1=%2").arg(state).arg(n);
        qInfo("%d runs in %lld ms; states right after kill -9: %s", kRuns, total.elapsed(), qPrintable(summary.join(u' ')));
    }
};

QTEST_GUILESS_MAIN(TestPublishCrash)
#include "tst_publishcrash.moc"
