#include "models/store/AssetRepository.h"
#include "models/store/CampaignRepository.h"
#include "models/store/GenerationJobRepository.h"
#include "tests/models/StoreFixture.h"

#include <QSqlQuery>
#include <QTest>

using namespace cf;

class TestGenerationJobRepository : public QObject
{
    Q_OBJECT

    static GenerationJob job(qint64 campaignId, GenerationKind kind, const QString &cacheKey)
    {
        GenerationJob j;
        j.campaignId = campaignId;
        j.kind = kind;
        j.parametersJson = QStringLiteral("{\"cache_key\":\"%1\",\"size\":\"1080x1080\"}").arg(cacheKey);
        j.createdAt = test::utcAt(2, 1, 9);
        return j;
    }

private Q_SLOTS:
    void lifecycleIsStored()
    {
        test::StoreFixture store(QStringLiteral("jobs1"));
        QVERIFY(store.ok());
        const auto campaign = CampaignRepository(store.db).insert(test::sampleCampaign(QStringLiteral("C")));
        QVERIFY(campaign);
        const GenerationJobRepository jobs(store.db);
        const auto id = jobs.insert(job(*campaign, GenerationKind::Image, QStringLiteral("k1")));
        QVERIFY(id);
        QCOMPARE(jobs.find(*id)->status, JobStatus::Queued);
        QVERIFY(!jobs.markRunning(*id, test::utcAt(2, 1, 9, 1)).isError());
        QVERIFY(!jobs.setProgress(*id, 40).isError());
        auto row = jobs.find(*id);
        QCOMPARE(row->status, JobStatus::Running);
        QCOMPARE(row->progressPercent, 40);
        QCOMPARE(row->startedAt, test::utcAt(2, 1, 9, 1));
        QVERIFY(!jobs.finish(*id, JobStatus::Failed, std::nullopt, QStringLiteral("ffmpeg is missing"), test::utcAt(2, 1, 9, 2))
                     .isError());
        row = jobs.find(*id);
        QCOMPARE(row->status, JobStatus::Failed);
        QCOMPARE(row->progressPercent, 40); // a failure keeps how far it got
        QCOMPARE(row->error, QStringLiteral("ffmpeg is missing"));
        QCOMPARE(row->finishedAt, test::utcAt(2, 1, 9, 2));
        QCOMPARE(jobs.listForCampaign(*campaign)->size(), size_t(1));
        QCOMPARE(jobs.find(*id + 100).error().code, StoreError::Code::NotFound);
        QCOMPARE(jobs.setProgress(*id + 100, 5).code, StoreError::Code::NotFound);
    }

    void findsSucceededWorkByCacheKey()
    {
        test::StoreFixture store(QStringLiteral("jobs2"));
        QVERIFY(store.ok());
        const auto campaign = CampaignRepository(store.db).insert(test::sampleCampaign(QStringLiteral("C")));
        const GenerationJobRepository jobs(store.db);
        const auto asset = AssetRepository(store.db).insertOrFind(test::sampleAsset(QString(64, QLatin1Char('a'))));
        QVERIFY(asset);

        const auto failed = jobs.insert(job(*campaign, GenerationKind::Image, QStringLiteral("same")));
        jobs.finish(*failed, JobStatus::Failed, std::nullopt, QStringLiteral("x"), test::utcAt(2, 1, 10));
        QVERIFY(!jobs.findSucceededByCacheKey(GenerationKind::Image, QStringLiteral("same"))->has_value());

        const auto done = jobs.insert(job(*campaign, GenerationKind::Image, QStringLiteral("same")));
        jobs.finish(*done, JobStatus::Succeeded, *asset, QString(), test::utcAt(2, 1, 10));
        const auto found = jobs.findSucceededByCacheKey(GenerationKind::Image, QStringLiteral("same"));
        QVERIFY(found && found->has_value());
        QCOMPARE(found->value().id, *done);
        QCOMPARE(found->value().resultAssetId, std::optional<qint64>(*asset));
        QCOMPARE(found->value().progressPercent, 100);
        // Another kind or key does not match.
        QVERIFY(!jobs.findSucceededByCacheKey(GenerationKind::Video, QStringLiteral("same"))->has_value());
        QVERIFY(!jobs.findSucceededByCacheKey(GenerationKind::Image, QStringLiteral("other"))->has_value());
    }

    void unfinishedJobsFailAfterARestart()
    {
        test::StoreFixture store(QStringLiteral("jobs3"));
        const auto campaign = CampaignRepository(store.db).insert(test::sampleCampaign(QStringLiteral("C")));
        const GenerationJobRepository jobs(store.db);
        const auto queued = jobs.insert(job(*campaign, GenerationKind::Video, QStringLiteral("a")));
        const auto running = jobs.insert(job(*campaign, GenerationKind::Video, QStringLiteral("b")));
        jobs.markRunning(*running, test::utcAt(2, 1, 9));
        const auto done = jobs.insert(job(*campaign, GenerationKind::Video, QStringLiteral("c")));
        jobs.finish(*done, JobStatus::Cancelled, std::nullopt, QString(), test::utcAt(2, 1, 9));
        const auto count = jobs.failUnfinished(QStringLiteral("interrupted"), test::utcAt(2, 2, 9));
        QVERIFY(count);
        QCOMPARE(*count, 2);
        QCOMPARE(jobs.find(*queued)->status, JobStatus::Failed);
        QCOMPARE(jobs.find(*running)->error, QStringLiteral("interrupted"));
        QCOMPARE(jobs.find(*done)->status, JobStatus::Cancelled);
    }

    void damagedRowIsReportedNotCrashing()
    {
        test::StoreFixture store(QStringLiteral("jobs4"));
        const auto campaign = CampaignRepository(store.db).insert(test::sampleCampaign(QStringLiteral("C")));
        const GenerationJobRepository jobs(store.db);
        const auto id = jobs.insert(job(*campaign, GenerationKind::Image, QStringLiteral("a")));
        QSqlQuery q(store.db.handle());
        QVERIFY(q.exec(QStringLiteral("UPDATE generation_jobs SET status = 'exploded'")));
        QCOMPARE(jobs.find(*id).error().code, StoreError::Code::InvalidData);
        // Non-JSON parameters never break the cache lookup.
        QVERIFY(q.exec(QStringLiteral("UPDATE generation_jobs SET status = 'succeeded', parameters = 'not json', "
                                      "result_asset_id = NULL")));
        QVERIFY(jobs.findSucceededByCacheKey(GenerationKind::Image, QStringLiteral("a")));
    }
};

QTEST_MAIN(TestGenerationJobRepository)
#include "tst_generationjobrepository.moc"
