// PublishWorker, paid ads (issue #7, docs/publishing.md "Paid ads"): which
// adapter an ad item goes to, storing the shared campaign / ad set the
// moment an adapter reports it, and the work after a pass's sends -
// switching on delivery for a campaign whose ads on an ad account are all
// done, and pushing ad set budgets changed locally (the AI-optimised level).
#include "app/publishing/PublishWorker.h"

#include "app/core/Clock.h"
#include "app/publishing/PublishContext.h"
#include "app/publishing/PublishingLog.h"
#include "models/domain/AutomationLog.h"
#include "app/publishing/PublishWorkerAdsSupport.h"
#include "models/store/AdDeliveryRepository.h"
#include "models/store/AdEntityRepository.h"
#include "models/store/AdSetRepository.h"
#include "models/store/AutomationLogRepository.h"
#include "models/store/CampaignRepository.h"
#include "models/store/ConnectionRepository.h"
#include "models/store/Database.h"
#include "models/store/PublishTargetRepository.h"
#include "platforms/publishing/AdPublisher.h"
#include "platforms/publishing/PublishErrorText.h"

#include <QCoreApplication>
#include <QPointer>

#include <nlohmann/json.hpp>

namespace cf {

namespace {

bool campaignMayDeliver(const Campaign &campaign)
{
    return campaign.status != CampaignStatus::Paused && campaign.status != CampaignStatus::Cancelled
           && campaign.status != CampaignStatus::Archived;
}

} // namespace

PlatformPublisher *PublishWorker::adapterFor(const PublishContext &context) const
{
    if (!m_backend)
        return nullptr;
    // An ad goes to the ad network of the item's platform (Facebook and
    // Instagram ads both to Meta's), whatever account row it targets.
    if (context.item.adSetId)
        return m_backend->adPublisherFor(context.item.platform);
    return m_backend->publisherFor(context.connection.platform);
}

TargetError PublishWorker::noAdapterError(const PublishContext &context) const
{
    if (context.item.adSetId) {
        const QString platform = platformDisplayName(context.item.platform);
        return TargetError{QStringLiteral("blocked"),
                           QCoreApplication::translate("cf::PublishWorker",
                                                       "This version of CampaignForge cannot create paid ads on %1 yet.")
                               .arg(platform),
                           QCoreApplication::translate("cf::PublishWorker",
                                                       "Create this ad by hand in %1's ads manager, or remove it from "
                                                       "its ad set to publish it as an ordinary post.")
                               .arg(platform),
                           {}, std::nullopt};
    }
    const QString platform = platformDisplayName(context.connection.platform);
    return TargetError{QStringLiteral("blocked"),
                       QCoreApplication::translate("cf::PublishWorker",
                                                   "This version of CampaignForge cannot publish to %1 yet.")
                           .arg(platform),
                       QCoreApplication::translate("cf::PublishWorker", "Publish this item by hand on %1.").arg(platform),
                       {}, std::nullopt};
}

void PublishWorker::saveCheckpoint(const PublishContext &context, qint64 attemptId, const QString &stepName,
                                   const QString &value)
{
    const QDateTime now = m_clock.nowUtc();
    std::function<StoreStatus()> shared;
    const bool campaignLevel = stepName == QLatin1String("campaign");
    const bool adSetLevel = stepName == QLatin1String("adset");
    if (context.item.adSetId && context.adSet && (campaignLevel || adSetLevel) && !value.isEmpty()) {
        // Shared by the next ads of this campaign / ad set on this account:
        // stored with the target's checkpoint, in the same transaction.
        const AdEntityKey key{context.campaign.id, context.connection.id,
                              adSetLevel ? context.item.adSetId : std::nullopt};
        std::optional<PushedBudget> createdWith;
        if (adSetLevel)
            createdWith = PushedBudget{context.adSet->budget.amount.minor, context.adSet->budget.period};
        shared = [this, key, platform = context.connection.platform, value, createdWith, now]() -> StoreStatus {
            auto stored = AdEntityRepository(*m_db).upsertExternalId(key, platform, value, createdWith, now);
            return stored ? StoreStatus{} : stored.error();
        };
    }
    auto saved = PublishTargetRepository(*m_db).addCheckpoint(context.target.id, attemptId, stepName, value, now, shared);
    if (!saved)
        storeFailed(saved.error().fullText());
}

void PublishWorker::loadAdsTasks()
{
    // Pauses first, so nothing spends longer than it must; then switching
    // on finished campaigns; then budgets. Work that failed recently waits
    // for its backoff.
    auto deliveries = AdDeliveryRepository(*m_db).workDue();
    if (!deliveries)
        storeFailed(deliveries.error().fullText());
    else
        for (const AdDeliveryWork &work : *deliveries)
            if (!adsWaiting(deliveryKey(work)))
                m_adsTasks.push_back([this, work] { applyDeliveryWork(work); });
    const AdEntityRepository entities(*m_db);
    auto groups = entities.activationDue();
    if (!groups)
        storeFailed(groups.error().fullText());
    else
        for (const AdActivationGroup &group : *groups)
            if (!adsWaiting(activationKey(group.campaignId, group.connectionId)))
                m_adsTasks.push_back([this, group] { activateAds(group); });
    auto pushes = entities.pendingBudgetPushes();
    if (!pushes)
        storeFailed(pushes.error().fullText());
    else
        for (const PendingBudgetPush &push : *pushes)
            if (!adsWaiting(budgetKey(push.entity.id)))
                m_adsTasks.push_back([this, push] { pushBudget(push); });
}

void PublishWorker::adsAttention(qint64 campaignId, qint64 targetId, qint64 contentId, const QString &event,
                                 const QString &message)
{
    qCWarning(lcPublishing) << event << "campaign" << campaignId;
    AutomationLog entry;
    entry.campaignId = campaignId;
    if (contentId > 0)
        entry.contentItemId = contentId;
    entry.level = LogLevel::Warning;
    entry.event = event;
    entry.message = message;
    entry.detailsJson = QString::fromStdString(nlohmann::json{{"target", targetId}}.dump());
    entry.at = m_clock.nowUtc();
    if (auto stored = AutomationLogRepository(*m_db).insert(entry); !stored)
        storeFailed(stored.error().fullText());
    Q_EMIT attentionNeeded(targetId, contentId, message);
}

void PublishWorker::activateAds(const AdActivationGroup &group)
{
    AdAccountRows rows = loadAdAccount(*m_db, group.campaignId, group.connectionId);
    if (!rows.error.isEmpty()) {
        storeFailed(rows.error);
        step();
        return;
    }
    auto context = std::make_shared<PublishContext>(std::move(rows.context));
    AdPublisher *adapter = m_backend ? m_backend->adPublisherFor(context->connection.platform) : nullptr;
    auto ownerPaused = AdDeliveryRepository(*m_db).pausedByOwner(group.campaignId);
    if (!ownerPaused)
        storeFailed(ownerPaused.error().fullText());
    // A paused or ended campaign keeps its ads paused, and so does one whose
    // ads the owner paused; without an ads adapter its ads were never
    // created (they were blocked).
    if (!adapter || !campaignMayDeliver(context->campaign) || !ownerPaused || *ownerPaused) {
        step();
        return;
    }
    auto entities = AdEntityRepository(*m_db).listFor(group.campaignId, group.connectionId);
    if (!entities) {
        storeFailed(entities.error().fullText());
        step();
        return;
    }
    AdDeliveryChange change;
    change.connection = context->connection;
    change.parentConnection = context->parent;
    change.active = true;
    for (const AdEntity &entity : *entities) {
        if (entity.level() == AdEntityLevel::Campaign)
            change.campaignExternalId = entity.externalId;
        else
            change.adSetExternalIds.push_back(entity.externalId);
    }
    change.adExternalIds = group.adExternalIds;
    const qint64 firstTarget = group.adTargetIds.front();
    auto first = PublishTargetRepository(*m_db).find(firstTarget);
    const qint64 contentId = first ? first->contentItemId : 0;
    const QString key = activationKey(group.campaignId, group.connectionId);

    QPointer<PublishWorker> self(this);
    const QString platform = platformDisplayName(context->connection.platform);
    callAds(
        context,
        [self, adapter, change](const QString &token, std::function<void(const PublishOutcome &)> done) mutable {
            change.accessToken = token;
            adapter->setDelivery(change, self, std::move(done));
        },
        [self, group, context, platform, firstTarget, contentId, key](const QString &error) {
            if (!self)
                return;
            if (!error.isEmpty()) {
                const QDateTime next = self->adsFailed(key);
                self->adsAttention(group.campaignId, firstTarget, contentId, QStringLiteral("ads_activation_failed"),
                                   QCoreApplication::translate("cf::PublishWorker",
                                                               "The ads of \u201C%1\u201D on %2 were created but could not be "
                                                               "switched on, so they stay paused: %3 CampaignForge tries again "
                                                               "at %4.")
                                       .arg(context->campaign.name, platform, error, retryTimeText(next)));
                self->step();
                return;
            }
            self->adsSucceeded(key);
            const QDateTime now = self->m_clock.nowUtc();
            if (StoreStatus s = AdEntityRepository(*self->m_db)
                                    .markDelivered(group.campaignId, group.connectionId, group.adTargetIds,
                                                   AdDelivery::Active, now);
                s.isError()) {
                self->storeFailed(s.fullText());
                self->step();
                return;
            }
            AutomationLog entry;
            entry.campaignId = group.campaignId;
            entry.event = QStringLiteral("ads_activated");
            entry.message = QCoreApplication::translate("cf::PublishWorker", "%n ad(s) of \u201C%1\u201D switched on at %2 (%3).",
                                                        nullptr, int(group.adTargetIds.size()))
                                .arg(context->campaign.name, platform, context->connection.accountName);
            entry.detailsJson = QString::fromStdString(
                nlohmann::json{{"connection", group.connectionId}, {"targets", group.adTargetIds}}.dump());
            entry.at = now;
            if (auto stored = AutomationLogRepository(*self->m_db).insert(entry); !stored)
                self->storeFailed(stored.error().fullText());
            qCInfo(lcPublishing) << "ads activated: campaign" << group.campaignId << "connection" << group.connectionId;
            for (qint64 target : group.adTargetIds)
                self->report(target);
            self->step();
        });
}

void PublishWorker::pushBudget(const PendingBudgetPush &push)
{
    const AdEntity &entity = push.entity;
    AdAccountRows rows = loadAdAccount(*m_db, entity.key.campaignId, entity.key.connectionId);
    if (!rows.error.isEmpty()) {
        storeFailed(rows.error);
        step();
        return;
    }
    auto context = std::make_shared<PublishContext>(std::move(rows.context));
    AdPublisher *adapter = m_backend ? m_backend->adPublisherFor(context->connection.platform) : nullptr;
    if (!adapter) {
        step();
        return;
    }
    auto adSet = AdSetRepository(*m_db).find(entity.key.adSetId.value_or(0));
    const QString adSetName = adSet ? adSet->name : entity.externalId;
    const QString platform = platformDisplayName(context->connection.platform);
    const QString amount = formatMoney(push.localBudget.amount);
    const QString key = budgetKey(entity.id);
    AdBudgetChange change;
    change.connection = context->connection;
    change.parentConnection = context->parent;
    change.adSetExternalId = push.entity.externalId;
    change.budget = push.localBudget;
    QPointer<PublishWorker> self(this);
    callAds(
        context,
        [self, adapter, change](const QString &token, std::function<void(const PublishOutcome &)> done) mutable {
            change.accessToken = token;
            adapter->updateBudget(change, self, std::move(done));
        },
        [self, push, adSetName, platform, amount, key](const QString &error) {
            if (!self)
                return;
            if (!error.isEmpty()) {
                const QDateTime next = self->adsFailed(key);
                self->adsAttention(push.entity.key.campaignId, 0, 0, QStringLiteral("ad_budget_push_failed"),
                                   QCoreApplication::translate("cf::PublishWorker",
                                                               "The new budget %1 of ad set \u201C%2\u201D could not be sent "
                                                               "to %3: %4 CampaignForge tries again at %5.")
                                       .arg(amount, adSetName, platform, error, retryTimeText(next)));
                self->step();
                return;
            }
            self->adsSucceeded(key);
            const QDateTime now = self->m_clock.nowUtc();
            const PushedBudget pushed{push.localBudget.amount.minor, push.localBudget.period};
            if (StoreStatus s = AdEntityRepository(*self->m_db).recordPushedBudget(push.entity.id, pushed, now); s.isError())
                self->storeFailed(s.fullText());
            AutomationLog entry;
            entry.campaignId = push.entity.key.campaignId;
            entry.event = QStringLiteral("ad_budget_pushed");
            entry.message = QCoreApplication::translate("cf::PublishWorker", "Budget of ad set \u201C%1\u201D on %2 is now %3.")
                                .arg(adSetName, platform, amount);
            nlohmann::json details{{"ad_set", push.entity.key.adSetId.value_or(0)},
                                   {"connection", push.entity.key.connectionId},
                                   {"budget_minor", push.localBudget.amount.minor},
                                   {"period", enumId(push.localBudget.period).toStdString()}};
            if (push.entity.budgetPushed)
                details["previous_minor"] = push.entity.budgetPushed->minor;
            entry.detailsJson = QString::fromStdString(details.dump());
            entry.at = now;
            if (auto stored = AutomationLogRepository(*self->m_db).insert(entry); !stored)
                self->storeFailed(stored.error().fullText());
            self->step();
        });
}

} // namespace cf
