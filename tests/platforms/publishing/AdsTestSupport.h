#pragma once

// Tokens for the sandbox's TikTok Business and Snapchat ad accounts (through
// their real sign-in flows) and a paid-ad request like the worker builds.

#include "PublisherHarness.h"

#include <QTimeZone>
#include <QUrlQuery>

namespace cf::test {

inline const QString kTikTokAdvertiser = QStringLiteral("7000000000000000001");
inline const QString kSnapAdAccount = QStringLiteral("8adc3db7-8148-4fbf-999c-8d2266369d74");

inline QString tiktokBusinessToken(SandboxProcess &sandbox)
{
    QUrl url = sandbox.url(QStringLiteral("business-api.tiktok.com/portal/auth"));
    url.setQuery(QStringLiteral("app_id=sandbox-tiktok_business-client&state=s&redirect_uri=")
                 + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("http://127.0.0.1:5555/callback"))));
    const QString code = QUrlQuery(sandbox.consent(url, true)).queryItemValue(QStringLiteral("auth_code"), QUrl::FullyDecoded);
    const auto reply = sandbox.postJson(sandbox.url(QStringLiteral("business-api.tiktok.com/open_api/v1.3/oauth2/access_token/")),
                                        {{"app_id", "sandbox-tiktok_business-client"}, {"secret", "sandbox-tiktok_business-secret"},
                                         {"auth_code", code.toStdString()}});
    return QString::fromStdString(reply.json()["data"].value("access_token", std::string()));
}

inline QString snapchatToken(SandboxProcess &sandbox)
{
    const QString redirect = QStringLiteral("https://campaignforge.invalid/oauth/snapchat");
    QUrl url = sandbox.url(QStringLiteral("accounts.snapchat.com/login/oauth2/authorize"));
    url.setQuery(QStringLiteral("client_id=sandbox-snapchat-client&response_type=code&scope=snapchat-marketing-api&state=s&redirect_uri=")
                 + QString::fromLatin1(QUrl::toPercentEncoding(redirect)));
    const QString code = QUrlQuery(sandbox.consent(url, true)).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    const auto reply = sandbox.postForm(sandbox.url(QStringLiteral("accounts.snapchat.com/login/oauth2/access_token")),
                                        {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                         {QStringLiteral("client_id"), QStringLiteral("sandbox-snapchat-client")},
                                         {QStringLiteral("client_secret"), QStringLiteral("sandbox-snapchat-secret")},
                                         {QStringLiteral("code"), code},
                                         {QStringLiteral("redirect_uri"), redirect}});
    return QString::fromStdString(reply.json().value("access_token", std::string()));
}

// A Ramadan traffic ad for women 25-40 in Riyadh, 100 SAR a day for a week.
inline PublishRequest adRequest(Platform platform, const QString &accountId, const QString &token, const QString &objective,
                                const QString &adName = QStringLiteral("Ramadan Sale | video hook A"))
{
    PublishRequest request = textRequest(platform, accountId, token, QStringLiteral("Ramadan sale: 30% off abayas this week"),
                                         QStringLiteral("https://shop.example.com/ramadan?utm_source=ads"));
    request.item.copy->en.headline = QStringLiteral("Ramadan sale now on");
    request.item.copy->callToActionType = QStringLiteral("SHOP_NOW");
    request.connection.accountName = QStringLiteral("Noura Boutique");
    request.idempotencyKey = QStringLiteral("cf-target-1");
    AdSpec ad;
    ad.campaignId = 7;
    ad.campaignName = QStringLiteral("Ramadan Sale");
    ad.adSetName = QStringLiteral("Ramadan Sale | Women 25-40 Riyadh");
    ad.adName = adName;
    ad.landingUrl = QStringLiteral("https://shop.example.com/ramadan?utm_source=ads");
    ad.brandName = QStringLiteral("Noura Boutique");
    ad.adSet.platform = platform;
    ad.adSet.name = ad.adSetName;
    ad.adSet.targeting.locations = {QStringLiteral("Riyadh")};
    ad.adSet.targeting.genders = {QStringLiteral("female")};
    ad.adSet.targeting.ageMin = 25;
    ad.adSet.targeting.ageMax = 40;
    ad.adSet.platformObjective = objective;
    ad.adSet.budget = Budget{Money{10000, QStringLiteral("SAR")}, BudgetPeriod::Daily};
    const QDate start = QDate::currentDate().addDays(1);
    ad.adSet.startUtc = QDateTime(start, QTime(21, 0), QTimeZone::utc());
    ad.adSet.endUtc = QDateTime(start.addDays(7), QTime(20, 59), QTimeZone::utc());
    request.ad = ad;
    return request;
}

} // namespace cf::test
