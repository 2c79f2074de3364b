// `campaignforge-cli generate` end to end: plan --save, generate, the copy is
// stored (schema v2) and exported, --regenerate rewrites one item only, and
// bad arguments are usage errors.
#include "tests/support/TestPaths.h"

#include "models/store/CampaignTransfer.h"
#include "models/store/ContentRepository.h"
#include "models/store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestGenerateCommand : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QJsonObject json;
        QString err;
    };

    Run cli(const QStringList &args) const
    {
        QProcess p;
        p.start(cf::test::cliPath(), QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--data-dir"), m_dir.path()} + args);
        Run r;
        if (!p.waitForFinished(120000))
            return r;
        r.code = p.exitCode();
        r.json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        const Run plan = cli({QStringLiteral("plan"), QStringLiteral("--today"), QStringLiteral("2026-01-15"), QStringLiteral("--save"),
                              QStringLiteral("Create Instagram and TikTok campaign for Ramadan sale with 1000 SAR budget targeting "
                                             "women 25-40 in Riyadh")});
        QCOMPARE(plan.code, 0);
        QCOMPARE(plan.json.value(QStringLiteral("campaign_id")).toInt(), 1);
    }

    void generatesStoresAndReportsEveryItem()
    {
        const Run r = cli({QStringLiteral("generate"), QStringLiteral("1"), QStringLiteral("--seed"), QStringLiteral("5"),
                           QStringLiteral("--product-en"), QStringLiteral("Ramadan abayas"), QStringLiteral("--product-ar"),
                           QStringLiteral("عبايات رمضان"), QStringLiteral("--discount"), QStringLiteral("25"), QStringLiteral("--price"),
                           QStringLiteral("199"), QStringLiteral("--url"), QStringLiteral("https://layla.example/ramadan")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray items = r.json.value(QStringLiteral("items")).toArray();
        QVERIFY(items.size() > 50);
        QCOMPARE(r.json.value(QStringLiteral("generated")).toInt(), items.size());
        QCOMPARE(r.json.value(QStringLiteral("errors")).toInt(), 0);

        cf::Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("campaignforge.sqlite")), QStringLiteral("t-gen")));
        const auto stored = cf::ContentRepository(db).listForCampaign(1);
        QVERIFY(stored);
        for (const cf::ContentItem &item : stored.value()) {
            QVERIFY(item.copy.has_value());
            QVERIFY(!item.body.ar.isEmpty() && !item.body.en.isEmpty());
            QVERIFY(item.copy->link.contains(QStringLiteral("utm_source=") + cf::platformId(item.platform)));
            QCOMPARE(item.copy->seed, quint64(5));
        }
        const auto bundle = cf::CampaignTransfer(db).load(1);
        QCOMPARE(bundle->campaign.product.discountPercent, std::optional<int>(25));
        QCOMPARE(bundle->campaign.product.price->minor, qint64(19900));
        QCOMPARE(bundle->campaign.product.price->currency, QStringLiteral("SAR"));
        QVERIFY(cf::CampaignTransfer(db).exportJson(1)->contains("\"primary_text\""));
    }

    void regenerateRewritesOneItem()
    {
        const Run r = cli({QStringLiteral("generate"), QStringLiteral("1"), QStringLiteral("--regenerate"), QStringLiteral("3")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json.value(QStringLiteral("generated")).toInt(), 1);
        for (const QJsonValue &v : r.json.value(QStringLiteral("items")).toArray()) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(QStringLiteral("changed")).toBool(), o.value(QStringLiteral("id")).toInt() == 3);
            if (o.value(QStringLiteral("id")).toInt() == 3)
                QCOMPARE(o.value(QStringLiteral("variant")).toInt(), 1);
        }
    }

    void badArgumentsAreRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::newRow("no id") << QStringList{QStringLiteral("generate")} << 2;
        QTest::newRow("bad id") << QStringList{QStringLiteral("generate"), QStringLiteral("x")} << 2;
        QTest::newRow("bad seed") << QStringList{QStringLiteral("generate"), QStringLiteral("1"), QStringLiteral("--seed"), QStringLiteral("-3")} << 2;
        QTest::newRow("bad url") << QStringList{QStringLiteral("generate"), QStringLiteral("1"), QStringLiteral("--url"), QStringLiteral("ftp://x")} << 2;
        QTest::newRow("bad discount") << QStringList{QStringLiteral("generate"), QStringLiteral("1"), QStringLiteral("--discount"), QStringLiteral("150")} << 2;
        QTest::newRow("unknown campaign") << QStringList{QStringLiteral("generate"), QStringLiteral("42")} << 1;
        QTest::newRow("foreign item") << QStringList{QStringLiteral("generate"), QStringLiteral("1"), QStringLiteral("--regenerate"), QStringLiteral("99999")} << 1;
    }
    void badArgumentsAreRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        const Run r = cli(args);
        QCOMPARE(r.code, code);
        QVERIFY(!r.err.trimmed().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGenerateCommand)
#include "tst_generatecommand.moc"
