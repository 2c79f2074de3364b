#include "platforms/publishing/PublisherRegistry.h"

#include "platforms/publishing/FacebookPagePublisher.h"
#include "platforms/publishing/InstagramPublisher.h"
#include "platforms/publishing/XPublisher.h"

// Every adapter, one registration line each (adapters-b adds theirs here).
namespace cf {

namespace {
template <typename Adapter>
PublisherRegistry::Factory factoryOf()
{
    return [](QNetworkAccessManager &network, const EndpointMap &endpoints) -> std::unique_ptr<PlatformPublisher> {
        return std::make_unique<Adapter>(network, endpoints);
    };
}
} // namespace

void registerAllPublishers(PublisherRegistry &registry)
{
    registry.add(Platform::Facebook, factoryOf<FacebookPagePublisher>());
    registry.add(Platform::Instagram, factoryOf<InstagramPublisher>());
    registry.add(Platform::X, factoryOf<XPublisher>());
}

} // namespace cf
