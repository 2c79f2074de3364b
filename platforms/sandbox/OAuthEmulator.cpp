#include "platforms/sandbox/OAuthEmulator.h"

#include "platforms/sandbox/OAuthPages.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace cf::sandbox {

QString oauthErrorCode(OAuthErrorKind kind)
{
    switch (kind) {
    case OAuthErrorKind::InvalidRequest: return QStringLiteral("invalid_request");
    case OAuthErrorKind::InvalidClient: return QStringLiteral("invalid_client");
    case OAuthErrorKind::InvalidGrant: return QStringLiteral("invalid_grant");
    case OAuthErrorKind::UnauthorizedClient: return QStringLiteral("unauthorized_client");
    case OAuthErrorKind::UnsupportedGrantType: return QStringLiteral("unsupported_grant_type");
    case OAuthErrorKind::InvalidScope: return QStringLiteral("invalid_scope");
    }
    return QStringLiteral("invalid_request");
}

OAuthEmulator::OAuthEmulator(const SandboxClock &clock, const SandboxSeed &seed)
    : m_clock(clock)
    , m_seed(seed)
{
}

bool OAuthEmulator::redirectMatches(const QString &pattern, const QUrl &uri)
{
    const QString text = uri.toString(QUrl::FullyEncoded);
    if (!pattern.contains(QLatin1Char('*')))
        return text == pattern;
    // ":*" is any explicit port, a final "/*" any path (and query).
    QString regex = QRegularExpression::escape(pattern);
    regex.replace(QLatin1String(":\\*"), QLatin1String(":[0-9]{1,5}"));
    if (regex.endsWith(QLatin1String("/\\*"))) {
        regex.chop(3);
        regex += QLatin1String("/[^#]*");
    }
    return QRegularExpression(QLatin1Char('^') + regex + QLatin1Char('$')).match(text).hasMatch();
}

bool OAuthEmulator::validVerifier(const QString &verifier)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9._~-]{43,128}$"));
    return shape.match(verifier).hasMatch();
}

bool OAuthEmulator::pkceMatches(PkceMethod method, const QString &challenge, const QString &verifier)
{
    const QByteArray digest = QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256);
    switch (method) {
    case PkceMethod::Plain: return challenge == verifier;
    case PkceMethod::S256:
        return challenge.toLatin1() == digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    case PkceMethod::S256Hex: return challenge.toLatin1() == digest.toHex();
    }
    return false;
}

SandboxReply OAuthEmulator::authorize(const AuthorizeProfile &profile, const SandboxRequest &request)
{
    if (request.method == "POST" && request.form().hasQueryItem(QStringLiteral("consent_id")))
        return decide(request);
    if (request.method != "GET")
        return SandboxReply::html(405, oauthErrorPageHtml(profile.title, QStringLiteral("Method not allowed.")));
    return showConsent(profile, request);
}

