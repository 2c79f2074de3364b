#include "models/store/AuditRepository.h"
#include "tests/app/review/ReviewFixture.h"
#include "tests/ui/SeedCampaign.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/pages/ReviewPage.h"
#include "ui/review/CampaignStructureView.h"
#include "ui/review/PlatformPreview.h"
#include "ui/review/ReviewItemEditor.h"
#include "ui/review/ReviewQueueTree.h"

#include <QAction>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace cf;

class TestReviewPage : public QObject
{
    Q_OBJECT

    struct Screen
    {
        test::ReviewFixture f;
        std::unique_ptr<ReviewPage> page;

        bool open(const QString &name)
        {
            if (!f.open(name))
                return false;
            page = std::make_unique<ReviewPage>(&f.db, f.clock, f.dir.path());
            page->resize(1400, 900);
            page->show();
            QSignalSpy loaded(page.get(), &ReviewPage::queueLoaded);
            page->showCampaign(f.campaignId);
            return loaded.wait(10000) || loaded.count() > 0;
        }
        ContentItem stored(qint64 id) const { return ContentRepository(f.db).find(id).value(); }
        qint64 firstOn(Platform platform, bool ad = false) const
        {
            for (const ContentItem &item : f.items()) {
                if (item.platform == platform && item.copy && item.adSetId.has_value() == ad)
                    return item.id;
            }
            return 0;
        }
    };

private Q_SLOTS:
    void typingUpdatesTheCounterAndSavesWithUndo()
    {
        Screen s;
        QVERIFY2(s.open(QStringLiteral("page1")), qPrintable(s.f.error));
        QVERIFY(s.page->queue()->itemCount() > 0);
        // An Instagram ad: its headline has Meta's 40-character limit.
        const qint64 id = s.firstOn(Platform::Instagram, true);
        QVERIFY(s.page->queue()->selectItem(id));
        QCOMPARE(s.page->currentItemId(), id);
        const QString before = s.stored(id).copy->en.headline;

        auto *headline = qobject_cast<QLineEdit *>(s.page->editor()->fieldEditor(QStringLiteral("en"), ReviewField::Headline));
        QLabel *counter = s.page->editor()->counterLabel(QStringLiteral("en"), ReviewField::Headline);
        QVERIFY(headline && counter);
        QCOMPARE(headline->text(), before);
        const QString counted = counter->text();
        headline->setFocus();
        headline->end(false);
        QTest::keyClicks(headline, QStringLiteral(" tonight"));
        QVERIFY(counter->text() != counted);
        QTRY_COMPARE_WITH_TIMEOUT(s.stored(id).copy->en.headline, before + QStringLiteral(" tonight"), 5000);
        QCOMPARE(s.page->undoStack()->count(), 1);

        // Far over the limit: the counter turns into the limit message.
        headline->selectAll();
        QTest::keyClicks(headline, QString(60, QLatin1Char('x')));
        QVERIFY(counter->property("over").toBool());
        s.page->editor()->flush();
        QCOMPARE(s.stored(id).copy->en.headline, QString(60, QLatin1Char('x')));
        QVERIFY(counter->text().contains(QStringLiteral("40")));

        s.page->undoStack()->undo();
        QCOMPARE(s.stored(id).copy->en.headline, before);
        QCOMPARE(headline->text(), before);
        const auto trail = AuditRepository(s.f.db).listForEntity(QStringLiteral("content_item"), id).value();
        QVERIFY(trail.size() >= 2);
        QCOMPARE(trail.front().action, QStringLiteral("content.edit"));
    }

