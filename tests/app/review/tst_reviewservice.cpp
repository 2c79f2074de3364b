#include "models/store/AssetRepository.h"
#include "models/store/AuditRepository.h"
#include "tests/app/review/ReviewFixture.h"

#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cf;

class TestReviewService : public QObject
{
    Q_OBJECT

    static std::vector<AuditEntry> auditFor(const test::ReviewFixture &f, qint64 itemId)
    {
        return AuditRepository(f.db).listForEntity(QStringLiteral("content_item"), itemId).value();
    }

    static QJsonObject details(const AuditEntry &e) { return QJsonDocument::fromJson(e.detailsJson.toUtf8()).object(); }

    // The first item of the campaign on `platform` that is not an ad.
    static ContentItem firstOn(const test::ReviewFixture &f, Platform platform)
    {
        for (const ContentItem &item : f.items()) {
            if (item.platform == platform && !item.adSetId && item.copy)
                return item;
        }
        return {};
    }

private Q_SLOTS:
    void approveRejectAndRestoreAreStoredAndAudited()
    {
        test::ReviewFixture f;
        QVERIFY2(f.open(QStringLiteral("review1")), qPrintable(f.error));
        const ContentItem item = f.items().front();
        QCOMPARE(item.approval, ApprovalState::Pending);

        ReviewOutcome approved = f.service->approve(item.id);
        QVERIFY2(approved.ok(), qPrintable(approved.error.message));
        QCOMPARE(approved.item.approval, ApprovalState::Approved);
        QCOMPARE(f.service->item(item.id)->approval, ApprovalState::Approved);

        const ReviewOutcome blank = f.service->reject(item.id, QStringLiteral("   "));
        QVERIFY(!blank.ok());
        QVERIFY(!blank.error.message.isEmpty());
        QCOMPARE(f.service->item(item.id)->approval, ApprovalState::Approved);

        QVERIFY(f.service->reject(item.id, QStringLiteral("The price is wrong")).ok());
        QCOMPARE(f.service->item(item.id)->approval, ApprovalState::Rejected);
        QVERIFY(f.service->restoreApproval(item.id, ApprovalState::Pending).ok());
        QCOMPARE(f.service->item(item.id)->approval, ApprovalState::Pending);

        const auto trail = auditFor(f, item.id);
        QCOMPARE(trail.size(), size_t(3));
        QCOMPARE(trail[0].action, QStringLiteral("content.approve"));
        QCOMPARE(trail[0].actor, AuditActor::User);
        QCOMPARE(trail[1].action, QStringLiteral("content.reject"));
        QCOMPARE(details(trail[1]).value(QStringLiteral("reason")).toString(), QStringLiteral("The price is wrong"));
        QCOMPARE(details(trail[1]).value(QStringLiteral("from")).toString(), QStringLiteral("approved"));
        QCOMPARE(trail[2].action, QStringLiteral("content.approval_restore"));
        QCOMPARE(details(trail[2]).value(QStringLiteral("to")).toString(), QStringLiteral("pending"));
    }

    void editSavesAtOnceAndReportsTheLimit()
    {
        test::ReviewFixture f;
        QVERIFY2(f.open(QStringLiteral("review2")), qPrintable(f.error));
        const ContentItem item = firstOn(f, Platform::Instagram);
        QVERIFY(item.id > 0);
        const QString before = item.copy->en.primaryText;

        const ReviewOutcome edited = f.service->editField(item.id, QStringLiteral("en"), ReviewField::PrimaryText,
                                                          QStringLiteral("Ramadan evenings, 30% off. Shop now"));
        QVERIFY2(edited.ok(), qPrintable(edited.error.message));
        const ContentItem stored = f.service->item(item.id).value();
        QCOMPARE(stored.copy->en.primaryText, QStringLiteral("Ramadan evenings, 30% off. Shop now"));
        QCOMPARE(stored.body.en, stored.copy->en.primaryText); // the summary columns follow
        QCOMPARE(stored.copy->ar, item.copy->ar);

        // Over Instagram's 2,200-character caption: saved, counted as over and
        // reported by the guard as an error.
        const QString longText(2300, QLatin1Char('a'));
        const ReviewOutcome tooLong = f.service->editField(item.id, QStringLiteral("en"), ReviewField::PrimaryText, longText);
        QVERIFY(tooLong.ok());
        QCOMPARE(f.service->item(item.id)->copy->en.primaryText, longText);
        QVERIFY(tooLong.report.has(QStringLiteral("over_limit")));
        const FieldCount count = countField(f.resources->limits, stored, ReviewField::PrimaryText, longText);
        QCOMPARE(count.length, 2300);
        QCOMPARE(count.max, 2200);
        QVERIFY(count.over && count.hard);
        QVERIFY(!countField(f.resources->limits, stored, ReviewField::PrimaryText, before).over);

        QVERIFY(f.service->editField(item.id, QStringLiteral("en"), ReviewField::Hashtags, QStringLiteral("#Ramadan, #Riyadh ramadan")).ok());
        QCOMPARE(f.service->item(item.id)->copy->en.hashtags, QStringList({QStringLiteral("Ramadan"), QStringLiteral("Riyadh"), QStringLiteral("ramadan")}));
        QVERIFY(!f.service->editField(item.id, QStringLiteral("fr"), ReviewField::Headline, QStringLiteral("x")).ok());

        const auto trail = auditFor(f, item.id);
        QCOMPARE(trail.size(), size_t(3));
        QCOMPARE(trail[0].action, QStringLiteral("content.edit"));
        QCOMPARE(details(trail[0]).value(QStringLiteral("before")).toString(), before);
        QCOMPARE(details(trail[0]).value(QStringLiteral("field")).toString(), QStringLiteral("primary_text"));
        QCOMPARE(details(trail[0]).value(QStringLiteral("language")).toString(), QStringLiteral("en"));
    }

