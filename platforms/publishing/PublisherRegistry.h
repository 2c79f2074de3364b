#pragma once

#include "models/domain/Platform.h"
#include "platforms/publishing/PlatformPublisher.h"

#include <functional>
#include <map>
#include <memory>

class QNetworkAccessManager;

namespace cf {

class EndpointMap;

// Platform → adapter factory. The worker builds one registry per publishing
// thread (adapters use that thread's network manager) with
// PublisherRegistry::withAllAdapters().
class PublisherRegistry
{
public:
    using Factory = std::function<std::unique_ptr<PlatformPublisher>(QNetworkAccessManager &, const EndpointMap &)>;

    // A registry with every adapter CampaignForge has (AllPublishers.cpp).
    static PublisherRegistry withAllAdapters();

    void add(Platform platform, Factory factory);
    bool has(Platform platform) const { return m_factories.count(platform) > 0; }
    // A new adapter for platform; nullptr when none is registered. The
    // network manager and endpoint map must outlive the adapter.
    std::unique_ptr<PlatformPublisher> create(Platform platform, QNetworkAccessManager &network,
                                              const EndpointMap &endpoints) const;
    std::vector<Platform> platforms() const;

private:
    std::map<Platform, Factory> m_factories;
};

// Fills registry with every adapter; one line per platform.
void registerAllPublishers(PublisherRegistry &registry);

} // namespace cf
