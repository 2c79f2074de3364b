#pragma once

#include "models/domain/Platform.h"
#include "platforms/publishing/AdPublisher.h"
#include "platforms/publishing/PlatformPublisher.h"

#include <functional>
#include <map>
#include <memory>

class QNetworkAccessManager;

namespace cf {

class EndpointMap;

// Platform → adapter factory, one map for organic posts and one for paid
// ads (an ad item on Facebook or Instagram goes to the Meta ads adapter). The worker builds one registry per publishing
// thread (adapters use that thread's network manager) with
// PublisherRegistry::withAllAdapters().
class PublisherRegistry
{
public:
    using Factory = std::function<std::unique_ptr<PlatformPublisher>(QNetworkAccessManager &, const EndpointMap &)>;
    using AdFactory = std::function<std::unique_ptr<AdPublisher>(QNetworkAccessManager &, const EndpointMap &)>;

    // A registry with every adapter CampaignForge has (AllPublishers.cpp).
    static PublisherRegistry withAllAdapters();

    void add(Platform platform, Factory factory);
    bool has(Platform platform) const { return m_factories.count(platform) > 0; }
    // A new adapter for platform; nullptr when none is registered. The
    // network manager and endpoint map must outlive the adapter.
    std::unique_ptr<PlatformPublisher> create(Platform platform, QNetworkAccessManager &network,
                                              const EndpointMap &endpoints) const;
    std::vector<Platform> platforms() const;

    void addAds(Platform platform, AdFactory factory);
    bool hasAds(Platform platform) const { return m_adFactories.count(platform) > 0; }
    // A new ads adapter for items of `platform` that belong to an ad set; nullptr when none.
    std::unique_ptr<AdPublisher> createAds(Platform platform, QNetworkAccessManager &network,
                                           const EndpointMap &endpoints) const;

private:
    std::map<Platform, Factory> m_factories;
    std::map<Platform, AdFactory> m_adFactories;
};

// Fills registry with every adapter; one line per platform.
void registerAllPublishers(PublisherRegistry &registry);

} // namespace cf