    void editingAnApprovedItemAsksForApprovalAgain()
    {
        test::ReviewFixture f;
        QVERIFY2(f.open(QStringLiteral("review2b")), qPrintable(f.error));
        const ContentItem item = firstOn(f, Platform::Instagram);
        QVERIFY(f.service->approve(item.id).ok());
        QCOMPARE(f.service->item(item.id)->approval, ApprovalState::Approved);

        QVERIFY(f.service->editField(item.id, QStringLiteral("en"), ReviewField::PrimaryText,
                                     QStringLiteral("New words the owner has not approved yet")).ok());
        QCOMPARE(f.service->item(item.id)->approval, ApprovalState::Pending);
        const auto trail = auditFor(f, item.id);
        QCOMPARE(trail.back().action, QStringLiteral("content.edit"));
        QVERIFY(details(trail.back()).value(QStringLiteral("approval_reset")).toBool());

        // An edit of a pending item leaves it pending and says nothing of a reset.
        QVERIFY(f.service->editField(item.id, QStringLiteral("en"), ReviewField::Headline, QStringLiteral("Eid offers")).ok());
        QVERIFY(!details(auditFor(f, item.id).back()).contains(QStringLiteral("approval_reset")));
    }

    void regenerationRunsOnThePoolAndCanBeUndone()
    {
        test::ReviewFixture f;
        QVERIFY2(f.open(QStringLiteral("review3")), qPrintable(f.error));
        const ContentItem item = firstOn(f, Platform::TikTok);
        QVERIFY(item.id > 0);
        QFuture<Regeneration> future = f.service->regenerate(item.id);
        future.waitForFinished();
        const Regeneration result = future.result();
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.previous, item.copy);
        QCOMPARE(f.service->item(item.id)->copy, item.copy); // nothing saved yet

        const ReviewOutcome saved = f.service->saveRegeneration(result);
        QVERIFY2(saved.ok(), qPrintable(saved.error.message));
        QCOMPARE(saved.item.copy->variant, item.copy->variant + 1);
        QVERIFY(saved.item.copy->en.primaryText != item.copy->en.primaryText);

