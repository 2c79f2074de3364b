// Pictures of paid ads in both languages, with the seed campaign planned,
// written and its ads "published" (SeedAds.h): the publishing status window
// with delivery and review columns (one ad rejected), and the review's
// campaign structure with platform ids and Pause ads / Resume ads.
// Saved as <build>/screenshots/<screen>_<lang>.png beside tst_screenshots'.
#include "tests/ui/SeedAds.h"
#include "tests/ui/SeedCampaign.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/pages/ReviewPage.h"
#include "ui/publishing/PublishingStatusDialog.h"

#include <QApplication>
#include <QDir>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace cf;
using cf::test::ShellFixture;

class TestAdScreens : public QObject
{
    Q_OBJECT

    QString m_dir = QStringLiteral(CF_SCREENSHOT_DIR);

    void save(QWidget &widget, const QString &name, const QString &language)
    {
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QTest::qWait(100);
        const QImage image = widget.grab().toImage();
        const QString path = QStringLiteral("%1/%2_%3.png").arg(m_dir, name, language);
        QVERIFY2(image.save(path), qPrintable(path));
        qInfo("saved %s", qPrintable(path));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QDir().mkpath(m_dir));
        QFont font(QStringLiteral("Noto Sans"), 10);
        font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Arabic")});
        QApplication::setFont(font);
    }

    void adScreens_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ar") << QStringLiteral("ar");
    }
    void adScreens()
    {
        QFETCH(QString, language);
        ShellFixture shell(language);
        QVERIFY(shell.openDatabase());
        QString error;
        const auto campaignId = cf::test::seedCampaign(shell.database, shell.clock.todayUtc(), shell.clock.nowUtc(), &error);
        QVERIFY2(campaignId, qPrintable(error));
        QVERIFY(cf::test::seedPublishedAds(shell.database, *campaignId, shell.clock.nowUtc()).ok);
        QVERIFY(shell.campaigns->reload());

        PublishingStatusDialog status(shell.database, shell.clock);
        QSignalSpy loaded(&status, &PublishingStatusDialog::loaded);
        QVERIFY(loaded.wait(10000));
        status.resize(1400, 560);
        save(status, QStringLiteral("publishing-status-ads"), language);
        status.close();

        MainWindow window(shell.services());
        window.resize(1500, 980);
        auto *review = qobject_cast<ReviewPage *>(window.pageWidget(MainWindow::Page::Review));
        QVERIFY(review);
        QSignalSpy queue(review, &ReviewPage::queueLoaded);
        window.showPage(MainWindow::Page::Review);
        review->showCampaign(*campaignId);
        window.show();
        QVERIFY(queue.wait(10000) || queue.count() > 0);
        window.findChild<QTabWidget *>(QStringLiteral("reviewTabs"))->setCurrentIndex(1);
        save(window, QStringLiteral("review-ads-structure"), language);
        window.close();
    }
};

QTEST_MAIN(TestAdScreens)
#include "tst_adscreens.moc"
