// PublishWorker, second half: what happens once an adapter has answered
// (applying an outcome, the 401 refresh-and-resend-once rule) and the
// read-only reconcile of unknown targets. Split from PublishWorker.cpp to
// keep each file to one concern.
#include "app/publishing/PublishWorker.h"

#include "app/core/Clock.h"
#include "app/publishing/PublishContext.h"
#include "app/publishing/PublishingLog.h"
#include "app/publishing/RateLimiter.h"
#include "models/store/Database.h"
#include "models/store/PublishTargetRepository.h"
#include "platforms/publishing/PlatformPublisher.h"
#include "platforms/publishing/PublishErrorText.h"

#include <QCoreApplication>
#include <QPointer>

namespace cf {

namespace {

TargetError errorFrom(const PublishOutcome &outcome)
{
    const PublishErrorText text = PublishErrorText::forKind(outcome.error);
    TargetError e;
    e.kind = PublishErrorText::kindId(outcome.error);
    e.message = PublishErrorText::describe(outcome);
    e.action = text.action;
    e.code = outcome.platformCode;
    e.httpStatus = outcome.httpStatus;
    return e;
}

} // namespace

void PublishWorker::applyOutcome(const std::shared_ptr<PublishContext> &context, qint64 attemptId, const QString &token,
                                 bool afterRefresh, const PublishOutcome &outcome)
{
    const QDateTime now = m_clock.nowUtc();
    const PublishTargetRepository targets(*m_db);
    const Connection &account = context->connection;
    const QString platform = platformDisplayName(account.platform);
    StoreResult<bool> moved = false;

    switch (outcome.status) {
    case PublishStatus::Published:
    case PublishStatus::ScheduledNatively:
        moved = targets.finishPublished(context->target.id, attemptId, outcome.externalId, outcome.permalink,
                                        outcome.httpStatus, now);
        if (moved.ok() && *moved) {
            ++m_summary.published;
            if (StoreStatus s = m_limiter->noteSent(account.platform, account.accountId, now); s.isError())
                storeFailed(s.fullText());
            log(*context, outcome.status == PublishStatus::Published ? QStringLiteral("published")
                                                                     : QStringLiteral("scheduled_natively"),
                outcome.status == PublishStatus::Published
                    ? QCoreApplication::translate("cf::PublishWorker", "Published on %1 (%2).").arg(platform, account.accountName)
                    : QCoreApplication::translate("cf::PublishWorker", "Handed to %1's scheduler (%2).")
                          .arg(platform, account.accountName),
                false);
        }
        break;
    case PublishStatus::FailedRetryable: {
        const TargetError error = errorFrom(outcome);
        if (outcome.unauthorized && !afterRefresh) {
            // A 401 proves nothing was applied: renew the token once and send once more.
            moved = targets.finishFailed(context->target.id, attemptId, TargetState::Claimed, error, {}, now);
            if (moved.ok() && *moved) {
                QPointer<PublishWorker> self(this);
                m_backend->refreshAfterUnauthorized(context->tokenConnection(), token, [self, context](const TokenAnswer &a) {
                    if (!self)
                        return;
                    if (!a.error.isEmpty()) {
                        self->block(*context, TargetError{PublishErrorText::kindId(PublishErrorKind::TokenExpiredOrInvalid),
                                                          a.error,
                                                          QCoreApplication::translate("cf::PublishWorker",
                                                                                      "Sign in to the account again under "
                                                                                      "Connections, then retry."),
                                                          {}, std::nullopt});
                        return;
                    }
                    self->send(context, a.accessToken, true);
                });
                return; // the refresh continues this target
            }
            break;
        }
        if (outcome.unauthorized) {
            moved = targets.finishFailed(context->target.id, attemptId, TargetState::FailedPermanent, error, {}, now);
            if (moved.ok() && *moved)
                ++m_summary.failed;
            break;
        }
        if (outcome.error == PublishErrorKind::RateLimited) {
            const QDateTime until = outcome.retryNotBeforeUtc.value_or(now.addSecs(m_config.defaultRateLimitHoldSecs));
            if (StoreStatus s = m_limiter->holdUntil(RateLimiter::accountKey(account.platform, account.accountId), until, now);
                s.isError())
                storeFailed(s.fullText());
        }
        const int attempts = context->target.attempts + 1;
        if (m_config.retry.exhausted(attempts)) {
            TargetError gaveUp = error;
            gaveUp.message = QCoreApplication::translate("cf::PublishWorker", "Gave up after %n attempts: %1", nullptr, attempts)
                                 .arg(error.message);
            moved = targets.finishFailed(context->target.id, attemptId, TargetState::FailedPermanent, gaveUp, {}, now);
            if (moved.ok() && *moved)
                ++m_summary.failed;
        } else {
            const QDateTime next = m_config.retry.nextAttemptAt(attempts, now, outcome.retryNotBeforeUtc, m_random);
            moved = targets.finishFailed(context->target.id, attemptId, TargetState::FailedRetryable, error, next, now);
            if (moved.ok() && *moved)
                ++m_summary.retrying;
        }
        break;
    }
    case PublishStatus::FailedPermanent:
        moved = targets.finishFailed(context->target.id, attemptId, TargetState::FailedPermanent, errorFrom(outcome), {}, now);
        if (moved.ok() && *moved) {
            ++m_summary.failed;
            log(*context, QStringLiteral("publish_failed"), errorFrom(outcome).message, true);
        }
        break;
    case PublishStatus::Unknown: {
        TargetError error = errorFrom(outcome);
        error.kind = PublishErrorText::kindId(PublishErrorKind::Unknown);
        moved = targets.finishUnknown(context->target.id, attemptId, error, now.addSecs(m_config.reconcileSettleSecs), now);
        if (moved.ok() && *moved) {
            ++m_summary.unknown;
            log(*context, QStringLiteral("publish_unknown"), error.message, true);
        }
        break;
    }
    }
    if (!moved)
        storeFailed(moved.error().fullText());
    report(context->target.id);
    step();
}

void PublishWorker::reconcileTarget(qint64 targetId)
{
    QString error;
    std::optional<PublishContext> loaded = loadPublishContext(*m_db, targetId, m_config.assetsDir, &error);
    const QDateTime now = m_clock.nowUtc();
    if (!loaded) {
        storeFailed(error);
        step();
        return;
    }
    auto context = std::make_shared<PublishContext>(std::move(*loaded));
    const QString platform = platformDisplayName(context->connection.platform);
    auto stillUnknown = [this, context, platform](const QString &detail) {
        TargetError e;
        e.kind = PublishErrorText::kindId(PublishErrorKind::Unknown);
        e.message = detail.isEmpty()
                        ? QCoreApplication::translate("cf::PublishWorker",
                                                      "CampaignForge could not confirm whether this reached %1.")
                              .arg(platform)
                        : detail;
        e.action = QCoreApplication::translate("cf::PublishWorker",
                                               "Please check on %1, then mark it published or not published.")
                       .arg(platform);
        const QDateTime at = m_clock.nowUtc();
        auto moved = PublishTargetRepository(*m_db).noteStillUnknown(context->target.id, e,
                                                                    at.addSecs(m_config.reconcileIntervalSecs), at);
        if (!moved)
            storeFailed(moved.error().fullText());
        ++m_summary.stillUnknown;
        report(context->target.id);
        step();
    };
    PlatformPublisher *adapter = adapterFor(*context);
    if (!adapter || ConnectionStatus::Connected != context->tokenConnection().status) {
        stillUnknown({});
        return;
    }
    QPointer<PublishWorker> self(this);
    m_backend->accessToken(context->tokenConnection(), [self, context, stillUnknown, adapter](const TokenAnswer &answer) {
        if (!self)
            return;
        if (!answer.error.isEmpty()) {
            stillUnknown({});
            return;
        }
        PublishRequest request = buildPublishRequest(*context);
        request.accessToken = answer.accessToken;
        request.attemptId = context->target.attemptId.value_or(0);
        // Look where the send went: the platform's scheduler when the item
        // was handed over natively (same rule as in send()).
        const PublishTarget &t = context->target;
        const QDateTime when = context->item.scheduledUtc;
        if (!t.released && t.nativeSchedule && adapter->schedulesNatively() && when.isValid() && t.sendingAt.isValid()
            && when >= t.sendingAt.addSecs(self->m_config.nativeMinNoticeSecs))
            request.publishAtUtc = when;
        auto answered = std::make_shared<bool>(false);
        adapter->reconcile(request, self, [self, context, stillUnknown, answered](const ReconcileOutcome &outcome) {
            if (!self || *answered)
                return;
            *answered = true;
            const QDateTime at = self->m_clock.nowUtc();
            const PublishTargetRepository targets(*self->m_db);
            switch (outcome.status) {
            case ReconcileStatus::Published: {
                auto moved = targets.resolvePublished(context->target.id, outcome.externalId, outcome.permalink, at);
                if (!moved)
                    self->storeFailed(moved.error().fullText());
                ++self->m_summary.reconciled;
                self->log(*context, QStringLiteral("reconciled_published"),
                          QCoreApplication::translate("cf::PublishWorker", "Found on %1 after an unclear answer: published.")
                              .arg(platformDisplayName(context->connection.platform)),
                          false);
                break;
            }
            case ReconcileStatus::NotPublished: {
                // Proof that nothing was applied: it may be sent again.
                auto moved = targets.resolveNotPublished(context->target.id, at);
                if (!moved)
                    self->storeFailed(moved.error().fullText());
                ++self->m_summary.reconciled;
                self->log(*context, QStringLiteral("reconciled_not_published"),
                          QCoreApplication::translate("cf::PublishWorker",
                                                      "Not found on %1 after an unclear answer: it will be sent again.")
                              .arg(platformDisplayName(context->connection.platform)),
                          false);
                break;
            }
            case ReconcileStatus::StillUnknown:
                stillUnknown(outcome.detail);
                return;
            }
            self->report(context->target.id);
            self->step();
        });
    });
}

} // namespace cf
