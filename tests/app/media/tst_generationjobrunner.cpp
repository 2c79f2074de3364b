#include "app/content/media/AssetStore.h"
#include "app/content/media/GenerationJobRunner.h"
#include "app/core/Clock.h"
#include "models/store/AssetRepository.h"
#include "models/store/CampaignRepository.h"
#include "models/store/ContentRepository.h"
#include "models/store/GenerationJobRepository.h"
#include "tests/app/media/MediaTestSupport.h"
#include "tests/models/StoreFixture.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace cf;

class TestGenerationJobRunner : public QObject
{
    Q_OBJECT

    struct World
    {
        test::StoreFixture store{QStringLiteral("runner")};
        FixedClock clock{test::utcAt(2, 1, 9)};
        qint64 campaignId = 0;
        qint64 itemId = 0;
        QString assetsDir() const { return store.dir.filePath(QStringLiteral("assets")); }
        MediaEnvironment environment(ToolLocator tools = {}) const { return {test::bundledFonts(), tools, assetsDir()}; }
    };

    static std::unique_ptr<World> world()
    {
        auto w = std::make_unique<World>();
        if (!w->store.ok())
            return nullptr;
        w->campaignId = *CampaignRepository(w->store.db).insert(test::sampleCampaign(QStringLiteral("C")));
        w->itemId = *ContentRepository(w->store.db).insert(test::sampleItem(w->campaignId, test::utcAt(2, 20, 17)));
        return w;
    }

    static MediaJobSpec image(const QString &headline = QStringLiteral("Ramadan offer"))
    {
        MediaJobSpec spec;
        spec.kind = GenerationKind::Image;
        spec.creative.headline = headline;
        spec.creative.offer = QStringLiteral("30% off");
        spec.creative.callToAction = QStringLiteral("Shop now");
        spec.creative.primaryColor = QColor(QStringLiteral("#1b3a5c"));
        return spec;
    }

