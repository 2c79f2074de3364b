#include "platforms/publishing/CancelOutcomes.h"

#include "platforms/publishing/PublishErrorText.h"

#include <QCoreApplication>

namespace cf::cancel {

CancelsScheduledPosts::CancelOutcome cancelled()
{
    CancelsScheduledPosts::CancelOutcome outcome;
    outcome.cancelled = true;
    return outcome;
}

CancelsScheduledPosts::CancelOutcome alreadyLive(const QString &platform)
{
    CancelsScheduledPosts::CancelOutcome outcome;
    outcome.message = QCoreApplication::translate("cf::CancelsScheduledPosts",
                                                  "It is already out on %1; delete it there if it should go.")
                          .arg(platform);
    return outcome;
}

CancelsScheduledPosts::CancelOutcome failed(const PublishOutcome &failure, const QString &what)
{
    CancelsScheduledPosts::CancelOutcome outcome;
    outcome.retryable = failure.status == PublishStatus::FailedRetryable || failure.status == PublishStatus::Unknown;
    outcome.message = QCoreApplication::translate("cf::CancelsScheduledPosts", "%1 %2").arg(what, PublishErrorText::describe(failure));
    return outcome;
}

} // namespace cf::cancel
