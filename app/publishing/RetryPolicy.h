#pragma once

#include <QDateTime>

#include <optional>

class QRandomGenerator;

namespace cf {

// When a retryable failure may be tried again: exponential backoff
// (base * 2^(attempts-1), capped) with +-jitter so many targets throttled
// together do not return together, and never before the platform's own
// Retry-After / reset time.
struct RetryPolicy
{
    int maxAttempts = 5;       // sends per target before it fails for good
    int baseDelaySecs = 60;
    int maxDelaySecs = 3600;
    double jitterFraction = 0.2;

    // attemptsSoFar counts the send that just failed (1 after the first).
    QDateTime nextAttemptAt(int attemptsSoFar, const QDateTime &nowUtc, const std::optional<QDateTime> &notBeforeUtc,
                            QRandomGenerator &random) const;
    bool exhausted(int attemptsSoFar) const { return attemptsSoFar >= maxAttempts; }
};

} // namespace cf
