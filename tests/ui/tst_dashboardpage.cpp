#include "app/core/Clock.h"
#include "tests/app/tracking/ResultsFixture.h"
#include "ui/dashboard/DashboardPage.h"

#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QLineSeries>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTest>

using namespace cf;
using test::utcAt;

namespace {

MetricSample sample(qint64 campaign, Platform platform, Metric metric, double value, const QDateTime &at,
                    std::optional<qint64> item)
{
    MetricSample s;
    s.campaignId = campaign;
    s.platform = platform;
    s.metric = metric;
    s.value = value;
    s.sampledAt = at;
    s.contentItemId = item;
    return s;
}

std::vector<double> yValues(const QLineSeries *series)
{
    std::vector<double> out;
    for (const QPointF &point : series->points())
        out.push_back(point.y());
    return out;
}

QLineSeries *lineNamed(const QChart *chart, const QString &name)
{
    for (QAbstractSeries *series : chart->series()) {
        if (series->name() == name)
            return qobject_cast<QLineSeries *>(series);
    }
    return nullptr;
}

} // namespace

class TestDashboardPage : public QObject
{
    Q_OBJECT

    // Instagram and TikTok posts measured at noon Riyadh time on 20, 21 and
    // 22 February; the campaign runs 18 February to 19 March.
    static bool seed(const test::ResultsFixture &f)
    {
        const qint64 c = f.campaignId;
        std::vector<MetricSample> samples;
        const double instagram[] = {100, 250, 600};
        const double tiktok[] = {40, 40, 140};
        const double igClicks[] = {2, 5, 9};
        for (int d = 0; d < 3; ++d) {
            const QDateTime at = utcAt(2, 20 + d, 9);
            samples.push_back(sample(c, Platform::Instagram, Metric::Impressions, instagram[d], at, f.instagramPostId));
            samples.push_back(sample(c, Platform::TikTok, Metric::Impressions, tiktok[d], at, f.tiktokPostId));
            samples.push_back(sample(c, Platform::Instagram, Metric::Clicks, igClicks[d], at, f.instagramPostId));
        }
        return f.append(samples);
    }

