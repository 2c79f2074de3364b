// The campaigns page over a real database: the empty state while there are
// no campaigns, the table once there are, refresh, the card view, duplicate,
// archive and delete (after a confirmation that names the campaign), and the
// explanation shown when there is no database at all.
#include "app/core/Clock.h"
#include "models/itemmodels/CampaignListModel.h"
#include "models/store/ContentRepository.h"
#include "models/store/CampaignRepository.h"
#include "models/store/Database.h"
#include "tests/ui/CampaignSamples.h"
#include "ui/pages/CampaignsPage.h"
#include "ui/widgets/EmptyState.h"

#include <QCheckBox>
#include <QListView>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QToolButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using cf::CampaignsPage;

class TestCampaignsPage : public QObject
{
    Q_OBJECT
private:
    struct Store
    {
        QTemporaryDir dir;
        cf::Database database;
        std::unique_ptr<cf::CampaignRepository> repository;
        std::unique_ptr<cf::CampaignListModel> model;

        bool open()
        {
            cf::DatabaseOptions options;
            options.nowUtc = QDateTime(QDate(2026, 2, 1), QTime(8, 0), QTimeZone::utc());
            if (!database.open(dir.filePath(QStringLiteral("campaignforge.sqlite")), dir.path(), options))
                return false;
            repository = std::make_unique<cf::CampaignRepository>(database);
            model = std::make_unique<cf::CampaignListModel>(repository.get());
            return model->reload();
        }
        bool add(const QString &name)
        {
            return addWithItems(name, 0) > 0;
        }
        // A campaign with `items` content items, the first of them approved.
        qint64 addWithItems(const QString &name, int items)
        {
            const auto id = repository->insert(cf::test::sampleCampaign(name, QDate(2026, 2, 18),
                cf::CampaignStatus::Draft, { cf::Platform::Instagram, cf::Platform::TikTok }, 100000));
            if (!id) {
                qWarning() << id.error().fullText();
                return 0;
            }
            for (int i = 0; i < items; ++i) {
                cf::ContentItem item;
                item.campaignId = *id;
                item.platform = cf::Platform::Instagram;
                item.contentType = cf::ContentType::ImagePost;
                item.scheduledUtc = QDateTime(QDate(2026, 2, 18 + i), QTime(16, 0), QTimeZone::utc());
                item.title = { QStringLiteral("عرض"), QStringLiteral("Offer %1").arg(i) };
                item.approval = i == 0 ? cf::ApprovalState::Approved : cf::ApprovalState::Pending;
                item.createdAt = item.updatedAt = item.scheduledUtc;
                if (!cf::ContentRepository(database).insert(item).ok())
                    return 0;
            }
            return *id;
        }
    };

private Q_SLOTS:
    void noCampaignsShowsTheEmptyState()
    {
        Store store;
        QVERIFY(store.open());
        CampaignsPage page(store.model.get(), QString());
        QVERIFY(page.showsEmptyState());
        QCOMPARE(page.campaignCount(), 0);
        const auto *empty = page.findChild<cf::EmptyState *>();
        QCOMPARE(empty->title(), QStringLiteral("No campaigns yet"));
        QVERIFY(!empty->actionButton()->isHidden());
    }

    void storedCampaignsAreListed()
    {
        Store store;
        QVERIFY(store.open());
        QVERIFY(store.add(QStringLiteral("Ramadan sale")));
        QVERIFY(store.add(QStringLiteral("Eid gifts")));
        QVERIFY(store.model->reload());
        CampaignsPage page(store.model.get(), QString());
        QVERIFY(!page.showsEmptyState());
        QCOMPARE(page.table()->model()->rowCount(), 2);
        QStringList names;
        for (int row = 0; row < 2; ++row)
            names << page.table()->model()->index(row, cf::CampaignListModel::NameColumn).data().toString();
        names.sort();
        QCOMPARE(names, QStringList({ QStringLiteral("Eid gifts"), QStringLiteral("Ramadan sale") }));
    }