    void approveAndRejectAreUndoable()
    {
        Screen s;
        QVERIFY2(s.open(QStringLiteral("page2")), qPrintable(s.f.error));
        const qint64 id = s.firstOn(Platform::TikTok);
        QVERIFY(s.page->queue()->selectItem(id));
        auto *approve = s.page->findChild<QPushButton *>(QStringLiteral("approveItem"));
        auto *reject = s.page->findChild<QPushButton *>(QStringLiteral("rejectItem"));
        QVERIFY(approve && reject);

        QTest::mouseClick(approve, Qt::LeftButton);
        QCOMPARE(s.stored(id).approval, ApprovalState::Approved);
        s.page->undoStack()->undo();
        QCOMPARE(s.stored(id).approval, ApprovalState::Pending);
        s.page->undoStack()->redo();
        QCOMPARE(s.stored(id).approval, ApprovalState::Approved);

        QTest::mouseClick(reject, Qt::LeftButton);
        QInputDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = s.page->findChild<QInputDialog *>(QStringLiteral("rejectReasonDialog"))) != nullptr);
        dialog->setTextValue(QStringLiteral("Wrong discount"));
        dialog->accept();
        QCOMPARE(s.stored(id).approval, ApprovalState::Rejected);
        const auto trail = AuditRepository(s.f.db).listForEntity(QStringLiteral("content_item"), id).value();
        QCOMPARE(trail.back().action, QStringLiteral("content.reject"));
        QVERIFY(trail.back().detailsJson.contains(QStringLiteral("Wrong discount")));

        s.page->undoStack()->undo();
        QCOMPARE(s.stored(id).approval, ApprovalState::Approved);
        s.page->undoStack()->undo();
        QCOMPARE(s.stored(id).approval, ApprovalState::Pending);
    }

    void bulkApproveSelectedRows()
    {
        Screen s;
        QVERIFY2(s.open(QStringLiteral("page3")), qPrintable(s.f.error));
        std::vector<qint64> ids;
        for (QTreeWidgetItemIterator it(s.page->queue()); *it && ids.size() < 3; ++it) {
            const qint64 id = (*it)->data(0, ReviewQueueTree::kItemIdRole).toLongLong();
            if (id > 0) {
                (*it)->setSelected(true);
                ids.push_back(id);
            }
        }
        QCOMPARE(ids.size(), size_t(3));
        auto *bulk = s.page->findChild<QPushButton *>(QStringLiteral("approveSelected"));
        QVERIFY(bulk && bulk->isEnabled());
        QTest::mouseClick(bulk, Qt::LeftButton);
        for (qint64 id : ids)
            QCOMPARE(s.stored(id).approval, ApprovalState::Approved);
        s.page->undoStack()->undo();
        for (qint64 id : ids)
            QCOMPARE(s.stored(id).approval, ApprovalState::Pending);
    }

    void everyItemHasPreviewsInBothDirections()
    {
        Screen s;
        QVERIFY2(s.open(QStringLiteral("page4")), qPrintable(s.f.error));
        int shown = 0;
        for (const ContentItem &item : s.f.items()) {
            QVERIFY(s.page->queue()->selectItem(item.id));
            const auto previews = s.page->previews();
            QCOMPARE(previews.size(), size_t(2));
            QCOMPARE(previews[0]->layoutDirection(), Qt::RightToLeft);
            QCOMPARE(previews[1]->layoutDirection(), Qt::LeftToRight);
            QCOMPARE(previews[0]->content().language, QStringLiteral("ar"));
            QVERIFY(!previews[1]->grab().isNull());
            ++shown;
        }
        QVERIFY(shown > 3);
    }

    void eachPlatformFamilyHasItsPreview_data()
    {
        QTest::addColumn<Platform>("platform");
        QTest::addColumn<ContentType>("type");
        QTest::addColumn<QString>("family");
        QTest::newRow("facebook") << Platform::Facebook << ContentType::ImagePost << QStringLiteral("feed");
        QTest::newRow("instagram feed") << Platform::Instagram << ContentType::ImagePost << QStringLiteral("feed");
        QTest::newRow("instagram story") << Platform::Instagram << ContentType::Story << QStringLiteral("vertical");
        QTest::newRow("instagram reel") << Platform::Instagram << ContentType::ShortVideo << QStringLiteral("vertical");
        QTest::newRow("x") << Platform::X << ContentType::TextPost << QStringLiteral("feed");
        QTest::newRow("linkedin") << Platform::LinkedIn << ContentType::ImagePost << QStringLiteral("feed");
        QTest::newRow("tiktok") << Platform::TikTok << ContentType::ShortVideo << QStringLiteral("vertical");
        QTest::newRow("youtube") << Platform::YouTube << ContentType::Video << QStringLiteral("youtube");
        QTest::newRow("snapchat") << Platform::Snapchat << ContentType::Story << QStringLiteral("vertical");
        QTest::newRow("email") << Platform::Mailchimp << ContentType::Email << QStringLiteral("email");
        QTest::newRow("blog") << Platform::WordPress << ContentType::BlogPost << QStringLiteral("blog");
    }

    void eachPlatformFamilyHasItsPreview()
    {
        QFETCH(Platform, platform);
        QFETCH(ContentType, type);
        QFETCH(QString, family);
        auto preview = PlatformPreview::create(platform, type);
        QCOMPARE(preview->family(), family);
        PreviewContent content;
        content.platform = platform;
        content.contentType = type;
        content.language = QStringLiteral("ar");
        content.accountName = QStringLiteral("Layla");
        content.headline = QStringLiteral("عرض رمضان");
        content.primaryText = QString(40, QChar(0x0639)) + QStringLiteral(" خصم ٣٠٪ على العبايات ") + QString(400, QChar(0x0628));
        content.callToAction = QStringLiteral("تسوّقي الآن");
        content.html = QStringLiteral("<p>مرحباً</p>");
        preview->setContent(content);
        QCOMPARE(preview->layoutDirection(), Qt::RightToLeft);
        preview->resize(preview->sizeHint());
        const QImage picture = preview->grab().toImage();
        QVERIFY(!picture.isNull());
        QVERIFY(picture.width() > 100 && picture.height() > 100);
    }

    void structureViewEditsAnAdSetWithUndo()
    {
        Screen s;
        QVERIFY2(s.open(QStringLiteral("page5")), qPrintable(s.f.error));
        QTreeWidget *tree = s.page->structureView()->tree();
        QVERIFY(tree->topLevelItemCount() == 1);
        QTreeWidgetItem *adSetRow = tree->topLevelItem(0)->child(0);
        QVERIFY(adSetRow);
        const qint64 adSetId = adSetRow->data(0, Qt::UserRole + 1).toLongLong();
        tree->setCurrentItem(adSetRow);
        const AdSet before = s.f.service->adSets(s.f.campaignId)->front();
        QCOMPARE(before.id, adSetId);
        auto *ageMin = s.page->structureView()->findChild<QSpinBox *>(QStringLiteral("adSetAgeMin"));
        QVERIFY(ageMin);
        ageMin->setValue(30);
        QTest::mouseClick(s.page->structureView()->findChild<QPushButton *>(QStringLiteral("saveAdSet")), Qt::LeftButton);
        QCOMPARE(s.f.service->adSets(s.f.campaignId)->front().targeting.ageMin, std::optional<int>(30));
        s.page->undoStack()->undo();
        QCOMPARE(s.f.service->adSets(s.f.campaignId)->front().targeting, before.targeting);
    }

    // Edit > Undo in the main window undoes the visible page's last step,
    // and follows the page: on a page without a stack it is disabled.
    void editMenuUndoesTheReviewPagesSteps()
    {
        test::ShellFixture shell;
        QVERIFY(shell.openDatabase());
        QString error;
        const auto campaignId = test::seedCampaign(shell.database, shell.clock.todayUtc(), shell.clock.nowUtc(), &error);
        QVERIFY2(campaignId, qPrintable(error));
        MainWindow window(shell.services());
        auto *review = qobject_cast<ReviewPage *>(window.pageWidget(MainWindow::Page::Review));
        QSignalSpy loaded(review, &ReviewPage::queueLoaded);
        window.showPage(MainWindow::Page::Review);
        review->showCampaign(*campaignId);
        window.show();
        QVERIFY(loaded.wait(10000) || loaded.count() > 0);
        QVERIFY(review->currentItemId() > 0);
        const qint64 id = review->currentItemId();
        auto *undo = window.findChild<QAction *>(QStringLiteral("editUndo"));
        QVERIFY(undo);
        QVERIFY(!undo->isEnabled());
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("approveItem")), Qt::LeftButton);
        QCOMPARE(ContentRepository(shell.database).find(id)->approval, ApprovalState::Approved);
        QVERIFY(undo->isEnabled());
        QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
        window.showPage(MainWindow::Page::Settings);
        QVERIFY(!undo->isEnabled());
        window.showPage(MainWindow::Page::Review);
        undo->trigger();
        QCOMPARE(ContentRepository(shell.database).find(id)->approval, ApprovalState::Pending);
        window.close();
    }
};

QTEST_MAIN(TestReviewPage)
#include "tst_reviewpage.moc"
