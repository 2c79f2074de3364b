#pragma once

#include "platforms/publishing/PublishHttp.h"
#include "platforms/publishing/PublishTypes.h"

#include <QDateTime>

namespace cf {

// The failure mapping shared by adapters whose platforms speak plain HTTP
// statuses (TikTok content, YouTube, WordPress, Mailchimp, Kit): each
// adapter reads its own error body into a code, a message and, where the
// body says more than the status, the error kind; this applies the rules
// the worker relies on.
//  - no answer, or 5xx: transportOutcome (Unknown on a create, retryable on a read);
//  - 429: FailedRetryable + RateLimited, with Retry-After or reset headers
//    (60 s when the platform names no time);
//  - kind TokenExpiredOrInvalid (by default on 401): FailedRetryable and
//    unauthorized, so the worker refreshes once and re-sends;
//  - anything else: FailedPermanent with the given kind (by default
//    403 → PermissionMissing, 413 → MediaRejected, otherwise Unknown).
// kind RateLimited on a non-429 status (TikTok, Google quota codes) is
// treated like a 429.
PublishOutcome restFailure(const HttpResult &result, bool creates, const QString &platformCode, const QString &platformMessage,
                           PublishErrorKind kind, const QDateTime &nowUtc);

} // namespace cf
