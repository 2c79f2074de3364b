#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace cf {

// The platforms CampaignForge publishes to. The string ids are the ones used
// everywhere: database, CLI, JSON, endpoints and resources.
enum class Platform {
    Facebook,
    Instagram,
    X,
    LinkedIn,
    TikTok,
    YouTube,
    WordPress,
    Mailchimp,
    Kit,
    Snapchat,
};

inline constexpr std::array kAllPlatforms = {
    Platform::Facebook, Platform::Instagram, Platform::X,         Platform::LinkedIn, Platform::TikTok,
    Platform::YouTube,  Platform::WordPress, Platform::Mailchimp, Platform::Kit,      Platform::Snapchat,
};

QString platformId(Platform platform);
std::optional<Platform> platformFromId(const QString &id);
QStringList allPlatformIds();
// The platform's own brand name, which is not translated ("TikTok", "X").
QString platformDisplayName(Platform platform);
// Platforms with a paid-ads API we build ad structures for.
bool platformHasAdsApi(Platform platform);

} // namespace cf
