#include "StoreFixture.h"

#include "models/store/AdSetRepository.h"
#include "models/store/AssetRepository.h"
#include "models/store/CampaignRepository.h"
#include "models/store/ContentRepository.h"
#include "models/store/WorkspaceRepository.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>

using namespace cf;
using cf::test::sampleCampaign;
using cf::test::sampleItem;
using cf::test::utcAt;

class TestCampaignRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void insertFindUpdateRemove()
    {
        test::StoreFixture f(QStringLiteral("t-crud"));
        QVERIFY(f.ok());
        CampaignRepository repo(f.db);
        Campaign c = sampleCampaign(QStringLiteral("Ramadan sale"));
        const auto id = repo.insert(c);
        QVERIFY2(id, qPrintable(id.error().fullText()));
        QVERIFY(id.value() > 0);

        auto found = repo.find(id.value());
        QVERIFY(found);
        QVERIFY(found->workspaceId > 0); // a default workspace was made
        c.id = id.value();
        c.workspaceId = found->workspaceId;
        QCOMPARE(found.value(), c);

        c.name = QStringLiteral("Ramadan sale 2");
        c.status = CampaignStatus::Active;
        c.type.reset();
        c.budget.period = BudgetPeriod::Daily;
        QVERIFY(!repo.update(c).isError());
        QCOMPARE(repo.find(c.id).value(), c);

        QVERIFY(!repo.setStatus(c.id, CampaignStatus::Paused, utcAt(3, 1, 0)).isError());
        QCOMPARE(repo.find(c.id)->status, CampaignStatus::Paused);
        QCOMPARE(repo.find(c.id)->updatedAt, utcAt(3, 1, 0));

        QVERIFY(!repo.remove(c.id).isError());
        QCOMPARE(repo.find(c.id).error().code, StoreError::Code::NotFound);
        QCOMPARE(repo.remove(c.id).code, StoreError::Code::NotFound);
        QCOMPARE(repo.update(c).code, StoreError::Code::NotFound);
    }

    void secondCampaignReusesWorkspace()
    {
        test::StoreFixture f(QStringLiteral("t-ws"));
        CampaignRepository repo(f.db);
        const qint64 a = repo.insert(sampleCampaign(QStringLiteral("A"))).value();
        const qint64 b = repo.insert(sampleCampaign(QStringLiteral("B"))).value();
        QCOMPARE(repo.find(a)->workspaceId, repo.find(b)->workspaceId);
        QCOMPARE(WorkspaceRepository(f.db).list()->size(), std::size_t(1));
        QCOMPARE(WorkspaceRepository(f.db).list()->front().defaultCurrency, QStringLiteral("SAR"));
    }

    void summariesShowNextUnpublishedItem()
    {
        test::StoreFixture f(QStringLiteral("t-sum"));
        CampaignRepository campaigns(f.db);
        ContentRepository content(f.db);
        Campaign older = sampleCampaign(QStringLiteral("Older"));
        older.createdAt = utcAt(1, 1, 0);
        Campaign newer = sampleCampaign(QStringLiteral("Newer"));
        newer.createdAt = utcAt(1, 2, 0);
        const qint64 olderId = campaigns.insert(older).value();
        const qint64 newerId = campaigns.insert(newer).value();

        ContentItem published = sampleItem(olderId, utcAt(2, 18, 8));
        published.publishState = PublishState::Published;
        ContentItem queued = sampleItem(olderId, utcAt(2, 19, 17, 30));
        queued.publishState = PublishState::Queued;
        ContentItem later = sampleItem(olderId, utcAt(2, 25, 17, 30));
        QVERIFY(content.insertAll({published, queued, later}));

        const auto rows = campaigns.listSummaries();
        QVERIFY(rows);
        QCOMPARE(rows->size(), std::size_t(2));
        QCOMPARE(rows->at(0).campaign.id, newerId); // newest first
        QVERIFY(!rows->at(0).nextScheduledUtc.isValid());
        QCOMPARE(rows->at(0).contentCount, 0);
        QCOMPARE(rows->at(1).nextScheduledUtc, utcAt(2, 19, 17, 30));
        QCOMPARE(rows->at(1).contentCount, 3);
        QCOMPARE(campaigns.list()->size(), std::size_t(2));
    }

    void contentWithAdSetAndAssetsRoundTrips()
    {
        test::StoreFixture f(QStringLiteral("t-content"));
        const qint64 campaignId = CampaignRepository(f.db).insert(sampleCampaign(QStringLiteral("C"))).value();
        AdSet adSet;
        adSet.campaignId = campaignId;
        adSet.platform = Platform::Instagram;
        adSet.name = QStringLiteral("Women 25-34");
        adSet.targeting.ageMin = 25;
        adSet.budget = {{50000, QStringLiteral("SAR")}, BudgetPeriod::Total};
        adSet.startUtc = utcAt(2, 18, 0);
        const qint64 adSetId = AdSetRepository(f.db).insert(adSet).value();
        adSet.id = adSetId;
        QCOMPARE(AdSetRepository(f.db).find(adSetId).value(), adSet);
        QVERIFY(!AdSetRepository(f.db).setExternalId(adSetId, QStringLiteral("238")).isError());
        QCOMPARE(AdSetRepository(f.db).listForCampaign(campaignId)->front().externalId, QStringLiteral("238"));

        AssetRepository assets(f.db);
        const qint64 a1 = assets.insertOrFind(test::sampleAsset(QStringLiteral("aa11"))).value();
        const qint64 a2 = assets.insertOrFind(test::sampleAsset(QStringLiteral("bb22"))).value();
        QCOMPARE(assets.insertOrFind(test::sampleAsset(QStringLiteral("AA11"))).value(), a1); // same bytes, same row

        ContentItem item = sampleItem(campaignId, utcAt(2, 20, 17));
        item.adSetId = adSetId;
        item.assetIds = {a2, a1};
        ContentRepository content(f.db);
        const qint64 itemId = content.insert(item).value();
        item.id = itemId;
        QCOMPARE(content.find(itemId).value(), item);

        item.assetIds = {a1};
        item.body.en = QStringLiteral("Changed");
        QVERIFY(!content.update(item).isError());
        QCOMPARE(content.find(itemId).value(), item);
        QCOMPARE(assets.listForCampaign(campaignId)->size(), std::size_t(1));

        QVERIFY(!content.setApproval(itemId, ApprovalState::Approved, utcAt(2, 2, 0)).isError());
        QVERIFY(!content.setPublishState(itemId, PublishState::Published, QStringLiteral("179"),
                                         QStringLiteral("https://instagram.com/p/1"), utcAt(2, 20, 17))
                     .isError());
        const auto after = content.find(itemId).value();
        QCOMPARE(after.approval, ApprovalState::Approved);
        QCOMPARE(after.publishState, PublishState::Published);
        QCOMPARE(after.externalId, QStringLiteral("179"));
    }

    void deletingCampaignCascadesAndReferencedAssetsAreProtected()
    {
        test::StoreFixture f(QStringLiteral("t-cascade"));
        CampaignRepository campaigns(f.db);
        const qint64 campaignId = campaigns.insert(sampleCampaign(QStringLiteral("C"))).value();
        AdSet adSet;
        adSet.campaignId = campaignId;
        QVERIFY(AdSetRepository(f.db).insert(adSet));
        const qint64 assetId = AssetRepository(f.db).insertOrFind(test::sampleAsset(QStringLiteral("cc33"))).value();
        ContentItem item = sampleItem(campaignId, utcAt(2, 20, 17));
        item.assetIds = {assetId};
        QVERIFY(ContentRepository(f.db).insert(item));

        QSqlQuery q(f.db.handle());
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM assets WHERE id = %1").arg(assetId))); // still used

        QVERIFY(!campaigns.remove(campaignId).isError());
        for (const char *table : {"ad_sets", "campaign_content", "content_assets"}) {
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        QVERIFY(q.exec(QStringLiteral("DELETE FROM assets WHERE id = %1").arg(assetId))); // now free
    }

    void contentForMissingCampaignIsRefused()
    {
        test::StoreFixture f(QStringLiteral("t-orphan"));
        const auto result = ContentRepository(f.db).insert(sampleItem(999, utcAt(2, 20, 17)));
        QVERIFY(!result);
        QVERIFY(result.error().message.contains(QStringLiteral("does not exist")));
    }

    void bulkInsertIsAllOrNothing()
    {
        test::StoreFixture f(QStringLiteral("t-bulk"));
        const qint64 campaignId = CampaignRepository(f.db).insert(sampleCampaign(QStringLiteral("C"))).value();
        std::vector<ContentItem> items;
        for (int i = 0; i < 5; ++i)
            items.push_back(sampleItem(campaignId, utcAt(2, 20, 10, i)));
        items.push_back(sampleItem(777, utcAt(2, 20, 11))); // bad reference at the end
        QVERIFY(!ContentRepository(f.db).insertAll(items));
        QCOMPARE(ContentRepository(f.db).listForCampaign(campaignId)->size(), std::size_t(0));
    }

    void bulkInsertOfAThousandItemsIsFast()
    {
        test::StoreFixture f(QStringLiteral("t-fast"));
        const qint64 campaignId = CampaignRepository(f.db).insert(sampleCampaign(QStringLiteral("C"))).value();
        std::vector<ContentItem> items;
        for (int i = 0; i < 1200; ++i)
            items.push_back(sampleItem(campaignId, utcAt(2, 1, 0).addSecs(i * 3600)));
        QElapsedTimer timer;
        timer.start();
        const auto ids = ContentRepository(f.db).insertAll(items);
        const qint64 ms = timer.elapsed();
        QVERIFY(ids);
        QCOMPARE(ids->size(), items.size());
        qInfo("inserted 1200 content items in %lld ms", ms);
        QVERIFY2(ms < 2000, "bulk insert took too long");
        QCOMPARE(ContentRepository(f.db).listForCampaign(campaignId)->size(), items.size());
    }

    void dueItemsAreQueuedAndPast()
    {
        test::StoreFixture f(QStringLiteral("t-due"));
        const qint64 campaignId = CampaignRepository(f.db).insert(sampleCampaign(QStringLiteral("C"))).value();
        ContentItem due = sampleItem(campaignId, utcAt(2, 20, 10));
        due.publishState = PublishState::Queued;
        ContentItem future = sampleItem(campaignId, utcAt(2, 20, 12));
        future.publishState = PublishState::Queued;
        ContentItem draft = sampleItem(campaignId, utcAt(2, 20, 9));
        QVERIFY(ContentRepository(f.db).insertAll({due, future, draft}));
        const auto list = ContentRepository(f.db).listDue(utcAt(2, 20, 11), 10);
        QVERIFY(list);
        QCOMPARE(list->size(), std::size_t(1));
        QCOMPARE(list->front().scheduledUtc, utcAt(2, 20, 10));
    }

    void damagedRowGivesClearError()
    {
        test::StoreFixture f(QStringLiteral("t-damaged"));
        const qint64 id = CampaignRepository(f.db).insert(sampleCampaign(QStringLiteral("C"))).value();
        QSqlQuery q(f.db.handle());
        QVERIFY(q.exec(QStringLiteral("UPDATE campaigns SET status = 'exploded', audience = '{not json' WHERE id = %1").arg(id)));
        const auto found = CampaignRepository(f.db).find(id);
        QVERIFY(!found);
        QCOMPARE(found.error().code, StoreError::Code::InvalidData);
        QVERIFY(!found.error().message.isEmpty());
        QVERIFY(!CampaignRepository(f.db).listSummaries());
    }

    void closedDatabaseRefusesEverything()
    {
        Database closed;
        CampaignRepository repo(closed);
        QCOMPARE(repo.find(1).error().code, StoreError::Code::NotOpen);
        QCOMPARE(repo.insert(sampleCampaign(QStringLiteral("x"))).error().code, StoreError::Code::NotOpen);
        QCOMPARE(repo.listSummaries().error().code, StoreError::Code::NotOpen);
    }
};

QTEST_GUILESS_MAIN(TestCampaignRepository)
#include "tst_campaignrepository.moc"
