#include "StoreFixture.h"

#include "models/store/AdSetRepository.h"
#include "models/store/AssetRepository.h"
#include "models/store/CampaignRepository.h"
#include "models/store/CampaignTransfer.h"
#include "models/store/ContentRepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace cf;
using cf::test::utcAt;

namespace {

// A campaign with two ad sets, three items (one an ad with two assets).
qint64 storeSample(const Database &db)
{
    CampaignBundle bundle;
    bundle.campaign = test::sampleCampaign(QStringLiteral("حملة رمضان"));
    AdSet young;
    young.id = 1;
    young.platform = Platform::Instagram;
    young.name = QStringLiteral("Women 25-34");
    young.budget = {{60000, QStringLiteral("SAR")}, BudgetPeriod::Total};
    AdSet older = young;
    older.id = 2;
    older.name = QStringLiteral("Women 35-40");
    bundle.adSets = {young, older};
    bundle.assets = {test::sampleAsset(QStringLiteral("aa")), test::sampleAsset(QStringLiteral("bb"))};
    bundle.assets[0].id = 10;
    bundle.assets[1].id = 11;
    ContentItem ad = test::sampleItem(0, utcAt(2, 18, 17));
    ad.adSetId = 2;
    ad.assetIds = {11, 10};
    ad.publishState = PublishState::Published;
    ad.externalId = QStringLiteral("post-1");
    ContentItem queued = test::sampleItem(0, utcAt(2, 19, 17), Platform::TikTok);
    queued.publishState = PublishState::Queued;
    ContentItem plain = test::sampleItem(0, utcAt(2, 20, 17));
    plain.copy = test::sampleCopy();
    bundle.content = {ad, queued, plain};
    return CampaignTransfer(db).insert(bundle).value();
}

} // namespace