        QVERIFY(f.service->restoreCopy(item.id, result.previous).ok());
        QCOMPARE(f.service->item(item.id)->copy, item.copy);
        const auto trail = auditFor(f, item.id);
        QCOMPARE(trail.size(), size_t(2));
        QCOMPARE(trail[0].action, QStringLiteral("content.regenerate"));
        QCOMPARE(trail[1].action, QStringLiteral("content.copy_restore"));
    }

    void replacingTheImageChecksTheFileAndLinksIt()
    {
        test::ReviewFixture f;
        QVERIFY2(f.open(QStringLiteral("review4")), qPrintable(f.error));
        const ContentItem item = firstOn(f, Platform::Instagram);
        QImage image(640, 640, QImage::Format_RGB32);
        image.fill(QColor(0x0B, 0x4F, 0x4A));
        const QString good = f.dir.filePath(QStringLiteral("photo.png"));
        QVERIFY(image.save(good));
        const QString tiny = f.dir.filePath(QStringLiteral("tiny.png"));
        QVERIFY(image.scaled(100, 100).save(tiny));
        const QString garbage = f.dir.filePath(QStringLiteral("notes.png"));
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not an image");
        file.close();

        QVERIFY(!ReviewService::importImageFile(f.dir.filePath(QStringLiteral("assets")), tiny).error.isEmpty());
        QVERIFY(!ReviewService::importImageFile(f.dir.filePath(QStringLiteral("assets")), garbage).error.isEmpty());
        QVERIFY(!ReviewService::importImageFile(f.dir.filePath(QStringLiteral("assets")), f.dir.filePath(QStringLiteral("missing.png"))).error.isEmpty());

        QFuture<ImageImport> future = f.service->importImage(good);
        future.waitForFinished();
        const ImageImport imported = future.result();
        QVERIFY2(imported.asset, qPrintable(imported.error));
        QCOMPARE(imported.asset->width, std::optional<int>(640));
        const ReviewOutcome replaced = f.service->replaceImage(item.id, *imported.asset);
        QVERIFY2(replaced.ok(), qPrintable(replaced.error.message));
        QVERIFY(!replaced.item.assetIds.empty());
        const Asset stored = AssetRepository(f.db).find(replaced.item.assetIds.front()).value();
        QCOMPARE(stored.sha256, imported.asset->sha256);
        QVERIFY(QFile::exists(f.dir.filePath(QStringLiteral("assets/")) + stored.relativePath));

        QVERIFY(f.service->restoreAssets(item.id, item.assetIds).ok());
        QCOMPARE(f.service->item(item.id)->assetIds, item.assetIds);
        QCOMPARE(auditFor(f, item.id).front().action, QStringLiteral("content.replace_image"));
    }

    void finalApprovalQueuesLocksAndUnlocks()
    {
        test::ReviewFixture f;
        QVERIFY2(f.open(QStringLiteral("review5")), qPrintable(f.error));
        std::vector<ContentItem> items = f.items();
        QVERIFY(items.size() >= 3);

        FinalApprovalPreview preview = f.service->previewFinalApproval(f.campaignId);
        QVERIFY(!preview.blockers.isEmpty()); // everything is still pending
        QVERIFY(!f.service->finalApprove(f.campaignId));

        // Reject the first item and any whose copy the guard finds errors in;
        // approve the rest in bulk.
        QVERIFY(f.service->reject(items.front().id, QStringLiteral("Not this one")).ok());
        std::vector<qint64> toApprove;
        for (std::size_t i = 1; i < items.size(); ++i) {
            if (f.service->check(items[i]).hasErrors())
                QVERIFY(f.service->reject(items[i].id, QStringLiteral("Guard error")).ok());
            else
                toApprove.push_back(items[i].id);
        }
        QVERIFY(!toApprove.empty());
        const auto changed = f.service->bulkApprove(toApprove);
        QVERIFY(changed);
        QCOMPARE(changed->size(), toApprove.size());
        QCOMPARE(changed->front().second, ApprovalState::Pending);

        preview = f.service->previewFinalApproval(f.campaignId);
        QVERIFY2(preview.blockers.isEmpty(), qPrintable(preview.blockers.join(QLatin1Char('\n'))));
        QCOMPARE(preview.deliveries.size(), toApprove.size());
        QVERIFY(preview.deliveries.front().scheduledUtc.isValid());
        QVERIFY(!preview.deliveries.front().text.en.isEmpty() || !preview.deliveries.front().text.ar.isEmpty());

        const auto approved = f.service->finalApprove(f.campaignId);
        QVERIFY2(approved, qPrintable(approved.error().message));
        QCOMPARE(CampaignRepository(f.db).find(f.campaignId)->status, CampaignStatus::Scheduled);
        for (const ContentItem &item : f.items())
            QCOMPARE(item.publishState, item.approval == ApprovalState::Approved ? PublishState::Queued : PublishState::Draft);
        const auto campaignTrail = AuditRepository(f.db).listForEntity(QStringLiteral("campaign"), f.campaignId).value();
        QCOMPARE(campaignTrail.back().action, QStringLiteral("campaign.final_approve"));

        // Locked: edits, approvals and a second final approval are refused.
        const ReviewOutcome locked = f.service->editField(toApprove.front(), QStringLiteral("en"), ReviewField::Headline, QStringLiteral("x"));
        QVERIFY(!locked.ok());
        QVERIFY(locked.error.message.contains(QStringLiteral("Unlock")));
        QVERIFY(!f.service->restoreApproval(items.front().id, ApprovalState::Pending).ok());
        QVERIFY(!f.service->finalApprove(f.campaignId));

        QVERIFY(!f.service->unlock(f.campaignId).isError());
        QCOMPARE(CampaignRepository(f.db).find(f.campaignId)->status, CampaignStatus::InReview);
        for (const ContentItem &item : f.items())
            QCOMPARE(item.publishState, PublishState::Draft);
        QVERIFY(f.service->editField(toApprove.front(), QStringLiteral("en"), ReviewField::Headline, QStringLiteral("Ramadan nights")).ok());
        QCOMPARE(AuditRepository(f.db).listForEntity(QStringLiteral("campaign"), f.campaignId)->back().action, QStringLiteral("campaign.unlock"));
    }
};

QTEST_GUILESS_MAIN(TestReviewService)
#include "tst_reviewservice.moc"
