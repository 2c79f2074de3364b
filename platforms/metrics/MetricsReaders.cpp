#include "platforms/metrics/MetricsReaders.h"

#include "platforms/metrics/EmailReportsReader.h"
#include "platforms/metrics/LinkedInPostsReader.h"
#include "platforms/metrics/MetaInsightsReader.h"
#include "platforms/metrics/SnapchatAdsReader.h"
#include "platforms/metrics/TikTokAdsReader.h"
#include "platforms/metrics/TikTokPostsReader.h"
#include "platforms/metrics/XPostsReader.h"
#include "platforms/metrics/YouTubeVideosReader.h"

namespace cf {

std::unique_ptr<MetricsReader> createMetricsReader(Platform platform, bool ads, QNetworkAccessManager &network,
                                                   const EndpointMap &endpoints, UtcNow now)
{
    switch (platform) {
    case Platform::Facebook:
    case Platform::Instagram:
        return std::make_unique<MetaInsightsReader>(platform, network, endpoints, std::move(now));
    case Platform::TikTok:
        if (ads)
            return std::make_unique<TikTokAdsReader>(network, endpoints, std::move(now));
        return std::make_unique<TikTokPostsReader>(network, endpoints, std::move(now));
    case Platform::X:
        return std::make_unique<XPostsReader>(network, endpoints, std::move(now));
    case Platform::YouTube:
        return std::make_unique<YouTubeVideosReader>(network, endpoints, std::move(now));
    case Platform::LinkedIn:
        return std::make_unique<LinkedInPostsReader>(network, endpoints, std::move(now));
    case Platform::Mailchimp:
    case Platform::Kit:
        return std::make_unique<EmailReportsReader>(platform, network, endpoints, std::move(now));
    case Platform::Snapchat:
        return std::make_unique<SnapchatAdsReader>(network, endpoints, std::move(now));
    default:
        break;
    }
    (void)ads;
    return nullptr;
}

} // namespace cf
