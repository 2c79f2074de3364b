// `campaignforge-cli ai set|status|test|clear` and `generate --ai` end to end,
// in a private keyring, against a fake OpenAI-compatible endpoint served by
// this test: the key is read from standard input into the keychain, AI copy
// is stored with its source, a failing endpoint leaves template copy with the
// reason recorded, and the key never appears in any file the CLI wrote
// (database, backups, settings) nor in its output.
#include "FakeChatEndpoint.h"
#include "tests/support/TestPaths.h"

#include "models/store/ContentRepository.h"
#include "models/store/Database.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using cf::test::FakeChatEndpoint;

namespace {
const QByteArray kKey = "sk-cli-secret-5c1e0b9d";
}

class TestAiCommand : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QByteArray out;
        QString err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };

    // Runs the CLI without blocking this process's event loop, so the fake
    // endpoint can answer it.
    Run cli(const QStringList &args, const QByteArray &input = {}) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        p.setProcessEnvironment(env);
        p.start(cf::test::cliPath(), QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--data-dir"), m_data.path()} + args);
        p.write(input);
        p.closeWriteChannel();
        Run r;
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 120000)) {
            p.kill();
            return r;
        }
        r.code = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QStringList storedSources() const
    {
        cf::Database db;
        if (!db.open(m_data.filePath(QStringLiteral("campaignforge.sqlite")), QStringLiteral("t-ai-cli")))
            return {};
        const auto items = cf::ContentRepository(db).listForCampaign(1);
        if (!items)
            return {};
        QStringList out;
        for (const cf::ContentItem &item : items.value())
            out << (item.copy ? item.copy->source + QLatin1Char('|') + item.copy->fallbackReason : QString());
        return out;
    }

    QTemporaryDir m_data;
    QTemporaryDir m_config;
    FakeChatEndpoint m_server;
    int m_served = 0;
    int m_templateErrors = -1; // brand-guard errors of the template copy (no landing page: ads miss a link)

