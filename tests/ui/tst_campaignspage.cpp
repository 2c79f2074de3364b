// The campaigns page over a real database: the empty state while there are
// no campaigns, the table once there are, refresh, and the explanation shown
// when there is no database at all.
#include "models/itemmodels/CampaignListModel.h"
#include "models/store/CampaignRepository.h"
#include "models/store/Database.h"
#include "tests/ui/CampaignSamples.h"
#include "ui/pages/CampaignsPage.h"
#include "ui/widgets/EmptyState.h"

#include <QPushButton>
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
            const auto id = repository->insert(cf::test::sampleCampaign(name, QDate(2026, 2, 18),
                cf::CampaignStatus::Draft, { cf::Platform::Instagram, cf::Platform::TikTok }, 100000));
            if (!id)
                qWarning() << id.error().fullText();
            return id.ok();
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
