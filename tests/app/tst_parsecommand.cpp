#include "tests/support/TestPaths.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList &args)
{
    QProcess process;
    process.start(cf::test::cliPath(), QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args);
    Run run;
    if (!process.waitForFinished(30000))
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

// campaignforge-cli parse, end to end as a script would run it.
class TestParseCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void printsTheDocumentedKeys()
    {
        const Run run = runCli({QStringLiteral("parse"), QStringLiteral("--today"), QStringLiteral("2026-11-21"),
                                QStringLiteral("Create Instagram and TikTok campaign for Ramadan sale with 1000 SAR "
                                               "budget targeting women 25-40 in Riyadh")});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
        QVERIFY2(doc.isObject(), qPrintable(error.errorString()));
        const QJsonObject o = doc.object();
        QStringList keys = o.keys();
        keys.sort();
        QStringList expected{QStringLiteral("platforms"),   QStringLiteral("budget"),        QStringLiteral("budget_period"),
                             QStringLiteral("genders"),     QStringLiteral("age_min"),       QStringLiteral("age_max"),
                             QStringLiteral("locations"),   QStringLiteral("theme"),         QStringLiteral("objective"),
                             QStringLiteral("campaign_type"), QStringLiteral("duration_days"), QStringLiteral("start_date"),
                             QStringLiteral("errors")};
        expected.sort();
        QCOMPARE(keys, expected);
        QCOMPARE(o.value(QStringLiteral("platforms")).toArray(),
                 QJsonArray({QStringLiteral("instagram"), QStringLiteral("tiktok")}));
        QCOMPARE(o.value(QStringLiteral("budget")).toObject().value(QStringLiteral("currency")).toString(), QStringLiteral("SAR"));
        QCOMPARE(o.value(QStringLiteral("age_min")).toInt(), 25);
        QVERIFY(o.value(QStringLiteral("start_date")).isNull());
        QVERIFY(o.value(QStringLiteral("budget_period")).isNull());
        QCOMPARE(o.value(QStringLiteral("errors")).toArray().size(), 0);
        // Whole amounts print as integers.
        QVERIFY2(run.out.contains("\"amount\": 1000,") || run.out.contains("\"amount\": 1000\n"), run.out.constData());
        QVERIFY(!run.out.contains("1000.0"));
    }

    void fractionalAmountsKeepTheirFraction()
    {
        const Run run = runCli({QStringLiteral("parse"), QStringLiteral("--today"), QStringLiteral("2026-11-21"),
                                QStringLiteral("Instagram campaign, budget 99.5 USD")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("budget")).toObject().value(QStringLiteral("amount")).toDouble(), 99.5);
    }

    void arabicAndErrorsAreData()
    {
        const Run run = runCli({QStringLiteral("parse"), QStringLiteral("--today"), QStringLiteral("2026-11-21"),
                                QString::fromUtf8("حملة على Pinterest بميزانية 500 درهم في دبي")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(o.value(QStringLiteral("locations")).toArray(), QJsonArray({QStringLiteral("Dubai")}));
        QStringList codes;
        for (const QJsonValue &e : o.value(QStringLiteral("errors")).toArray()) {
            const QJsonObject error = e.toObject();
            codes.append(error.value(QStringLiteral("code")).toString());
            QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
            QVERIFY(error.value(QStringLiteral("start")).isDouble());
            QVERIFY(error.value(QStringLiteral("end")).isDouble());
        }
        codes.sort();
        QCOMPARE(codes, QStringList({QStringLiteral("no_platform"), QStringLiteral("unknown_platform")}));
    }

    void todayDefaultsToTheClock()
    {
        const Run run = runCli({QStringLiteral("parse"), QStringLiteral("Instagram campaign starting today")});
        QCOMPARE(run.exitCode, 0);
        const QString start = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("start_date")).toString();
        // The test may straddle midnight UTC: accept the day after as well.
        const QDate today = QDateTime::currentDateTimeUtc().date();
        QVERIFY2(start == today.toString(Qt::ISODate) || start == today.addDays(-1).toString(Qt::ISODate), qPrintable(start));
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no text") << QStringList{QStringLiteral("parse")};
        QTest::newRow("only --today") << QStringList{QStringLiteral("parse"), QStringLiteral("--today"), QStringLiteral("2026-11-21")};
        QTest::newRow("bad date") << QStringList{QStringLiteral("parse"), QStringLiteral("--today"), QStringLiteral("21/11/2026"), QStringLiteral("X campaign")};
        QTest::newRow("impossible date") << QStringList{QStringLiteral("parse"), QStringLiteral("--today"), QStringLiteral("2026-02-30"), QStringLiteral("X campaign")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("parse"), QStringLiteral("--tomorrow"), QStringLiteral("X campaign")};
    }
    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, args);
        const Run run = runCli(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY(!run.err.isEmpty());
    }

    void emptyTextIsAnInstructionError()
    {
        const Run run = runCli({QStringLiteral("parse"), QStringLiteral("--today"), QStringLiteral("2026-11-21"), QStringLiteral("  ")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray errors = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("empty_instruction"));
    }
};

QTEST_GUILESS_MAIN(TestParseCommand)
#include "tst_parsecommand.moc"
