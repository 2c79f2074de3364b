#include "app/tracking/MetricsCsvExport.h"
#include "tests/app/tracking/ResultsFixture.h"
#include "tests/support/TestPaths.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace cf;

namespace {

const QByteArray kBom = QByteArrayLiteral("\xEF\xBB\xBF");

// Splits RFC 4180 text into records of fields (quoted fields may hold
// commas, doubled quotes and line breaks), independently of the writer.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList fields;
    QString current;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                current += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                current += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << current;
            current.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            fields << current;
            records << fields;
            fields.clear();
            current.clear();
            ++i;
        } else {
            current += c;
        }
    }
    if (!current.isEmpty() || !fields.isEmpty())
        records << (fields << current);
    return records;
}

MetricSample sample(qint64 campaign, Platform platform, Metric metric, double value, const QDateTime &at,
                    std::optional<qint64> item, std::optional<qint64> adSet)
{
    MetricSample s;
    s.campaignId = campaign;
    s.platform = platform;
    s.metric = metric;
    s.value = value;
    s.sampledAt = at;
    s.contentItemId = item;
    s.adSetId = adSet;
    return s;
}

} // namespace

class TestMetricsCsvExport : public QObject
{
    Q_OBJECT

    static bool seedFew(const test::ResultsFixture &f)
    {
        return f.append({
            sample(f.campaignId, Platform::TikTok, Metric::Clicks, 12, test::utcAt(2, 20, 9), f.tiktokPostId, std::nullopt),
            sample(f.campaignId, Platform::Instagram, Metric::Impressions, 1500, test::utcAt(2, 20, 9), f.instagramPostId,
                   std::nullopt),
            sample(f.campaignId, Platform::Instagram, Metric::SpendMinor, 2750, test::utcAt(2, 20, 9), std::nullopt,
                   f.adSetId),
            sample(f.campaignId, Platform::Instagram, Metric::Impressions, 2500.5, test::utcAt(2, 20, 15),
                   f.instagramPostId, std::nullopt),
        });
    }

private Q_SLOTS:
    void quotesOnlyWhatNeedsIt()
    {
        QCOMPARE(MetricsCsvExport::field(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(MetricsCsvExport::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(MetricsCsvExport::field(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(MetricsCsvExport::field(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
        QCOMPARE(MetricsCsvExport::field(QStringLiteral("cr\rhere")), QStringLiteral("\"cr\rhere\""));
        QCOMPARE(MetricsCsvExport::field(QString()), QString());
    }

    void writesBomHeaderAndCrlfRows()
    {
        MetricsCsvRow row;
        row.campaign = QStringLiteral("حملة رمضان, \"العيد\"");
        row.platform = Platform::TikTok;
        row.itemOrAdSet = QStringLiteral("سطر\nثاني");
        row.metric = Metric::SpendMinor;
        row.sampledAtUtc = test::utcAt(3, 1, 9, 30);
        row.value = 12345;
        const QByteArray csv = MetricsCsvExport::toCsv({row});
        QVERIFY(csv.startsWith(kBom));
        const QString text = QString::fromUtf8(csv.mid(kBom.size()));
        QVERIFY(text.startsWith(QStringLiteral("campaign,platform,item_or_ad_set,metric,time_utc,value\r\n")));
        QVERIFY(text.endsWith(QStringLiteral("\r\n")));
        const auto records = parseCsv(text);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[1], (QStringList{row.campaign, QStringLiteral("tiktok"), row.itemOrAdSet,
                                          QStringLiteral("spend_minor"), QStringLiteral("2026-03-01T09:30:00Z"),
                                          QStringLiteral("12345")}));
        // The Arabic is UTF-8 on disk, not a legacy code page.
        QVERIFY(csv.contains(QStringLiteral("حملة").toUtf8()));
    }

    void numbersUseADotInEveryLocale()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German));
        MetricsCsvRow row;
        row.value = 2500.5;
        row.sampledAtUtc = test::utcAt(3, 1, 9);
        const QString text = QString::fromUtf8(MetricsCsvExport::toCsv({row}).mid(kBom.size()));
        QLocale::setDefault(before);
        QCOMPARE(parseCsv(text).at(1).last(), QStringLiteral("2500.5"));
    }

    void loadsTheCampaignsSamplesWithNames()
    {
        test::ResultsFixture f(QStringLiteral("csv-load"));
        QVERIFY(f.seeded());
        QVERIFY(seedFew(f));
        const auto rows = MetricsCsvExport::load(f.db, f.campaignId);
        QVERIFY2(rows, qPrintable(rows.error().fullText()));
        QCOMPARE(rows->size(), size_t(4));
        // Oldest first; at the same time by platform (Instagram before TikTok).
        QCOMPARE(rows->at(0).platform, Platform::Instagram);
        QCOMPARE(rows->at(0).sampledAtUtc, test::utcAt(2, 20, 9));
        QCOMPARE(rows->back().value, 2500.5);
        QCOMPARE(rows->back().sampledAtUtc, test::utcAt(2, 20, 15));
        bool sawAdSet = false;
        for (const MetricsCsvRow &row : rows.value()) {
            QCOMPARE(row.campaign, QStringLiteral("Ramadan sale, \"Eid\" edition"));
            if (row.metric == Metric::SpendMinor) {
                QCOMPARE(row.itemOrAdSet, QStringLiteral("نساء ٢٥-٤٠ الرياض"));
                sawAdSet = true;
            } else if (row.platform == Platform::Instagram) {
                QCOMPARE(row.itemOrAdSet, QStringLiteral("عرض رمضان\nخصم ٣٠٪")); // only the Arabic title exists
            } else {
                QCOMPARE(row.itemOrAdSet, QStringLiteral("Ramadan lookbook"));
            }
        }
        QVERIFY(sawAdSet);
        QVERIFY(!MetricsCsvExport::load(f.db, f.campaignId + 100)); // no such campaign
    }

    void writeFileReportsFailureInWords()
    {
        QTemporaryDir dir;
        QString error;
        const QString good = dir.filePath(QStringLiteral("out.csv"));
        QVERIFY(MetricsCsvExport::writeFile(good, QByteArrayLiteral("x"), &error));
        QFile file(good);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArrayLiteral("x"));
        const QString bad = dir.filePath(QStringLiteral("missing/folder/out.csv"));
        QVERIFY(!MetricsCsvExport::writeFile(bad, QByteArrayLiteral("x"), &error));
        QVERIFY(error.contains(QStringLiteral("out.csv")));
    }

    void cliWritesTheFileAndStdout()
    {
        test::ResultsFixture f(QStringLiteral("csv-cli"));
        QVERIFY(f.seeded());
        QVERIFY(seedFew(f));
        f.db.close();
        const QString out = f.dir.filePath(QStringLiteral("results.csv"));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CAMPAIGNFORGE_DATA_DIR"));
        env.insert(QStringLiteral("CAMPAIGNFORGE_LANG"), QStringLiteral("en"));
        process.setProcessEnvironment(env);
        const QStringList base{QStringLiteral("--data-dir"), f.dir.path(), QStringLiteral("export-metrics"),
                               QStringLiteral("--campaign"), QString::number(f.campaignId)};
        process.start(test::cliPath(), base + QStringList{QStringLiteral("--out"), out});
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.startsWith(kBom));
        const auto records = parseCsv(QString::fromUtf8(written.mid(kBom.size())));
        QCOMPARE(records.size(), 5);
        QCOMPARE(records[1].at(0), QStringLiteral("Ramadan sale, \"Eid\" edition"));
        QCOMPARE(records[4].at(5), QStringLiteral("2500.5"));

        // Without --out the same bytes go to stdout.
        process.start(test::cliPath(), base);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(process.readAllStandardOutput(), written);

        // A usage error and an unknown campaign fail with a message.
        process.start(test::cliPath(), QStringList{QStringLiteral("--data-dir"), f.dir.path(),
                                                   QStringLiteral("export-metrics")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 2);
        process.start(test::cliPath(), QStringList{QStringLiteral("--data-dir"), f.dir.path(),
                                                   QStringLiteral("export-metrics"), QStringLiteral("--campaign"),
                                                   QStringLiteral("999")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(!process.readAllStandardError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMetricsCsvExport)
#include "tst_metricscsvexport.moc"