private Q_SLOTS:
    void initTestCase()
    {
        m_server.setHandler([this](const cf::test::RecordedRequest &request) {
            const QString user = request.body.value(QStringLiteral("messages")).toArray().at(1).toObject().value(QStringLiteral("content")).toString();
            if (request.authorization != QByteArray("Bearer ") + kKey)
                return FakeChatEndpoint::Answer{401, "{\"error\":{\"message\":\"bad key\"}}", false};
            if (user.startsWith(QStringLiteral("Reply with")))
                return FakeChatEndpoint::Answer{200, FakeChatEndpoint::completion("{\"ok\": true, \"ar\": \"أهلاً وسهلاً بكم\"}"), false};
            return FakeChatEndpoint::Answer{200, FakeChatEndpoint::completion(cf::test::sampleCopy(++m_served)), false};
        });
        const Run plan = cli({QStringLiteral("plan"), QStringLiteral("--today"), QStringLiteral("2026-01-15"), QStringLiteral("--save"),
                              QStringLiteral("Create Instagram and TikTok campaign for Ramadan sale with 1000 SAR budget targeting "
                                             "women 25-40 in Riyadh")});
        QVERIFY2(plan.code == 0, qPrintable(plan.err));
    }

    void notSetUpFallsBackWithAClearMessage()
    {
        const Run status = cli({QStringLiteral("ai"), QStringLiteral("status")});
        QVERIFY2(status.code == 0, qPrintable(status.err));
        QCOMPARE(status.json().value(QStringLiteral("key_stored")).toBool(), false);
        QCOMPARE(status.json().value(QStringLiteral("enabled")).toBool(), false);

        const Run r = cli({QStringLiteral("generate"), QStringLiteral("1"), QStringLiteral("--ai")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("not set up")), qPrintable(r.err));
        QCOMPARE(r.json().value(QStringLiteral("ai")).toObject().value(QStringLiteral("accepted")).toInt(), 0);
        m_templateErrors = r.json().value(QStringLiteral("errors")).toInt();
        const QStringList sources = storedSources();
        QVERIFY(!sources.isEmpty());
        for (const QString &s : sources)
            QVERIFY2(s.startsWith(QStringLiteral("templates|The AI provider is not set up")), qPrintable(s));
    }

    void setRejectsBadInput()
    {
        QCOMPARE(cli({QStringLiteral("ai"), QStringLiteral("set"), QStringLiteral("--model"), QStringLiteral("m")}).code, 2);
        const Run badUrl = cli({QStringLiteral("ai"), QStringLiteral("set"), QStringLiteral("--base-url"), QStringLiteral("ftp://x"),
                                QStringLiteral("--model"), QStringLiteral("m")},
                               kKey + "\n");
        QCOMPARE(badUrl.code, 1);
        QVERIFY(badUrl.err.contains(QStringLiteral("not an http or https address")));
        const Run noKey = cli({QStringLiteral("ai"), QStringLiteral("set"), QStringLiteral("--base-url"), m_server.baseUrl(),
                               QStringLiteral("--model"), QStringLiteral("fake-model")});
        QCOMPARE(noKey.code, 1);
        QVERIFY(noKey.err.contains(QStringLiteral("No API key on standard input")));
    }

    void setStatusTestAndGenerate()
    {
        const Run set = cli({QStringLiteral("ai"), QStringLiteral("set"), QStringLiteral("--base-url"), m_server.baseUrl(),
                             QStringLiteral("--model"), QStringLiteral("fake-model")},
                            kKey + "\n");
        QVERIFY2(set.code == 0, qPrintable(set.err));
        QVERIFY(!set.out.contains(kKey));

        const Run status = cli({QStringLiteral("ai"), QStringLiteral("status")});
        QCOMPARE(status.code, 0);
        QCOMPARE(status.json().value(QStringLiteral("key_stored")).toBool(), true);
        QCOMPARE(status.json().value(QStringLiteral("enabled")).toBool(), true);
        QCOMPARE(status.json().value(QStringLiteral("base_url")).toString(), m_server.baseUrl());
        QVERIFY(!status.out.contains(kKey));

        const Run test = cli({QStringLiteral("ai"), QStringLiteral("test")});
        QVERIFY2(test.code == 0, qPrintable(test.err));
        QVERIFY(QString::fromUtf8(test.out).contains(QStringLiteral("answered correctly")));

        const Run r = cli({QStringLiteral("generate"), QStringLiteral("1"), QStringLiteral("--ai"), QStringLiteral("--seed"), QStringLiteral("3")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject ai = r.json().value(QStringLiteral("ai")).toObject();
        const int items = r.json().value(QStringLiteral("items")).toArray().size();
        QVERIFY(items > 0);
        QCOMPARE(ai.value(QStringLiteral("accepted")).toInt(), items);
        // The AI copy adds no brand-guard error to the template copy's.
        QVERIFY(m_templateErrors >= 0);
        QCOMPARE(r.json().value(QStringLiteral("errors")).toInt(), m_templateErrors);
        for (const QString &s : storedSources())
            QVERIFY2(s == QStringLiteral("ai:fake-model|"), qPrintable(s));
        QVERIFY(!r.out.contains(kKey));
        QVERIFY(!r.err.toUtf8().contains(kKey));
    }

    void keyIsInNoFile()
    {
        int scanned = 0;
        for (const QString &root : {m_data.path(), m_config.path()}) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray bytes = f.readAll();
                QVERIFY2(!bytes.contains(kKey), qPrintable(f.fileName()));
                QVERIFY2(!bytes.contains(kKey.toBase64()), qPrintable(f.fileName()));
                ++scanned;
            }
        }
        // The database and the settings file were among them.
        QVERIFY(QFile::exists(m_data.filePath(QStringLiteral("campaignforge.sqlite"))));
        QVERIFY(QFile::exists(m_config.filePath(QStringLiteral("CampaignForge/CampaignForge.conf"))));
        QVERIFY(scanned >= 2);
    }

    void wrongKeyFallsBackWithTheReason()
    {
        const Run set = cli({QStringLiteral("ai"), QStringLiteral("set"), QStringLiteral("--base-url"), m_server.baseUrl(),
                             QStringLiteral("--model"), QStringLiteral("fake-model")},
                            "sk-wrong\n");
        QCOMPARE(set.code, 0);
        const Run test = cli({QStringLiteral("ai"), QStringLiteral("test")});
        QCOMPARE(test.code, 1);
        QVERIFY(test.err.contains(QStringLiteral("HTTP 401")));
        const Run r = cli({QStringLiteral("generate"), QStringLiteral("1"), QStringLiteral("--ai"), QStringLiteral("--seed"), QStringLiteral("4")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        for (const QString &s : storedSources())
            QVERIFY2(s.startsWith(QStringLiteral("templates|The AI provider refused the key (HTTP 401)")), qPrintable(s));
    }

    void clearRemovesKeyAndSettings()
    {
        const Run clear = cli({QStringLiteral("ai"), QStringLiteral("clear")});
        QVERIFY2(clear.code == 0, qPrintable(clear.err));
        const Run status = cli({QStringLiteral("ai"), QStringLiteral("status")});
        QCOMPARE(status.json().value(QStringLiteral("key_stored")).toBool(), false);
        QCOMPARE(status.json().value(QStringLiteral("base_url")).toString(), QString());
    }
};

QTEST_GUILESS_MAIN(TestAiCommand)
#include "tst_aicommand.moc"
