// CampaignCreationService over a real database: the seed instruction becomes a
// stored campaign with copy in both languages, the brand kit is remembered,
// a bad brief fails without storing anything, and cancelling (while planning
// or while media is made) leaves a consistent draft.
#include "app/core/Clock.h"
#include "app/workflow/CampaignCreationService.h"
#include "app/workflow/PlanningResources.h"
#include "models/domain/GenerationJob.h"
#include "models/store/AssetRepository.h"
#include "models/store/CampaignRepository.h"
#include "models/store/ContentRepository.h"
#include "models/store/Database.h"
#include "models/store/GenerationJobRepository.h"
#include "models/store/WorkspaceRepository.h"

#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using cf::CampaignCreationService;

namespace {
const QString kSeed = QStringLiteral(
    "Create Instagram and TikTok campaign for Ramadan sale with 1000 SAR budget targeting women 25-40 in Riyadh");
const QDate kToday(2026, 2, 1);
} // namespace

class TestCampaignCreationService : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    cf::Database m_db;
    cf::FixedClock m_clock{QDateTime(kToday, QTime(9, 0), QTimeZone::utc())};
    std::shared_ptr<const cf::PlanningResources> m_resources;
    int m_connection = 0;

    QString assetsDir() const { return m_dir.filePath(QStringLiteral("assets")); }

    cf::CampaignCreationRequest seedRequest(const QString &text = kSeed)
    {
        cf::CampaignCreationRequest request;
        request.brief = cf::analyseInstruction(*m_resources, text, kToday).parsed;
        request.referenceDate = kToday;
        request.automation = cf::AutomationLevel::SemiAutomatic;
        request.businessName = QStringLiteral("Noura Abayas");
        request.tone = QStringLiteral("formal");
        request.product.nameEn = QStringLiteral("Abayas");
        request.product.nameAr = QStringLiteral("عبايات");
        request.product.offerEn = QStringLiteral("30% off every abaya");
        request.product.url = QStringLiteral("https://shop.example/abayas");
        request.generateMedia = false;
        return request;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        if (!m_resources)
            m_resources = cf::PlanningResources::load(&error);
        QVERIFY2(m_resources, qPrintable(error));
        m_db.close();
        QFile::remove(m_dir.filePath(QStringLiteral("db.sqlite")));
        cf::DatabaseOptions options;
        options.nowUtc = m_clock.nowUtc();
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("db.sqlite")), QStringLiteral("wf%1").arg(++m_connection), options));
    }

    void seedInstructionBecomesACampaignWithCopy()
    {
        CampaignCreationService service(m_db, m_clock, assetsDir(), m_resources);
        QSignalSpy finished(&service, &CampaignCreationService::finished);
        QSignalSpy progress(&service, &CampaignCreationService::progressChanged);
        QVERIFY(service.start(seedRequest()));
        QVERIFY(service.isRunning());
        QVERIFY(!service.start(seedRequest())); // one run at a time
        QVERIFY(finished.wait(60000));
        const qint64 id = finished.first().at(0).toLongLong();
        QVERIFY(id > 0);
        QCOMPARE(service.campaignId(), id);
        QVERIFY(!service.isRunning());

        const auto campaign = cf::CampaignRepository(m_db).find(id);
        QVERIFY(campaign.ok());
        QCOMPARE(campaign->status, cf::CampaignStatus::InReview);
        QCOMPARE(campaign->automationLevel, cf::AutomationLevel::SemiAutomatic);
        QCOMPARE(campaign->product.nameEn, QStringLiteral("Abayas"));
        QCOMPARE(campaign->budget.amount.minor, 100000);
        QCOMPARE(campaign->audience.ageMin, 25);
        const auto items = cf::ContentRepository(m_db).listForCampaign(id);
        QVERIFY(items.ok());
        QVERIFY(items->size() > 5);
        for (const cf::ContentItem &item : *items) {
            QVERIFY(item.copy.has_value());
            QVERIFY(!item.copy->en.isEmpty());
            QVERIFY(!item.copy->ar.isEmpty());
        }
        // Progress went forward and ended at 100.
        QVERIFY(progress.size() >= 4);
        int last = -1;
        for (const auto &args : progress) {
            QVERIFY(args.at(1).toInt() >= last);
            last = args.at(1).toInt();
        }
        QCOMPARE(last, 100);

        // The brand kit remembers the business, the voice and the product.
        const auto workspace = cf::WorkspaceRepository(m_db).find(campaign->workspaceId);
        QVERIFY(workspace.ok());
        QCOMPARE(workspace->name, QStringLiteral("Noura Abayas"));
        QCOMPARE(workspace->brandKit.tone, QStringLiteral("formal"));
        QCOMPARE(workspace->brandKit.lastProduct.offerEn, QStringLiteral("30% off every abaya"));
    }

    void logoAndProductPhotoAreStoredAsAssets()
    {
        QImage logo(200, 120, QImage::Format_RGB32);
        logo.fill(Qt::darkCyan);
        const QString logoFile = m_dir.filePath(QStringLiteral("logo.png"));
        QVERIFY(logo.save(logoFile));
        CampaignCreationService service(m_db, m_clock, assetsDir(), m_resources);
        QSignalSpy finished(&service, &CampaignCreationService::finished);
        cf::CampaignCreationRequest request = seedRequest();
        request.logoFile = logoFile;
        request.productPhotoFile = logoFile;
        QVERIFY(service.start(request));
        QVERIFY(finished.wait(60000));
        const auto campaign = cf::CampaignRepository(m_db).find(service.campaignId());
        const auto workspace = cf::WorkspaceRepository(m_db).find(campaign->workspaceId);
        QVERIFY(workspace->brandKit.logoAssetId.has_value());
        QCOMPARE(workspace->brandKit.productPhotoAssetId, workspace->brandKit.logoAssetId);
        const auto asset = cf::AssetRepository(m_db).find(*workspace->brandKit.logoAssetId);
        QVERIFY(asset.ok());
        QCOMPARE(asset->width, std::optional<int>(200));
        QVERIFY(QFile::exists(logoFile)); // the original stays where it was
    }

    void aFileThatIsNotAnImageFailsBeforeAnythingIsStored()
    {
        const QString bogus = m_dir.filePath(QStringLiteral("logo.png"));
        QFile file(bogus);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is text, not a picture");
        file.close();
        CampaignCreationService service(m_db, m_clock, assetsDir(), m_resources);
        QSignalSpy failed(&service, &CampaignCreationService::failed);
        cf::CampaignCreationRequest request = seedRequest();
        request.logoFile = bogus;
        QVERIFY(service.start(request));
        QVERIFY(failed.wait(30000));
        QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("logo.png")));
        QCOMPARE(failed.first().at(1).toLongLong(), 0);
        QVERIFY(cf::CampaignRepository(m_db).list()->empty());
    }

    void anUnplannableBriefFailsWithTheReason()
    {
        CampaignCreationService service(m_db, m_clock, assetsDir(), m_resources);
        QSignalSpy failed(&service, &CampaignCreationService::failed);
        QVERIFY(service.start(seedRequest(QStringLiteral("a campaign with 1000 SAR budget"))));
        QVERIFY(failed.wait(30000));
        QVERIFY(!failed.first().at(0).toString().isEmpty());
        QCOMPARE(failed.first().at(1).toLongLong(), 0);
        QVERIFY(cf::CampaignRepository(m_db).list()->empty());
    }

    void cancelWhilePlanningStoresNothing()
    {
        CampaignCreationService service(m_db, m_clock, assetsDir(), m_resources);
        QSignalSpy cancelled(&service, &CampaignCreationService::cancelled);
        QSignalSpy finished(&service, &CampaignCreationService::finished);
        QVERIFY(service.start(seedRequest()));
        service.cancel();
        QVERIFY(cancelled.wait(30000));
        QCOMPARE(cancelled.first().at(0).toLongLong(), 0);
        QVERIFY(finished.isEmpty());
        QVERIFY(cf::CampaignRepository(m_db).list()->empty());
    }

    void cancelWhileMakingMediaLeavesAConsistentDraft()
    {
        CampaignCreationService service(m_db, m_clock, assetsDir(), m_resources);
        service.setMaxParallelMediaJobs(1);
        QSignalSpy cancelled(&service, &CampaignCreationService::cancelled);
        QSignalSpy finished(&service, &CampaignCreationService::finished);
        bool asked = false;
        connect(&service, &CampaignCreationService::progressChanged, this,
                [&](CampaignCreationService::Step step, int, const QString &) {
                    if (step == CampaignCreationService::Step::MakingMedia && !asked) {
                        asked = true;
                        service.cancel();
                    }
                });
        cf::CampaignCreationRequest request = seedRequest();
        request.generateMedia = true;
        QVERIFY(service.start(request));
        QVERIFY(cancelled.wait(120000));
        QVERIFY(asked);
        QVERIFY(finished.isEmpty());
        const qint64 id = cancelled.first().at(0).toLongLong();
        QVERIFY(id > 0);
        const auto campaign = cf::CampaignRepository(m_db).find(id);
        QCOMPARE(campaign->status, cf::CampaignStatus::Draft);
        // The copy written before the cancel is kept.
        const auto items = cf::ContentRepository(m_db).listForCampaign(id);
        QVERIFY(!items->empty());
        QVERIFY(items->front().copy.has_value());
        // No job is left queued or running, and most were cancelled.
        const auto jobs = cf::GenerationJobRepository(m_db).listForCampaign(id);
        QVERIFY(jobs.ok());
        QVERIFY(jobs->size() > 1);
        int cancelledJobs = 0;
        for (const cf::GenerationJob &job : *jobs) {
            QVERIFY(job.status != cf::JobStatus::Queued && job.status != cf::JobStatus::Running);
            cancelledJobs += job.status == cf::JobStatus::Cancelled;
        }
        QVERIFY(cancelledJobs >= int(jobs->size()) - 1);
    }
};

QTEST_MAIN(TestCampaignCreationService)
#include "tst_campaigncreationservice.moc"
