// The db and campaign commands of campaignforge-cli, run as a user would.
#include "StoreFixture.h"

#include "models/store/CampaignRepository.h"
#include "models/store/CampaignTransfer.h"
#include "models/store/Schema.h"
#include "tests/support/TestPaths.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace cf;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QString &dataDir, const QStringList &args)
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

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

} // namespace

class TestStoreCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initCheckBackup()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        Run check = cli(data, {QStringLiteral("db"), QStringLiteral("check")});
        QCOMPARE(check.code, 1); // nothing there yet
        QVERIFY(check.err.contains(QStringLiteral("no database")));

        Run init = cli(data, {QStringLiteral("db"), QStringLiteral("init")});
        QCOMPARE(init.code, 0);
        QVERIFY(init.out.contains(QStringLiteral("schema version %1").arg(cf::kCurrentSchemaVersion)));
        QVERIFY(init.err.isEmpty());
        QVERIFY(QFile::exists(data + QStringLiteral("/campaignforge.sqlite")));

        check = cli(data, {QStringLiteral("db"), QStringLiteral("check")});
        QCOMPARE(check.code, 0);
        QVERIFY(check.out.contains(QStringLiteral("healthy")));

        const QString backup = dir.filePath(QStringLiteral("copy.sqlite"));
        Run saved = cli(data, {QStringLiteral("db"), QStringLiteral("backup"), backup});
        QCOMPARE(saved.code, 0);
        QVERIFY(QFile::exists(backup));
        Run again = cli(data, {QStringLiteral("db"), QStringLiteral("backup"), backup});
        QCOMPARE(again.code, 1);
        QVERIFY(again.err.contains(QStringLiteral("already exists")));

        QCOMPARE(cli(data, {QStringLiteral("db")}).code, 2);
        QCOMPARE(cli(data, {QStringLiteral("db"), QStringLiteral("backup")}).code, 2);
    }

    void garbageDatabaseIsReportedAndKept()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("campaignforge.sqlite"));
        QFile file(db);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("definitely not sqlite ").repeated(100));
        file.close();
        const QByteArray before = hashOf(db);
        for (const QStringList &args : {QStringList{QStringLiteral("db"), QStringLiteral("init")},
                                        QStringList{QStringLiteral("db"), QStringLiteral("check")},
                                        QStringList{QStringLiteral("campaign"), QStringLiteral("list")}}) {
            const Run run = cli(dir.path(), args);
            QCOMPARE(run.code, 1);
            QVERIFY2(run.err.contains(QStringLiteral("not a CampaignForge database")), qPrintable(run.err));
        }
        QCOMPARE(hashOf(db), before);
    }

    void newerDatabaseIsReadOnly()
    {
        QTemporaryDir dir;
        {
            test::StoreFixture f(QStringLiteral("t-cli-newer"));
            QVERIFY(CampaignRepository(f.db).insert(test::sampleCampaign(QStringLiteral("Future"))));
            QVERIFY(QSqlQuery(f.db.handle()).exec(QStringLiteral("PRAGMA user_version = 7")));
            f.db.close();
            QVERIFY(QFile::copy(f.path(), dir.filePath(QStringLiteral("campaignforge.sqlite"))));
        }
        const Run list = cli(dir.path(), {QStringLiteral("campaign"), QStringLiteral("list")});
        QCOMPARE(list.code, 0);
        QVERIFY(list.out.contains(QStringLiteral("Future")));
        const Run init = cli(dir.path(), {QStringLiteral("db"), QStringLiteral("init")});
        QCOMPARE(init.code, 1);
        QVERIFY(init.err.contains(QStringLiteral("newer version")));
    }

    void listExportImport()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("source"));
        const QString target = dir.filePath(QStringLiteral("target"));
        Run empty = cli(source, {QStringLiteral("campaign"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(empty.code, 0);
        QCOMPARE(empty.out.trimmed(), QStringLiteral("[]"));
        QVERIFY(!QFile::exists(source + QStringLiteral("/campaignforge.sqlite"))); // list does not create

        QVERIFY(QDir().mkpath(source));
        qint64 id = 0;
        {
            Database db;
            QVERIFY(db.open(source + QStringLiteral("/campaignforge.sqlite"), QStringLiteral("t-cli-src")));
            CampaignBundle bundle;
            bundle.campaign = test::sampleCampaign(QStringLiteral("حملة رمضان"));
            bundle.content = {test::sampleItem(0, test::utcAt(2, 18, 15))};
            id = CampaignTransfer(db).insert(bundle).value();
        }

        Run list = cli(source, {QStringLiteral("campaign"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0)[QStringLiteral("name")].toString(), QStringLiteral("حملة رمضان"));
        QCOMPARE(rows.at(0)[QStringLiteral("content_count")].toInt(), 1);
        QCOMPARE(rows.at(0)[QStringLiteral("next_scheduled_at")].toString(), QStringLiteral("2026-02-18T15:00:00.000Z"));
        Run text = cli(source, {QStringLiteral("campaign"), QStringLiteral("list")});
        QVERIFY(text.out.contains(QStringLiteral("1000.00 SAR")));

        Run exported = cli(source, {QStringLiteral("campaign"), QStringLiteral("export"), QString::number(id)});
        QCOMPARE(exported.code, 0);
        const QString file = dir.filePath(QStringLiteral("campaign.json"));
        QVERIFY(cli(source, {QStringLiteral("campaign"), QStringLiteral("export"), QString::number(id),
                             QStringLiteral("--output"), file})
                    .code
                == 0);
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(written.readAll()), exported.out);

        Run imported = cli(target, {QStringLiteral("campaign"), QStringLiteral("import"), file});
        QCOMPARE(imported.code, 0);
        QVERIFY(imported.out.contains(QStringLiteral("حملة رمضان")));
        Run reexported = cli(target, {QStringLiteral("campaign"), QStringLiteral("export"), QStringLiteral("1")});
        QCOMPARE(reexported.code, 0);
        QCOMPARE(reexported.out, exported.out); // same ids here: both are the first campaign
    }

    void campaignErrorsGoToStderr()
    {
        QTemporaryDir dir;
        QVERIFY(cli(dir.path(), {QStringLiteral("db"), QStringLiteral("init")}).code == 0);
        Run missing = cli(dir.path(), {QStringLiteral("campaign"), QStringLiteral("export"), QStringLiteral("42")});
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.out.isEmpty());
        QVERIFY(missing.err.contains(QStringLiteral("no campaign with id 42")));
        QCOMPARE(cli(dir.path(), {QStringLiteral("campaign"), QStringLiteral("export"), QStringLiteral("abc")}).code, 2);

        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"campaignforge.campaign\", \"campaign\": {\"status\": \"??\"}}");
        file.close();
        Run rejected = cli(dir.path(), {QStringLiteral("campaign"), QStringLiteral("import"), bad});
        QCOMPARE(rejected.code, 1);
        QVERIFY(rejected.err.contains(QStringLiteral("cannot be imported")));
        Run absent = cli(dir.path(), {QStringLiteral("campaign"), QStringLiteral("import"), dir.filePath(QStringLiteral("nope.json"))});
        QCOMPARE(absent.code, 1);
        QCOMPARE(cli(dir.path(), {QStringLiteral("campaign"), QStringLiteral("frobnicate")}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestStoreCli)
#include "tst_storecli.moc"
