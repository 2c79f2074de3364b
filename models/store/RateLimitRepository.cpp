#include "models/store/RateLimitRepository.h"

#include "models/store/Database.h"
#include "models/store/RowSupport.h"

namespace cf {

StoreResult<std::optional<RateLimitState>> RateLimitRepository::find(const QString &key) const
{
    if (StoreStatus r = m_db.checkReadable(); r.isError())
        return r;
    QSqlQuery q(m_db.handle());
    if (StoreStatus s = sql::exec(q,
                                  QStringLiteral("SELECT next_allowed_at, window_started_at, window_count FROM rate_limits "
                                                 "WHERE key = ?"),
                                  {key});
        s.isError())
        return s;
    if (!q.next())
        return std::optional<RateLimitState>();
    try {
        RateLimitState state;
        state.key = key;
        state.nextAllowedAt = sql::instantColumn(q.value(0), "rate_limits.next_allowed_at");
        state.windowStartedAt = sql::instantColumn(q.value(1), "rate_limits.window_started_at");
        state.windowCount = q.value(2).toInt();
        return std::optional<RateLimitState>(state);
    } catch (const std::exception &e) {
        return sql::invalidData(QStringLiteral("rate_limits"), QString::fromUtf8(e.what()));
    }
}

StoreStatus RateLimitRepository::save(const RateLimitState &state, const QDateTime &nowUtc) const
{
    if (StoreStatus w = m_db.checkWritable(); w.isError())
        return w;
    QSqlQuery q(m_db.handle());
    return sql::exec(q,
                     QStringLiteral("INSERT INTO rate_limits (key, next_allowed_at, window_started_at, window_count, "
                                    "updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
                                    "next_allowed_at = excluded.next_allowed_at, window_started_at = "
                                    "excluded.window_started_at, window_count = excluded.window_count, updated_at = "
                                    "excluded.updated_at"),
                     {state.key, sql::instantValue(state.nextAllowedAt), sql::instantValue(state.windowStartedAt),
                      state.windowCount, sql::instantValue(nowUtc)});
}

} // namespace cf
