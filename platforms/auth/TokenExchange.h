#pragma once

#include "platforms/auth/AuthHttp.h"
#include "platforms/auth/AuthTypes.h"
#include "platforms/auth/OAuthProviderTable.h"

#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace cf {
class EndpointMap;

// The token endpoint conversations of one provider: code for tokens
// (RFC 6749 §4.1.3 with RFC 7636's code_verifier), refresh (§6) and
// revocation (RFC 7009, or the provider's own call), each in the style the
// provider documents (form POST, Meta's GET, TikTok Business JSON).
class TokenExchange
{
public:
    using TokenCallback = std::function<void(const TokenSet &, const AuthError &)>;
    using DoneCallback = std::function<void(const AuthError &)>;

    TokenExchange(OAuthProvider provider, AppCredentials app, const EndpointMap &endpoints,
                  QNetworkAccessManager &network, UtcNow now);

    const OAuthProvider &provider() const { return m_provider; }

    // Callbacks run on context's thread and not at all once context is gone.
    void exchangeCode(const QString &code, const QByteArray &verifier, const QUrl &redirectUri, QObject *context,
                      TokenCallback done) const;
    void refresh(const QString &refreshToken, QObject *context, TokenCallback done) const;
    // Revokes the grant where the provider offers it; Unsupported otherwise.
    void revoke(const TokenSet &tokens, QObject *context, DoneCallback done) const;

    // Reads a token endpoint answer (public for tests). previous supplies the
    // refresh token when a refresh answer omits it (no rotation).
    TokenSet parseTokens(const HttpAnswer &answer, AuthError *error, const TokenSet &previous = {}) const;

private:
    void postTokenRequest(const QList<std::pair<QString, QString>> &fields, QObject *context,
                          std::function<void(const HttpAnswer &)> done) const;
    AuthError errorFor(const HttpAnswer &answer) const;

    OAuthProvider m_provider;
    AppCredentials m_app;
    const EndpointMap &m_endpoints;
    QNetworkAccessManager &m_network;
    UtcNow m_now;
};

} // namespace cf
