// ReviewService's final approval: what blocks it, what it will send where,
// the lock it sets and the unlock that returns a campaign to review.
#include "app/review/ReviewService.h"

#include "app/content/media/AssetStore.h"
#include "app/core/Clock.h"
#include "models/store/AdSetRepository.h"
#include "models/store/AssetRepository.h"
#include "models/store/AuditRepository.h"
#include "models/store/CampaignRepository.h"
#include "models/store/ConnectionRepository.h"
#include "models/store/ContentRepository.h"
#include "models/store/Database.h"
#include "models/store/SqlSupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <map>

#include <nlohmann/json.hpp>

namespace cf {
namespace {


// The account each platform will publish to: the selected, connected one.
std::map<Platform, QString> selectedAccounts(const Database &db)
{
    std::map<Platform, QString> accounts;
    auto connections = ConnectionRepository(db).list();
    if (!connections)
        return accounts;
    for (const Connection &c : connections.value()) {
        if (c.selected && c.status == ConnectionStatus::Connected && !accounts.count(c.platform))
            accounts[c.platform] = c.accountName.isEmpty() ? c.accountId : c.accountName;
    }
    return accounts;
}

} // namespace

FinalApprovalPreview ReviewService::previewFinalApproval(qint64 campaignId) const
{
    FinalApprovalPreview preview;
    auto campaign = CampaignRepository(m_db).find(campaignId);
    if (!campaign) {
        preview.blockers << campaign.error().message;
        return preview;
    }
    preview.campaign = campaign.value();
    if (campaign->status == CampaignStatus::Scheduled || campaign->status == CampaignStatus::Active
        || campaign->status == CampaignStatus::Completed)
        preview.blockers << QCoreApplication::translate("cf::ReviewService", "This campaign already has its final approval.");
    else if (campaign->status == CampaignStatus::Cancelled || campaign->status == CampaignStatus::Archived)
        preview.blockers << QCoreApplication::translate("cf::ReviewService", "A cancelled or archived campaign cannot be approved.");

    auto items = ContentRepository(m_db).listForCampaign(campaignId);
    if (!items) {
        preview.blockers << items.error().message;
        return preview;
    }
    const auto accounts = selectedAccounts(m_db);
    const AssetRepository assets(m_db);
    const AssetStore store(m_assetsDir);
    int undecided = 0, withErrors = 0, withoutText = 0;
    for (const ContentItem &item : items.value()) {
        if (item.approval == ApprovalState::Rejected) {
            ++preview.rejected;
            continue;
        }
        if (item.approval != ApprovalState::Approved) {
            ++undecided;
            continue;
        }
        if (!item.copy || (item.copy->ar.isEmpty() && item.copy->en.isEmpty()))
            ++withoutText;
        else if (check(item).hasErrors())
            ++withErrors;
        PlannedDelivery d;
        d.itemId = item.id;
        d.platform = item.platform;
        d.contentType = item.contentType;
        d.isAd = item.adSetId.has_value();
        const auto account = accounts.find(item.platform);
        d.account = account == accounts.end() ? QString() : account->second;
        d.scheduledUtc = item.scheduledUtc;
        d.text = item.body;
        for (qint64 assetId : item.assetIds) {
            if (auto asset = assets.find(assetId))
                d.mediaPaths << store.absolutePath(asset.value());
        }
        preview.deliveries.push_back(std::move(d));
    }
    if (undecided > 0)
        preview.blockers << QCoreApplication::translate("cf::ReviewService", "%n item(s) still need approving or rejecting.", nullptr, undecided);
    if (withErrors > 0)
        preview.blockers << QCoreApplication::translate("cf::ReviewService",
                                                        "%n approved item(s) have brand-guard errors; fix them first.", nullptr, withErrors);
    if (withoutText > 0)
        preview.blockers << QCoreApplication::translate("cf::ReviewService", "%n approved item(s) have no text yet.", nullptr, withoutText);
    if (preview.deliveries.empty() && undecided == 0)
        preview.blockers << QCoreApplication::translate("cf::ReviewService", "Nothing is approved, so there is nothing to publish.");
    return preview;
}

StoreResult<FinalApprovalPreview> ReviewService::finalApprove(qint64 campaignId)
{
    FinalApprovalPreview preview = previewFinalApproval(campaignId);
    if (!preview.blockers.isEmpty())
        return StoreError::make(StoreError::Code::InvalidData, preview.blockers.join(QLatin1Char(' ')));
    const QDateTime now = m_clock.nowUtc();
    const StoreStatus saved = sql::inTransaction(m_db.handle(), [&]() -> StoreStatus {
        const ContentRepository content(m_db);
        QJsonArray queued;
        for (const PlannedDelivery &d : preview.deliveries) {
            if (StoreStatus s = content.setPublishState(d.itemId, PublishState::Queued, QString(), QString(), now); s.isError())
                return s;
            queued.append(d.itemId);
        }
        if (StoreStatus s = CampaignRepository(m_db).setStatus(campaignId, CampaignStatus::Scheduled, now); s.isError())
            return s;
        return audit(QStringLiteral("campaign.final_approve"), QStringLiteral("campaign"), campaignId,
                     {{QStringLiteral("queued"), queued}, {QStringLiteral("rejected"), preview.rejected}});
    });
    if (saved.isError())
        return saved;
    preview.campaign.status = CampaignStatus::Scheduled;
    return preview;
}

StoreResult<std::vector<AdSet>> ReviewService::adSets(qint64 campaignId) const
{
    return AdSetRepository(m_db).listForCampaign(campaignId);
}

StoreStatus ReviewService::saveAdSet(const AdSet &adSet)
{
    auto before = AdSetRepository(m_db).find(adSet.id);
    if (!before)
        return before.error();
    auto campaign = CampaignRepository(m_db).find(before->campaignId);
    if (campaign && (campaign->status == CampaignStatus::Scheduled || campaign->status == CampaignStatus::Active
                     || campaign->status == CampaignStatus::Completed))
        return StoreError::make(StoreError::Code::InvalidData,
                                QCoreApplication::translate("cf::ReviewService",
                                                            "This campaign has its final approval and is locked. Unlock it to make changes."));
    if (adSet.targeting.ageMin && adSet.targeting.ageMax && *adSet.targeting.ageMin > *adSet.targeting.ageMax)
        return StoreError::make(StoreError::Code::InvalidData,
                                QCoreApplication::translate("cf::ReviewService", "The youngest age must not be above the oldest."));
    if (adSet.budget.amount.minor < 0)
        return StoreError::make(StoreError::Code::InvalidData, QCoreApplication::translate("cf::ReviewService", "A budget cannot be negative."));
    AdSet updated = adSet;
    updated.campaignId = before->campaignId;
    return sql::inTransaction(m_db.handle(), [&]() -> StoreStatus {
        if (StoreStatus s = AdSetRepository(m_db).update(updated); s.isError())
            return s;
        return audit(QStringLiteral("ad_set.edit"), QStringLiteral("ad_set"), adSet.id,
                     {{QStringLiteral("budget_before"), before->budget.amount.minor},
                      {QStringLiteral("budget_after"), updated.budget.amount.minor},
                      {QStringLiteral("targeting_before"), QString::fromStdString(nlohmann::json(before->targeting).dump())},
                      {QStringLiteral("targeting_after"), QString::fromStdString(nlohmann::json(updated.targeting).dump())}});
    });
}

StoreStatus ReviewService::unlock(qint64 campaignId)
{
    auto campaign = CampaignRepository(m_db).find(campaignId);
    if (!campaign)
        return campaign.error();
    if (campaign->status != CampaignStatus::Scheduled)
        return StoreError::make(StoreError::Code::InvalidData,
                                QCoreApplication::translate("cf::ReviewService", "Only a scheduled campaign can be unlocked."));
    auto items = ContentRepository(m_db).listForCampaign(campaignId);
    if (!items)
        return items.error();
    const QDateTime now = m_clock.nowUtc();
    return sql::inTransaction(m_db.handle(), [&]() -> StoreStatus {
        const ContentRepository content(m_db);
        QJsonArray returned;
        for (const ContentItem &item : items.value()) {
            // Only what has not started going out comes back; a published
            // or in-flight item stays as the platform knows it.
            if (item.publishState != PublishState::Queued)
                continue;
            if (StoreStatus s = content.setPublishState(item.id, PublishState::Draft, item.externalId, item.permalink, now);
                s.isError())
                return s;
            returned.append(item.id);
        }
        if (StoreStatus s = CampaignRepository(m_db).setStatus(campaignId, CampaignStatus::InReview, now); s.isError())
            return s;
        return audit(QStringLiteral("campaign.unlock"), QStringLiteral("campaign"), campaignId, {{QStringLiteral("returned"), returned}});
    });
}

} // namespace cf
