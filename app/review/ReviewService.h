#pragma once

#include "app/content/text/BrandGuard.h"
#include "app/review/ReviewField.h"
#include "app/review/ReviewResources.h"
#include "models/domain/AdSet.h"
#include "models/domain/Asset.h"
#include "models/domain/Campaign.h"
#include "models/domain/ContentItem.h"
#include "models/store/StoreError.h"

#include <QFuture>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace cf {
class Clock;
class Database;

// What a review write returns: the item as stored afterwards (so the screen
// shows exactly what the database holds) and the brand guard's report on it,
// or the reason nothing was written.
struct ReviewOutcome
{
    StoreError error;
    ContentItem item;
    GuardReport report;

    bool ok() const { return !error.isError(); }
};

// A regeneration computed off the GUI thread, not yet saved.
struct Regeneration
{
    qint64 itemId = 0;
    std::optional<ContentCopy> previous;
    ContentItem item; // with the new copy
    QString error;    // translated; empty when item holds new copy
};

// An image file checked and copied into the asset store off the GUI thread,
// not yet recorded in the database.
struct ImageImport
{
    std::optional<Asset> asset;
    QString error; // translated
};

// One thing the final approval will send: which item, where, when, what.
struct PlannedDelivery
{
    qint64 itemId = 0;
    Platform platform = Platform::Facebook;
    ContentType contentType = ContentType::TextPost;
    bool isAd = false;
    QString account;  // the selected connected account's name, empty when none
    QDateTime scheduledUtc;
    BilingualText text;
    QStringList mediaPaths; // absolute paths of the item's assets
};

// Everything the final approval step shows: what blocks it and what it sends.
struct FinalApprovalPreview
{
    Campaign campaign;
    QStringList blockers; // translated sentences; empty means it may go ahead
    std::vector<PlannedDelivery> deliveries;
    int rejected = 0;
};

// The review and approval rules, on the thread that owns the database
// connection (the GUI thread); regeneration and image import do their heavy
// part on the thread pool and come back as values to save. Every write is
// saved at once and goes to the audit log as actor "user".
//
// Locking: after finalApprove() the campaign is Scheduled and its approved
// items are Queued for the publishing worker; every item write of the campaign
// is then refused until unlock() puts the campaign back in review.
class ReviewService
{
public:
    ReviewService(const Database &database, const Clock &clock, QString assetsDir,
                  std::shared_ptr<const ReviewResources> resources);

    const ReviewResources &resources() const { return *m_resources; }

    StoreResult<ContentItem> item(qint64 itemId) const;
    StoreResult<Campaign> campaign(qint64 campaignId) const;
    StoreResult<std::vector<ContentItem>> campaignItems(qint64 campaignId) const;
    // The guard's report on the item's current copy (empty when it has none).
    GuardReport check(const ContentItem &item) const;
    // Whether the item's campaign is locked by a final approval.
    bool isLocked(const ContentItem &item) const;

    ReviewOutcome approve(qint64 itemId);
    // reason must not be blank; it is kept in the audit log.
    ReviewOutcome reject(qint64 itemId, const QString &reason);
    // Puts back an earlier approval state (undo of approve/reject).
    ReviewOutcome restoreApproval(qint64 itemId, ApprovalState state);
    // Approves every listed item that is not approved yet, in one transaction;
    // returns the earlier states of the items it changed (for undo).
    StoreResult<std::vector<std::pair<qint64, ApprovalState>>> bulkApprove(const std::vector<qint64> &itemIds);

    // Writes one field in one language ("ar" or "en"). Text over a platform's
    // limit is saved (nothing typed is lost) and reported by the guard; the
    // final approval refuses items with guard errors.
    ReviewOutcome editField(qint64 itemId, const QString &language, ReviewField field, const QString &text);

    // Starts writing the item's next variant on the thread pool.
    QFuture<Regeneration> regenerate(qint64 itemId) const;
    ReviewOutcome saveRegeneration(const Regeneration &regeneration);
    // Puts back an earlier copy (undo of regenerate).
    ReviewOutcome restoreCopy(qint64 itemId, const std::optional<ContentCopy> &copy);

    // Checks and stores an image file on the thread pool (PNG, JPEG or WebP,
    // at least 320 px on its short side, at most 30 MB).
    QFuture<ImageImport> importImage(const QString &path) const;
    // Makes the imported image the item's first image.
    ReviewOutcome replaceImage(qint64 itemId, const Asset &asset);
    // Puts back an earlier list of assets (undo of replaceImage).
    ReviewOutcome restoreAssets(qint64 itemId, const std::vector<qint64> &assetIds);

    // The campaign's ad sets (ad groups, ad squads) and their ads.
    StoreResult<std::vector<AdSet>> adSets(qint64 campaignId) const;
    // Saves an edited ad set (budget, targeting); refused while locked.
    StoreStatus saveAdSet(const AdSet &adSet);

    FinalApprovalPreview previewFinalApproval(qint64 campaignId) const;
    // Re-checks, then sets the campaign Scheduled and queues approved items.
    StoreResult<FinalApprovalPreview> finalApprove(qint64 campaignId);
    // Returns a locked campaign to review: status InReview, queued items back to draft.
    StoreStatus unlock(qint64 campaignId);

    // Synchronous image check used by importImage (any thread).
    static ImageImport importImageFile(const QString &assetsDir, const QString &path);

private:
    ReviewOutcome outcomeFor(qint64 itemId, StoreStatus status) const;
    StoreStatus checkEditable(const ContentItem &item) const;
    // The stored item, or why it cannot be read or edited (campaign locked).
    StoreResult<ContentItem> editableItem(qint64 itemId) const;
    StoreStatus audit(const QString &action, const QString &entityType, qint64 entityId, const QJsonObject &details) const;
    ReviewOutcome writeItem(ContentItem item, const QString &action, const QJsonObject &details);
    ReviewOutcome writeApproval(qint64 itemId, ApprovalState state, const QString &action, const QJsonObject &details);

    const Database &m_db;
    const Clock &m_clock;
    QString m_assetsDir;
    std::shared_ptr<const ReviewResources> m_resources;
};

} // namespace cf
