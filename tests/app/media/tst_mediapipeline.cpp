#include "app/content/media/AssetStore.h"
#include "app/content/media/MediaPipeline.h"
#include "app/core/Clock.h"
#include "models/store/CampaignRepository.h"
#include "models/store/ContentRepository.h"
#include "models/store/GenerationJobRepository.h"
#include "tests/app/media/MediaTestSupport.h"
#include "tests/models/StoreFixture.h"

#include <QFile>
#include <QTest>

using namespace cf;

class TestMediaPipeline : public QObject
{
    Q_OBJECT

    static MediaLimits limits()
    {
        QString error;
        return *MediaLimits::loadBuiltIn(&error);
    }

    static ContentItem item(Platform platform, ContentType type)
    {
        ContentItem i = test::sampleItem(1, test::utcAt(2, 20, 17), platform);
        i.id = 10 + int(type);
        i.contentType = type;
        i.callToAction = {QStringLiteral("تسوّقي الآن"), QStringLiteral("Shop now")};
        return i;
    }

private Q_SLOTS:
    void plansMediaPerItemTypeAndLanguage()
    {
        Campaign campaign = test::sampleCampaign(QStringLiteral("C"));
        campaign.product.offerEn = QStringLiteral("30% off");
        campaign.product.offerAr = QStringLiteral("خصم ٣٠٪");
        Workspace workspace;
        workspace.brandKit.primaryColor = QStringLiteral("#6a1b4d");
        ContentItem video = item(Platform::TikTok, ContentType::ShortVideo);
        video.copy = test::sampleCopy(); // carries an Arabic video script
        const std::vector<ContentItem> items{item(Platform::Instagram, ContentType::ImagePost),
                                             item(Platform::Instagram, ContentType::Story), video,
                                             item(Platform::X, ContentType::TextPost)};
        const MediaLimits table = limits();
        const auto jobs = MediaPipeline(table).plan(campaign, workspace, items, QString());
        // 2 images x 2 languages, voice + video x 2 languages, nothing for the text post.
        QCOMPARE(jobs.size(), size_t(8));
        QCOMPARE(jobs[0].spec.kind, GenerationKind::Image);
        QCOMPARE(jobs[0].spec.creative.size, QSize(1080, 1350));
        QCOMPARE(jobs[0].spec.creative.offer, QStringLiteral("خصم ٣٠٪"));
        QCOMPARE(jobs[0].spec.creative.primaryColor, QColor(QStringLiteral("#6a1b4d")));
        QCOMPARE(jobs[1].spec.creative.headline, QStringLiteral("Ramadan offer"));
        QCOMPARE(jobs[2].spec.creative.size, QSize(1080, 1920));
        QCOMPARE(jobs[4].spec.kind, GenerationKind::Voice);
        QCOMPARE(jobs[5].spec.kind, GenerationKind::Video);
        QCOMPARE(jobs[5].spec.target.size, QSize(1080, 1920));
        // The stored copy wins over the item's title, and its script is used.
        QCOMPARE(jobs[5].spec.creative.headline, video.copy->ar.headline);
        QCOMPARE(jobs[5].spec.script, *video.copy->ar.video);
        QCOMPARE(jobs[7].spec.script.language, QStringLiteral("en"));
    }

    void blockingRunStoresLinksAndReusesImages()
    {
        test::StoreFixture store(QStringLiteral("pipeline"));
        QVERIFY(store.ok());
        const FixedClock clock(test::utcAt(2, 1, 9));
        Campaign campaign = test::sampleCampaign(QStringLiteral("C"));
        const qint64 campaignId = *CampaignRepository(store.db).insert(campaign);
        campaign.id = campaignId;
        ContentItem post = test::sampleItem(campaignId, test::utcAt(2, 20, 17));
        post.id = *ContentRepository(store.db).insert(post);
        const MediaLimits table = limits();
        const auto planned = MediaPipeline(table).plan(campaign, Workspace(), {post}, QString());
        QCOMPARE(planned.size(), size_t(2));
        const MediaEnvironment env{test::bundledFonts(), ToolLocator(), store.dir.filePath(QStringLiteral("assets"))};

        const auto first = runMediaJobsBlocking(store.db, env, clock, campaignId, planned);
        QCOMPARE(first.size(), size_t(2));
        for (const MediaJobReport &r : first) {
            QCOMPARE(r.status, JobStatus::Succeeded);
            QVERIFY(r.assetId);
            QVERIFY(!r.reused);
        }
        QCOMPARE(ContentRepository(store.db).find(post.id)->assetIds.size(), size_t(2));

        const auto second = runMediaJobsBlocking(store.db, env, clock, campaignId, planned);
        QCOMPARE(second.size(), size_t(2));
        for (size_t i = 0; i < second.size(); ++i) {
            QVERIFY(second[i].reused);
            QCOMPARE(second[i].assetId, first[i].assetId);
        }
        QCOMPARE(ContentRepository(store.db).find(post.id)->assetIds.size(), size_t(2)); // not linked twice
        QCOMPARE(GenerationJobRepository(store.db).listForCampaign(campaignId)->size(), size_t(4));
    }

