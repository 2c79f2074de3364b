#pragma once

#include "platforms/sandbox/SandboxClock.h"
#include "platforms/sandbox/SandboxHttp.h"
#include "platforms/sandbox/SandboxSeed.h"

#include <QHash>
#include <QStringList>

#include <variant>

namespace cf::sandbox {

enum class PkceMethod { Plain, S256, S256Hex };
enum class PkceRule { NotSupported, Optional, Required };

// How one platform's authorize endpoint reads its parameters.
struct AuthorizeProfile
{
    QString realm;
    QString title;                               // shown on the consent page
    QString clientIdParam = QStringLiteral("client_id");
    QChar scopeSeparator = QLatin1Char(' ');
    QStringList knownScopes;                     // empty = any scope accepted
    bool scopeRequired = true;
    PkceRule pkce = PkceRule::NotSupported;
    QList<QPair<QString, PkceMethod>> pkceMethods; // accepted code_challenge_method values
    QStringList responseTypes{QStringLiteral("code")}; // empty = the platform takes no response_type
    QStringList codeParams{QStringLiteral("code")};    // redirect parameters that carry the code
    qint64 codeTtlSecs = 600;
    qint64 implicitTokenTtlSecs = 0;             // response_type=token (Meta desktop)
    QString userId;                              // who is signed in on the consent page
};

// Lifetimes and refresh behaviour of one platform's tokens.
struct TokenPolicy
{
    enum class Refresh { None, Rotate, Keep };
    enum class Secret { Required, UnlessPublicWithPkce };
    qint64 accessTtlSecs = 3600;   // 0 = never expires
    Refresh refresh = Refresh::Rotate;
    qint64 refreshTtlSecs = 0;     // 0 = never expires
    QString refreshOnlyWithScope;  // X: offline.access
    Secret secret = Secret::Required;
    QString accessPrefix;
    QString refreshPrefix;
};

enum class OAuthErrorKind { InvalidRequest, InvalidClient, InvalidGrant, UnauthorizedClient, UnsupportedGrantType, InvalidScope };
QString oauthErrorCode(OAuthErrorKind kind);

// Why a request failed, for platforms whose error bodies tell the cases apart.
enum class OAuthReason { Other, ClientUnknown, SecretWrong, SecretMissing, CodeUnknown, CodeUsed, CodeExpired, ClientMismatch,
                         RedirectMismatch, VerifierMissing, VerifierMalformed, VerifierMismatch, RefreshInvalid, RefreshExpired };

struct OAuthFailure
{
    OAuthErrorKind kind = OAuthErrorKind::InvalidRequest;
    QString description;
    OAuthReason reason = OAuthReason::Other;
};

struct IssuedTokens
{
    QString accessToken;
    qint64 expiresIn = 0;          // 0 = never
    QString refreshToken;          // empty when none
    qint64 refreshExpiresIn = 0;
    QStringList scopes;
    QString userId;
    QString clientId;
};
using TokenResult = std::variant<IssuedTokens, OAuthFailure>;

// What an access token stands for.
struct AccessGrant
{
    QString realm;
    QString clientId;
    QString userId;
    QString subject;     // Page id for a Page token; empty for a user token
    QString kind;        // "user", "long_lived", "page"
    QStringList scopes;
    qint64 expiresAt = 0; // 0 = never
    bool revoked = false;
    QString code;         // authorization code it came from, if any
};

enum class TokenState { Valid, Missing, Unknown, Expired, Revoked };
struct TokenCheck
{
    TokenState state = TokenState::Missing;
    AccessGrant grant;
    bool ok() const { return state == TokenState::Valid; }
    bool hasScope(const QString &scope) const { return grant.scopes.contains(scope); }
};

struct ClientCredentials
{
    QString clientId;
    QString clientSecret;
    bool secretGiven = false;
};

// The shared authorization server behind every emulated platform: consent
// pages, single-use expiring codes bound to client, redirect URI and PKCE
// challenge, access and refresh tokens with expiry, rotation and revocation.
// Each platform emulator reads its own wire format and calls into this.
class OAuthEmulator
{
public:
    OAuthEmulator(const SandboxClock &clock, const SandboxSeed &seed);

    // Hosts served by the sandbox: a redirect to one of them is sent to the
    // sandbox's copy instead of the real site.
    void setEmulatedHosts(const QStringList &hosts) { m_emulatedHosts = hosts; }

    // GET shows the consent page (or an error); POST carries the decision.
    SandboxReply authorize(const AuthorizeProfile &profile, const SandboxRequest &request);

    TokenResult exchangeCode(const QString &realm, const ClientCredentials &client, const QString &code,
                             const std::optional<QString> &redirectUri, const std::optional<QString> &verifier, const TokenPolicy &policy);
    TokenResult refresh(const QString &realm, const ClientCredentials &client, const QString &refreshToken,
                        const TokenPolicy &policy);
    // Checks the client id and secret against the registry.
    std::optional<OAuthFailure> authenticateClient(const QString &realm, const ClientCredentials &client, bool secretRequired) const;
    // Revokes an access or refresh token (and its pair); false when unknown.
    bool revoke(const QString &realm, const QString &token);
    // Revokes every token of a user for a realm (Meta DELETE /me/permissions).
    void revokeUser(const QString &realm, const QString &userId);
    // Issues a token derived from another one (long-lived, Page tokens).
    QString issueAccess(const AccessGrant &grant, const QString &prefix);
    TokenCheck check(const QString &realm, const QString &token) const;
    void reset();

    static bool redirectMatches(const QString &pattern, const QUrl &uri);
    static bool pkceMatches(PkceMethod method, const QString &challenge, const QString &verifier);
    static bool validVerifier(const QString &verifier);

private:
    struct PendingConsent
    {
        AuthorizeProfile profile;
        QUrl redirectUri;
        QString clientId;
        QString responseType;
        QStringList scopes;
        QString state;
        QString challenge;
        std::optional<PkceMethod> method;
    };
    struct CodeGrant
    {
        QString realm;
        QString clientId;
        QString redirectUri;
        QStringList scopes;
        QString userId;
        QString challenge;
        std::optional<PkceMethod> method;
        qint64 expiresAt = 0;
        bool used = false;
    };
    struct RefreshGrant
    {
        QString realm;
        QString clientId;
        QString userId;
        QStringList scopes;
        qint64 expiresAt = 0;
        bool revoked = false;
        QString accessToken; // the access token issued with it
    };

    SandboxReply showConsent(const AuthorizeProfile &profile, const SandboxRequest &request);
    SandboxReply decide(const SandboxRequest &request);
    SandboxReply redirectWith(const QUrl &redirectUri, const QList<QPair<QString, QString>> &params, bool inFragment) const;
    QUrl toSandbox(const QUrl &url, const QString &baseUrl) const;
    IssuedTokens issue(const QString &realm, const QString &clientId, const QString &userId, const QStringList &scopes,
                       const TokenPolicy &policy, const QString &code);

    const SandboxClock &m_clock;
    const SandboxSeed &m_seed;
    QStringList m_emulatedHosts;
    QHash<QString, PendingConsent> m_pending;
    QHash<QString, CodeGrant> m_codes;
    QHash<QString, AccessGrant> m_access;
    QHash<QString, RefreshGrant> m_refresh;
};

} // namespace cf::sandbox
