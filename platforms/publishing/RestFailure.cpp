#include "platforms/publishing/RestFailure.h"

#include "platforms/publishing/RateLimitSignals.h"

namespace cf {

PublishOutcome restFailure(const HttpResult &result, bool creates, const QString &platformCode, const QString &platformMessage,
                           PublishErrorKind kind, const QDateTime &nowUtc)
{
    PublishOutcome outcome;
    if (result.transportFailed() || result.status >= 500) {
        outcome = transportOutcome(result, creates);
    } else {
        outcome.httpStatus = result.status;
        if (kind == PublishErrorKind::None) {
            switch (result.status) {
            case 401: kind = PublishErrorKind::TokenExpiredOrInvalid; break;
            case 403: kind = PublishErrorKind::PermissionMissing; break;
            case 413: kind = PublishErrorKind::MediaRejected; break;
            case 429: kind = PublishErrorKind::RateLimited; break;
            default: kind = PublishErrorKind::Unknown; break;
            }
        }
        if (result.status == 429)
            kind = PublishErrorKind::RateLimited;
        outcome.error = kind;
        if (kind == PublishErrorKind::RateLimited) {
            outcome.status = PublishStatus::FailedRetryable;
            outcome.retryNotBeforeUtc = ratelimit::fromHeaders(result.headers, nowUtc);
            if (!outcome.retryNotBeforeUtc)
                outcome.retryNotBeforeUtc = nowUtc.addSecs(ratelimit::kDefaultBackoffSeconds);
        } else if (kind == PublishErrorKind::TokenExpiredOrInvalid) {
            outcome.status = PublishStatus::FailedRetryable;
            outcome.unauthorized = true;
        } else {
            outcome.status = PublishStatus::FailedPermanent;
        }
    }
    outcome.platformCode = platformCode;
    outcome.platformMessage = platformMessage;
    return outcome;
}

} // namespace cf
