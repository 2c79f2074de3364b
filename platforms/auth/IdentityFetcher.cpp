#include "platforms/auth/IdentityFetcher.h"

#include "platforms/auth/AuthHttp.h"
#include "platforms/auth/IdentityFetchers.h"
#include "platforms/net/EndpointMap.h"

#include <QCoreApplication>

namespace cf {

namespace identity {

void getJson(QNetworkAccessManager &network, const EndpointMap &endpoints, const QUrl &url,
             const QList<std::pair<QByteArray, QByteArray>> &headers, QObject *context,
             std::function<void(const HttpAnswer &)> done)
{
    QNetworkRequest request(endpoints.rewrite(url));
    request.setRawHeader("Accept", "application/json");
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    authhttp::send(network, request, "GET", {}, context, std::move(done));
}

QByteArray bearer(const TokenSet &tokens) { return "Bearer " + tokens.accessToken.toUtf8(); }

AuthError callFailed(Platform platform, const HttpAnswer &answer)
{
    if (answer.transportFailed())
        return AuthError::make(AuthError::Code::Network,
                               QCoreApplication::translate("cf::IdentityFetcher",
                                                           "%1 could not be reached to read the account. Check the "
                                                           "internet connection and try again.")
                                   .arg(platformDisplayName(platform)));
    if (answer.status == 401 || answer.status == 403)
        return AuthError::make(AuthError::Code::InvalidGrant,
                               QCoreApplication::translate("cf::IdentityFetcher",
                                                           "%1 refused to show the account (HTTP %2): the sign-in may "
                                                           "lack a permission. Sign in again and allow every permission.")
                                   .arg(platformDisplayName(platform))
                                   .arg(answer.status));
    return AuthError::make(AuthError::Code::Protocol,
                           QCoreApplication::translate("cf::IdentityFetcher", "%1 could not show the account (HTTP %2).")
                               .arg(platformDisplayName(platform))
                               .arg(answer.status));
}

AuthError unreadable(Platform platform)
{
    return AuthError::make(AuthError::Code::Protocol,
                           QCoreApplication::translate("cf::IdentityFetcher",
                                                       "%1 described the account in a way CampaignForge cannot read.")
                               .arg(platformDisplayName(platform)));
}

} // namespace identity

std::unique_ptr<IdentityFetcher> makeIdentityFetcher(const QString &providerId, const EndpointMap &endpoints,
                                                     QNetworkAccessManager &network, UtcNow now)
{
    if (providerId == QLatin1String("facebook"))
        return std::make_unique<MetaIdentityFetcher>(endpoints, network, std::move(now));
    if (providerId == QLatin1String("snapchat"))
        return std::make_unique<SnapchatIdentityFetcher>(endpoints, network);
    if (providerId == QLatin1String("tiktok_ads"))
        return std::make_unique<TikTokAdsIdentityFetcher>(endpoints, network);
    if (providerId == QLatin1String("mailchimp"))
        return std::make_unique<MailchimpIdentityFetcher>(endpoints, network);
    if (SingleCallIdentityFetcher::handles(providerId))
        return std::make_unique<SingleCallIdentityFetcher>(providerId, endpoints, network);
    return nullptr;
}

} // namespace cf
