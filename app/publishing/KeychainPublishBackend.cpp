#include "app/publishing/KeychainPublishBackend.h"

#include "models/store/ConnectionRepository.h"
#include "platforms/auth/TokenRefresher.h"
#include "platforms/publishing/PlatformPublisher.h"

#include <QCoreApplication>

namespace cf {

KeychainPublishBackend::KeychainPublishBackend(QNetworkAccessManager &network, const Database &db,
                                               const EndpointMap &endpoints, PublisherRegistry registry, UtcNow now)
    : m_network(network), m_endpoints(endpoints), m_registry(std::move(registry))
{
    m_providers = OAuthProviderTable::builtIn(&m_providersError);
    m_connections = std::make_unique<ConnectionRepository>(db);
    if (m_providers)
        m_refresher = std::make_unique<TokenRefresher>(m_vault, m_apps, *m_providers, *m_connections, m_endpoints,
                                                       m_network, std::move(now));
}

KeychainPublishBackend::~KeychainPublishBackend() = default;

PlatformPublisher *KeychainPublishBackend::publisherFor(Platform platform)
{
    auto found = m_publishers.find(platform);
    if (found != m_publishers.end())
        return found->second.get();
    std::unique_ptr<PlatformPublisher> made = m_registry.create(platform, m_network, m_endpoints);
    PlatformPublisher *raw = made.get();
    if (made)
        m_publishers.emplace(platform, std::move(made));
    return raw;
}

TokenAnswer KeychainPublishBackend::answerFrom(const std::optional<TokenSet> &tokens, const AuthError &error)
{
    TokenAnswer answer;
    if (!error.isError() && tokens) {
        answer.accessToken = tokens->accessToken;
        return answer;
    }
    answer.error = error.message.isEmpty()
                       ? QCoreApplication::translate("cf::KeychainPublishBackend", "No sign-in is stored for this account.")
                       : error.message;
    // Only a refusal by the platform (or nothing stored at all) needs a new
    // sign-in; a locked keychain or the network is tried again later.
    answer.reloginNeeded = (!error.isError() && !tokens) || error.code == AuthError::Code::InvalidGrant
                           || error.code == AuthError::Code::InvalidClient;
    return answer;
}

void KeychainPublishBackend::accessToken(const Connection &tokenConnection, TokenDone done)
{
    if (!m_refresher) {
        done(TokenAnswer{{}, m_providersError, false});
        return;
    }
    m_refresher->accessToken(tokenConnection, [done](const std::optional<TokenSet> &tokens, const AuthError &error) {
        done(answerFrom(tokens, error));
    });
}

void KeychainPublishBackend::refreshAfterUnauthorized(const Connection &tokenConnection, const QString &rejectedToken,
                                                      TokenDone done)
{
    if (!m_refresher) {
        done(TokenAnswer{{}, m_providersError, false});
        return;
    }
    m_refresher->refreshAfterUnauthorized(tokenConnection, rejectedToken,
                                          [done](const std::optional<TokenSet> &tokens, const AuthError &error) {
                                              done(answerFrom(tokens, error));
                                          });
}

} // namespace cf
