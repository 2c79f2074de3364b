#pragma once

#include "app/publishing/PublishBackend.h"
#include "platforms/net/EndpointMap.h"
#include "platforms/publishing/PlatformPublisher.h"
#include "platforms/publishing/PublisherRegistry.h"

#include <map>
#include <memory>

namespace cf::bench {

// The product's adapters (PublisherRegistry, one per platform, on the
// worker's network manager and the sandbox's endpoints) with tokens handed
// out from memory instead of the keychain: the tokens came from each
// platform's sign-in on the sandbox before the run.
class BenchBackend final : public PublishBackend
{
public:
    using Tokens = std::map<QString, QString>; // tokenKey(platform, accountId) -> token

    BenchBackend(QNetworkAccessManager &network, const EndpointMap &endpoints, Tokens tokens)
        : m_network(network), m_endpoints(endpoints), m_tokens(std::move(tokens)),
          m_registry(PublisherRegistry::withAllAdapters())
    {
    }

    static QString tokenKey(Platform platform, const QString &accountId)
    {
        return platformId(platform) + QLatin1Char(':') + accountId;
    }

    PlatformPublisher *publisherFor(Platform platform) override
    {
        auto &adapter = m_adapters[platform];
        if (!adapter)
            adapter = m_registry.create(platform, m_network, m_endpoints);
        return adapter.get();
    }
    void accessToken(const Connection &connection, TokenDone done) override
    {
        const auto found = m_tokens.find(tokenKey(connection.platform, connection.accountId));
        if (found == m_tokens.end())
            done(TokenAnswer{{}, QStringLiteral("no token for %1").arg(connection.accountId), true});
        else
            done(TokenAnswer{found->second, {}, false});
    }
    void refreshAfterUnauthorized(const Connection &, const QString &, TokenDone done) override
    {
        done(TokenAnswer{{}, QStringLiteral("the bench does not refresh tokens"), true});
    }

private:
    QNetworkAccessManager &m_network;
    const EndpointMap &m_endpoints;
    Tokens m_tokens;
    PublisherRegistry m_registry;
    std::map<Platform, std::unique_ptr<PlatformPublisher>> m_adapters;
};

} // namespace cf::bench
