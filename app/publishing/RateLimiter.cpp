#include "app/publishing/RateLimiter.h"

#include "models/store/RateLimitRepository.h"

namespace cf {

QString RateLimiter::accountKey(Platform platform, const QString &accountId)
{
    return platformId(platform) + QStringLiteral(":account:") + accountId;
}

QString RateLimiter::appKey(Platform platform)
{
    return platformId(platform) + QStringLiteral(":app");
}

RateLimiter::Quota RateLimiter::quotaFor(Platform platform)
{
    // Documented publishing quotas (../shared/platforms/organic.md).
    switch (platform) {
    case Platform::Instagram:
        return {86400, 50};
    case Platform::X:
        return {900, 100};
    case Platform::TikTok:
        return {60, 6};
    default:
        return {};
    }
}

StoreResult<QDateTime> RateLimiter::notBefore(Platform platform, const QString &accountId, const QDateTime &nowUtc) const
{
    QDateTime earliest = nowUtc;
    for (const QString &key : {accountKey(platform, accountId), appKey(platform)}) {
        auto state = m_store.find(key);
        if (!state)
            return state.error();
        if (!state->has_value())
            continue;
        const RateLimitState &s = **state;
        if (s.nextAllowedAt.isValid() && s.nextAllowedAt > earliest)
            earliest = s.nextAllowedAt;
        const Quota quota = quotaFor(platform);
        if (quota.maxPerWindow > 0 && key != appKey(platform) && s.windowStartedAt.isValid()) {
            const QDateTime windowEnd = s.windowStartedAt.addSecs(quota.windowSecs);
            if (windowEnd > nowUtc && s.windowCount >= quota.maxPerWindow && windowEnd > earliest)
                earliest = windowEnd;
        }
    }
    return earliest;
}

StoreStatus RateLimiter::noteSent(Platform platform, const QString &accountId, const QDateTime &nowUtc) const
{
    const Quota quota = quotaFor(platform);
    if (quota.maxPerWindow <= 0)
        return {};
    const QString key = accountKey(platform, accountId);
    auto found = m_store.find(key);
    if (!found)
        return found.error();
    RateLimitState state = found->value_or(RateLimitState{key, {}, {}, 0});
    if (!state.windowStartedAt.isValid() || state.windowStartedAt.addSecs(quota.windowSecs) <= nowUtc) {
        state.windowStartedAt = nowUtc;
        state.windowCount = 0;
    }
    ++state.windowCount;
    return m_store.save(state, nowUtc);
}

StoreStatus RateLimiter::holdUntil(const QString &key, const QDateTime &untilUtc, const QDateTime &nowUtc) const
{
    auto found = m_store.find(key);
    if (!found)
        return found.error();
    RateLimitState state = found->value_or(RateLimitState{key, {}, {}, 0});
    if (!state.nextAllowedAt.isValid() || untilUtc > state.nextAllowedAt)
        state.nextAllowedAt = untilUtc;
    return m_store.save(state, nowUtc);
}

} // namespace cf
