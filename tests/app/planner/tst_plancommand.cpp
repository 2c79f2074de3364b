#include "tests/support/TestPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestPlanCommand : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QJsonObject json;
        QString err;
    };

    static Run cli(const QStringList &args)
    {
        QProcess p;
        p.start(cf::test::cliPath(), QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args);
        Run r;
        if (!p.waitForFinished(60000))
            return r;
        r.code = p.exitCode();
        r.json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

private Q_SLOTS:
    void seedInstructionPrintsTheWholePlanAndSaves()
    {
        QTemporaryDir dir;
        const Run r = cli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("plan"), QStringLiteral("--today"),
                           QStringLiteral("2026-01-15"), QStringLiteral("--save"),
                           QStringLiteral("Create Instagram and TikTok campaign for Ramadan sale with 1000 SAR budget "
                                          "targeting women 25-40 in Riyadh")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        for (const char *key : {"brief", "strategy", "calendar", "timeline", "structure", "budget", "estimates", "warnings",
                                "inferences", "campaign_id"})
            QVERIFY2(r.json.contains(QLatin1String(key)), key);
        QVERIFY(r.json.value(QLatin1String("campaign_id")).toInteger() > 0);
        QCOMPARE(r.json.value(QLatin1String("brief")).toObject().value(QLatin1String("time_zone")).toString(),
                 QStringLiteral("Asia/Riyadh"));
        QCOMPARE(r.json.value(QLatin1String("budget")).toObject().value(QLatin1String("channels")).toArray().size(), 2);
        QVERIFY(r.json.value(QLatin1String("calendar")).toObject().value(QLatin1String("items")).toArray().size() > 50);

        const Run list = cli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("campaign"), QStringLiteral("list"),
                              QStringLiteral("--json")});
        QCOMPARE(list.code, 0);
    }

    void tooSmallBudgetFailsWithTheMinimum()
    {
        const Run r = cli({QStringLiteral("plan"), QStringLiteral("--today"), QStringLiteral("2026-01-15"),
                           QStringLiteral("TikTok campaign in Riyadh with 50 SAR budget")});
        QCOMPARE(r.code, 1);
        const QJsonArray errors = r.json.value(QLatin1String("errors")).toArray();
        QVERIFY(!errors.isEmpty());
        QCOMPARE(errors.first().toObject().value(QLatin1String("code")).toString(), QStringLiteral("insufficient_budget"));
        QVERIFY(errors.first().toObject().value(QLatin1String("minimum")).toDouble() > 50);
        QVERIFY(!r.err.isEmpty());
    }

    void usageErrors()
    {
        QCOMPARE(cli({QStringLiteral("plan")}).code, 2);
        QCOMPARE(cli({QStringLiteral("plan"), QStringLiteral("--today"), QStringLiteral("soon"), QStringLiteral("x")}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestPlanCommand)
#include "tst_plancommand.moc"
