#pragma once

#include "app/core/AppSettings.h"

#include "app/publishing/PublishBackend.h"
#include "platforms/auth/AuthTypes.h"
#include "platforms/auth/KeychainStore.h"
#include "platforms/auth/OAuthProviderTable.h"
#include "platforms/auth/PlatformAppCredentials.h"
#include "platforms/auth/TokenVault.h"
#include "platforms/publishing/PublisherRegistry.h"

#include <map>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace cf {
class ConnectionRepository;
class Database;
class EndpointMap;
class TokenRefresher;

// The product's PublishBackend: adapters from PublisherRegistry (one per
// platform, on the worker thread's network manager) and tokens from the OS
// keychain through TokenRefresher (renewal before expiry and after a 401,
// needs_relogin on refusal). Built inside the worker's thread.
//
// WordPress requests get "user:application password" as their token (the
// adapter sends it as Basic auth); the user name is in the keychain entry's
// extra["user"]. The public media host is the WordPress site the settings
// name, with that site's own keychain credentials.
class KeychainPublishBackend final : public PublishBackend
{
public:
    // The WordPress connection chosen as media host, asked before each
    // send (the owner may change it while the thread runs); nullopt: none.
    using MediaHostSource = std::function<std::optional<qint64>()>;
    // Reads AppSettings::mediaHostWordPressConnection() each time.
    static MediaHostSource mediaHostFromAppSettings();
    // The S3-compatible bucket chosen as media host (when no WordPress site
    // is), asked before each send; nullopt: none. Its secret comes from the
    // keychain (KeychainS3MediaHost).
    using S3Source = std::function<std::optional<AppSettings::S3Bucket>()>;
    // Reads AppSettings::mediaHostIsS3() and s3Bucket() each time.
    static S3Source s3FromAppSettings();
    void setS3Source(S3Source source) { m_s3 = std::move(source); }

    KeychainPublishBackend(QNetworkAccessManager &network, const Database &db, const EndpointMap &endpoints,
                           PublisherRegistry registry, UtcNow now,
                           MediaHostSource mediaHost = mediaHostFromAppSettings(),
                           // Sandbox mode keeps its tokens under its own service name.
                           const QString &keychainService = QStringLiteral("CampaignForge"));
    ~KeychainPublishBackend() override;

    PlatformPublisher *publisherFor(Platform platform) override;
    AdPublisher *adPublisherFor(Platform platform) override;
    void accessToken(const Connection &tokenConnection, TokenDone done) override;
    void refreshAfterUnauthorized(const Connection &tokenConnection, const QString &rejectedToken, TokenDone done) override;
    std::shared_ptr<PublicMediaHost> publicMediaHost() override;

private:
    static TokenAnswer answerFrom(const Connection &connection, const std::optional<TokenSet> &tokens,
                                  const AuthError &error);

    QNetworkAccessManager &m_network;
    const EndpointMap &m_endpoints;
    PublisherRegistry m_registry;
    KeychainStore m_keychain;
    PlatformAppCredentials m_apps{m_keychain};
    TokenVault m_vault{m_keychain};
    std::optional<OAuthProviderTable> m_providers;
    QString m_providersError;
    std::unique_ptr<ConnectionRepository> m_connections;
    std::unique_ptr<TokenRefresher> m_refresher;
    MediaHostSource m_mediaHost;
    S3Source m_s3 = s3FromAppSettings();
    std::map<Platform, std::unique_ptr<PlatformPublisher>> m_publishers;
    std::map<Platform, std::unique_ptr<AdPublisher>> m_adPublishers;
};

} // namespace cf