    void refreshShowsCampaignsAddedMeanwhile()
    {
        Store store;
        QVERIFY(store.open());
        CampaignsPage page(store.model.get(), QString());
        QSignalSpy counted(&page, &CampaignsPage::campaignCountChanged);
        QVERIFY(store.add(QStringLiteral("Imported from the command line")));
        QVERIFY(page.showsEmptyState());

        // The empty state's own action is the refresh.
        page.findChild<cf::EmptyState *>()->actionButton()->click();
        QVERIFY(!page.showsEmptyState());
        QCOMPARE(page.campaignCount(), 1);
        QVERIFY(!counted.isEmpty());
        QCOMPARE(counted.last().at(0).toInt(), 1);
    }

    void progressAndCardsShowTheSameCampaigns()
    {
        Store store;
        QVERIFY(store.open());
        QVERIFY(store.addWithItems(QStringLiteral("Ramadan sale"), 4) > 0);
        QVERIFY(store.model->reload());
        CampaignsPage page(store.model.get(), QString());
        page.show();
        QCOMPARE(page.table()->model()->index(0, cf::CampaignListModel::ProgressColumn).data().toString(),
            QStringLiteral("1 approved, 0 published of 4"));
        QCOMPARE(page.viewMode(), CampaignsPage::ViewMode::List);
        QTest::mouseClick(page.findChild<QToolButton *>(QStringLiteral("cardViewToggle")), Qt::LeftButton);
        QCOMPARE(page.viewMode(), CampaignsPage::ViewMode::Cards);
        QCOMPARE(page.cards()->model()->rowCount(), 1);
        // One selection for both views.
        QVERIFY(page.selectCampaign(store.model->campaignId(0)));
        QVERIFY(page.cards()->selectionModel()->isSelected(page.cards()->model()->index(0, 0)));
    }

    void duplicateMakesADraftCopyWithItsContent()
    {
        Store store;
        QVERIFY(store.open());
        cf::FixedClock clock(QDateTime(QDate(2026, 2, 2), QTime(8, 0), QTimeZone::utc()));
        const qint64 original = store.addWithItems(QStringLiteral("Ramadan sale"), 3);
        QVERIFY(original > 0);
        QVERIFY(!store.repository->setStatus(original, cf::CampaignStatus::Active, clock.nowUtc()).isError());
        QVERIFY(store.model->reload());
        CampaignsPage page(store.model.get(), QString());
        page.setStore(&store.database, clock, store.dir.path());
        page.show();
        auto *duplicate = page.findChild<QPushButton *>(QStringLiteral("duplicateCampaign"));
        QVERIFY(!duplicate->isEnabled()); // nothing selected yet
        QVERIFY(page.selectCampaign(original));
        QVERIFY(duplicate->isEnabled());
        QTest::mouseClick(duplicate, Qt::LeftButton);

        QCOMPARE(page.campaignCount(), 2);
        const qint64 copy = page.selectedCampaignId();
        QVERIFY(copy != original && copy > 0);
        const auto stored = store.repository->find(copy);
        QCOMPARE(stored->name, QStringLiteral("Ramadan sale (copy)"));
        QCOMPARE(stored->status, cf::CampaignStatus::Draft);
        const auto items = cf::ContentRepository(store.database).listForCampaign(copy);
        QCOMPARE(items->size(), std::size_t(3));
        for (const cf::ContentItem &item : *items)
            QCOMPARE(item.approval, cf::ApprovalState::Pending); // approvals are not copied
        QCOMPARE(cf::ContentRepository(store.database).listForCampaign(original)->size(), std::size_t(3));
    }

