#include "app/publishing/KeychainPublishBackend.h"

#include "app/core/AppSettings.h"
#include "app/publishing/KeychainS3MediaHost.h"
#include "app/publishing/KeychainWordPressMediaHost.h"

#include "models/store/ConnectionRepository.h"
#include "platforms/auth/TokenRefresher.h"
#include "platforms/publishing/PlatformPublisher.h"

#include <QCoreApplication>

namespace cf {

KeychainPublishBackend::KeychainPublishBackend(QNetworkAccessManager &network, const Database &db,
                                               const EndpointMap &endpoints, PublisherRegistry registry, UtcNow now,
                                               MediaHostSource mediaHost, const QString &keychainService)
    : m_network(network),
      m_endpoints(endpoints),
      m_registry(std::move(registry)),
      m_keychain(keychainService),
      m_mediaHost(std::move(mediaHost))
{
    m_providers = OAuthProviderTable::builtIn(&m_providersError);
    m_connections = std::make_unique<ConnectionRepository>(db);
    if (m_providers)
        m_refresher = std::make_unique<TokenRefresher>(m_vault, m_apps, *m_providers, *m_connections, m_endpoints,
                                                       m_network, std::move(now));
}

KeychainPublishBackend::~KeychainPublishBackend() = default;

KeychainPublishBackend::MediaHostSource KeychainPublishBackend::mediaHostFromAppSettings()
{
    // A fresh QSettings each time: it sees what the GUI or the CLI wrote
    // since, and QSettings objects may not be shared between threads.
    return [] { return AppSettings().mediaHostWordPressConnection(); };
}

KeychainPublishBackend::S3Source KeychainPublishBackend::s3FromAppSettings()
{
    return []() -> std::optional<AppSettings::S3Bucket> {
        const AppSettings settings;
        if (!settings.mediaHostIsS3())
            return std::nullopt;
        return settings.s3Bucket();
    };
}

std::shared_ptr<PublicMediaHost> KeychainPublishBackend::publicMediaHost()
{
    const std::optional<qint64> site = m_mediaHost ? m_mediaHost() : std::nullopt;
    if (!site) {
        const std::optional<AppSettings::S3Bucket> bucket = m_s3 ? m_s3() : std::nullopt;
        if (bucket)
            return std::make_shared<KeychainS3MediaHost>(m_network, m_endpoints, m_keychain, *bucket);
        return nullptr;
    }
    return std::make_shared<KeychainWordPressMediaHost>(m_network, m_endpoints, *m_connections, m_vault, *site);
}

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

AdPublisher *KeychainPublishBackend::adPublisherFor(Platform platform)
{
    auto found = m_adPublishers.find(platform);
    if (found != m_adPublishers.end())
        return found->second.get();
    std::unique_ptr<AdPublisher> made = m_registry.createAds(platform, m_network, m_endpoints);
    AdPublisher *raw = made.get();
    if (made)
        m_adPublishers.emplace(platform, std::move(made));
    return raw;
}

TokenAnswer KeychainPublishBackend::answerFrom(const Connection &connection, const std::optional<TokenSet> &tokens,
                                              const AuthError &error)
{
    TokenAnswer answer;
    if (!error.isError() && tokens) {
        answer.accessToken = tokens->accessToken;
        if (connection.platform == Platform::WordPress) {
            // Basic auth needs the login name too; application passwords
            // and WordPress user names never contain ':'.
            const QString user = tokens->extra.value(QStringLiteral("user")).toString();
            if (user.isEmpty()) {
                answer.accessToken.clear();
                answer.error = QCoreApplication::translate("cf::KeychainPublishBackend",
                                                           "The WordPress user name is missing from the keychain.");
                answer.reloginNeeded = true;
                return answer;
            }
            answer.accessToken = user + QLatin1Char(':') + tokens->accessToken;
        }
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
    m_refresher->accessToken(tokenConnection, [done, tokenConnection](const std::optional<TokenSet> &tokens,
                                                                      const AuthError &error) {
        done(answerFrom(tokenConnection, tokens, error));
    });
}

void KeychainPublishBackend::refreshAfterUnauthorized(const Connection &tokenConnection, const QString &rejectedToken,
                                                      TokenDone done)
{
    if (!m_refresher) {
        done(TokenAnswer{{}, m_providersError, false});
        return;
    }
    // The refresher compares against the stored secret, which for WordPress
    // is the password without the "user:" the adapter was given.
    const QString stored = tokenConnection.platform == Platform::WordPress
                               ? rejectedToken.section(QLatin1Char(':'), 1)
                               : rejectedToken;
    m_refresher->refreshAfterUnauthorized(tokenConnection, stored,
                                          [done, tokenConnection](const std::optional<TokenSet> &tokens,
                                                                  const AuthError &error) {
                                              done(answerFrom(tokenConnection, tokens, error));
                                          });
}

} // namespace cf
