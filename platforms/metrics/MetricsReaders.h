#pragma once

#include "platforms/auth/AuthTypes.h"
#include "platforms/metrics/MetricsReader.h"

#include <memory>

class QNetworkAccessManager;

namespace cf {
class EndpointMap;

// The reader for a platform's published entities (ads when `ads`), on the
// caller's network manager; nullptr when CampaignForge cannot read that
// platform's numbers (WordPress has no statistics API; others are listed in
// docs/tracking.md). The network manager and endpoint map must outlive it.
std::unique_ptr<MetricsReader> createMetricsReader(Platform platform, bool ads, QNetworkAccessManager &network,
                                                   const EndpointMap &endpoints, UtcNow now);

} // namespace cf