    void archiveHidesTheCampaignUntilShowArchived()
    {
        Store store;
        QVERIFY(store.open());
        cf::FixedClock clock(QDateTime(QDate(2026, 2, 2), QTime(8, 0), QTimeZone::utc()));
        const qint64 keep = store.addWithItems(QStringLiteral("Eid gifts"), 0);
        const qint64 old = store.addWithItems(QStringLiteral("Last year's sale"), 0);
        QVERIFY(store.model->reload());
        CampaignsPage page(store.model.get(), QString());
        page.setStore(&store.database, clock, store.dir.path());
        page.show();
        QCOMPARE(page.visibleCount(), 2);
        QVERIFY(page.selectCampaign(old));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("archiveCampaign")), Qt::LeftButton);
        QCOMPARE(store.repository->find(old)->status, cf::CampaignStatus::Archived);
        QCOMPARE(page.visibleCount(), 1);
        QCOMPARE(page.campaignCount(), 2); // still there, only hidden
        QCOMPARE(page.table()->model()->index(0, 0).data(cf::CampaignListModel::CampaignIdRole).toLongLong(), keep);

        QTest::mouseClick(page.findChild<QCheckBox *>(QStringLiteral("showArchived")), Qt::LeftButton);
        QCOMPARE(page.visibleCount(), 2);
        // Archiving it again brings it back as a draft.
        QVERIFY(page.selectCampaign(old));
        auto *archive = page.findChild<QPushButton *>(QStringLiteral("archiveCampaign"));
        QVERIFY(archive->text().contains(QStringLiteral("rchive")));
        QTest::mouseClick(archive, Qt::LeftButton);
        QCOMPARE(store.repository->find(old)->status, cf::CampaignStatus::Draft);
    }

    void deleteAsksFirstAndNamesTheCampaign()
    {
        Store store;
        QVERIFY(store.open());
        cf::FixedClock clock(QDateTime(QDate(2026, 2, 2), QTime(8, 0), QTimeZone::utc()));
        const qint64 id = store.addWithItems(QStringLiteral("Ramadan sale"), 2);
        QVERIFY(store.model->reload());
        CampaignsPage page(store.model.get(), QString());
        page.setStore(&store.database, clock, store.dir.path());
        page.show();
        QVERIFY(page.selectCampaign(id));

        // Cancel keeps it.
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("deleteCampaign")), Qt::LeftButton);
        QPointer<QMessageBox> box = page.findChild<QMessageBox *>(QStringLiteral("deleteConfirmation"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY(box->text().contains(QStringLiteral("\"Ramadan sale\"")));
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!box);
        QVERIFY(store.repository->find(id).ok());
        QCOMPARE(page.campaignCount(), 1);

        // Delete removes it with its content.
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("deleteCampaign")), Qt::LeftButton);
        box = page.findChild<QMessageBox *>(QStringLiteral("deleteConfirmation"));
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_COMPARE(page.campaignCount(), 0);
        QVERIFY(!store.repository->find(id).ok());
        QVERIFY(cf::ContentRepository(store.database).listForCampaign(id)->empty());
        QVERIFY(page.showsEmptyState());
        // With a database the empty state offers a new campaign.
        QCOMPARE(page.findChild<cf::EmptyState *>()->actionButton()->text(), QStringLiteral("New campaign"));
    }

    void withoutADatabaseTheReasonIsShown()
    {
        const QString reason = QStringLiteral("The file is not a CampaignForge database.");
        CampaignsPage page(nullptr, reason);
        QVERIFY(page.showsEmptyState());
        const auto *empty = page.findChild<cf::EmptyState *>();
        QCOMPARE(empty->title(), QStringLiteral("Campaigns cannot be shown"));
        QCOMPARE(empty->explanation(), reason);
        // Nothing to refresh without a database: no button that cannot work.
        QVERIFY(empty->actionButton()->isHidden());
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("refreshCampaigns"))->isHidden()
            || !page.findChild<QPushButton *>(QStringLiteral("refreshCampaigns"))->isVisibleTo(&page));
    }
};

QTEST_MAIN(TestCampaignsPage)
#include "tst_campaignspage.moc"
