#include "models/store/AdEntityRepository.h"
#include "models/store/PublishTargetRepository.h"
#include "tests/app/publishing/AdFixture.h"
#include "tests/support/TestPaths.h"

#include <QProcess>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace cf;
using test::noonUtc;

// `campaignforge-cli status [--json]` shows the queue and each target's state.
class TestStatusCommand : public QObject
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
    void jsonListsEveryTargetWithItsState()
    {
        test::PublishFixture f(QStringLiteral("status1"));
        QVERIFY(f.ok());
        const qint64 published = f.addTarget(f.addItem(noonUtc()));
        const qint64 unknown = f.addTarget(f.addItem(noonUtc(3)));
        const qint64 waiting = f.addTarget(f.addItem(noonUtc(4)));
        const PublishTargetRepository repo(f.db);
        for (qint64 t : {published, unknown})
            QVERIFY(*repo.claim(t, QStringLiteral("w"), noonUtc()));
        const qint64 a1 = **repo.beginSending(published, QStringLiteral("w"), {}, {}, noonUtc());
        QVERIFY(*repo.finishPublished(published, a1, QStringLiteral("104_1"), QStringLiteral("https://fb/1"), 200, noonUtc()));
        const qint64 a2 = **repo.beginSending(unknown, QStringLiteral("w"), {}, {}, noonUtc());
        QVERIFY(*repo.finishUnknown(unknown, a2, {QStringLiteral("unknown"), QStringLiteral("No answer."),
                                                  QStringLiteral("Please check on Facebook."), {}, std::nullopt},
                                    noonUtc(), noonUtc()));
        f.db.close();

        const Run run = cli(f.dir.path(), {QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const nlohmann::json j = nlohmann::json::parse(run.out.toStdString());
        QCOMPARE(j["targets"].size(), size_t(3));
        QCOMPARE(j["counts"]["published"].get<int>(), 1);
        QCOMPARE(j["counts"]["unknown"].get<int>(), 1);
        QCOMPARE(j["counts"]["scheduled"].get<int>(), 1);
        QCOMPARE(j["attention"].get<int>(), 1);
        for (const auto &t : j["targets"]) {
            QCOMPARE(t["platform"].get<std::string>(), std::string("facebook"));
            QCOMPARE(t["account"].get<std::string>(), std::string("Noura Boutique"));
            QCOMPARE(t["campaign"].get<std::string>(), std::string("Winter sale"));
            if (t["id"].get<qint64>() == published) {
                QCOMPARE(t["state"].get<std::string>(), std::string("published"));
                QCOMPARE(t["external_id"].get<std::string>(), std::string("104_1"));
                QCOMPARE(t["permalink"].get<std::string>(), std::string("https://fb/1"));
            } else if (t["id"].get<qint64>() == unknown) {
                QCOMPARE(t["state"].get<std::string>(), std::string("unknown"));
                QCOMPARE(t["error_action"].get<std::string>(), std::string("Please check on Facebook."));
            } else {
                QCOMPARE(t["id"].get<qint64>(), waiting);
                QCOMPARE(t["state"].get<std::string>(), std::string("scheduled"));
                QCOMPARE(t["scheduled_at"].get<std::string>(), std::string("2026-12-04T12:00:00.000Z"));
            }
        }

        const Run text = cli(f.dir.path(), {QStringLiteral("status")});
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains(QStringLiteral("104_1")));
        QVERIFY(text.out.contains(QStringLiteral("Please check on Facebook.")));
    }

    void adsShowTheirDelivery()
    {
        test::AdFixture f(QStringLiteral("status2"));
        QVERIFY(f.ok());
        const qint64 paused = f.addAdTarget(f.addAd(noonUtc(), f.adSetId));
        const qint64 active = f.addAdTarget(f.addAd(noonUtc(), f.adSetId, QStringLiteral("Scarves")));
        const qint64 waiting = f.addAdTarget(f.addAd(noonUtc(5), f.adSetId, QStringLiteral("Boots")));
        const PublishTargetRepository repo(f.db);
        for (qint64 t : {paused, active}) {
            QVERIFY(*repo.claim(t, QStringLiteral("w"), noonUtc()));
            const qint64 attempt = **repo.beginSending(t, QStringLiteral("w"), {}, {}, noonUtc());
            QVERIFY(*repo.finishPublished(t, attempt, QStringLiteral("ad-%1").arg(t), {}, 200, noonUtc()));
        }
        QVERIFY(!AdEntityRepository(f.db).markDelivered(f.campaignId, f.adAccountId, {active}, AdDelivery::Active, noonUtc())
                     .isError());
        f.db.close();

        const Run run = cli(f.dir.path(), {QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const nlohmann::json j = nlohmann::json::parse(run.out.toStdString());
        std::map<qint64, std::string> delivery;
        for (const auto &t : j["targets"]) {
            QVERIFY(t["ad"].get<bool>());
            delivery[t["id"].get<qint64>()] = t["ad_delivery"].get<std::string>();
        }
        QCOMPARE(delivery.at(paused), std::string("paused"));
        QCOMPARE(delivery.at(active), std::string("active"));
        QCOMPARE(delivery.at(waiting), std::string()); // not on the platform yet

        const Run text = cli(f.dir.path(), {QStringLiteral("status")});
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains(QStringLiteral("ad-%1  ad paused").arg(paused)));
        QVERIFY(text.out.contains(QStringLiteral("ad-%1  ad delivering").arg(active)));
    }

    void usageAndMissingDatabase()
    {
        QTemporaryDir empty;
        QCOMPARE(cli(empty.path(), {QStringLiteral("status"), QStringLiteral("--yaml")}).code, 2);
        const Run missing = cli(empty.path(), {QStringLiteral("status")});
        QCOMPARE(missing.code, 1);
        QVERIFY(!missing.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStatusCommand)
#include "tst_statuscommand.moc"
