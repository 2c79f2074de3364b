// PublishWorker, third part: taking back a post the platform holds in its
// own scheduler (cancel, or reschedule = cancel + a fresh create at the new
// time). The platform's delete comes first; the target moves only once the
// platform no longer holds the post, so the app never shows "cancelled"
// for a post that will still go out.
#include "app/publishing/PublishWorker.h"

#include "app/core/Clock.h"
#include "app/publishing/PublishContext.h"
#include "app/publishing/PublishingLog.h"
#include "models/store/Database.h"
#include "models/store/PublishTargetRepository.h"
#include "platforms/publishing/CancelsScheduledPosts.h"
#include "platforms/publishing/PlatformPublisher.h"

#include <QCoreApplication>
#include <QPointer>

namespace cf {

void PublishWorker::withdrawScheduled(qint64 targetId, bool requeue)
{
    const auto fail = [this, targetId](const QString &message) { Q_EMIT withdrawFinished(targetId, false, message); };
    QString error;
    if (!open(&error))
        return fail(error);
    std::optional<PublishContext> loaded = loadPublishContext(*m_db, targetId, m_config.assetsDir, &error);
    if (!loaded)
        return fail(error);
    auto context = std::make_shared<PublishContext>(std::move(*loaded));
    const QString platform = platformDisplayName(context->connection.platform);
    const PublishTarget &t = context->target;
    if (t.state != TargetState::Published || !t.nativeSchedule || t.externalId.isEmpty())
        return fail(QCoreApplication::translate("cf::PublishWorker", "This item is not waiting in %1's scheduler.").arg(platform));
    PlatformPublisher *adapter = m_backend ? m_backend->publisherFor(context->connection.platform) : nullptr;
    auto *canceller = dynamic_cast<CancelsScheduledPosts *>(adapter);
    if (!canceller)
        return fail(QCoreApplication::translate("cf::PublishWorker",
                                                "%1 does not let apps delete a scheduled post. Delete it on %1 "
                                                "yourself.")
                        .arg(platform));

    QPointer<PublishWorker> self(this);
    m_backend->accessToken(context->tokenConnection(), [self, context, canceller, requeue](const TokenAnswer &answer) {
        if (!self)
            return;
        const qint64 id = context->target.id;
        if (!answer.error.isEmpty()) {
            Q_EMIT self->withdrawFinished(id, false, answer.error);
            return;
        }
        PublishRequest request = buildPublishRequest(*context);
        request.accessToken = answer.accessToken;
        canceller->cancelScheduled(
            request, context->target.externalId, self,
            [self, context, requeue, id](const CancelsScheduledPosts::CancelOutcome &outcome) {
                if (!self)
                    return;
                if (!outcome.cancelled) {
                    Q_EMIT self->withdrawFinished(id, false, outcome.message);
                    return;
                }
                const QDateTime now = self->m_clock.nowUtc();
                const StoreResult<bool> moved = PublishTargetRepository(*self->m_db).withdrawNative(id, requeue, now);
                if (!moved || !*moved) {
                    const QString why = !moved ? moved.error().fullText()
                                               : QCoreApplication::translate("cf::PublishWorker",
                                                                             "The post was deleted on the platform, but "
                                                                             "the item changed here meanwhile.");
                    Q_EMIT self->withdrawFinished(id, false, why);
                    return;
                }
                const QString platformName = platformDisplayName(context->connection.platform);
                self->log(*context, requeue ? QStringLiteral("native_rescheduled") : QStringLiteral("native_cancelled"),
                          requeue ? QCoreApplication::translate("cf::PublishWorker",
                                                                "Taken back from %1's scheduler to be scheduled again (%2).")
                                        .arg(platformName, context->connection.accountName)
                                  : QCoreApplication::translate("cf::PublishWorker",
                                                                "Deleted from %1's scheduler (%2).")
                                        .arg(platformName, context->connection.accountName),
                          false);
                self->report(id);
                qCInfo(lcPublishing) << "target" << id << (requeue ? "taken back for rescheduling" : "cancelled on the platform");
                Q_EMIT self->withdrawFinished(id, true, QString());
                if (requeue)
                    self->wake();
            });
    });
}

} // namespace cf
