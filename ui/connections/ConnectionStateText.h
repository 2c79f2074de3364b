#pragma once

#include "models/domain/Connection.h"

#include <QDateTime>
#include <QString>

namespace cf {

// How a connected account's state reads on the Connections screen.
enum class ConnectionDisplayState { Connected, ExpiresSoon, Expired, NeedsRelogin, Problem, KeychainUnavailable };

// Grants expiring within this many days are shown as "expires in N days".
inline constexpr int kExpiryWarningDays = 14;

ConnectionDisplayState displayStateOf(const Connection &connection, const QDateTime &nowUtc, bool keychainUnavailable);
// One translated line: "Connected as Noura", "Expires in 3 days", "Needs re-login: …".
QString connectionStateText(const Connection &connection, const QDateTime &nowUtc, bool keychainUnavailable);
// Whole days until expiresAt, rounded up (0 when it is already past).
int daysUntil(const QDateTime &expiresAt, const QDateTime &nowUtc);
// "Page", "Instagram account", "Ad account", "Advertiser" (translated).
QString connectionKindName(ConnectionKind kind);
// How to make the keychain available on this operating system (translated).
QString keychainFixAdvice();

} // namespace cf