SandboxReply OAuthEmulator::showConsent(const AuthorizeProfile &profile, const SandboxRequest &request)
{
    const QString clientId = request.queryValue(profile.clientIdParam);
    const OAuthApp *app = m_seed.app(profile.realm, clientId);
    // Errors about the client or the redirect URI are shown to the user and
    // never redirected (RFC 6749 4.1.2.1): the URI cannot be trusted.
    if (clientId.isEmpty() || !app)
        return SandboxReply::html(400, oauthErrorPageHtml(profile.title, QStringLiteral("Invalid %1: %2").arg(profile.clientIdParam, clientId)));
    const QString redirectText = request.queryValue(QStringLiteral("redirect_uri"));
    const QUrl redirect(redirectText, QUrl::StrictMode);
    if (redirectText.isEmpty() || !redirect.isValid() || redirect.isRelative() || redirect.hasFragment())
        return SandboxReply::html(400, oauthErrorPageHtml(profile.title, QStringLiteral("Missing or malformed redirect_uri.")));
    bool registered = false;
    for (const QString &pattern : app->redirectUris)
        registered = registered || redirectMatches(pattern, redirect);
    if (!registered)
        return SandboxReply::html(400, oauthErrorPageHtml(profile.title,
                                                          QStringLiteral("The redirect_uri %1 is not registered for this app.").arg(redirectText)));

    PendingConsent pending;
    pending.profile = profile;
    pending.redirectUri = redirect;
    pending.clientId = clientId;
    pending.state = request.queryValue(QStringLiteral("state"));
    auto fail = [&](OAuthErrorKind kind, const QString &description) {
        QList<QPair<QString, QString>> params{{QStringLiteral("error"), oauthErrorCode(kind)},
                                              {QStringLiteral("error_description"), description}};
        if (request.hasQuery(QStringLiteral("state")))
            params.append({QStringLiteral("state"), pending.state});
        return redirectWith(toSandbox(redirect, request.baseUrl), params, false);
    };

    if (!profile.responseTypes.isEmpty()) {
        pending.responseType = request.queryValue(QStringLiteral("response_type"));
        if (!profile.responseTypes.contains(pending.responseType))
            return fail(OAuthErrorKind::InvalidRequest, QStringLiteral("response_type must be one of: %1").arg(profile.responseTypes.join(QStringLiteral(", "))));
    }
    const QString scopeText = request.queryValue(QStringLiteral("scope"));
    pending.scopes = scopeText.split(profile.scopeSeparator, Qt::SkipEmptyParts);
    if (pending.scopes.isEmpty() && profile.scopeRequired)
        return fail(OAuthErrorKind::InvalidScope, QStringLiteral("scope is required"));
    for (const QString &scope : std::as_const(pending.scopes)) {
        if (!profile.knownScopes.isEmpty() && !profile.knownScopes.contains(scope))
            return fail(OAuthErrorKind::InvalidScope, QStringLiteral("Unknown scope: %1").arg(scope));
    }

    const bool hasChallenge = request.hasQuery(QStringLiteral("code_challenge"));
    if (profile.pkce == PkceRule::Required && !hasChallenge)
        return fail(OAuthErrorKind::InvalidRequest, QStringLiteral("code_challenge is required"));
    if (hasChallenge) {
        if (profile.pkce == PkceRule::NotSupported)
            return fail(OAuthErrorKind::InvalidRequest, QStringLiteral("PKCE is not supported"));
        pending.challenge = request.queryValue(QStringLiteral("code_challenge"));
        const QString methodName = request.queryValue(QStringLiteral("code_challenge_method"));
        for (const auto &[name, method] : profile.pkceMethods) {
            if (name == methodName)
                pending.method = method;
        }
        if (!pending.method)
            return fail(OAuthErrorKind::InvalidRequest, QStringLiteral("Unsupported code_challenge_method: %1").arg(methodName));
        if (pending.challenge.isEmpty())
            return fail(OAuthErrorKind::InvalidRequest, QStringLiteral("code_challenge is empty"));
    }

    const QString consentId = randomToken(18);
    m_pending.insert(consentId, pending);
    return SandboxReply::html(200, consentPageHtml(profile.title, clientId, pending.scopes, consentId));
}

