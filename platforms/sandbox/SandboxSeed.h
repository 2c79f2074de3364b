#pragma once

#include "platforms/sandbox/SandboxHttp.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace cf::sandbox {

// One registered OAuth application on an emulated platform. `realm` names the
// authorization server: meta, instagram, x, linkedin, tiktok, google,
// mailchimp, kit, snapchat, tiktok_business.
struct OAuthApp
{
    QString realm;
    QString clientId;
    QString clientSecret;
    // Exact URIs, or patterns with a wildcard port and/or path:
    // "http://127.0.0.1:*/*" (port required, any path).
    QStringList redirectUris;
    bool publicClient = false;  // may authenticate with PKCE alone (X native apps, Kit PKCE)
    bool refreshEnabled = true; // LinkedIn grants refresh tokens only to approved partners
};

// The accounts every platform serves at start, and after /_sandbox/reset.
// Tests may replace parts through POST /_sandbox/seed.
struct SandboxSeed
{
    struct Person
    {
        QString id;
        QString name;
        QString username;
        QString email;
    };
    struct Page
    {
        QString id;
        QString name;
        QString category;
        QString instagramId;       // business account connected to the Page, may be empty
        QString instagramUsername;
    };
    struct AdAccount
    {
        QString id;      // Meta: digits without "act_"; TikTok: advertiser id; Snapchat: UUID
        QString name;
        QString currency;
        QString timezone;
    };

    std::vector<OAuthApp> apps;
    Person metaUser;
    std::vector<Page> pages;
    std::vector<AdAccount> metaAdAccounts;
    Person xUser;
    Person linkedInUser;
    Person tiktokUser;
    std::vector<AdAccount> tiktokAdvertisers;
    Person googleUser;
    QString youtubeChannelId;
    QString youtubeChannelTitle;
    Person wordpressUser;
    QString wordpressAppPassword; // "abcd efgh ijkl mnop qrst uvwx"
    QString mailchimpDc;
    QString mailchimpAccountName;
    QString mailchimpLoginEmail;
    QString mailchimpListId;
    Person kitUser;
    QString kitAccountName;
    Person snapchatUser;
    QString snapchatOrganizationId;
    QString snapchatOrganizationName;
    std::vector<AdAccount> snapchatAdAccounts;

    static SandboxSeed defaults();
    Json toJson() const;
    // Applies the members present in json over this seed; false with a reason
    // when a member has the wrong shape.
    bool apply(const Json &json, QString *error);

    const OAuthApp *app(const QString &realm, const QString &clientId) const;
    const Page *page(const QString &id) const;
    const Page *pageByInstagram(const QString &instagramId) const;
};

} // namespace cf::sandbox
