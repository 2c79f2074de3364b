#include "ui/connections/ConnectionStateText.h"

#include <QCoreApplication>
#include <QLocale>

namespace cf {

int daysUntil(const QDateTime &expiresAt, const QDateTime &nowUtc)
{
    const qint64 secs = nowUtc.secsTo(expiresAt);
    if (secs <= 0)
        return 0;
    constexpr qint64 kDay = 24 * 3600;
    return int((secs + kDay - 1) / kDay);
}

ConnectionDisplayState displayStateOf(const Connection &connection, const QDateTime &nowUtc, bool keychainUnavailable)
{
    if (keychainUnavailable)
        return ConnectionDisplayState::KeychainUnavailable;
    switch (connection.status) {
    case ConnectionStatus::NeedsRelogin:
    case ConnectionStatus::Revoked: return ConnectionDisplayState::NeedsRelogin;
    case ConnectionStatus::Error: return ConnectionDisplayState::Problem;
    case ConnectionStatus::Expired: return ConnectionDisplayState::Expired;
    case ConnectionStatus::Connected: break;
    }
    if (connection.expiresAt.isValid()) {
        if (connection.expiresAt <= nowUtc)
            return ConnectionDisplayState::Expired;
        if (daysUntil(connection.expiresAt, nowUtc) <= kExpiryWarningDays)
            return ConnectionDisplayState::ExpiresSoon;
    }
    return ConnectionDisplayState::Connected;
}

QString connectionStateText(const Connection &connection, const QDateTime &nowUtc, bool keychainUnavailable)
{
    const QString name = connection.accountName.isEmpty() ? connection.accountId : connection.accountName;
    switch (displayStateOf(connection, nowUtc, keychainUnavailable)) {
    case ConnectionDisplayState::KeychainUnavailable:
        return QCoreApplication::translate("cf::ConnectionStateText",
                                           "Connected as %1, but the keychain holding its sign-in is unavailable")
            .arg(name);
    case ConnectionDisplayState::NeedsRelogin: {
        const QString base = QCoreApplication::translate("cf::ConnectionStateText", "%1 needs you to sign in again").arg(name);
        return connection.statusDetail.isEmpty()
                   ? base
                   : QCoreApplication::translate("cf::ConnectionStateText", "%1: %2").arg(base, connection.statusDetail);
    }
    case ConnectionDisplayState::Problem:
        return QCoreApplication::translate("cf::ConnectionStateText", "Problem with %1: %2")
            .arg(name, connection.statusDetail.isEmpty()
                           ? QCoreApplication::translate("cf::ConnectionStateText", "reconnect the account")
                           : connection.statusDetail);
    case ConnectionDisplayState::Expired:
        return QCoreApplication::translate("cf::ConnectionStateText", "The sign-in of %1 has expired: reconnect it").arg(name);
    case ConnectionDisplayState::ExpiresSoon: {
        const int days = daysUntil(connection.expiresAt, nowUtc);
        if (days <= 1)
            return QCoreApplication::translate("cf::ConnectionStateText", "Connected as %1, expires within a day")
                .arg(name);
        return QCoreApplication::translate("cf::ConnectionStateText", "Connected as %1, expires in %2 days")
            .arg(name, QLocale().toString(days));
    }
    case ConnectionDisplayState::Connected: break;
    }
    return QCoreApplication::translate("cf::ConnectionStateText", "Connected as %1").arg(name);
}

QString connectionKindName(ConnectionKind kind)
{
    switch (kind) {
    case ConnectionKind::Account: return QCoreApplication::translate("cf::ConnectionStateText", "Account");
    case ConnectionKind::Page: return QCoreApplication::translate("cf::ConnectionStateText", "Page");
    case ConnectionKind::InstagramAccount:
        return QCoreApplication::translate("cf::ConnectionStateText", "Instagram account");
    case ConnectionKind::AdAccount: return QCoreApplication::translate("cf::ConnectionStateText", "Ad account");
    case ConnectionKind::Advertiser: return QCoreApplication::translate("cf::ConnectionStateText", "Advertiser");
    }
    return {};
}

QString keychainFixAdvice()
{
#if defined(Q_OS_MACOS)
    return QCoreApplication::translate("cf::ConnectionStateText",
                                       "Open Keychain Access and unlock the login keychain, then press Try again.");
#elif defined(Q_OS_WIN)
    return QCoreApplication::translate("cf::ConnectionStateText",
                                       "Sign in to Windows with your own account (Credential Manager needs it), then "
                                       "press Try again.");
#else
    return QCoreApplication::translate("cf::ConnectionStateText",
                                       "Start GNOME Keyring or KWallet and unlock the login keyring (for example by "
                                       "logging in to the desktop again), then press Try again.");
#endif
}

} // namespace cf
