#include "platforms/publishing/PublisherRegistry.h"

#include "platforms/publishing/FacebookPagePublisher.h"
#include "platforms/publishing/InstagramPublisher.h"
#include "platforms/publishing/XPublisher.h"
#include "platforms/publishing/LinkedInPublisher.h"
#include "platforms/publishing/KitPublisher.h"
#include "platforms/publishing/MailchimpPublisher.h"
#include "platforms/publishing/TikTokPublisher.h"
#include "platforms/publishing/WordPressPublisher.h"
#include "platforms/publishing/YouTubePublisher.h"
#include "platforms/publishing/ads/MetaAdsPublisher.h"
#include "platforms/publishing/ads/SnapchatAdsPublisher.h"
#include "platforms/publishing/ads/TikTokAdsPublisher.h"

// Every adapter, one registration line each (adapters-b adds theirs here).
namespace cf {

namespace {
template <typename Adapter>
PublisherRegistry::AdFactory adFactoryOf()
{
    return [](QNetworkAccessManager &network, const EndpointMap &endpoints) -> std::unique_ptr<AdPublisher> {
        return std::make_unique<Adapter>(network, endpoints);
    };
}

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
    registry.add(Platform::LinkedIn, factoryOf<LinkedInPublisher>());
    registry.add(Platform::WordPress, factoryOf<WordPressPublisher>());
    registry.add(Platform::Mailchimp, factoryOf<MailchimpPublisher>());
    registry.add(Platform::Kit, factoryOf<KitPublisher>());
    registry.add(Platform::YouTube, factoryOf<YouTubePublisher>());
    registry.add(Platform::TikTok, factoryOf<TikTokPublisher>());
    // Paid ads (one line per ad network platform; Meta serves Facebook and Instagram).
    registry.addAds(Platform::Facebook, adFactoryOf<MetaAdsPublisher>());
    registry.addAds(Platform::Instagram, adFactoryOf<MetaInstagramAdsPublisher>());
    registry.addAds(Platform::TikTok, adFactoryOf<TikTokAdsPublisher>());
    registry.addAds(Platform::Snapchat, adFactoryOf<SnapchatAdsPublisher>());
}

} // namespace cf
