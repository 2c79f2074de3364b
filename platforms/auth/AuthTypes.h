#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <functional>

namespace cf {

// "Now" in UTC. platforms/ cannot see app/core/Clock, so services here take
// this function; the composition root passes [&clock] { return clock.nowUtc(); }
// and tests pass a FixedClock the same way.
using UtcNow = std::function<QDateTime()>;

// The secrets of one grant, as kept in the token vault (only there).
struct TokenSet
{
    QString accessToken;
    QString refreshToken;  // empty when the provider gives none
    QString tokenType;     // "bearer" mostly
    QDateTime expiresAt;   // UTC; invalid when the token does not expire
    QDateTime refreshExpiresAt;
    QStringList scopes;    // as granted, when the provider says
    QJsonObject extra;     // provider values needed later: open_id, advertiser_ids, user name

    bool isEmpty() const { return accessToken.isEmpty(); }
    // True when the access token expires within marginSecs of now.
    bool expiresWithin(const QDateTime &nowUtc, qint64 marginSecs) const
    {
        return expiresAt.isValid() && nowUtc.secsTo(expiresAt) <= marginSecs;
    }
    QByteArray toJson() const;
    // False (and *this unchanged) when text is not a token set.
    bool fromJson(const QByteArray &text);

    friend bool operator==(const TokenSet &, const TokenSet &) = default;
};

// Why a connection step failed: a code for programs and a translated
// message for people. The message never contains a token or code.
struct AuthError
{
    enum class Code {
        None,
        Cancelled,          // the user or the caller stopped the flow
        TimedOut,           // nobody finished signing in in time
        Denied,             // the user declined at the provider
        StateMismatch,      // the redirect's state was wrong or reused
        BadRedirect,        // the redirect or pasted URL carries no code
        InvalidGrant,       // the code or refresh token was refused: sign in again
        InvalidClient,      // the app credentials were refused
        Network,            // no answer, TLS or connection failure
        Protocol,           // an answer we cannot read
        KeychainUnavailable,// the OS keychain is missing or locked
        Keychain,           // another keychain failure
        NotConfigured,      // no app credentials for this platform
        Storage,            // the database refused a write
        Unsupported,        // the provider offers no such operation
    };
    Code code = Code::None;
    QString message;

    bool isError() const { return code != Code::None; }
    static AuthError make(Code code, QString message) { return AuthError{code, std::move(message)}; }
};

// A developer app registered with a platform. Kept in the keychain as a
// whole (PlatformAppCredentials); a build may carry defaults.
struct AppCredentials
{
    QString clientId;
    QString clientSecret;
    // Overrides the provider table's redirect: a registered https page for
    // embedded/paste kinds, or http://127.0.0.1:PORT/path for a fixed loopback.
    QString redirectUri;
    // The redirect kind the user chose; empty means the provider's default.
    QString redirectKind;

    bool isEmpty() const { return clientId.isEmpty(); }
    QByteArray toJson() const;
    bool fromJson(const QByteArray &text);

    friend bool operator==(const AppCredentials &, const AppCredentials &) = default;
};

} // namespace cf

Q_DECLARE_METATYPE(cf::TokenSet)
Q_DECLARE_METATYPE(cf::AuthError)