    // The video of an item is cut to the voice-over its voice job made:
    // espeak-ng (wrapped here by a script that counts its runs) speaks each
    // script once, whether voice and video run in one batch or one after
    // the other.
    void videoReusesTheItemsVoiceOver()
    {
        const auto espeak = ToolLocator().find(MediaTool::EspeakNg);
        if (!espeak || !ToolLocator().find(MediaTool::Ffmpeg))
            QSKIP("espeak-ng and ffmpeg are needed");
        test::StoreFixture store(QStringLiteral("voice-reuse"));
        QVERIFY(store.ok());
        const QString counter = store.dir.filePath(QStringLiteral("espeak-runs.txt"));
        const QString wrapper = store.dir.filePath(QStringLiteral("espeak-counting.sh"));
        {
            QFile script(wrapper);
            QVERIFY(script.open(QIODevice::WriteOnly));
            script.write("#!/bin/sh\necho run >> '" + counter.toUtf8() + "'\nexec '" + espeak->toUtf8() + "' \"$@\"\n");
        }
        QVERIFY(QFile::setPermissions(wrapper, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const auto runs = [&counter] {
            QFile f(counter);
            return f.open(QIODevice::ReadOnly) ? int(f.readAll().count('\n')) : 0;
        };

        const FixedClock clock(test::utcAt(2, 1, 9));
        Campaign campaign = test::sampleCampaign(QStringLiteral("C"));
        const qint64 campaignId = *CampaignRepository(store.db).insert(campaign);
        campaign.id = campaignId;
        ContentItem video = test::sampleItem(campaignId, test::utcAt(2, 20, 17), Platform::TikTok);
        video.contentType = ContentType::ShortVideo;
        video.copy = test::sampleCopy();
        video.id = *ContentRepository(store.db).insert(video);
        const MediaLimits table = limits();
        const auto planned = MediaPipeline(table).plan(campaign, Workspace(), {video}, QString());
        std::vector<PlannedMediaJob> voices, videos;
        for (const PlannedMediaJob &job : planned)
            (job.spec.kind == GenerationKind::Voice ? voices : videos).push_back(job);
        QVERIFY(!voices.empty());
        QCOMPARE(videos.size(), voices.size());
        ToolLocator::Overrides tools;
        tools.espeak = wrapper;

        // One after the other: voice first, then the video speaks nothing.
        const MediaEnvironment sequential{test::bundledFonts(), ToolLocator(tools), store.dir.filePath(QStringLiteral("assets-a"))};
        for (const MediaJobReport &r : runMediaJobsBlocking(store.db, sequential, clock, campaignId, voices))
            QVERIFY2(r.status == JobStatus::Succeeded, qPrintable(r.error));
        const int voiceRuns = runs();
        QVERIFY(voiceRuns >= int(voices.size()));
        for (const MediaJobReport &r : runMediaJobsBlocking(store.db, sequential, clock, campaignId, videos))
            QVERIFY2(r.status == JobStatus::Succeeded, qPrintable(r.error));
        QCOMPARE(runs(), voiceRuns);

        // In one batch (jobs in parallel), in a fresh asset folder: the same
        // number of espeak-ng runs as the voice jobs alone needed.
        QFile::remove(counter);
        test::StoreFixture second(QStringLiteral("voice-reuse-batch"));
        QVERIFY(second.ok());
        const qint64 secondCampaign = *CampaignRepository(second.db).insert(campaign);
        ContentItem again = video;
        again.campaignId = secondCampaign;
        again.id = *ContentRepository(second.db).insert(again);
        const auto replanned = MediaPipeline(table).plan(campaign, Workspace(), {again}, QString());
        const MediaEnvironment batch{test::bundledFonts(), ToolLocator(tools), second.dir.filePath(QStringLiteral("assets-b"))};
        for (const MediaJobReport &r : runMediaJobsBlocking(second.db, batch, clock, secondCampaign, replanned))
            QVERIFY2(r.status == JobStatus::Succeeded, qPrintable(r.error));
        QCOMPARE(runs(), voiceRuns);
    }
};

QTEST_MAIN(TestMediaPipeline)
#include "tst_mediapipeline.moc"
