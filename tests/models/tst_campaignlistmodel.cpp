#include "StoreFixture.h"

#include "models/itemmodels/CampaignListModel.h"
#include "models/store/CampaignRepository.h"
#include "models/store/ContentRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QTest>

using namespace cf;
using cf::test::utcAt;

class TestCampaignListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyWithoutRepository()
    {
        CampaignListModel model(nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(CampaignListModel::ColumnCount));
        QCOMPARE(model.headerData(CampaignListModel::BudgetColumn, Qt::Horizontal).toString(), QStringLiteral("Budget"));
    }

    void showsCampaignsWithDisplayAndSortValues()
    {
        test::StoreFixture f(QStringLiteral("t-model"));
        CampaignRepository repo(f.db);
        Campaign small = test::sampleCampaign(QStringLiteral("Small"));
        small.budget.amount.minor = 5000;
        small.createdAt = utcAt(1, 1, 0);
        Campaign big = test::sampleCampaign(QStringLiteral("Big"));
        big.budget = {{2500000, QStringLiteral("KWD")}, BudgetPeriod::Daily};
        big.status = CampaignStatus::Active;
        big.platforms = {Platform::Facebook, Platform::X};
        big.createdAt = utcAt(1, 2, 0);
        const qint64 smallId = repo.insert(small).value();
        const qint64 bigId = repo.insert(big).value();
        ContentItem next = test::sampleItem(bigId, utcAt(2, 18, 15, 30)); // 18:30 in Riyadh
        QVERIFY(ContentRepository(f.db).insert(next));

        CampaignListModel model(&repo);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reloaded(&model, &CampaignListModel::reloaded);
        QVERIFY(model.reload());
        QCOMPARE(reloaded.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        const int bigRow = model.rowOf(bigId);
        QCOMPARE(bigRow, 0);
        QCOMPARE(model.campaignId(1), smallId);
        auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.data(model.index(row, column), role);
        };
        QCOMPARE(cell(bigRow, CampaignListModel::NameColumn).toString(), QStringLiteral("Big"));
        QCOMPARE(cell(bigRow, CampaignListModel::StatusColumn).toString(), QStringLiteral("Active"));
        QVERIFY(cell(bigRow, CampaignListModel::BudgetColumn).toString().contains(QStringLiteral("KWD")));
        QVERIFY(cell(bigRow, CampaignListModel::BudgetColumn).toString().contains(QStringLiteral("a day")));
        QCOMPARE(cell(bigRow, CampaignListModel::PlatformsColumn).toString(), QLocale().createSeparatedList({QStringLiteral("Facebook"), QStringLiteral("X")}));
        QVERIFY2(cell(bigRow, CampaignListModel::NextItemColumn).toString().contains(QStringLiteral("18:30")), qPrintable(cell(bigRow, CampaignListModel::NextItemColumn).toString()));
        QCOMPARE(cell(1, CampaignListModel::NextItemColumn).toString(), QStringLiteral("Nothing scheduled"));
        QCOMPARE(cell(bigRow, CampaignListModel::BudgetColumn, CampaignListModel::SortRole).toLongLong(), qint64(2500000));
        QCOMPARE(cell(bigRow, CampaignListModel::StartColumn, CampaignListModel::SortRole).toDate(), QDate(2026, 2, 18));
        QCOMPARE(cell(1, CampaignListModel::NameColumn, CampaignListModel::CampaignIdRole).toLongLong(), smallId);

        // Sorting through a proxy uses the raw values.
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(CampaignListModel::SortRole);
        proxy.sort(CampaignListModel::BudgetColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, CampaignListModel::NameColumn).data().toString(), QStringLiteral("Small"));
    }

    void reloadPicksUpChangesAndKeepsRowsOnError()
    {
        test::StoreFixture f(QStringLiteral("t-model-reload"));
        CampaignRepository repo(f.db);
        CampaignListModel model(&repo);
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 0);
        const qint64 id = repo.insert(test::sampleCampaign(QStringLiteral("New"))).value();
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 1);

        QVERIFY(QSqlQuery(f.db.handle()).exec(QStringLiteral("UPDATE campaigns SET status = 'bogus' WHERE id = %1").arg(id)));
        QVERIFY(!model.reload());
        QCOMPARE(model.lastError().code, StoreError::Code::InvalidData);
        QCOMPARE(model.rowCount(), 1); // old rows stay
    }
};

QTEST_MAIN(TestCampaignListModel)
#include "tst_campaignlistmodel.moc"
