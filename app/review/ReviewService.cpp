#include "app/review/ReviewService.h"

#include "app/content/text/ContentGenerator.h"
#include "app/core/Clock.h"
#include "app/review/ReviewLog.h"
#include "models/store/AssetRepository.h"
#include "models/store/AuditRepository.h"
#include "models/store/CampaignRepository.h"
#include "models/store/ContentRepository.h"
#include "models/store/Database.h"
#include "models/store/SqlSupport.h"
#include "models/store/WorkspaceRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentRun>

namespace cf {
namespace {

const QString kContentEntity = QStringLiteral("content_item");

StoreError refused(const QString &message)
{
    return StoreError::make(StoreError::Code::InvalidData, message);
}

bool campaignLocked(CampaignStatus status)
{
    return status == CampaignStatus::Scheduled || status == CampaignStatus::Active || status == CampaignStatus::Completed;
}

bool itemLocked(PublishState state)
{
    return state == PublishState::Queued || state == PublishState::Publishing || state == PublishState::Published
        || state == PublishState::Unknown;
}

QJsonValue copyJson(const std::optional<ContentCopy> &copy)
{
    if (!copy)
        return QJsonValue();
    const LanguageCopy &en = copy->en;
    const LanguageCopy &ar = copy->ar;
    return QJsonObject{{QStringLiteral("variant"), copy->variant},
                       {QStringLiteral("headline_en"), en.headline},
                       {QStringLiteral("headline_ar"), ar.headline}};
}

QJsonArray idsJson(const std::vector<qint64> &ids)
{
    QJsonArray out;
    for (qint64 id : ids)
        out.append(id);
    return out;
}

} // namespace

ReviewService::ReviewService(const Database &database, const Clock &clock, QString assetsDir,
                             std::shared_ptr<const ReviewResources> resources)
    : m_db(database), m_clock(clock), m_assetsDir(std::move(assetsDir)), m_resources(std::move(resources))
{
    Q_ASSERT(m_resources);
}

StoreResult<ContentItem> ReviewService::item(qint64 itemId) const
{
    return ContentRepository(m_db).find(itemId);
}

StoreResult<Campaign> ReviewService::campaign(qint64 campaignId) const
{
    return CampaignRepository(m_db).find(campaignId);
}

StoreResult<std::vector<ContentItem>> ReviewService::campaignItems(qint64 campaignId) const
{
    return ContentRepository(m_db).listForCampaign(campaignId);
}

GuardReport ReviewService::check(const ContentItem &item) const
{
    if (!item.copy)
        return {};
    auto campaign = CampaignRepository(m_db).find(item.campaignId);
    if (!campaign)
        return {};
    auto workspace = WorkspaceRepository(m_db).find(campaign->workspaceId);
    GenerationRequest request;
    request.campaign = campaign.value();
    if (workspace)
        request.workspace = workspace.value();
    const ContentGenerator generator(m_resources->bank, m_resources->limits, m_resources->planning);
    const BrandGuard guard(m_resources->bank, m_resources->limits, request.workspace.brandKit);
    return guard.check(*item.copy, generator.subjectFor(request, item));
}

bool ReviewService::isLocked(const ContentItem &item) const
{
    if (itemLocked(item.publishState))
        return true;
    auto campaign = CampaignRepository(m_db).find(item.campaignId);
    return campaign && campaignLocked(campaign->status);
}

StoreResult<ContentItem> ReviewService::editableItem(qint64 itemId) const
{
    auto current = item(itemId);
    if (!current)
        return current.error();
    if (StoreStatus s = checkEditable(current.value()); s.isError())
        return s;
    return current;
}

StoreStatus ReviewService::checkEditable(const ContentItem &item) const
{
    if (isLocked(item))
        return refused(QCoreApplication::translate("cf::ReviewService",
                                                   "This campaign has its final approval and is locked. Unlock it to make changes."));
    return {};
}

StoreStatus ReviewService::audit(const QString &action, const QString &entityType, qint64 entityId, const QJsonObject &details) const
{
    AuditEntry entry;
    entry.actor = AuditActor::User;
    entry.action = action;
    entry.entityType = entityType;
    entry.entityId = entityId;
    entry.detailsJson = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    entry.at = m_clock.nowUtc();
    const auto id = AuditRepository(m_db).append(entry);
    return id ? StoreStatus{} : id.error();
}

ReviewOutcome ReviewService::outcomeFor(qint64 itemId, StoreStatus status) const
{
    ReviewOutcome outcome;
    outcome.error = std::move(status);
    auto stored = item(itemId);
    if (stored) {
        outcome.item = stored.value();
        outcome.report = check(outcome.item);
    } else if (!outcome.error.isError()) {
        outcome.error = stored.error();
    }
    return outcome;
}

ReviewOutcome ReviewService::writeApproval(qint64 itemId, ApprovalState state, const QString &action, const QJsonObject &details)
{
    auto current = editableItem(itemId);
    if (!current)
        return outcomeFor(itemId, current.error());
    QJsonObject all = details;
    all.insert(QStringLiteral("from"), enumId(current->approval));
    all.insert(QStringLiteral("to"), enumId(state));
    const StoreStatus saved = sql::inTransaction(m_db.handle(), [&]() -> StoreStatus {
        if (StoreStatus s = ContentRepository(m_db).setApproval(itemId, state, m_clock.nowUtc()); s.isError())
            return s;
        return audit(action, kContentEntity, itemId, all);
    });
    return outcomeFor(itemId, saved);
}

ReviewOutcome ReviewService::approve(qint64 itemId)
{
    return writeApproval(itemId, ApprovalState::Approved, QStringLiteral("content.approve"), {});
}

ReviewOutcome ReviewService::reject(qint64 itemId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return outcomeFor(itemId, refused(QCoreApplication::translate("cf::ReviewService", "Say why the item is rejected.")));
    return writeApproval(itemId, ApprovalState::Rejected, QStringLiteral("content.reject"),
                         {{QStringLiteral("reason"), reason.trimmed()}});
}

ReviewOutcome ReviewService::restoreApproval(qint64 itemId, ApprovalState state)
{
    return writeApproval(itemId, state, QStringLiteral("content.approval_restore"), {});
}

StoreResult<std::vector<std::pair<qint64, ApprovalState>>> ReviewService::bulkApprove(const std::vector<qint64> &itemIds)
{
    std::vector<std::pair<qint64, ApprovalState>> changed;
    const StoreStatus saved = sql::inTransaction(m_db.handle(), [&]() -> StoreStatus {
        const ContentRepository content(m_db);
        for (qint64 id : itemIds) {
            auto current = content.find(id);
            if (!current)
                return current.error();
            if (current->approval == ApprovalState::Approved)
                continue;
            if (StoreStatus s = checkEditable(current.value()); s.isError())
                return s;
            if (StoreStatus s = content.setApproval(id, ApprovalState::Approved, m_clock.nowUtc()); s.isError())
                return s;
            if (StoreStatus s = audit(QStringLiteral("content.approve"), kContentEntity, id,
                                      {{QStringLiteral("from"), enumId(current->approval)},
                                       {QStringLiteral("to"), enumId(ApprovalState::Approved)},
                                       {QStringLiteral("bulk"), true}});
                s.isError())
                return s;
            changed.emplace_back(id, current->approval);
        }
        return {};
    });
    if (saved.isError())
        return saved;
    return changed;
}

ReviewOutcome ReviewService::writeItem(ContentItem updated, const QString &action, const QJsonObject &details)
{
    updated.updatedAt = m_clock.nowUtc();
    // What was approved is what gets published: a change to an approved
    // item's text or media asks for approval again.
    QJsonObject all = details;
    if (updated.approval == ApprovalState::Approved) {
        updated.approval = ApprovalState::Pending;
        all.insert(QStringLiteral("approval_reset"), true);
    }
    if (updated.copy) {
        auto campaign = CampaignRepository(m_db).find(updated.campaignId);
        ContentGenerator::applySummary(&updated, campaign ? campaign->languages : QStringList{QStringLiteral("ar")});
    }
    const StoreStatus saved = sql::inTransaction(m_db.handle(), [&]() -> StoreStatus {
        if (StoreStatus s = ContentRepository(m_db).update(updated); s.isError())
            return s;
        return audit(action, kContentEntity, updated.id, all);
    });
    return outcomeFor(updated.id, saved);
}

ReviewOutcome ReviewService::editField(qint64 itemId, const QString &language, ReviewField field, const QString &text)
{
    if (language != QLatin1String("ar") && language != QLatin1String("en"))
        return outcomeFor(itemId, refused(QCoreApplication::translate("cf::ReviewService", "Unknown language \"%1\".").arg(language)));
    auto current = editableItem(itemId);
    if (!current)
        return outcomeFor(itemId, current.error());
    ContentItem updated = current.value();
    if (!updated.copy) {
        updated.copy = ContentCopy{};
        updated.copy->ar.language = QStringLiteral("ar");
        updated.copy->en.language = QStringLiteral("en");
    }
    LanguageCopy &copy = updated.copy->in(language);
    const QString before = reviewFieldText(copy, field);
    setReviewFieldText(&copy, field, text);
    const QString after = reviewFieldText(copy, field);
    if (before == after)
        return outcomeFor(itemId, {});
    return writeItem(std::move(updated), QStringLiteral("content.edit"),
                     {{QStringLiteral("language"), language},
                      {QStringLiteral("field"), reviewFieldId(field)},
                      {QStringLiteral("before"), before},
                      {QStringLiteral("after"), after}});
}

QFuture<Regeneration> ReviewService::regenerate(qint64 itemId) const
{
    // The database is read here, on the connection's thread; only the
    // pure generator runs on the pool.
    GenerationRequest request;
    QString error;
    auto current = item(itemId);
    auto campaign = current ? CampaignRepository(m_db).find(current->campaignId) : StoreResult<Campaign>(current.error());
    auto workspace = campaign ? WorkspaceRepository(m_db).find(campaign->workspaceId) : StoreResult<Workspace>(campaign.error());
    auto items = workspace ? ContentRepository(m_db).listForCampaign(campaign->id)
                           : StoreResult<std::vector<ContentItem>>(workspace.error());
    if (!items)
        error = items.error().message;
    else if (isLocked(current.value()))
        error = checkEditable(current.value()).message;
    if (!error.isEmpty()) {
        Regeneration failed;
        failed.itemId = itemId;
        failed.error = error;
        return QtFuture::makeReadyFuture(failed);
    }
    request.campaign = campaign.value();
    request.workspace = workspace.value();
    request.items = items.value();
    request.seed = current->copy ? current->copy->seed : 1;
    request.regenerateItemId = itemId;
    request.nowUtc = m_clock.nowUtc();
    std::optional<ContentCopy> previous = current->copy;
    return QtConcurrent::run([resources = m_resources, request = std::move(request), previous = std::move(previous), itemId] {
        const ContentGenerator generator(resources->bank, resources->limits, resources->planning);
        Regeneration result;
        result.itemId = itemId;
        result.previous = previous;
        for (GeneratedItem &g : generator.generate(request)) {
            if (g.item.id == itemId && g.changed) {
                result.item = std::move(g.item);
                return result;
            }
        }
        result.error = QCoreApplication::translate("cf::ReviewService", "No new text could be written for this item.");
        return result;
    });
}

ReviewOutcome ReviewService::saveRegeneration(const Regeneration &regeneration)
{
    if (!regeneration.error.isEmpty())
        return outcomeFor(regeneration.itemId, refused(regeneration.error));
    auto current = editableItem(regeneration.itemId);
    if (!current)
        return outcomeFor(regeneration.itemId, current.error());
    ContentItem updated = current.value();
    updated.copy = regeneration.item.copy;
    return writeItem(std::move(updated), QStringLiteral("content.regenerate"),
                     {{QStringLiteral("before"), copyJson(current->copy)}, {QStringLiteral("after"), copyJson(updated.copy)}});
}

ReviewOutcome ReviewService::restoreCopy(qint64 itemId, const std::optional<ContentCopy> &copy)
{
    auto current = editableItem(itemId);
    if (!current)
        return outcomeFor(itemId, current.error());
    ContentItem updated = current.value();
    updated.copy = copy;
    return writeItem(std::move(updated), QStringLiteral("content.copy_restore"),
                     {{QStringLiteral("before"), copyJson(current->copy)}, {QStringLiteral("after"), copyJson(copy)}});
}

ReviewOutcome ReviewService::replaceImage(qint64 itemId, const Asset &asset)
{
    auto current = editableItem(itemId);
    if (!current)
        return outcomeFor(itemId, current.error());
    Asset stored = asset;
    if (!stored.createdAt.isValid())
        stored.createdAt = m_clock.nowUtc();
    auto assetId = AssetRepository(m_db).insertOrFind(stored);
    if (!assetId)
        return outcomeFor(itemId, assetId.error());
    ContentItem updated = current.value();
    if (updated.assetIds.empty())
        updated.assetIds.push_back(*assetId);
    else
        updated.assetIds.front() = *assetId;
    return writeItem(std::move(updated), QStringLiteral("content.replace_image"),
                     {{QStringLiteral("before"), idsJson(current->assetIds)},
                      {QStringLiteral("asset_id"), *assetId},
                      {QStringLiteral("sha256"), stored.sha256}});
}

ReviewOutcome ReviewService::restoreAssets(qint64 itemId, const std::vector<qint64> &assetIds)
{
    auto current = editableItem(itemId);
    if (!current)
        return outcomeFor(itemId, current.error());
    ContentItem updated = current.value();
    updated.assetIds = assetIds;
    return writeItem(std::move(updated), QStringLiteral("content.assets_restore"),
                     {{QStringLiteral("before"), idsJson(current->assetIds)}, {QStringLiteral("after"), idsJson(assetIds)}});
}

} // namespace cf
