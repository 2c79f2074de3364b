#include "platforms/publishing/PublisherRegistry.h"

namespace cf {

PublisherRegistry PublisherRegistry::withAllAdapters()
{
    PublisherRegistry registry;
    registerAllPublishers(registry);
    return registry;
}

void PublisherRegistry::add(Platform platform, Factory factory)
{
    m_factories[platform] = std::move(factory);
}

std::unique_ptr<PlatformPublisher> PublisherRegistry::create(Platform platform, QNetworkAccessManager &network,
                                                             const EndpointMap &endpoints) const
{
    const auto it = m_factories.find(platform);
    if (it == m_factories.end())
        return nullptr;
    return it->second(network, endpoints);
}

void PublisherRegistry::addAds(Platform platform, AdFactory factory)
{
    m_adFactories[platform] = std::move(factory);
}

std::unique_ptr<AdPublisher> PublisherRegistry::createAds(Platform platform, QNetworkAccessManager &network,
                                                          const EndpointMap &endpoints) const
{
    const auto it = m_adFactories.find(platform);
    if (it == m_adFactories.end())
        return nullptr;
    return it->second(network, endpoints);
}

std::vector<Platform> PublisherRegistry::platforms() const
{
    std::vector<Platform> result;
    for (const auto &[platform, factory] : m_factories)
        result.push_back(platform);
    return result;
}

} // namespace cf