    static MediaJobSpec video(double sceneSeconds)
    {
        MediaJobSpec spec = image();
        spec.kind = GenerationKind::Video;
        spec.creative.language = QStringLiteral("en");
        spec.script.language = QStringLiteral("en");
        for (int i = 0; i < 4; ++i)
            spec.script.scenes.push_back({QStringLiteral("Scene %1").arg(i + 1),
                                          QStringLiteral("This is scene number %1 of our video").arg(i + 1), sceneSeconds});
        QString error;
        spec.target = *MediaLimits::loadBuiltIn(&error)->videoTarget(Platform::TikTok, ContentType::ShortVideo);
        return spec;
    }

private Q_SLOTS:
    void imageJobStoresTheAssetAndLinksIt()
    {
        auto w = world();
        QVERIFY(w);
        GenerationJobRunner runner(w->store.db, w->environment(), w->clock);
        QSignalSpy finished(&runner, &GenerationJobRunner::jobFinished);
        QSignalSpy idle(&runner, &GenerationJobRunner::idle);
        const auto id = runner.submit(w->campaignId, w->itemId, image());
        QVERIFY(id);
        QVERIFY(idle.wait(20000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(1).value<JobStatus>(), JobStatus::Succeeded);
        const qint64 assetId = finished.at(0).at(2).toLongLong();
        QVERIFY(assetId > 0);

        const auto job = GenerationJobRepository(w->store.db).find(*id);
        QCOMPARE(job->status, JobStatus::Succeeded);
        QCOMPARE(job->progressPercent, 100);
        QCOMPARE(job->resultAssetId, std::optional<qint64>(assetId));
        QVERIFY(job->parametersJson.contains(QLatin1String("cache_key")));

        const auto asset = AssetRepository(w->store.db).find(assetId);
        QVERIFY(asset);
        QCOMPARE(asset->kind, AssetKind::Image);
        QCOMPARE(asset->width, std::optional<int>(1080));
        QVERIFY(asset->relativePath.startsWith(asset->sha256.left(2) + QLatin1Char('/') + asset->sha256));
        QVERIFY(AssetStore(w->assetsDir()).hasFile(*asset));
        const auto item = ContentRepository(w->store.db).find(w->itemId);
        QCOMPARE(item->assetIds, std::vector<qint64>{assetId});
    }

    void identicalInputsReuseTheCachedAsset()
    {
        auto w = world();
        QVERIFY(w);
        GenerationJobRunner runner(w->store.db, w->environment(), w->clock);
        QSignalSpy finished(&runner, &GenerationJobRunner::jobFinished);
        QSignalSpy started(&runner, &GenerationJobRunner::jobStarted);
        QSignalSpy idle(&runner, &GenerationJobRunner::idle);
        runner.submit(w->campaignId, w->itemId, image());
        QVERIFY(idle.wait(20000));
        const qint64 first = finished.at(0).at(2).toLongLong();

        const auto again = runner.submit(w->campaignId, std::nullopt, image());
        QVERIFY(again);
        QVERIFY(idle.wait(5000));
        QCOMPARE(started.size(), 1); // nothing was rendered the second time
        QCOMPARE(finished.size(), 2);
        QCOMPARE(finished.at(1).at(2).toLongLong(), first);
        QCOMPARE(GenerationJobRepository(w->store.db).find(*again)->status, JobStatus::Succeeded);

        // Different text: new work. Missing file: the cache is not trusted.
        runner.submit(w->campaignId, std::nullopt, image(QStringLiteral("Another headline")));
        QVERIFY(idle.wait(20000));
        QCOMPARE(started.size(), 2);
        QVERIFY(finished.at(2).at(2).toLongLong() != first);
        const auto asset = AssetRepository(w->store.db).find(first);
        QVERIFY(QFile::remove(AssetStore(w->assetsDir()).absolutePath(*asset)));
        runner.submit(w->campaignId, std::nullopt, image());
        QVERIFY(idle.wait(20000));
        QCOMPARE(started.size(), 3);
        QCOMPARE(finished.at(3).at(2).toLongLong(), first); // same bytes, same asset row
        QVERIFY(AssetStore(w->assetsDir()).hasFile(*asset));
    }

    void queuedAndRunningJobsCanBeCancelled()
    {
        const ToolLocator tools;
        if (!tools.find(MediaTool::Ffmpeg))
            QSKIP("ffmpeg is not installed");
        auto w = world();
        QVERIFY(w);
        GenerationJobRunner runner(w->store.db, w->environment(), w->clock);
        runner.setMaxParallelJobs(1);
        QSignalSpy finished(&runner, &GenerationJobRunner::jobFinished);
        QSignalSpy progress(&runner, &GenerationJobRunner::jobProgress);
        QSignalSpy idle(&runner, &GenerationJobRunner::idle);
        const qint64 longVideo = *runner.submit(w->campaignId, w->itemId, video(30));
        const qint64 queued = *runner.submit(w->campaignId, w->itemId, image());

        QVERIFY(runner.cancel(queued));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toLongLong(), queued);
        QCOMPARE(finished.at(0).at(1).value<JobStatus>(), JobStatus::Cancelled);

        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), 20000);
        QVERIFY(runner.cancel(longVideo));
        QVERIFY(idle.wait(20000));
        QCOMPARE(finished.size(), 2);
        QCOMPARE(finished.at(1).at(1).value<JobStatus>(), JobStatus::Cancelled);
        QCOMPARE(finished.at(1).at(2).toLongLong(), 0);

        const GenerationJobRepository jobs(w->store.db);
        QCOMPARE(jobs.find(longVideo)->status, JobStatus::Cancelled);
        QCOMPARE(jobs.find(queued)->status, JobStatus::Cancelled);
        QVERIFY(!runner.cancel(longVideo)); // finished jobs cannot be cancelled
        QVERIFY(ContentRepository(w->store.db).find(w->itemId)->assetIds.empty());
        QVERIFY(QDir(w->assetsDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
    }

    void missingToolFailsTheJobWithAdviceWhileImagesWork()
    {
        auto w = world();
        QVERIFY(w);
        const ToolLocator missing(ToolLocator::Overrides{QStringLiteral("/nonexistent/ffmpeg"), {},
                                                         QStringLiteral("/nonexistent/espeak-ng")});
        GenerationJobRunner runner(w->store.db, w->environment(missing), w->clock);
        QSignalSpy idle(&runner, &GenerationJobRunner::idle);
        MediaJobSpec voice = video(2);
        voice.kind = GenerationKind::Voice;
        const qint64 voiceJob = *runner.submit(w->campaignId, w->itemId, voice);
        const qint64 videoJob = *runner.submit(w->campaignId, w->itemId, video(2));
        const qint64 imageJob = *runner.submit(w->campaignId, w->itemId, image());
        QTRY_VERIFY_WITH_TIMEOUT(runner.isIdle(), 30000);
        const GenerationJobRepository jobs(w->store.db);
        QCOMPARE(jobs.find(voiceJob)->status, JobStatus::Failed);
        QCOMPARE(jobs.find(voiceJob)->error, ToolLocator::missingMessage(MediaTool::EspeakNg));
        QCOMPARE(jobs.find(videoJob)->status, JobStatus::Failed);
        QCOMPARE(jobs.find(videoJob)->error, ToolLocator::missingMessage(MediaTool::Ffmpeg));
        QCOMPARE(jobs.find(imageJob)->status, JobStatus::Succeeded);
    }

    void unreadableLogoFailsAtOnce()
    {
        auto w = world();
        QVERIFY(w);
        GenerationJobRunner runner(w->store.db, w->environment(), w->clock);
        QSignalSpy finished(&runner, &GenerationJobRunner::jobFinished);
        MediaJobSpec spec = image();
        spec.creative.logoPath = QStringLiteral("/nonexistent/logo.png");
        const auto id = runner.submit(w->campaignId, w->itemId, spec);
        QVERIFY(id);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.at(0).at(1).value<JobStatus>(), JobStatus::Failed);
        const auto job = GenerationJobRepository(w->store.db).find(*id);
        QCOMPARE(job->status, JobStatus::Failed);
        QVERIFY(job->error.contains(QLatin1String("/nonexistent/logo.png")));
    }
};

QTEST_MAIN(TestGenerationJobRunner)
#include "tst_generationjobrunner.moc"