    static bool waitLoaded(DashboardPage &page)
    {
        QSignalSpy spy(&page, &DashboardPage::loaded);
        if (!page.isVisible())
            page.show();
        else
            page.refresh();
        return spy.wait(10000) && spy.first().first().toBool();
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void oneLinePerPlatformWithDailyAdditions()
    {
        test::ResultsFixture f(QStringLiteral("dash1"));
        QVERIFY(f.seeded());
        QVERIFY(seed(f));
        FixedClock clock(utcAt(2, 22, 12));
        DashboardPage page(clock, &f.db);
        QVERIFY(waitLoaded(page));
        QCOMPARE(page.campaignId(), f.campaignId);
        QVERIFY(!page.isShowingEmptyState());
        QCOMPARE(page.metric(), Metric::Impressions);

        QCOMPARE(page.timeChart()->series().size(), 2);
        // From the campaign's first day (18 Feb) to the last sample (22 Feb).
        QCOMPARE(yValues(lineNamed(page.timeChart(), QStringLiteral("Instagram"))),
                 (std::vector<double>{0, 0, 100, 150, 350}));
        QCOMPARE(yValues(lineNamed(page.timeChart(), QStringLiteral("TikTok"))), (std::vector<double>{0, 0, 40, 0, 100}));
        QCOMPARE(page.timeChart()->title(), QStringLiteral("Impressions per day"));

        QCOMPARE(page.kpiText(DashboardPage::Kpi::Impressions), QStringLiteral("740"));
        QCOMPARE(page.kpiText(DashboardPage::Kpi::Clicks), QStringLiteral("9"));
        QCOMPARE(page.kpiText(DashboardPage::Kpi::ClickThroughRate), QStringLiteral("1.22%"));
        QCOMPARE(page.kpiText(DashboardPage::Kpi::CostPerClick), QStringLiteral("—")); // no spend measured
        QCOMPARE(page.kpiText(DashboardPage::Kpi::Spend), QStringLiteral("0.00 SAR"));

        // The platform filter lists All plus the two platforms with results.
        const auto *platforms = page.findChild<QComboBox *>(QStringLiteral("dashboardPlatform"));
        QCOMPARE(platforms->count(), 3);
    }

    void switchingMetricAndPlatformChangesTheLines()
    {
        test::ResultsFixture f(QStringLiteral("dash2"));
        QVERIFY(f.seeded());
        QVERIFY(seed(f));
        FixedClock clock(utcAt(2, 22, 12));
        DashboardPage page(clock, &f.db);
        QVERIFY(waitLoaded(page));

        auto *metrics = page.findChild<QComboBox *>(QStringLiteral("dashboardMetric"));
        metrics->setCurrentIndex(metrics->findText(QStringLiteral("Clicks")));
        QCOMPARE(page.metric(), Metric::Clicks);
        QCOMPARE(page.timeChart()->series().size(), 1); // only Instagram reports clicks
        QCOMPARE(yValues(lineNamed(page.timeChart(), QStringLiteral("Instagram"))), (std::vector<double>{0, 0, 2, 3, 4}));

        page.setMetric(Metric::Impressions);
        auto *platforms = page.findChild<QComboBox *>(QStringLiteral("dashboardPlatform"));
        platforms->setCurrentIndex(platforms->findText(QStringLiteral("TikTok")));
        QCOMPARE(page.platformFilter(), std::optional<Platform>(Platform::TikTok));
        QCOMPARE(page.timeChart()->series().size(), 1);
        QVERIFY(lineNamed(page.timeChart(), QStringLiteral("TikTok")));
        QCOMPARE(page.kpiText(DashboardPage::Kpi::Impressions), QStringLiteral("140"));
        QCOMPARE(page.kpiText(DashboardPage::Kpi::ClickThroughRate), QStringLiteral("0.00%"));
    }

    void predictedAgainstActual()
    {
        test::ResultsFixture f(QStringLiteral("dash3"));
        QVERIFY(f.seeded());
        QVERIFY(seed(f));
        // 22 Feb is day 5 of the campaign's 30: a sixth of the estimate is due.
        FixedClock clock(utcAt(2, 22, 12));
        DashboardPage page(clock, &f.db);
        QVERIFY(waitLoaded(page));
        QCOMPARE(page.predictedChart()->series().size(), 1);
        auto *bars = qobject_cast<QStackedBarSeries *>(page.predictedChart()->series().first());
        QVERIFY(bars);
        QCOMPARE(bars->count(), 4); // Instagram, TikTok, invisible base, estimate band
        QCOMPARE(bars->barSets().at(0)->label(), QStringLiteral("Instagram"));
        QCOMPARE(bars->barSets().at(0)->at(0), 600.0);
        QCOMPARE(bars->barSets().at(1)->at(0), 140.0);
        // Impressions estimate 40,000..60,000; by day 5 of 30: 6,666.67..10,000.
        QCOMPARE(qRound(bars->barSets().at(2)->at(1)), 6667);
        QCOMPARE(qRound(bars->barSets().at(2)->at(1) + bars->barSets().at(3)->at(1)), 10000);
        QCOMPARE(bars->barSets().at(2)->at(2), 40000.0);
        QCOMPARE(bars->barSets().at(3)->at(2), 20000.0);
        QVERIFY2(page.paceText().startsWith(QStringLiteral("Behind plan: 740 so far")), qPrintable(page.paceText()));
        QVERIFY(page.paceText().contains(QStringLiteral("day 5 of 30")));

        page.setMetric(Metric::Clicks); // estimate 500..900
        bars = qobject_cast<QStackedBarSeries *>(page.predictedChart()->series().first());
        QCOMPARE(bars->barSets().at(0)->at(0), 9.0);
        QCOMPARE(bars->barSets().at(1)->label(), QStringLiteral("base"));
        QCOMPARE(bars->barSets().at(1)->at(2), 500.0);
    }

    void emptyStateWithoutSamples()
    {
        test::ResultsFixture f(QStringLiteral("dash4"));
        QVERIFY(f.seeded());
        FixedClock clock(utcAt(2, 22, 12));
        DashboardPage page(clock, &f.db);
        QVERIFY(waitLoaded(page));
        QCOMPARE(page.campaignId(), f.campaignId);
        QVERIFY(page.isShowingEmptyState());
        QVERIFY(page.timeChart()->series().isEmpty());
        const auto *exportButton = page.findChild<QWidget *>(QStringLiteral("dashboardExport"));
        QVERIFY(!exportButton->isEnabled());

        // The first sync arrives; refresh() (the tracking thread's call) shows it.
        QVERIFY(seed(f));
        QVERIFY(waitLoaded(page));
        QVERIFY(!page.isShowingEmptyState());
        QVERIFY(exportButton->isEnabled());
    }

    void noDatabaseShowsTheEmptyState()
    {
        FixedClock clock(utcAt(2, 22, 12));
        DashboardPage page(clock, nullptr);
        page.show();
        QVERIFY(page.isShowingEmptyState());
        QVERIFY(!page.isLoading());
    }

    void exportWritesTheRows()
    {
        test::ResultsFixture f(QStringLiteral("dash5"));
        QVERIFY(f.seeded());
        QVERIFY(seed(f));
        FixedClock clock(utcAt(2, 22, 12));
        DashboardPage page(clock, &f.db);
        QVERIFY(waitLoaded(page));
        const QString path = f.dir.filePath(QStringLiteral("export.csv"));
        QSignalSpy done(&page, &DashboardPage::exportFinished);
        page.exportCsvTo(path);
        QVERIFY(done.wait(10000));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF" "campaign,platform,item_or_ad_set,metric,time_utc,value\r\n"));
        // Header, nine samples, nothing after the last CRLF (the Arabic title's
        // own line break is inside quotes and is a bare LF).
        QCOMPARE(QString::fromUtf8(bytes).split(QStringLiteral("\r\n")).size(), 1 + 9 + 1);
        QVERIFY2(page.exportStatusText().startsWith(QStringLiteral("9 result row")), qPrintable(page.exportStatusText()));

        // A folder that does not exist: a sentence, not a crash.
        done.clear();
        page.exportCsvTo(f.dir.filePath(QStringLiteral("nowhere/export.csv")));
        QVERIFY(done.wait(10000));
        QVERIFY(!done.first().at(0).toBool());
        QVERIFY(page.exportStatusText().startsWith(QStringLiteral("The results were not exported.")));
    }
};

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
