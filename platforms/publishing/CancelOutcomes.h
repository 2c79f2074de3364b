#pragma once

#include "platforms/publishing/CancelsScheduledPosts.h"

namespace cf::cancel {

// The answers a CancelsScheduledPosts adapter gives, built one way for every
// platform so the worker's banner reads alike.

// The platform no longer holds the post (deleted now, or already gone: a 404
// on a post we scheduled means someone deleted it there, which is what the
// owner asked for).
CancelsScheduledPosts::CancelOutcome cancelled();

// The post went out already; nothing was deleted. `platform` is the
// platform's display name.
CancelsScheduledPosts::CancelOutcome alreadyLive(const QString &platform);

// A failed call, mapped by the adapter onto the error taxonomy (restFailure):
// retryable when the outcome is (no answer, 5xx, 429, an expired token);
// the message says what was being done and the kind's translated words.
CancelsScheduledPosts::CancelOutcome failed(const PublishOutcome &failure, const QString &what);

} // namespace cf::cancel
