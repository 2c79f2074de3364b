// Pictures of the review screens in both languages, with the seed campaign
// planned and written: the queue with an Instagram ad and a TikTok video
// previewed side by side, the campaign structure and the final approval.
// Saved as <build>/screenshots/<screen>_<lang>.png beside tst_screenshots'.
#include "tests/ui/SeedCampaign.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/pages/ReviewPage.h"
#include "ui/review/FinalApprovalDialog.h"
#include "ui/review/ReviewQueueTree.h"

#include <QApplication>
#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace cf;
using cf::test::ShellFixture;

class TestReviewScreens : public QObject
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

    static qint64 firstItem(const Database &db, qint64 campaignId, Platform platform, bool ad)
    {
        // Keep the result alive for the loop: value() refers into it.
        const auto items = ContentRepository(db).listForCampaign(campaignId);
        for (const ContentItem &item : items.value()) {
            if (item.platform == platform && item.adSetId.has_value() == ad)
                return item.id;
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QDir().mkpath(m_dir));
        QFont font(QStringLiteral("Noto Sans"), 10);
        font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Arabic")});
        QApplication::setFont(font);
    }

    void reviewScreens_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ar") << QStringLiteral("ar");
    }
    void reviewScreens()
    {
        QFETCH(QString, language);
        ShellFixture shell(language);
        QVERIFY(shell.openDatabase());
        QString error;
        const auto campaignId = cf::test::seedCampaign(shell.database, shell.clock.todayUtc(), shell.clock.nowUtc(), &error);
        QVERIFY2(campaignId, qPrintable(error));
        QVERIFY(shell.campaigns->reload());
        MainWindow window(shell.services());
        window.resize(1500, 980);
        auto *review = qobject_cast<ReviewPage *>(window.pageWidget(MainWindow::Page::Review));
        QVERIFY(review);
        QSignalSpy loaded(review, &ReviewPage::queueLoaded);
        window.showPage(MainWindow::Page::Review);
        review->showCampaign(*campaignId);
        window.show();
        QVERIFY(loaded.wait(10000) || loaded.count() > 0);

        QVERIFY(review->queue()->selectItem(firstItem(shell.database, *campaignId, Platform::Instagram, true)));
        save(window, QStringLiteral("review-instagram"), language);
        QVERIFY(review->queue()->selectItem(firstItem(shell.database, *campaignId, Platform::TikTok, false)));
        save(window, QStringLiteral("review-tiktok"), language);

        window.findChild<QTabWidget *>(QStringLiteral("reviewTabs"))->setCurrentIndex(1);
        save(window, QStringLiteral("review-structure"), language);
        window.findChild<QTabWidget *>(QStringLiteral("reviewTabs"))->setCurrentIndex(0);

        // Approve everything the guard passes so the final approval shows
        // what will be sent.
        std::vector<qint64> ids;
        const auto items = ContentRepository(shell.database).listForCampaign(*campaignId);
        for (const ContentItem &item : items.value())
            ids.push_back(item.id);
        QSignalSpy reloaded(review, &ReviewPage::queueLoaded);
        for (QTreeWidgetItemIterator it(review->queue()); *it; ++it)
            (*it)->setSelected((*it)->data(0, ReviewQueueTree::kItemIdRole).toLongLong() > 0);
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("approveSelected")), Qt::LeftButton);
        QVERIFY(reloaded.wait(10000) || reloaded.count() > 0);
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("finalApproval")), Qt::LeftButton);
        FinalApprovalDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<FinalApprovalDialog *>()) != nullptr);
        save(*dialog, QStringLiteral("review-final-approval"), language);
        dialog->reject();
        window.close();
    }
};

QTEST_MAIN(TestReviewScreens)
#include "tst_reviewscreens.moc"
