#pragma once

#include "models/domain/Platform.h"
#include "models/store/StoreError.h"

#include <QDateTime>
#include <QString>

namespace cf {
class RateLimitRepository;

// Per-account and per-app send limits that survive restarts (rate_limits).
// Two things hold a send back: a "not before" time the platform gave (429
// Retry-After, reset headers, Meta's estimated_time_to_regain_access), and a
// count of sends inside a window for platforms with a documented quota
// (Instagram 50 published posts per account per 24 h; X 100 posts per user
// per 15 min; TikTok Direct Post 6 inits per user per minute).
class RateLimiter
{
public:
    explicit RateLimiter(const RateLimitRepository &store) : m_store(store) {}

    static QString accountKey(Platform platform, const QString &accountId);
    static QString appKey(Platform platform);

    // The earliest time a send for this account may go (<= now: it may go now).
    StoreResult<QDateTime> notBefore(Platform platform, const QString &accountId, const QDateTime &nowUtc) const;
    // Counts a send that reached the platform.
    StoreStatus noteSent(Platform platform, const QString &accountId, const QDateTime &nowUtc) const;
    // The platform said "not before untilUtc" for this key.
    StoreStatus holdUntil(const QString &key, const QDateTime &untilUtc, const QDateTime &nowUtc) const;

    struct Quota
    {
        int windowSecs = 0;
        int maxPerWindow = 0; // 0 = no documented quota
    };
    static Quota quotaFor(Platform platform);

private:
    const RateLimitRepository &m_store;
};

} // namespace cf
