#include "app/publishing/AdsControl.h"

#include "app/core/Clock.h"
#include "app/publishing/PublishingLog.h"
#include "models/domain/AutomationLog.h"
#include "models/domain/Campaign.h"
#include "models/store/AdDeliveryRepository.h"
#include "models/store/AdEntityRepository.h"
#include "models/store/AutomationLogRepository.h"
#include "models/store/CampaignRepository.h"
#include "models/store/Database.h"

#include <QCoreApplication>

namespace cf {

std::vector<const AdEntity *> CampaignAdsState::forAdSet(qint64 adSetId) const
{
    std::vector<const AdEntity *> found;
    for (const AdEntity &entity : entities)
        if (entity.key.adSetId == adSetId)
            found.push_back(&entity);
    return found;
}

AdsControl::AdsControl(const Database &db, const Clock &clock, std::function<void()> wake)
    : m_db(db), m_clock(clock), m_wake(std::move(wake))
{
}

StoreResult<CampaignAdsState> AdsControl::state(qint64 campaignId) const
{
    CampaignAdsState state;
    auto entities = AdEntityRepository(m_db).listForCampaign(campaignId);
    if (!entities)
        return entities.error();
    state.entities = std::move(*entities);
    for (const AdEntity &entity : state.entities)
        state.delivering = state.delivering || entity.delivery == AdDelivery::Active;
    auto paused = AdDeliveryRepository(m_db).pausedByOwner(campaignId);
    if (!paused)
        return paused.error();
    state.pausedByOwner = *paused;
    return state;
}

StoreStatus AdsControl::pauseAds(qint64 campaignId) const
{
    return record(campaignId, true);
}

StoreStatus AdsControl::resumeAds(qint64 campaignId) const
{
    auto campaign = CampaignRepository(m_db).find(campaignId);
    if (!campaign)
        return campaign.error();
    const CampaignStatus status = campaign->status;
    if (status == CampaignStatus::Paused || status == CampaignStatus::Cancelled || status == CampaignStatus::Archived)
        return StoreError::make(StoreError::Code::InvalidData,
                                QCoreApplication::translate("cf::AdsControl",
                                                            "\u201C%1\u201D is not running (%2), so its ads stay "
                                                            "paused. Resume the campaign first.")
                                    .arg(campaign->name, campaignStatusDisplayName(status)));
    return record(campaignId, false);
}

StoreStatus AdsControl::record(qint64 campaignId, bool paused) const
{
    auto campaign = CampaignRepository(m_db).find(campaignId);
    if (!campaign)
        return campaign.error();
    auto entities = AdEntityRepository(m_db).listForCampaign(campaignId);
    if (!entities)
        return entities.error();
    if (entities->empty())
        return StoreError::make(StoreError::Code::InvalidData,
                                QCoreApplication::translate("cf::AdsControl",
                                                            "\u201C%1\u201D has no ads on any platform yet.")
                                    .arg(campaign->name));
    const QDateTime now = m_clock.nowUtc();
    if (StoreStatus s = AdDeliveryRepository(m_db).recordOwnerWish(campaignId, paused, now); s.isError())
        return s;
    AutomationLog entry;
    entry.campaignId = campaignId;
    entry.event = paused ? QStringLiteral("ads_pause_requested") : QStringLiteral("ads_resume_requested");
    entry.message = paused ? QCoreApplication::translate("cf::AdsControl",
                                                         "You paused the ads of \u201C%1\u201D; they are paused on "
                                                         "every platform at the next publishing pass.")
                                 .arg(campaign->name)
                           : QCoreApplication::translate("cf::AdsControl",
                                                         "You resumed the ads of \u201C%1\u201D; they start again at "
                                                         "the next publishing pass.")
                                 .arg(campaign->name);
    entry.at = now;
    if (auto stored = AutomationLogRepository(m_db).insert(entry); !stored)
        return stored.error();
    qCInfo(lcPublishing) << entry.event << "campaign" << campaignId;
    if (m_wake)
        m_wake();
    return {};
}

} // namespace cf
