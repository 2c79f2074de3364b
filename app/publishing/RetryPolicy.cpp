#include "app/publishing/RetryPolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace cf {

QDateTime RetryPolicy::nextAttemptAt(int attemptsSoFar, const QDateTime &nowUtc,
                                     const std::optional<QDateTime> &notBeforeUtc, QRandomGenerator &random) const
{
    const int exponent = std::clamp(attemptsSoFar - 1, 0, 30);
    const double raw = std::min(double(maxDelaySecs), double(baseDelaySecs) * std::pow(2.0, exponent));
    const double jitter = (random.generateDouble() * 2.0 - 1.0) * jitterFraction;
    const qint64 delayMs = qint64(std::max(1.0, raw * (1.0 + jitter)) * 1000.0);
    QDateTime next = nowUtc.addMSecs(delayMs);
    if (notBeforeUtc && notBeforeUtc->isValid() && *notBeforeUtc > next)
        next = *notBeforeUtc;
    return next;
}

} // namespace cf