class TestCampaignTransfer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void insertMapsLocalKeysToNewIds()
    {
        test::StoreFixture f(QStringLiteral("t-insert"));
        const qint64 id = storeSample(f.db);
        const auto adSets = AdSetRepository(f.db).listForCampaign(id).value();
        QCOMPARE(adSets.size(), std::size_t(2));
        const auto content = ContentRepository(f.db).listForCampaign(id).value();
        QCOMPARE(content.size(), std::size_t(3));
        QCOMPARE(*content[0].adSetId, adSets[1].id);
        const auto first = AssetRepository(f.db).find(content[0].assetIds[0]).value();
        QCOMPARE(first.sha256, QStringLiteral("bb"));
    }

    void exportThenImportRoundTrips()
    {
        test::StoreFixture source(QStringLiteral("t-src"));
        const qint64 id = storeSample(source.db);
        const auto json = CampaignTransfer(source.db).exportJson(id);
        QVERIFY(json);
        QVERIFY(json->contains("\"format\": \"campaignforge.campaign\""));
        QVERIFY(!json->contains("token"));

        test::StoreFixture target(QStringLiteral("t-dst"));
        // Something already there, so ids differ between the two databases.
        QVERIFY(CampaignRepository(target.db).insert(test::sampleCampaign(QStringLiteral("other"))));
        const auto newId = CampaignTransfer(target.db).importJson(json.value());
        QVERIFY2(newId, qPrintable(newId.error().fullText()));
        QVERIFY(newId.value() != id);

        CampaignBundle before = CampaignTransfer(source.db).load(id).value();
        CampaignBundle after = CampaignTransfer(target.db).load(newId.value()).value();
        QCOMPARE(after.campaign.name, QStringLiteral("حملة رمضان"));
        // Equal up to ids, and the queued item came back as a draft.
        before.campaign.id = after.campaign.id;
        before.campaign.workspaceId = after.campaign.workspaceId;
        QCOMPARE(after.campaign, before.campaign);
        QCOMPARE(after.adSets.size(), before.adSets.size());
        for (std::size_t i = 0; i < after.adSets.size(); ++i) {
            before.adSets[i].id = after.adSets[i].id;
            before.adSets[i].campaignId = after.adSets[i].campaignId;
            QCOMPARE(after.adSets[i], before.adSets[i]);
        }
        QCOMPARE(after.content.size(), before.content.size());
        QCOMPARE(after.content[1].publishState, PublishState::Draft);
        QCOMPARE(after.content[0].publishState, PublishState::Published);
        before.content[1].publishState = PublishState::Draft;
        for (std::size_t i = 0; i < after.content.size(); ++i) {
            before.content[i].id = after.content[i].id;
            before.content[i].campaignId = after.content[i].campaignId;
            if (before.content[i].adSetId)
                QCOMPARE(*after.content[i].adSetId, after.adSets[1].id);
            before.content[i].adSetId = after.content[i].adSetId;
            QCOMPARE(after.content[i].assetIds.size(), before.content[i].assetIds.size());
            before.content[i].assetIds = after.content[i].assetIds;
            QCOMPARE(after.content[i], before.content[i]);
        }
        QCOMPARE(after.assets.size(), std::size_t(2));
        // Schema v2 parts travel too.
        QVERIFY(after.content[2].copy.has_value());
        QCOMPARE(*after.content[2].copy, test::sampleCopy());
        QCOMPARE(after.campaign.product.discountPercent, std::optional<int>(30));

        // Exporting the copy gives the same document apart from ids.
        QVERIFY(CampaignTransfer(target.db).exportJson(newId.value()));
    }

    void badFilesAreRejectedAndNothingIsStored_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArray("{\"format\": \"campaignforge.campaign\", ");
        QTest::newRow("wrong marker") << QByteArray("{\"format\": \"other\", \"campaign\": {}}");
        QTest::newRow("newer format") << QByteArray("{\"format\": \"campaignforge.campaign\", \"format_version\": 99, \"campaign\": {}}");
        QTest::newRow("no campaign") << QByteArray("{\"format\": \"campaignforge.campaign\", \"format_version\": 1}");
        QTest::newRow("bad status") << QByteArray("{\"format\": \"campaignforge.campaign\", \"format_version\": 1, "
                                                  "\"campaign\": {\"name\": \"x\", \"status\": \"nope\"}}");
        QTest::newRow("dangling ad set") << QByteArray(
            "{\"format\": \"campaignforge.campaign\", \"format_version\": 1, \"campaign\": {\"name\": \"x\"}, "
            "\"content\": [{\"platform\": \"x\", \"content_type\": \"text_post\", \"ad_set_id\": 5}]}");
        QTest::newRow("dangling asset") << QByteArray(
            "{\"format\": \"campaignforge.campaign\", \"format_version\": 1, \"campaign\": {\"name\": \"x\"}, "
            "\"content\": [{\"platform\": \"x\", \"content_type\": \"text_post\", \"asset_ids\": [3]}]}");
        QTest::newRow("content not array") << QByteArray(
            "{\"format\": \"campaignforge.campaign\", \"format_version\": 1, \"campaign\": {\"name\": \"x\"}, \"content\": 3}");
    }
    void badFilesAreRejectedAndNothingIsStored()
    {
        QFETCH(QByteArray, json);
        test::StoreFixture f(QStringLiteral("t-bad"));
        const auto result = CampaignTransfer(f.db).importJson(json);
        QVERIFY(!result);
        QCOMPARE(result.error().code, StoreError::Code::InvalidData);
        QVERIFY(!result.error().message.isEmpty());
        QCOMPARE(CampaignRepository(f.db).list()->size(), std::size_t(0));
    }

    void failureHalfwayLeavesNothing()
    {
        test::StoreFixture f(QStringLiteral("t-half"));
        // Make the last content insert fail, after the campaign, ad sets and
        // assets went in.
        QVERIFY(QSqlQuery(f.db.handle())
                    .exec(QStringLiteral("CREATE TRIGGER boom BEFORE INSERT ON campaign_content WHEN NEW.theme = 'boom' "
                                         "BEGIN SELECT RAISE(ABORT, 'boom'); END")));
        CampaignBundle bundle;
        bundle.campaign = test::sampleCampaign(QStringLiteral("x"));
        AdSet adSet;
        adSet.id = 1;
        bundle.adSets = {adSet};
        Asset asset = test::sampleAsset(QStringLiteral("cc"));
        asset.id = 1;
        bundle.assets = {asset};
        ContentItem item = test::sampleItem(0, utcAt(2, 18, 17));
        item.assetIds = {1};
        item.adSetId = 1;
        bundle.content = {item, item};
        bundle.content[1].theme = QStringLiteral("boom");
        QVERIFY(!CampaignTransfer(f.db).insert(bundle));
        for (const char *table : {"campaigns", "ad_sets", "assets", "campaign_content", "content_assets", "workspaces"}) {
            QSqlQuery q(f.db.handle());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) && q.next());
            QVERIFY2(q.value(0).toInt() == 0, table);
        }
        bundle.content[1].theme.clear();
        QVERIFY(CampaignTransfer(f.db).insert(bundle)); // the database is still usable
    }

    void importIntoReadOnlyDatabaseIsRefused()
    {
        test::StoreFixture f(QStringLiteral("t-ro-make"));
        const qint64 id = storeSample(f.db);
        const QByteArray json = CampaignTransfer(f.db).exportJson(id).value();
        QSqlQuery(f.db.handle()).exec(QStringLiteral("PRAGMA user_version = 99"));
        const QString path = f.path();
        f.db.close();
        Database readOnly;
        QVERIFY(readOnly.open(path, QStringLiteral("t-ro")));
        QVERIFY(readOnly.isReadOnly());
        const auto result = CampaignTransfer(readOnly).importJson(json);
        QVERIFY(!result);
        QCOMPARE(result.error().code, StoreError::Code::ReadOnly);
        QVERIFY(CampaignTransfer(readOnly).exportJson(id)); // reading still works
    }
};

QTEST_GUILESS_MAIN(TestCampaignTransfer)
#include "tst_campaigntransfer.moc"
