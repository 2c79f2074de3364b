#include "app/publishing/PublishQueue.h"

#include "app/core/Clock.h"
#include "app/publishing/PublishContext.h"
#include "app/publishing/SafetyChecks.h"
#include "models/domain/AutomationLog.h"
#include "models/domain/Campaign.h"
#include "models/store/AutomationLogRepository.h"
#include "models/store/CampaignRepository.h"
#include "models/store/ConnectionRepository.h"
#include "models/store/ContentRepository.h"
#include "models/store/Database.h"
#include "models/store/PublishTargetRepository.h"
#include "models/store/WorkspaceRepository.h"

#include <QCoreApplication>

namespace cf {

PublishQueue::PublishQueue(const Database &db, const Clock &clock, const SafetyChecks *safety)
    : m_db(db), m_clock(clock), m_safety(safety)
{
}

bool PublishQueue::schedulesNatively(Platform platform)
{
    switch (platform) {
    case Platform::Facebook:
    case Platform::YouTube:
    case Platform::WordPress:
    case Platform::Mailchimp:
    case Platform::Kit:
        return true;
    default:
        return false;
    }
}

std::vector<Connection> PublishQueue::connectionsFor(const ContentItem &item, const Campaign &campaign,
                                                     const std::vector<Connection> &all)
{
    std::vector<Connection> out;
    // Meta's ad accounts are Facebook rows: Instagram ads run through them too.
    const Platform accountPlatform =
        item.adSetId && item.platform == Platform::Instagram ? Platform::Facebook : item.platform;
    for (const Connection &c : all) {
        if (c.platform != accountPlatform || !c.selected)
            continue;
        if (c.workspaceId && *c.workspaceId != campaign.workspaceId)
            continue;
        bool fits = false;
        if (item.adSetId)
            fits = c.kind == ConnectionKind::AdAccount || c.kind == ConnectionKind::Advertiser;
        else if (item.platform == Platform::Facebook)
            fits = c.kind == ConnectionKind::Page;
        else if (item.platform == Platform::Instagram)
            fits = c.kind == ConnectionKind::InstagramAccount;
        else
            fits = c.kind == ConnectionKind::Account;
        if (fits)
            out.push_back(c);
    }
    return out;
}

QString PublishQueue::languageFor(const ContentItem &item, const Campaign &campaign)
{
    QStringList order = campaign.languages;
    for (const QString &fallback : {QStringLiteral("ar"), QStringLiteral("en")})
        if (!order.contains(fallback))
            order << fallback;
    for (const QString &language : order) {
        if (item.copy ? !item.copy->in(language).isEmpty()
                      : !(language == QLatin1String("ar") ? item.body.ar : item.body.en).isEmpty())
            return language;
    }
    return order.front();
}

StoreResult<int> PublishQueue::enqueueItem(qint64 contentId) const
{
    auto item = ContentRepository(m_db).find(contentId);
    if (!item)
        return item.error();
    auto campaign = CampaignRepository(m_db).find(item->campaignId);
    if (!campaign)
        return campaign.error();
    auto all = ConnectionRepository(m_db).list();
    if (!all)
        return all.error();
    const std::vector<Connection> targets = connectionsFor(*item, *campaign, *all);
    if (targets.empty())
        return StoreError::make(StoreError::Code::InvalidData,
                                QCoreApplication::translate("cf::PublishQueue",
                                                            "No %1 account is connected and selected for item %2.")
                                    .arg(platformDisplayName(item->platform))
                                    .arg(contentId));
    const QString language = languageFor(*item, *campaign);
    const PublishTargetRepository repo(m_db);
    for (const Connection &c : targets) {
        NewPublishTarget t{contentId, c.id, c.platform, language, schedulesNatively(c.platform) && !item->adSetId};
        if (auto made = repo.ensure(t, m_clock.nowUtc()); !made)
            return made.error();
    }
    return int(targets.size());
}

bool PublishQueue::autoApprove(const ContentItem &item, const Campaign &campaign, QStringList *problems) const
{
    AutomationLog entry;
    entry.campaignId = campaign.id;
    entry.contentItemId = item.id;
    entry.at = m_clock.nowUtc();
    if (!m_safety || !item.copy) {
        return false; // nothing to check: automatic approval needs the guard
    }
    PublishContext context;
    context.item = item;
    context.campaign = campaign;
    auto workspace = WorkspaceRepository(m_db).find(campaign.workspaceId);
    if (workspace)
        context.workspace = *workspace;
    context.target.language = languageFor(item, campaign);
    if (auto problem = m_safety->brandGuardProblem(context)) {
        entry.level = LogLevel::Warning;
        entry.event = QStringLiteral("auto_approve_skipped");
        entry.message = problem->message;
        AutomationLogRepository(m_db).insert(entry);
        *problems << problem->message;
        return false;
    }
    if (StoreStatus s = ContentRepository(m_db).setApproval(item.id, ApprovalState::Approved, m_clock.nowUtc()); s.isError()) {
        *problems << s.message;
        return false;
    }
    entry.event = QStringLiteral("auto_approved");
    entry.message = QCoreApplication::translate("cf::PublishQueue",
                                                "Approved automatically: the brand guard and the safety checks passed.");
    AutomationLogRepository(m_db).insert(entry);
    return true;
}

StoreResult<PublishQueue::Result> PublishQueue::enqueueReady() const
{
    Result result;
    auto campaigns = CampaignRepository(m_db).list();
    if (!campaigns)
        return campaigns.error();
    const PublishTargetRepository targets(m_db);
    for (const Campaign &campaign : *campaigns) {
        if (campaign.status == CampaignStatus::Cancelled || campaign.status == CampaignStatus::Archived)
            continue;
        auto items = ContentRepository(m_db).listForCampaign(campaign.id);
        if (!items)
            return items.error();
        const bool automatic = campaign.automationLevel != AutomationLevel::Manual
                               && campaign.automationLevel != AutomationLevel::SemiAutomatic;
        for (const ContentItem &item : *items) {
            bool ready = item.approval == ApprovalState::Approved && item.publishState == PublishState::Queued;
            if (!ready && automatic && item.approval == ApprovalState::Pending && item.publishState == PublishState::Draft
                && autoApprove(item, campaign, &result.problems)) {
                ++result.autoApproved;
                ready = true;
            }
            if (!ready)
                continue;
            auto existing = targets.listForContent(item.id);
            if (!existing)
                return existing.error();
            if (!existing->empty() && item.publishState != PublishState::Queued)
                continue;
            auto made = enqueueItem(item.id);
            if (!made) {
                if (made.error().code != StoreError::Code::InvalidData)
                    return made.error();
                result.problems << made.error().message;
                continue;
            }
            ++result.itemsQueued;
            result.targetsCreated += *made - int(existing->size());
        }
    }
    return result;
}

StoreResult<int> PublishQueue::publishNow(qint64 contentId) const
{
    auto item = ContentRepository(m_db).find(contentId);
    if (!item)
        return item.error();
    if (item->approval != ApprovalState::Approved)
        return StoreError::make(StoreError::Code::InvalidData,
                                QCoreApplication::translate("cf::PublishQueue",
                                                            "Item %1 is not approved, so it cannot be published.")
                                    .arg(contentId));
    if (auto made = enqueueItem(contentId); !made)
        return made.error();
    return PublishTargetRepository(m_db).releaseNow(contentId, m_clock.nowUtc());
}

StoreResult<int> PublishQueue::retryFailed(qint64 contentId) const
{
    return PublishTargetRepository(m_db).retryFailed(contentId, m_clock.nowUtc());
}

StoreResult<int> PublishQueue::cancel(qint64 contentId) const
{
    return PublishTargetRepository(m_db).cancelForContent(contentId, m_clock.nowUtc());
}

StoreResult<bool> PublishQueue::markPublished(qint64 targetId, const QString &permalink) const
{
    return PublishTargetRepository(m_db).resolvePublished(targetId, QString(), permalink, m_clock.nowUtc());
}

StoreResult<bool> PublishQueue::markNotPublished(qint64 targetId) const
{
    return PublishTargetRepository(m_db).resolveNotPublished(targetId, m_clock.nowUtc());
}

} // namespace cf
