// Renders every screen in English and Arabic under a real X server (Xvfb)
// and saves <build>/screenshots/<screen>_<lang>.png, so people can look at
// the layout, the mirroring and the empty states without running the app.
// It also checks what a picture cannot show by itself: the Arabic window is
// mirrored and every picture has content.
#include "tests/ui/CampaignSamples.h"
#include "tests/ui/SeedCampaign.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/pages/CalendarPage.h"
#include "ui/pages/CampaignsPage.h"
#include "ui/wizard/BrandPage.h"
#include "ui/wizard/CampaignWizard.h"
#include "ui/wizard/InstructionEdit.h"
#include "ui/wizard/InstructionPage.h"
#include "ui/wizard/SummaryPage.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QListWidget>
#include <QSet>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

using cf::MainWindow;
using cf::test::ShellFixture;

namespace {

const QSize kWindowSize(1200, 760);

QString screenName(MainWindow::Page page)
{
    return MainWindow::pageId(page);
}

// A blank or single-colour picture means nothing was drawn.
int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

bool navigationOnTheRight(const MainWindow &window)
{
    const QWidget *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    const QWidget *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    return nav->mapTo(&window, QPoint(0, 0)).x() > pages->mapTo(&window, QPoint(0, 0)).x();
}

// Walks the wizard through its steps and saves a picture of each.
class CampaignWizardShots
{
public:
    CampaignWizardShots(const cf::WizardServices &services, QString dir, QString language)
        : m_wizard(services), m_dir(std::move(dir)), m_language(std::move(language))
    {
    }

    void run(const QString &instruction)
    {
        m_wizard.resize(900, 720);
        m_wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_wizard));
        m_wizard.instructionPage()->editor()->setPlainText(instruction);
        QTRY_VERIFY_WITH_TIMEOUT(m_wizard.instructionPage()->isComplete(), 10000);
        shoot(QStringLiteral("wizard-1-instruction"));
        m_wizard.next();
        shoot(QStringLiteral("wizard-2-details"));
        m_wizard.next();
        shoot(QStringLiteral("wizard-3-brand"));
        m_wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(m_wizard.summaryPage()->isComplete(), 10000);
        shoot(QStringLiteral("wizard-4-plan"));
        m_wizard.close();
    }

private:
    void shoot(const QString &name)
    {
        QTest::qWait(80);
        const QImage image = m_wizard.grab().toImage();
        QVERIFY2(distinctColours(image) > 20, qPrintable(name));
        const QString path = QStringLiteral("%1/%2_%3.png").arg(m_dir, name, m_language);
        QVERIFY2(image.save(path), qPrintable(path));
        qInfo("saved %s", qPrintable(path));
    }

    cf::CampaignWizard m_wizard;
    QString m_dir;
    QString m_language;
};

} // namespace

class TestScreenshots : public QObject
{
    Q_OBJECT
private:
    QString m_dir = QStringLiteral(CF_SCREENSHOT_DIR);

    void save(MainWindow &window, const QString &name, const QString &language)
    {
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(50); // let posted LanguageChange and layout events settle
        const QImage image = window.grab().toImage();
        QCOMPARE(image.size(), kWindowSize * image.devicePixelRatio());
        QVERIFY2(distinctColours(image) > 20, qPrintable(name));
        const QString path = QStringLiteral("%1/%2_%3.png").arg(m_dir, name, language);
        QVERIFY2(image.save(path), qPrintable(path));
        qInfo("saved %s", qPrintable(path));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QDir().mkpath(m_dir));
        // Fonts with Latin and Arabic glyphs, so the pictures look the same
        // on every machine that has the Noto fonts.
        QFont font(QStringLiteral("Noto Sans"), 10);
        font.setFamilies({ QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Arabic") });
        QApplication::setFont(font);
        QCoreApplication::setApplicationVersion(QStringLiteral(CF_VERSION_STRING));
    }

    void everyScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ar") << QStringLiteral("ar");
    }
    void everyScreen()
    {
        QFETCH(QString, language);
        ShellFixture shell(language);
        QVERIFY(shell.openDatabase());
        MainWindow window(shell.services());
        window.resize(kWindowSize);
        for (int i = 0; i < MainWindow::kPageCount; ++i) {
            const auto page = MainWindow::Page(i);
            window.showPage(page);
            save(window, screenName(page), language);
        }
        QCOMPARE(navigationOnTheRight(window), language == QLatin1String("ar"));
        window.close();
    }

    void campaignList_data() { everyScreen_data(); }
    void campaignList()
    {
        QFETCH(QString, language);
        ShellFixture shell(language);
        QVERIFY(shell.openDatabase());
        using cf::CampaignStatus;
        using cf::Platform;
        const std::vector<cf::Campaign> samples = {
            cf::test::sampleCampaign(QStringLiteral("Ramadan sale"), QDate(2026, 2, 18), CampaignStatus::Active,
                { Platform::Instagram, Platform::TikTok }, 100000),
            cf::test::sampleCampaign(QStringLiteral("Eid al-Fitr gifts"), QDate(2026, 3, 15), CampaignStatus::Scheduled,
                { Platform::Instagram, Platform::Snapchat, Platform::Facebook }, 250000),
            cf::test::sampleCampaign(QStringLiteral("National Day offers"), QDate(2026, 9, 16), CampaignStatus::Draft,
                { Platform::X, Platform::LinkedIn }, 50000),
            cf::test::sampleCampaign(QStringLiteral("Back to school"), QDate(2026, 8, 10), CampaignStatus::InReview,
                { Platform::YouTube, Platform::Mailchimp }, 75000),
        };
        for (const cf::Campaign &campaign : samples)
            QVERIFY(shell.repository->insert(campaign).ok());
        QVERIFY(shell.campaigns->reload());
        MainWindow window(shell.services());
        window.resize(kWindowSize);
        window.showPage(MainWindow::Page::Campaigns);
        save(window, QStringLiteral("campaigns-list"), language);
        window.close();
    }

