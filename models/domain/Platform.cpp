#include "models/domain/Platform.h"

namespace cf {

QString platformId(Platform platform)
{
    switch (platform) {
    case Platform::Facebook: return QStringLiteral("facebook");
    case Platform::Instagram: return QStringLiteral("instagram");
    case Platform::X: return QStringLiteral("x");
    case Platform::LinkedIn: return QStringLiteral("linkedin");
    case Platform::TikTok: return QStringLiteral("tiktok");
    case Platform::YouTube: return QStringLiteral("youtube");
    case Platform::WordPress: return QStringLiteral("wordpress");
    case Platform::Mailchimp: return QStringLiteral("mailchimp");
    case Platform::Kit: return QStringLiteral("kit");
    case Platform::Snapchat: return QStringLiteral("snapchat");
    }
    return {};
}

std::optional<Platform> platformFromId(const QString &id)
{
    for (Platform p : kAllPlatforms) {
        if (platformId(p) == id)
            return p;
    }
    return std::nullopt;
}

QStringList allPlatformIds()
{
    QStringList ids;
    for (Platform p : kAllPlatforms)
        ids << platformId(p);
    return ids;
}

QString platformDisplayName(Platform platform)
{
    switch (platform) {
    case Platform::Facebook: return QStringLiteral("Facebook");
    case Platform::Instagram: return QStringLiteral("Instagram");
    case Platform::X: return QStringLiteral("X");
    case Platform::LinkedIn: return QStringLiteral("LinkedIn");
    case Platform::TikTok: return QStringLiteral("TikTok");
    case Platform::YouTube: return QStringLiteral("YouTube");
    case Platform::WordPress: return QStringLiteral("WordPress");
    case Platform::Mailchimp: return QStringLiteral("Mailchimp");
    case Platform::Kit: return QStringLiteral("Kit");
    case Platform::Snapchat: return QStringLiteral("Snapchat");
    }
    return {};
}

bool platformHasAdsApi(Platform platform)
{
    return platform == Platform::Facebook || platform == Platform::Instagram || platform == Platform::TikTok
        || platform == Platform::Snapchat;
}

} // namespace cf
