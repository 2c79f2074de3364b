#pragma once

// The identity fetchers of each provider (created by makeIdentityFetcher).

#include "platforms/auth/IdentityFetcher.h"

namespace cf {

// Meta: exchanges the code's token for a long-lived one, then reads me,
// me/permissions, the Pages (me/accounts, each with its Page token), each
// Page's Instagram business account, and me/adaccounts.
class MetaIdentityFetcher final : public IdentityFetcher
{
public:
    MetaIdentityFetcher(const EndpointMap &endpoints, QNetworkAccessManager &network, UtcNow now)
        : m_endpoints(endpoints), m_network(network), m_now(std::move(now))
    {
    }
    void fetch(const TokenSet &tokens, const AppCredentials &app, QObject *context, Callback done) override;

private:
    const EndpointMap &m_endpoints;
    QNetworkAccessManager &m_network;
    UtcNow m_now;
};

// Snapchat Marketing: me, then me/organizations, then each organization's ad accounts.
class SnapchatIdentityFetcher final : public IdentityFetcher
{
public:
    SnapchatIdentityFetcher(const EndpointMap &endpoints, QNetworkAccessManager &network)
        : m_endpoints(endpoints), m_network(network)
    {
    }
    void fetch(const TokenSet &tokens, const AppCredentials &app, QObject *context, Callback done) override;

private:
    const EndpointMap &m_endpoints;
    QNetworkAccessManager &m_network;
};

// TikTok Business: the advertisers the token was authorized for (oauth2/advertiser/get).
class TikTokAdsIdentityFetcher final : public IdentityFetcher
{
public:
    TikTokAdsIdentityFetcher(const EndpointMap &endpoints, QNetworkAccessManager &network)
        : m_endpoints(endpoints), m_network(network)
    {
    }
    void fetch(const TokenSet &tokens, const AppCredentials &app, QObject *context, Callback done) override;

private:
    const EndpointMap &m_endpoints;
    QNetworkAccessManager &m_network;
};

// Mailchimp: the OAuth metadata call gives the account and its data centre
// (api_endpoint), which every later Marketing API call needs.
class MailchimpIdentityFetcher final : public IdentityFetcher
{
public:
    MailchimpIdentityFetcher(const EndpointMap &endpoints, QNetworkAccessManager &network)
        : m_endpoints(endpoints), m_network(network)
    {
    }
    void fetch(const TokenSet &tokens, const AppCredentials &app, QObject *context, Callback done) override;

private:
    const EndpointMap &m_endpoints;
    QNetworkAccessManager &m_network;
};

// One identity call with a bearer token: X users/me, LinkedIn userinfo,
// TikTok user/info, YouTube channels?mine=true, Kit account.
class SingleCallIdentityFetcher final : public IdentityFetcher
{
public:
    static bool handles(const QString &providerId);
    SingleCallIdentityFetcher(QString providerId, const EndpointMap &endpoints, QNetworkAccessManager &network)
        : m_providerId(std::move(providerId)), m_endpoints(endpoints), m_network(network)
    {
    }
    void fetch(const TokenSet &tokens, const AppCredentials &app, QObject *context, Callback done) override;

private:
    QString m_providerId;
    const EndpointMap &m_endpoints;
    QNetworkAccessManager &m_network;
};

} // namespace cf
