#include "models/store/AdEntityRepository.h"
#include "models/store/AdSetRepository.h"
#include "models/store/Migrations.h"
#include "models/store/Schema.h"
#include "tests/app/publishing/AdFixture.h"

#include <QSqlQuery>
#include <QTest>

using namespace cf;
using test::noonUtc;

// ad_entities (schema v5): one campaign and one ad set per ad account,
// however many ads share them; delivery and pushed budgets; the activation
// groups the worker switches on; the new publish_targets columns.
class TestAdEntityRepository : public QObject
{
    Q_OBJECT

    static void publish(const test::AdFixture &f, qint64 target, const QString &externalId)
    {
        const PublishTargetRepository repo(f.db);
        QVERIFY(*repo.claim(target, QStringLiteral("w"), noonUtc()));
        const auto attempt = repo.beginSending(target, QStringLiteral("w"), QStringLiteral("fp"), QStringLiteral("k"), noonUtc());
        QVERIFY(attempt && attempt->has_value());
        QVERIFY(*repo.finishPublished(target, **attempt, externalId, {}, 200, noonUtc()));
    }

private Q_SLOTS:
    void upsertKeepsOneRowPerLevelAndSetsTheAdSetsExternalId()
    {
        test::AdFixture f(QStringLiteral("ae1"));
        QVERIFY(f.ok());
        const AdEntityRepository repo(f.db);
        const AdEntityKey campaignKey{f.campaignId, f.adAccountId, std::nullopt};
        const AdEntityKey adSetKey{f.campaignId, f.adAccountId, f.adSetId};
        QVERIFY(!repo.find(campaignKey)->has_value());
        const auto c1 = repo.upsertExternalId(campaignKey, Platform::Facebook, QStringLiteral("c-1"), std::nullopt, noonUtc());
        QVERIFY(c1);
        // A NULL ad_set_id must not make a second campaign row possible.
        const auto c2 = repo.upsertExternalId(campaignKey, Platform::Facebook, QStringLiteral("c-1"), std::nullopt, noonUtc());
        QCOMPARE(*c2, *c1);
        const auto s1 = repo.upsertExternalId(adSetKey, Platform::Facebook, QStringLiteral("s-1"),
                                              PushedBudget{3000, BudgetPeriod::Daily}, noonUtc());
        QVERIFY(s1);
        QVERIFY(*s1 != *c1);
        QCOMPARE(repo.listFor(f.campaignId, f.adAccountId)->size(), size_t(2));
        const AdEntity campaign = **repo.find(campaignKey);
        QCOMPARE(campaign.externalId, QStringLiteral("c-1"));
        QCOMPARE(campaign.level(), AdEntityLevel::Campaign);
        QCOMPARE(campaign.delivery, AdDelivery::Paused);
        QVERIFY(!campaign.budgetPushed);
        const AdEntity adSet = **repo.find(adSetKey);
        QCOMPARE(adSet.level(), AdEntityLevel::AdSet);
        QCOMPARE(adSet.budgetPushed, std::optional<PushedBudget>(PushedBudget{3000, BudgetPeriod::Daily}));
        QCOMPARE(AdSetRepository(f.db).find(f.adSetId)->externalId, QStringLiteral("s-1"));
        // The schema itself refuses a duplicate campaign level.
        QSqlQuery q(f.db.handle());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO ad_entities (campaign_id, connection_id, platform, level, external_id) "
                                       "VALUES (%1, %2, 'facebook', 'campaign', 'c-2')")
                            .arg(f.campaignId)
                            .arg(f.adAccountId)));
        // A later upsert of an existing ad set keeps the recorded budget.
        QVERIFY(repo.upsertExternalId(adSetKey, Platform::Facebook, QStringLiteral("s-1"), PushedBudget{1, BudgetPeriod::Total},
                                      noonUtc()));
        QCOMPARE(repo.find(adSetKey)->value().budgetPushed->minor, 3000);
    }

    void budgetChangesAreFoundUntilPushed()
    {
        test::AdFixture f(QStringLiteral("ae2"));
        QVERIFY(f.ok());
        const AdEntityRepository repo(f.db);
        const auto id = repo.upsertExternalId({f.campaignId, f.adAccountId, f.adSetId}, Platform::Facebook,
                                              QStringLiteral("s-1"), PushedBudget{3000, BudgetPeriod::Daily}, noonUtc());
        QVERIFY(id);
        QVERIFY(repo.pendingBudgetPushes()->empty());
        AdSet local = *AdSetRepository(f.db).find(f.adSetId);
        local.budget.amount.minor = 7500;
        QVERIFY(!AdSetRepository(f.db).update(local).isError());
        const auto pending = repo.pendingBudgetPushes();
        QVERIFY(pending);
        QCOMPARE(pending->size(), size_t(1));
        QCOMPARE(pending->front().entity.id, *id);
        QCOMPARE(pending->front().localBudget.amount.minor, 7500);
        QCOMPARE(pending->front().localBudget.amount.currency, QStringLiteral("SAR"));
        QVERIFY(!repo.recordPushedBudget(*id, {7500, BudgetPeriod::Daily}, noonUtc()).isError());
        QVERIFY(repo.pendingBudgetPushes()->empty());
        // A period change alone is a change too.
        local.budget.period = BudgetPeriod::Total;
        QVERIFY(!AdSetRepository(f.db).update(local).isError());
        QCOMPARE(repo.pendingBudgetPushes()->size(), size_t(1));
        QCOMPARE(repo.recordPushedBudget(9999, {1, BudgetPeriod::Daily}, noonUtc()).code, StoreError::Code::NotFound);
    }

    void activationWaitsForTheLastOpenAdOfTheAccount()
    {
        test::AdFixture f(QStringLiteral("ae3"));
        QVERIFY(f.ok());
        const AdEntityRepository repo(f.db);
        const qint64 a = f.addAdTarget(f.addAd(noonUtc(), f.adSetId));
        const qint64 b = f.addAdTarget(f.addAd(noonUtc(), f.adSetId, QStringLiteral("Scarves")));
        const qint64 organic = f.addTarget(f.addItem(noonUtc())); // not an ad: never holds activation back
        Q_UNUSED(organic);
        publish(f, a, QStringLiteral("ad-a"));
        QVERIFY(repo.activationDue()->empty()); // b is still scheduled
        publish(f, b, QStringLiteral("ad-b"));
        const auto due = repo.activationDue();
        QVERIFY(due);
        QCOMPARE(due->size(), size_t(1));
        QCOMPARE(due->front().campaignId, f.campaignId);
        QCOMPARE(due->front().connectionId, f.adAccountId);
        QCOMPARE(due->front().adTargetIds, (std::vector<qint64>{a, b}));
        QCOMPARE(due->front().adExternalIds, (std::vector<QString>{QStringLiteral("ad-a"), QStringLiteral("ad-b")}));
        QVERIFY(repo.upsertExternalId({f.campaignId, f.adAccountId, std::nullopt}, Platform::Facebook, QStringLiteral("c"),
                                      std::nullopt, noonUtc()));
        QVERIFY(!repo.markDelivered(f.campaignId, f.adAccountId, {a, b}, AdDelivery::Active, noonUtc()).isError());
        QVERIFY(repo.activationDue()->empty());
        QCOMPARE(repo.listForCampaign(f.campaignId)->front().delivery, AdDelivery::Active);
        QCOMPARE(PublishTargetRepository(f.db).find(a)->adDelivery, QStringLiteral("active"));
    }

    void platformStatusIsStoredWithoutMovingTheTarget()
    {
        test::AdFixture f(QStringLiteral("ae4"));
        QVERIFY(f.ok());
        const PublishTargetRepository repo(f.db);
        const qint64 t = f.addAdTarget(f.addAd(noonUtc(), f.adSetId));
        QCOMPARE(*repo.setPlatformStatus(t, QStringLiteral("PENDING_REVIEW"), noonUtc(2, 5)), true);
        const PublishTarget row = *repo.find(t);
        QCOMPARE(row.platformStatus, QStringLiteral("PENDING_REVIEW"));
        QCOMPARE(row.platformStatusAt, noonUtc(2, 5));
        QCOMPARE(row.state, TargetState::Scheduled);
        QCOMPARE(*repo.setPlatformStatus(99999, QStringLiteral("x"), noonUtc()), false);
    }

    void aCheckpointAndItsEntityAreOneTransaction()
    {
        test::AdFixture f(QStringLiteral("ae5"));
        QVERIFY(f.ok());
        const PublishTargetRepository repo(f.db);
        const qint64 t = f.addAdTarget(f.addAd(noonUtc(), f.adSetId));
        QVERIFY(*repo.claim(t, QStringLiteral("w"), noonUtc()));
        const qint64 attempt = **repo.beginSending(t, QStringLiteral("w"), QStringLiteral("fp"), QStringLiteral("k"), noonUtc());
        const auto failed = repo.addCheckpoint(t, attempt, QStringLiteral("campaign"), QStringLiteral("c-1"), noonUtc(), [] {
            return StoreError::make(StoreError::Code::QueryFailed, QStringLiteral("disk full"));
        });
        QVERIFY(!failed);
        QVERIFY(repo.find(t)->checkpoints.empty()); // rolled back together
        const AdEntityRepository entities(f.db);
        const auto saved = repo.addCheckpoint(t, attempt, QStringLiteral("campaign"), QStringLiteral("c-1"), noonUtc(), [&] {
            auto id = entities.upsertExternalId({f.campaignId, f.adAccountId, std::nullopt}, Platform::Facebook,
                                                QStringLiteral("c-1"), std::nullopt, noonUtc());
            return id ? StoreStatus{} : id.error();
        });
        QVERIFY(saved && *saved);
        QCOMPARE(repo.find(t)->checkpoints.at(QStringLiteral("campaign")), QStringLiteral("c-1"));
        QCOMPARE(entities.listForCampaign(f.campaignId)->size(), size_t(1));
    }

    void migrationFromV4KeepsTargetsAndAddsTheTable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v4.sqlite"));
        qint64 itemId = 0;
        {
            Database v4;
            DatabaseOptions options;
            std::vector<MigrationStep> steps = schemaMigrations();
            steps.resize(4);
            options.migrations = steps;
            QVERIFY(v4.open(path, QStringLiteral("ae-v4"), options));
            QCOMPARE(v4.schemaVersion(), 4);
            QSqlQuery q(v4.handle());
            QVERIFY(!q.exec(QStringLiteral("SELECT 1 FROM ad_entities")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO workspaces (name) VALUES ('W')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO campaigns (workspace_id, name) VALUES (1, 'Kept')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO campaign_content (campaign_id, platform, content_type) "
                                          "VALUES (1, 'facebook', 'text_post')")));
            itemId = q.lastInsertId().toLongLong();
            QVERIFY(q.exec(QStringLiteral("INSERT INTO platform_integrations (platform, account_id) VALUES ('facebook', 'p')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO publish_targets (content_id, connection_id, platform, state) "
                                          "VALUES (%1, 1, 'facebook', 'published')")
                               .arg(itemId)));
        }
        Database v5;
        DatabaseOptions options;
        options.backupDir = dir.filePath(QStringLiteral("backups"));
        QVERIFY(v5.open(path, QStringLiteral("ae-v5"), options));
        QCOMPARE(v5.schemaVersion(), 5);
        QCOMPARE(kCurrentSchemaVersion, 5);
        const auto targets = PublishTargetRepository(v5).listForContent(itemId);
        QVERIFY(targets);
        QCOMPARE(targets->size(), size_t(1));
        QCOMPARE(targets->front().state, TargetState::Published);
        QCOMPARE(targets->front().platformStatus, QString());
        QCOMPARE(targets->front().adDelivery, QString());
        QVERIFY(AdEntityRepository(v5).listForCampaign(1)->empty());
    }

    void damagedRowsGiveAnErrorNotACrash()
    {
        test::AdFixture f(QStringLiteral("ae6"));
        QVERIFY(f.ok());
        QSqlQuery q(f.db.handle());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO ad_entities (campaign_id, connection_id, platform, level, external_id) "
                                      "VALUES (%1, %2, 'myspace', 'campaign', 'c')")
                           .arg(f.campaignId)
                           .arg(f.adAccountId)));
        const auto rows = AdEntityRepository(f.db).listForCampaign(f.campaignId);
        QVERIFY(!rows);
        QCOMPARE(rows.error().code, StoreError::Code::InvalidData);
    }
};

QTEST_GUILESS_MAIN(TestAdEntityRepository)
#include "tst_adentityrepository.moc"