SandboxReply OAuthEmulator::decide(const SandboxRequest &request)
{
    const QUrlQuery form = request.form();
    const QString consentId = form.queryItemValue(QStringLiteral("consent_id"), QUrl::FullyDecoded);
    const auto it = m_pending.find(consentId);
    if (it == m_pending.end())
        return SandboxReply::html(400, oauthErrorPageHtml(QStringLiteral("Sandbox"), QStringLiteral("This consent request is unknown or was already answered.")));
    const PendingConsent pending = it.value();
    m_pending.erase(it);
    const QUrl redirect = toSandbox(pending.redirectUri, request.baseUrl);
    const QString decision = form.queryItemValue(QStringLiteral("decision"));
    QList<QPair<QString, QString>> params;
    if (decision != QLatin1String("allow")) {
        params = {{QStringLiteral("error"), QStringLiteral("access_denied")},
                  {QStringLiteral("error_reason"), QStringLiteral("user_denied")},
                  {QStringLiteral("error_description"), QStringLiteral("The user denied the request.")}};
        if (!pending.state.isNull())
            params.append({QStringLiteral("state"), pending.state});
        return redirectWith(redirect, params, false);
    }
    if (pending.responseType == QLatin1String("token")) {
        // Implicit grant (Meta desktop): the token travels in the fragment.
        AccessGrant grant;
        grant.realm = pending.profile.realm;
        grant.clientId = pending.clientId;
        grant.userId = pending.profile.userId;
        grant.kind = QStringLiteral("user");
        grant.scopes = pending.scopes;
        grant.expiresAt = m_clock.nowSecs() + pending.profile.implicitTokenTtlSecs;
        const QString token = issueAccess(grant, QStringLiteral("EAAB"));
        params = {{QStringLiteral("access_token"), token},
                  {QStringLiteral("expires_in"), QString::number(pending.profile.implicitTokenTtlSecs)}};
        if (!pending.state.isNull())
            params.append({QStringLiteral("state"), pending.state});
        return redirectWith(redirect, params, true);
    }
    CodeGrant code;
    code.realm = pending.profile.realm;
    code.clientId = pending.clientId;
    code.redirectUri = pending.redirectUri.toString(QUrl::FullyEncoded);
    code.scopes = pending.scopes;
    code.userId = pending.profile.userId;
    code.challenge = pending.challenge;
    code.method = pending.method;
    code.expiresAt = m_clock.nowSecs() + pending.profile.codeTtlSecs;
    const QString codeValue = randomToken(24);
    m_codes.insert(codeValue, code);
    for (const QString &name : pending.profile.codeParams)
        params.append({name, codeValue});
    if (!pending.state.isNull())
        params.append({QStringLiteral("state"), pending.state});
    return redirectWith(redirect, params, false);
}

SandboxReply OAuthEmulator::redirectWith(const QUrl &redirectUri, const QList<QPair<QString, QString>> &params, bool inFragment) const
{
    QUrl target = redirectUri;
    QUrlQuery query(inFragment ? QString() : target.query(QUrl::FullyEncoded));
    for (const auto &[key, value] : params)
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    if (inFragment)
        target.setFragment(query.toString(QUrl::FullyEncoded), QUrl::StrictMode);
    else
        target.setQuery(query.toString(QUrl::FullyEncoded), QUrl::StrictMode);
    return SandboxReply::redirect(target);
}

