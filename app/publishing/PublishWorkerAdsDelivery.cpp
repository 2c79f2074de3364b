// PublishWorker, paid ads delivery (issue #7, docs/publishing.md "Paid ads"):
// the ads a campaign may no longer run are paused on the platform (the
// campaign first, then its ad sets and ads, so nothing keeps spending
// meanwhile), those paused with their campaign start again when the owner
// resumes, and a cancelled ad that was delivering is paused on its own.
// Every ads call renews a rejected token once and is made once more; work
// that fails waits for RetryPolicy's backoff instead of every pass.
#include "app/publishing/PublishWorker.h"

#include "app/core/Clock.h"
#include "app/publishing/PublishContext.h"
#include "app/publishing/PublishWorkerAdsSupport.h"
#include "app/publishing/PublishingLog.h"
#include "models/domain/AutomationLog.h"
#include "models/store/AdDeliveryRepository.h"
#include "models/store/AdEntityRepository.h"
#include "models/store/AutomationLogRepository.h"
#include "models/store/Database.h"
#include "platforms/publishing/AdPublisher.h"
#include "platforms/publishing/PublishErrorText.h"

#include <QCoreApplication>
#include <QPointer>

#include <nlohmann/json.hpp>

namespace cf {

void PublishWorker::callAds(const std::shared_ptr<PublishContext> &context, AdsCall call, AdsDone done)
{
    QPointer<PublishWorker> self(this);
    m_backend->accessToken(context->tokenConnection(), [self, context, call, done](const TokenAnswer &answer) {
        if (!self)
            return;
        if (!answer.error.isEmpty()) {
            done(answer.error);
            return;
        }
        self->callAdsWith(context, answer.accessToken, false, call, done);
    });
}

void PublishWorker::callAdsWith(const std::shared_ptr<PublishContext> &context, const QString &token, bool afterRefresh,
                                AdsCall call, AdsDone done)
{
    QPointer<PublishWorker> self(this);
    auto answered = std::make_shared<bool>(false);
    call(token, [self, context, token, afterRefresh, call, done, answered](const PublishOutcome &outcome) {
        if (!self || *answered)
            return;
        *answered = true;
        if (outcome.status == PublishStatus::Published) {
            done({});
            return;
        }
        if (outcome.unauthorized && !afterRefresh) {
            // A 401 means nothing changed: renew the token once, ask once more.
            self->m_backend->refreshAfterUnauthorized(context->tokenConnection(), token,
                                                      [self, context, call, done](const TokenAnswer &renewed) {
                                                          if (!self)
                                                              return;
                                                          if (!renewed.error.isEmpty()) {
                                                              done(renewed.error);
                                                              return;
                                                          }
                                                          self->callAdsWith(context, renewed.accessToken, true, call, done);
                                                      });
            return;
        }
        done(PublishErrorText::describe(outcome));
    });
}

bool PublishWorker::adsWaiting(const QString &key) const
{
    const auto found = m_adsRetry.find(key);
    return found != m_adsRetry.end() && found->second.notBefore > m_clock.nowUtc();
}

QDateTime PublishWorker::adsFailed(const QString &key)
{
    AdsRetry &retry = m_adsRetry[key];
    ++retry.failures;
    retry.notBefore = m_config.retry.nextAttemptAt(retry.failures, m_clock.nowUtc(), std::nullopt, m_random);
    return retry.notBefore;
}

void PublishWorker::applyDeliveryWork(const AdDeliveryWork &work)
{
    AdAccountRows rows = loadAdAccount(*m_db, work.campaignId, work.connectionId);
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
    using Kind = AdDeliveryWork::Kind;
    AdDeliveryChange change;
    change.connection = context->connection;
    change.parentConnection = context->parent;
    change.active = work.kind == Kind::ResumeCampaign;
    change.campaignExternalId = work.campaignExternalId;
    change.adSetExternalIds = work.adSetExternalIds;
    change.adExternalIds = work.adExternalIds;
    const QString key = deliveryKey(work);
    const QString platform = platformDisplayName(context->connection.platform);

    QPointer<PublishWorker> self(this);
    callAds(
        context,
        [self, adapter, change](const QString &token, std::function<void(const PublishOutcome &)> done) mutable {
            change.accessToken = token;
            adapter->setDelivery(change, self, std::move(done));
        },
        [self, work, context, platform, key](const QString &error) {
            if (!self)
                return;
            const QString &campaign = context->campaign.name;
            const QString &account = context->connection.accountName;
            if (!error.isEmpty()) {
                const QString next = retryTimeText(self->adsFailed(key));
                const bool resuming = work.kind == Kind::ResumeCampaign;
                const QString message =
                    resuming ? QCoreApplication::translate("cf::PublishWorker",
                                                           "The ads of \u201C%1\u201D on %2 could not be switched on "
                                                           "again: %3 CampaignForge tries again at %4.")
                                   .arg(campaign, platform, error, next)
                             : QCoreApplication::translate("cf::PublishWorker",
                                                           "The ads of \u201C%1\u201D on %2 could not be paused and may "
                                                           "still be spending: %3 CampaignForge tries again at %4; you "
                                                           "can also pause them in %2's ads manager.")
                                   .arg(campaign, platform, error, next);
                const qint64 target = work.adTargetIds.empty() ? 0 : work.adTargetIds.front();
                self->adsAttention(work.campaignId, target, 0,
                                   resuming ? QStringLiteral("ads_resume_failed") : QStringLiteral("ads_pause_failed"),
                                   message);
                self->step();
                return;
            }
            self->adsSucceeded(key);
            const QDateTime now = self->m_clock.nowUtc();
            const int count = int(work.adTargetIds.size());
            StoreStatus stored;
            AutomationLog entry;
            switch (work.kind) {
            case Kind::PauseCampaign:
                stored = AdEntityRepository(*self->m_db)
                             .markDelivered(work.campaignId, work.connectionId, work.adTargetIds, AdDelivery::Paused, now);
                entry.event = QStringLiteral("ads_paused");
                entry.message = QCoreApplication::translate("cf::PublishWorker",
                                                            "The ads of \u201C%1\u201D are paused on %2 (%3).")
                                    .arg(campaign, platform, account);
                break;
            case Kind::ResumeCampaign:
                stored = AdEntityRepository(*self->m_db)
                             .markDelivered(work.campaignId, work.connectionId, work.adTargetIds, AdDelivery::Active, now);
                entry.event = QStringLiteral("ads_resumed");
                entry.message = QCoreApplication::translate("cf::PublishWorker",
                                                            "%n ad(s) of \u201C%1\u201D switched on again at %2 (%3).",
                                                            nullptr, count)
                                    .arg(campaign, platform, account);
                break;
            case Kind::PauseAds:
                stored = AdDeliveryRepository(*self->m_db).markAds(work.adTargetIds, AdDelivery::Paused, now);
                entry.event = QStringLiteral("cancelled_ads_paused");
                entry.message = QCoreApplication::translate("cf::PublishWorker",
                                                            "%n cancelled ad(s) of \u201C%1\u201D paused at %2 (%3).",
                                                            nullptr, count)
                                    .arg(campaign, platform, account);
                break;
            }
            if (stored.isError()) {
                self->storeFailed(stored.fullText());
                self->step();
                return;
            }
            entry.campaignId = work.campaignId;
            entry.detailsJson = QString::fromStdString(
                nlohmann::json{{"connection", work.connectionId}, {"targets", work.adTargetIds}}.dump());
            entry.at = now;
            if (auto logged = AutomationLogRepository(*self->m_db).insert(entry); !logged)
                self->storeFailed(logged.error().fullText());
            qCInfo(lcPublishing) << entry.event << "campaign" << work.campaignId << "connection" << work.connectionId;
            for (qint64 target : work.adTargetIds)
                self->report(target);
            self->step();
        });
}

} // namespace cf
