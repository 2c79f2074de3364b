// Pictures of the results dashboard in both languages: the seed campaign
// planned and written, then fourteen days of results for its Instagram and
// TikTok ad sets and one organic post on each; and the empty state before
// the first sync. Saved as <build>/screenshots/<screen>_<lang>.png.
#include "models/store/AdSetRepository.h"
#include "tests/app/tracking/ResultsFixture.h"
#include "tests/ui/SeedCampaign.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/dashboard/DashboardPage.h"

#include <QApplication>
#include <QChart>
#include <QDir>
#include <QSignalSpy>
#include <QTest>

using namespace cf;
using cf::test::ShellFixture;

class TestDashboardScreens : public QObject
{
    Q_OBJECT

    QString m_dir = QStringLiteral(CF_SCREENSHOT_DIR);

    void save(QWidget &widget, const QString &name, const QString &language)
    {
        QTest::qWait(150);
        const QImage image = widget.grab().toImage();
        const QString path = QStringLiteral("%1/%2_%3.png").arg(m_dir, name, language);
        QVERIFY2(image.save(path), qPrintable(path));
        qInfo("saved %s", qPrintable(path));
    }

    // Results for every ad set and the first organic post per platform.
    static std::vector<test::ResultsSeedEntity> entitiesOf(const Database &db, qint64 campaignId)
    {
        std::vector<test::ResultsSeedEntity> entities;
        const auto adSets = AdSetRepository(db).listForCampaign(campaignId);
        for (const AdSet &adSet : adSets.value())
            entities.push_back({adSet.platform, adSet.id, std::nullopt, adSet.platform == Platform::TikTok ? 1800.0 : 1500.0, true});
        const auto items = ContentRepository(db).listForCampaign(campaignId);
        std::vector<Platform> seen;
        for (const ContentItem &item : items.value()) {
            if (item.adSetId || std::find(seen.begin(), seen.end(), item.platform) != seen.end())
                continue;
            seen.push_back(item.platform);
            entities.push_back({item.platform, std::nullopt, item.id, 400, false});
        }
        return entities;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QDir().mkpath(m_dir));
        QFont font(QStringLiteral("Noto Sans"), 10);
        font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Arabic")});
        QApplication::setFont(font);
    }

    void dashboard_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ar") << QStringLiteral("ar");
    }
    void dashboard()
    {
        QFETCH(QString, language);
        ShellFixture shell(language);
        QVERIFY(shell.openDatabase());
        QString error;
        const auto campaignId = cf::test::seedCampaign(shell.database, shell.clock.todayUtc(), shell.clock.nowUtc(), &error);
        QVERIFY2(campaignId, qPrintable(error));
        QVERIFY(shell.campaigns->reload());

        {
            // Before the first sync: the empty state.
            MainWindow window(shell.services());
            window.resize(1280, 800);
            auto *page = qobject_cast<DashboardPage *>(window.pageWidget(MainWindow::Page::Dashboard));
            QVERIFY(page);
            QSignalSpy loaded(page, &DashboardPage::loaded);
            window.showPage(MainWindow::Page::Dashboard);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
            QVERIFY(page->isShowingEmptyState());
            save(window, QStringLiteral("dashboard-empty"), language);
        }

        const Campaign campaign = CampaignRepository(shell.database).find(*campaignId).value();
        const QTimeZone zone(campaign.timeZone.toUtf8());
        const QDateTime startUtc = QDateTime(campaign.startDate, QTime(6, 0), zone).toUTC();
        const auto entities = entitiesOf(shell.database, *campaignId);
        QVERIFY(entities.size() >= 3);
        QVERIFY(!MetricRepository(shell.database)
                     .append(test::generatedResults(*campaignId, entities, startUtc, 14))
                     .isError());
        shell.clock.set(startUtc.addDays(14).addSecs(3600));

        MainWindow window(shell.services());
        window.resize(1280, 800);
        auto *page = qobject_cast<DashboardPage *>(window.pageWidget(MainWindow::Page::Dashboard));
        QSignalSpy loaded(page, &DashboardPage::loaded);
        window.showPage(MainWindow::Page::Dashboard);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
        QVERIFY(!page->isShowingEmptyState());
        QVERIFY(page->timeChart()->series().size() >= 2);
        save(window, QStringLiteral("dashboard"), language);
        page->setMetric(Metric::SpendMinor);
        save(window, QStringLiteral("dashboard-spend"), language);
    }
};

QTEST_MAIN(TestDashboardScreens)
#include "tst_dashboardscreens.moc"
