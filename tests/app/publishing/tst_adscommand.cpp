#include "models/store/AdDeliveryRepository.h"
#include "models/store/AdEntityRepository.h"
#include "models/store/AutomationLogRepository.h"
#include "tests/app/publishing/AdFixture.h"
#include "tests/support/TestPaths.h"

#include <QProcess>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace cf;
using test::noonUtc;

// `campaignforge-cli ads pause|resume|show --campaign ID [--json]`: the
// owner's wish for a campaign's paid ads is recorded (the worker applies it)
// and the platform entities are listed.
class TestAdsCommand : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    static Run cli(const QString &dataDir, const QStringList &args)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CAMPAIGNFORGE_DATA_DIR"));
        env.insert(QStringLiteral("CAMPAIGNFORGE_LANG"), QStringLiteral("en"));
        process.setProcessEnvironment(env);
        process.start(test::cliPath(), QStringList{QStringLiteral("--data-dir"), dataDir} + args);
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
    void pauseResumeAndShow()
    {
        test::AdFixture f(QStringLiteral("adscli"));
        QVERIFY(f.ok());
        const QString campaign = QString::number(f.campaignId);
        // Nothing on a platform yet: refused with the reason.
        f.db.close();
        Run run = cli(f.dir.path(), {QStringLiteral("ads"), QStringLiteral("pause"), QStringLiteral("--campaign"), campaign});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("no ads on any platform")), qPrintable(run.err));
        QVERIFY(f.db.open(f.path(), QStringLiteral("adscli-2")));
        const AdEntityRepository entities(f.db);
        QVERIFY(entities.upsertExternalId({f.campaignId, f.adAccountId, std::nullopt}, Platform::Facebook,
                                          QStringLiteral("120210000000001"), std::nullopt, noonUtc()));
        QVERIFY(entities.upsertExternalId({f.campaignId, f.adAccountId, f.adSetId}, Platform::Facebook,
                                          QStringLiteral("120210000000101"), PushedBudget{3000, BudgetPeriod::Daily},
                                          noonUtc()));
        f.db.close();

        run = cli(f.dir.path(), {QStringLiteral("ads"), QStringLiteral("pause"), QStringLiteral("--campaign"), campaign,
                                 QStringLiteral("--json")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const auto doc = nlohmann::json::parse(run.out.toStdString());
        QCOMPARE(doc["paused_by_owner"].get<bool>(), true);
        QCOMPARE(doc["entities"].size(), size_t(2));
        QCOMPARE(doc["entities"][1]["external_id"].get<std::string>(), std::string("120210000000101"));
        QCOMPARE(doc["entities"][1]["level"].get<std::string>(), std::string("adset"));

        run = cli(f.dir.path(), {QStringLiteral("ads"), QStringLiteral("show"), QStringLiteral("--campaign"), campaign});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("Ads paused by you.")));
        QVERIFY(run.out.contains(QStringLiteral("ad set 120210000000101 on Facebook")));

        run = cli(f.dir.path(), {QStringLiteral("ads"), QStringLiteral("resume"), QStringLiteral("--campaign"), campaign});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("Ads may run.")));
        QVERIFY(f.db.open(f.path(), QStringLiteral("adscli-3")));
        QVERIFY(!*AdDeliveryRepository(f.db).pausedByOwner(f.campaignId));
        int requested = 0;
        const auto logs = AutomationLogRepository(f.db).listForCampaign(f.campaignId); // alive for the loop
        for (const AutomationLog &entry : *logs)
            requested += entry.event.endsWith(QLatin1String("_requested")) ? 1 : 0;
        QCOMPARE(requested, 2);

        QCOMPARE(cli(f.dir.path(), {QStringLiteral("ads"), QStringLiteral("stop")}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestAdsCommand)
#include "tst_adscommand.moc"
