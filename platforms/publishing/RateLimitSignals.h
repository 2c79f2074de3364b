#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QNetworkReply>

#include <optional>

namespace cf {

// Reads the platforms' "come back later" signals into one time before which
// a retry is pointless. Every function takes the current time so callers
// (and tests) decide what "now" is.
namespace ratelimit {

// Retry-After: delta seconds ("120") or an HTTP date ("Wed, 21 Oct 2026 07:28:00 GMT").
std::optional<QDateTime> fromRetryAfter(const QByteArray &value, const QDateTime &nowUtc);
// x-rate-limit-reset (X): the UNIX time the window resets.
std::optional<QDateTime> fromRateLimitReset(const QByteArray &value);
// Meta's X-Business-Use-Case-Usage ({"<id>":[{"estimated_time_to_regain_access":M,...}]})
// and x-app-usage / x-ad-account-usage ({"estimated_time_to_regain_access":M}); minutes.
std::optional<QDateTime> fromMetaUsage(const QByteArray &businessUseCaseUsage, const QByteArray &appUsage,
                                       const QDateTime &nowUtc);

// The latest time named by any of the headers above (names compared
// case-insensitively); nullopt when none is present or readable.
std::optional<QDateTime> fromHeaders(const QList<QNetworkReply::RawHeaderPair> &headers, const QDateTime &nowUtc);

// Platform error codes that mean "rate limited" where the HTTP status does not.
bool isMetaRateLimitCode(int code, int subcode);
bool isTikTokBusinessRateLimitCode(int code); // 40100 and 40016 (too many requests)
bool isSnapchatRateLimitCode(const QString &code); // "E1008"
bool isTikTokContentRateLimitCode(const QString &code); // "rate_limit_exceeded"

// When a platform says "limited" with no time: a conservative default.
constexpr int kDefaultBackoffSeconds = 60;

} // namespace ratelimit
} // namespace cf
