#pragma once

#include "models/store/StoreError.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace cf {
class Database;

// One limiter's persisted state (rate_limits, schema v4).
struct RateLimitState
{
    QString key;               // "<platform>:account:<account id>" or "<platform>:app"
    QDateTime nextAllowedAt;   // UTC; invalid = no hold
    QDateTime windowStartedAt; // UTC start of the counting window
    int windowCount = 0;       // sends inside the window
};

// rate_limits rows, so a platform's "wait until" and the per-window counts
// survive a restart of the app or of campaignforge-cli publish-due.
class RateLimitRepository
{
public:
    explicit RateLimitRepository(const Database &database) : m_db(database) {}

    // nullopt when the key has no row yet.
    StoreResult<std::optional<RateLimitState>> find(const QString &key) const;
    StoreStatus save(const RateLimitState &state, const QDateTime &nowUtc) const;

private:
    const Database &m_db;
};

} // namespace cf