    void databaseProblem_data() { everyScreen_data(); }
    void databaseProblem()
    {
        QFETCH(QString, language);
        ShellFixture shell(language);
        QFile file(shell.databaseFile());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database");
        file.close();
        QVERIFY(!shell.openDatabase());
        MainWindow window(shell.services());
        window.resize(kWindowSize);
        window.showPage(MainWindow::Page::Campaigns);
        save(window, QStringLiteral("database-error"), language);
        window.close();
    }

    // The calendar with the seed campaign planned and written: month (with
    // the Hijri line), week and agenda.
    void calendarViews_data() { everyScreen_data(); }
    void calendarViews()
    {
        QFETCH(QString, language);
        ShellFixture shell(language);
        QVERIFY(shell.openDatabase());
        QString error;
        QVERIFY2(cf::test::seedCampaign(shell.database, shell.clock.todayUtc(), shell.clock.nowUtc(), &error), qPrintable(error));
        QVERIFY(shell.campaigns->reload());
        MainWindow window(shell.services());
        window.resize(kWindowSize);
        auto *calendar = qobject_cast<cf::CalendarPage *>(window.pageWidget(MainWindow::Page::Calendar));
        QSignalSpy loaded(calendar, &cf::CalendarPage::loaded);
        window.showPage(MainWindow::Page::Calendar);
        window.show();
        QVERIFY(loaded.wait(10000));
        QVERIFY(calendar->model()->entryCount() > 10);
        calendar->setShowHijriDates(true);
        save(window, QStringLiteral("calendar-month"), language);
        calendar->setShowHijriDates(false);
        calendar->setAnchorDate(QDate(2026, 3, 4));
        calendar->setViewMode(cf::CalendarPage::ViewMode::Week);
        save(window, QStringLiteral("calendar-week"), language);
        calendar->setViewMode(cf::CalendarPage::ViewMode::Agenda);
        save(window, QStringLiteral("calendar-agenda"), language);
        window.close();
    }

    // The campaign wizard's four steps on the seed instruction (typed in the
    // screenshot's language), and the campaigns list as cards with the
    // seed campaign among the samples.
    void campaignWizard_data() { everyScreen_data(); }
    void campaignWizard()
    {
        QFETCH(QString, language);
        ShellFixture shell(language);
        QVERIFY(shell.openDatabase());
        QString error;
        const auto resources = cf::PlanningResources::load(&error);
        QVERIFY2(resources, qPrintable(error));
        const cf::WizardServices services{shell.database, shell.clock, shell.dir.filePath(QStringLiteral("assets")),
                                          resources, QString()};
        CampaignWizardShots shots(services, m_dir, language);
        QString text = cf::test::kSeedInstruction;
        if (language == QLatin1String("ar"))
            text = QStringLiteral("أنشئ حملة على إنستغرام وتيك توك لتخفيضات رمضان بميزانية 1000 ريال تستهدف النساء من 25 إلى 40 في الرياض");
        shots.run(text);
    }

    void campaignCards_data() { everyScreen_data(); }
    void campaignCards()
    {
        QFETCH(QString, language);
        ShellFixture shell(language);
        QVERIFY(shell.openDatabase());
        QString error;
        QVERIFY2(cf::test::seedCampaign(shell.database, shell.clock.todayUtc(), shell.clock.nowUtc(), &error), qPrintable(error));
        using cf::CampaignStatus;
        using cf::Platform;
        QVERIFY(shell.repository->insert(cf::test::sampleCampaign(QStringLiteral("Eid al-Fitr gifts"), QDate(2026, 3, 15),
            CampaignStatus::Scheduled, { Platform::Instagram, Platform::Snapchat, Platform::Facebook }, 250000)).ok());
        QVERIFY(shell.repository->insert(cf::test::sampleCampaign(QStringLiteral("National Day offers"), QDate(2026, 9, 16),
            CampaignStatus::Draft, { Platform::X, Platform::LinkedIn }, 50000)).ok());
        QVERIFY(shell.campaigns->reload());
        MainWindow window(shell.services());
        window.resize(kWindowSize);
        window.showPage(MainWindow::Page::Campaigns);
        auto *page = qobject_cast<cf::CampaignsPage *>(window.pageWidget(MainWindow::Page::Campaigns));
        page->setViewMode(cf::CampaignsPage::ViewMode::Cards);
        page->selectCampaign(shell.campaigns->campaignId(0));
        save(window, QStringLiteral("campaigns-cards"), language);
        page->setViewMode(cf::CampaignsPage::ViewMode::List);
        save(window, QStringLiteral("campaigns-table"), language);
        window.close();
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
