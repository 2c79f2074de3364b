#include "platforms/metrics/MetricsReaders.h"

#include "platforms/metrics/MetaInsightsReader.h"

namespace cf {

std::unique_ptr<MetricsReader> createMetricsReader(Platform platform, bool ads, QNetworkAccessManager &network,
                                                   const EndpointMap &endpoints, UtcNow now)
{
    switch (platform) {
    case Platform::Facebook:
    case Platform::Instagram:
        return std::make_unique<MetaInsightsReader>(platform, network, endpoints, std::move(now));
    default:
        break;
    }
    (void)ads;
    return nullptr;
}

} // namespace cf
