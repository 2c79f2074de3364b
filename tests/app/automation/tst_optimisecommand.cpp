#include "models/domain/TimeText.h"
#include "models/store/AutomationLogRepository.h"
#include "tests/app/automation/OptimiserFixture.h"
#include "tests/support/TestPaths.h"

#include <QProcess>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace cf;
using test::riyadh;

// `campaignforge-cli optimise --campaign ID [--dry-run] [--json]` and
// `optimise --undo LOG_ID` against a temporary data folder. The CLI runs on
// the real clock, so the history is the last few days and the post waits
// two days ahead.
class TestOptimiseCommand : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    QTemporaryDir m_config; // the CLI's settings: defaults only

    Run cli(const QString &dataDir, const QStringList &args)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CAMPAIGNFORGE_DATA_DIR"));
        env.insert(QStringLiteral("CAMPAIGNFORGE_LANG"), QStringLiteral("en"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        process.setProcessEnvironment(env);
        process.start(test::cliPath(), QStringList{QStringLiteral("--data-dir"), dataDir} + args);
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    static QDate today() { return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Riyadh")).date(); }

    struct Seeded
    {
        std::unique_ptr<test::OptimiserFixture> fixture;
        qint64 item = 0;
    };

    static Seeded seed(const QString &name)
    {
        Seeded s;
        s.fixture = std::make_unique<test::OptimiserFixture>(name, today().addDays(-6));
        s.item = s.fixture->addItem(riyadh(today().addDays(2), 9));
        s.fixture->addTarget(s.item);
        return s;
    }

private Q_SLOTS:
    void dryRunProposesAndSavesNothing()
    {
        Seeded s = seed(QStringLiteral("cmd1"));
        QVERIFY(s.fixture->seeded());
        const Run run = cli(s.fixture->dir.path(), {QStringLiteral("optimise"), QStringLiteral("--campaign"),
                                                    QString::number(s.fixture->campaignId), QStringLiteral("--dry-run"),
                                                    QStringLiteral("--json")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const auto j = nlohmann::json::parse(run.out.toStdString());
        QCOMPARE(j["dry_run"].get<bool>(), true);
        QCOMPARE(j["schedule_moves"].size(), size_t(1));
        QCOMPARE(j["schedule_moves"][0]["content_id"].get<qint64>(), s.item);
        QCOMPARE(QString::fromStdString(j["schedule_moves"][0]["after"].get<std::string>()),
                 utcText(riyadh(today().addDays(2), 19)));
        QCOMPARE(j["hours"]["facebook"]["ranked"][0]["hour"].get<int>(), 19);
        QVERIFY(j["log_ids"].empty());
        QCOMPARE(s.fixture->timeOf(s.item), riyadh(today().addDays(2), 9));
        QVERIFY(AutomationLogRepository(s.fixture->db).listForCampaign(s.fixture->campaignId)->empty());
    }

    void optimiseThenUndoByLogId()
    {
        Seeded s = seed(QStringLiteral("cmd2"));
        QVERIFY(s.fixture->seeded());
        const QString dir = s.fixture->dir.path();
        Run run = cli(dir, {QStringLiteral("optimise"), QStringLiteral("--campaign"),
                            QString::number(s.fixture->campaignId), QStringLiteral("--json")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const auto j = nlohmann::json::parse(run.out.toStdString());
        QCOMPARE(j["log_ids"].size(), size_t(1));
        const qint64 logId = j["log_ids"][0].get<qint64>();
        QCOMPARE(s.fixture->timeOf(s.item), riyadh(today().addDays(2), 19));

        run = cli(dir, {QStringLiteral("optimise"), QStringLiteral("--undo"), QString::number(logId)});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("back at")));
        QCOMPARE(s.fixture->timeOf(s.item), riyadh(today().addDays(2), 9));

        run = cli(dir, {QStringLiteral("optimise"), QStringLiteral("--undo"), QString::number(logId)});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(QStringLiteral("already undone")));
    }

    void refusesCampaignsThatAreNotAiOptimised()
    {
        Seeded s = seed(QStringLiteral("cmd3"));
        QVERIFY(s.fixture->seeded());
        Campaign c = *CampaignRepository(s.fixture->db).find(s.fixture->campaignId);
        c.automationLevel = AutomationLevel::SemiAutomatic;
        QVERIFY(!CampaignRepository(s.fixture->db).update(c).isError());
        const Run run = cli(s.fixture->dir.path(),
                            {QStringLiteral("optimise"), QStringLiteral("--campaign"), QString::number(c.id)});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(QStringLiteral("not AI-optimised")));
        QCOMPARE(s.fixture->timeOf(s.item), riyadh(today().addDays(2), 9));
    }

    void usageErrors()
    {
        Seeded s = seed(QStringLiteral("cmd4"));
        QVERIFY(s.fixture->seeded());
        const QString dir = s.fixture->dir.path();
        QCOMPARE(cli(dir, {QStringLiteral("optimise")}).code, 2);
        QCOMPARE(cli(dir, {QStringLiteral("optimise"), QStringLiteral("--campaign"), QStringLiteral("abc")}).code, 2);
        QCOMPARE(cli(dir, {QStringLiteral("optimise"), QStringLiteral("--campaign"), QStringLiteral("1"),
                           QStringLiteral("--undo"), QStringLiteral("2")})
                     .code,
                 2);
        QCOMPARE(cli(dir, {QStringLiteral("optimise"), QStringLiteral("--undo"), QStringLiteral("2"),
                           QStringLiteral("--dry-run")})
                     .code,
                 2);
        const Run missing = cli(dir, {QStringLiteral("optimise"), QStringLiteral("--campaign"), QStringLiteral("999")});
        QCOMPARE(missing.code, 1);
        QVERIFY(!missing.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOptimiseCommand)
#include "tst_optimisecommand.moc"