QUrl OAuthEmulator::toSandbox(const QUrl &url, const QString &baseUrl) const
{
    if (!m_emulatedHosts.contains(url.host().toLower()))
        return url;
    QUrl out(baseUrl + QLatin1Char('/') + url.host().toLower() + url.path(QUrl::FullyEncoded), QUrl::StrictMode);
    out.setQuery(url.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return out;
}

std::optional<OAuthFailure> OAuthEmulator::authenticateClient(const QString &realm, const ClientCredentials &client,
                                                              bool secretRequired) const
{
    const OAuthApp *app = m_seed.app(realm, client.clientId);
    if (client.clientId.isEmpty() || !app)
        return OAuthFailure{OAuthErrorKind::InvalidClient, QStringLiteral("Unknown client."), OAuthReason::ClientUnknown};
    if (client.secretGiven && client.clientSecret != app->clientSecret)
        return OAuthFailure{OAuthErrorKind::InvalidClient, QStringLiteral("Client authentication failed."), OAuthReason::SecretWrong};
    if (secretRequired && !client.secretGiven)
        return OAuthFailure{OAuthErrorKind::InvalidClient, QStringLiteral("Client authentication is required."), OAuthReason::SecretMissing};
    return std::nullopt;
}

TokenResult OAuthEmulator::exchangeCode(const QString &realm, const ClientCredentials &client, const QString &code,
                                        const std::optional<QString> &redirectUri, const std::optional<QString> &verifier, const TokenPolicy &policy)
{
    const OAuthApp *app = m_seed.app(realm, client.clientId);
    const bool publicWithPkce = policy.secret == TokenPolicy::Secret::UnlessPublicWithPkce && app && app->publicClient && verifier;
    if (auto failure = authenticateClient(realm, client, !publicWithPkce))
        return *failure;
    if (code.isEmpty())
        return OAuthFailure{OAuthErrorKind::InvalidRequest, QStringLiteral("code is required.")};
    const auto it = m_codes.find(code);
    if (it == m_codes.end() || it->realm != realm)
        return OAuthFailure{OAuthErrorKind::InvalidGrant, QStringLiteral("The authorization code is invalid."), OAuthReason::CodeUnknown};
    CodeGrant &grant = it.value();
    if (grant.used) {
        // A replayed code revokes what it issued (RFC 6749 section 10.5).
        for (auto access = m_access.begin(); access != m_access.end(); ++access) {
            if (access->code == code)
                revoke(realm, access.key());
        }
        return OAuthFailure{OAuthErrorKind::InvalidGrant, QStringLiteral("The authorization code has already been used."), OAuthReason::CodeUsed};
    }
    grant.used = true;
    if (m_clock.nowSecs() >= grant.expiresAt)
        return OAuthFailure{OAuthErrorKind::InvalidGrant, QStringLiteral("The authorization code has expired."), OAuthReason::CodeExpired};
    if (grant.clientId != client.clientId)
        return OAuthFailure{OAuthErrorKind::InvalidGrant, QStringLiteral("The authorization code was issued to another client."), OAuthReason::ClientMismatch};
    // Platforms that send no redirect_uri at exchange (TikTok Business) pass nullopt.
    if (redirectUri && *redirectUri != grant.redirectUri)
        return OAuthFailure{OAuthErrorKind::InvalidGrant, QStringLiteral("redirect_uri does not match the one used to authorize."), OAuthReason::RedirectMismatch};
    if (grant.method) {
        if (!verifier || verifier->isEmpty())
            return OAuthFailure{OAuthErrorKind::InvalidRequest, QStringLiteral("code_verifier is required."), OAuthReason::VerifierMissing};
        if (!validVerifier(*verifier))
            return OAuthFailure{OAuthErrorKind::InvalidRequest, QStringLiteral("code_verifier must be 43 to 128 unreserved characters."), OAuthReason::VerifierMalformed};
        if (!pkceMatches(*grant.method, grant.challenge, *verifier))
            return OAuthFailure{OAuthErrorKind::InvalidGrant, QStringLiteral("code_verifier does not match the code_challenge."), OAuthReason::VerifierMismatch};
    } else if (verifier && !verifier->isEmpty()) {
        return OAuthFailure{OAuthErrorKind::InvalidGrant, QStringLiteral("code_verifier given but no code_challenge was sent."), OAuthReason::VerifierMismatch};
    }
    return issue(realm, client.clientId, grant.userId, grant.scopes, policy, code);
}

TokenResult OAuthEmulator::refresh(const QString &realm, const ClientCredentials &client, const QString &refreshToken,
                                   const TokenPolicy &policy)
{
    const OAuthApp *app = m_seed.app(realm, client.clientId);
    const bool publicClient = policy.secret == TokenPolicy::Secret::UnlessPublicWithPkce && app && app->publicClient;
    if (auto failure = authenticateClient(realm, client, !publicClient))
        return *failure;
    if (refreshToken.isEmpty())
        return OAuthFailure{OAuthErrorKind::InvalidRequest, QStringLiteral("refresh_token is required.")};
    const auto it = m_refresh.find(refreshToken);
    if (it == m_refresh.end() || it->realm != realm || it->revoked)
        return OAuthFailure{OAuthErrorKind::InvalidGrant, QStringLiteral("The refresh token is invalid or was revoked."), OAuthReason::RefreshInvalid};
    if (it->clientId != client.clientId)
        return OAuthFailure{OAuthErrorKind::InvalidGrant, QStringLiteral("The refresh token was issued to another client."), OAuthReason::ClientMismatch};
    if (it->expiresAt != 0 && m_clock.nowSecs() >= it->expiresAt)
        return OAuthFailure{OAuthErrorKind::InvalidGrant, QStringLiteral("The refresh token has expired."), OAuthReason::RefreshExpired};
    RefreshGrant old = it.value();
    if (policy.refresh == TokenPolicy::Refresh::Rotate) {
        it->revoked = true;
        return issue(realm, old.clientId, old.userId, old.scopes, policy, QString());
    }
    // Keep: a new access token, the same refresh token (whose lifetime does not restart).
    AccessGrant access;
    access.realm = realm;
    access.clientId = old.clientId;
    access.userId = old.userId;
    access.kind = QStringLiteral("user");
    access.scopes = old.scopes;
    access.expiresAt = policy.accessTtlSecs ? m_clock.nowSecs() + policy.accessTtlSecs : 0;
    IssuedTokens tokens;
    tokens.accessToken = issueAccess(access, policy.accessPrefix);
    tokens.expiresIn = policy.accessTtlSecs;
    tokens.refreshToken = refreshToken;
    tokens.refreshExpiresIn = old.expiresAt ? old.expiresAt - m_clock.nowSecs() : 0;
    tokens.scopes = old.scopes;
    tokens.userId = old.userId;
    tokens.clientId = old.clientId;
    it->accessToken = tokens.accessToken;
    return tokens;
}

IssuedTokens OAuthEmulator::issue(const QString &realm, const QString &clientId, const QString &userId, const QStringList &scopes,
                                  const TokenPolicy &policy, const QString &code)
{
    AccessGrant access;
    access.realm = realm;
    access.clientId = clientId;
    access.userId = userId;
    access.kind = QStringLiteral("user");
    access.scopes = scopes;
    access.expiresAt = policy.accessTtlSecs ? m_clock.nowSecs() + policy.accessTtlSecs : 0;
    access.code = code;
    IssuedTokens tokens;
    tokens.accessToken = issueAccess(access, policy.accessPrefix);
    tokens.expiresIn = policy.accessTtlSecs;
    tokens.scopes = scopes;
    tokens.userId = userId;
    tokens.clientId = clientId;
    const OAuthApp *app = m_seed.app(realm, clientId);
    const bool refreshAllowed = policy.refresh != TokenPolicy::Refresh::None && app && app->refreshEnabled
        && (policy.refreshOnlyWithScope.isEmpty() || scopes.contains(policy.refreshOnlyWithScope));
    if (refreshAllowed) {
        RefreshGrant refresh;
        refresh.realm = realm;
        refresh.clientId = clientId;
        refresh.userId = userId;
        refresh.scopes = scopes;
        refresh.expiresAt = policy.refreshTtlSecs ? m_clock.nowSecs() + policy.refreshTtlSecs : 0;
        refresh.accessToken = tokens.accessToken;
        tokens.refreshToken = policy.refreshPrefix + randomToken(32);
        tokens.refreshExpiresIn = policy.refreshTtlSecs;
        m_refresh.insert(tokens.refreshToken, refresh);
    }
    return tokens;
}

QString OAuthEmulator::issueAccess(const AccessGrant &grant, const QString &prefix)
{
    const QString token = prefix + randomToken(32);
    m_access.insert(token, grant);
    return token;
}

bool OAuthEmulator::revoke(const QString &realm, const QString &token)
{
    const auto access = m_access.find(token);
    if (access != m_access.end() && access->realm == realm) {
        access->revoked = true;
        return true;
    }
    const auto refresh = m_refresh.find(token);
    if (refresh != m_refresh.end() && refresh->realm == realm) {
        refresh->revoked = true;
        const auto paired = m_access.find(refresh->accessToken);
        if (paired != m_access.end())
            paired->revoked = true;
        return true;
    }
    return false;
}

void OAuthEmulator::revokeUser(const QString &realm, const QString &userId)
{
    for (AccessGrant &grant : m_access) {
        if (grant.realm == realm && grant.userId == userId)
            grant.revoked = true;
    }
    for (RefreshGrant &grant : m_refresh) {
        if (grant.realm == realm && grant.userId == userId)
            grant.revoked = true;
    }
}

TokenCheck OAuthEmulator::check(const QString &realm, const QString &token) const
{
    TokenCheck result;
    if (token.isEmpty())
        return result;
    const auto it = m_access.constFind(token);
    if (it == m_access.constEnd() || it->realm != realm) {
        result.state = TokenState::Unknown;
        return result;
    }
    result.grant = it.value();
    if (it->revoked)
        result.state = TokenState::Revoked;
    else if (it->expiresAt != 0 && m_clock.nowSecs() >= it->expiresAt)
        result.state = TokenState::Expired;
    else
        result.state = TokenState::Valid;
    return result;
}

void OAuthEmulator::reset()
{
    m_pending.clear();
    m_codes.clear();
    m_access.clear();
    m_refresh.clear();
}

} // namespace cf::sandbox
