#pragma once

#include "app/publishing/PublishBackend.h"
#include "platforms/net/EndpointMap.h"
#include "platforms/publishing/PublisherRegistry.h"

#include <QString>

#include <memory>

namespace cf::test {

// The product's adapters (PublisherRegistry::withAllAdapters) with one fixed
// token and no refresh: for worker tests that talk to the sandbox with a
// token the test obtained itself. One adapter per backend (the tests that use
// it publish to one platform).
class FixedTokenBackend final : public PublishBackend
{
public:
    FixedTokenBackend(QNetworkAccessManager &network, const EndpointMap &endpoints, QString token)
        : m_network(network), m_endpoints(endpoints), m_token(std::move(token)),
          m_registry(PublisherRegistry::withAllAdapters())
    {
    }
    PlatformPublisher *publisherFor(Platform platform) override
    {
        if (!m_adapter)
            m_adapter = m_registry.create(platform, m_network, m_endpoints);
        return m_adapter.get();
    }
    void accessToken(const Connection &, TokenDone done) override { done(TokenAnswer{m_token, {}, false}); }
    void refreshAfterUnauthorized(const Connection &, const QString &, TokenDone done) override
    {
        done(TokenAnswer{{}, QStringLiteral("no refresh in this test"), true});
    }

private:
    QNetworkAccessManager &m_network;
    const EndpointMap &m_endpoints;
    QString m_token;
    PublisherRegistry m_registry;
    std::unique_ptr<PlatformPublisher> m_adapter;
};

} // namespace cf::test
