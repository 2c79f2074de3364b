#include "platforms/sandbox/SandboxSeed.h"

namespace cf::sandbox {

namespace {
const QString kLoopbackAnyPort = QStringLiteral("http://127.0.0.1:*/*");
const QString kLocalhostAnyPort = QStringLiteral("http://localhost:*/*");

OAuthApp makeApp(const QString &realm, QStringList redirects, bool publicClient = false)
{
    OAuthApp app;
    app.realm = realm;
    app.clientId = QStringLiteral("sandbox-%1-client").arg(realm);
    app.clientSecret = QStringLiteral("sandbox-%1-secret").arg(realm);
    app.redirectUris = std::move(redirects);
    app.publicClient = publicClient;
    return app;
}

Json personJson(const SandboxSeed::Person &p)
{
    return Json{{"id", toStd(p.id)}, {"name", toStd(p.name)}, {"username", toStd(p.username)}, {"email", toStd(p.email)}};
}

Json adAccountJson(const SandboxSeed::AdAccount &a)
{
    return Json{{"id", toStd(a.id)}, {"name", toStd(a.name)}, {"currency", toStd(a.currency)}, {"timezone", toStd(a.timezone)}};
}

bool readString(const Json &object, const char *key, QString *out, QString *error)
{
    const auto it = object.find(key);
    if (it == object.end())
        return true;
    if (!it->is_string()) {
        *error = QStringLiteral("\"%1\" must be a string").arg(QLatin1String(key));
        return false;
    }
    *out = fromStd(it->get<std::string>());
    return true;
}

bool readPerson(const Json &json, const char *key, SandboxSeed::Person *person, QString *error)
{
    const auto it = json.find(key);
    if (it == json.end())
        return true;
    if (!it->is_object()) {
        *error = QStringLiteral("\"%1\" must be an object").arg(QLatin1String(key));
        return false;
    }
    return readString(*it, "id", &person->id, error) && readString(*it, "name", &person->name, error)
        && readString(*it, "username", &person->username, error) && readString(*it, "email", &person->email, error);
}

bool readAdAccounts(const Json &json, const char *key, std::vector<SandboxSeed::AdAccount> *out, QString *error)
{
    const auto it = json.find(key);
    if (it == json.end())
        return true;
    if (!it->is_array()) {
        *error = QStringLiteral("\"%1\" must be an array").arg(QLatin1String(key));
        return false;
    }
    std::vector<SandboxSeed::AdAccount> accounts;
    for (const Json &item : *it) {
        SandboxSeed::AdAccount account;
        if (!item.is_object() || !readString(item, "id", &account.id, error) || !readString(item, "name", &account.name, error)
            || !readString(item, "currency", &account.currency, error) || !readString(item, "timezone", &account.timezone, error)
            || account.id.isEmpty()) {
            if (error->isEmpty())
                *error = QStringLiteral("every item of \"%1\" needs an \"id\"").arg(QLatin1String(key));
            return false;
        }
        accounts.push_back(account);
    }
    *out = std::move(accounts);
    return true;
}
} // namespace

SandboxSeed SandboxSeed::defaults()
{
    SandboxSeed seed;
    seed.apps = {
        makeApp(QStringLiteral("meta"), {QStringLiteral("https://www.facebook.com/connect/login_success.html")}),
        makeApp(QStringLiteral("instagram"), {QStringLiteral("https://localhost:*/*")}),
        makeApp(QStringLiteral("x"), {kLoopbackAnyPort}, true),
        makeApp(QStringLiteral("linkedin"), {kLoopbackAnyPort, kLocalhostAnyPort}),
        makeApp(QStringLiteral("tiktok"), {kLoopbackAnyPort, kLocalhostAnyPort}),
        makeApp(QStringLiteral("google"), {kLoopbackAnyPort, kLocalhostAnyPort, QStringLiteral("http://[::1]:*/*")}),
        makeApp(QStringLiteral("mailchimp"), {kLoopbackAnyPort}),
        makeApp(QStringLiteral("kit"), {kLoopbackAnyPort, kLocalhostAnyPort}, true),
        makeApp(QStringLiteral("snapchat"), {QStringLiteral("https://campaignforge.invalid/oauth/snapchat")}),
        makeApp(QStringLiteral("tiktok_business"), {kLoopbackAnyPort, QStringLiteral("https://campaignforge.invalid/oauth/tiktok-business")}),
    };
    // LinkedIn grants refresh tokens only to approved partner apps.
    for (OAuthApp &app : seed.apps) {
        if (app.realm == QLatin1String("linkedin"))
            app.refreshEnabled = false;
    }
    seed.metaUser = {QStringLiteral("10158000000000001"), QStringLiteral("Noura Al-Harbi"), QString(), QStringLiteral("noura@example.com")};
    seed.pages = {
        {QStringLiteral("104000000000001"), QStringLiteral("Noura Boutique"), QStringLiteral("Clothing Store"),
         QStringLiteral("17841400000000001"), QStringLiteral("noura.boutique")},
        {QStringLiteral("104000000000002"), QStringLiteral("Noura Cafe"), QStringLiteral("Cafe"), QString(), QString()},
    };
    seed.metaAdAccounts = {{QStringLiteral("1200000000000001"), QStringLiteral("Noura Boutique Ads"), QStringLiteral("SAR"),
                            QStringLiteral("Asia/Riyadh")}};
    seed.xUser = {QStringLiteral("1500000000000000001"), QStringLiteral("Noura Boutique"), QStringLiteral("nouraboutique"), QString()};
    seed.linkedInUser = {QStringLiteral("aB3cD4eF5g"), QStringLiteral("Noura Al-Harbi"), QString(), QStringLiteral("noura@example.com")};
    seed.tiktokUser = {QStringLiteral("-000AbCdEfGhIjKlMnOpQrStUvWxYz0123"), QStringLiteral("Noura Boutique"),
                       QStringLiteral("nouraboutique"), QString()};
    seed.tiktokAdvertisers = {{QStringLiteral("7000000000000000001"), QStringLiteral("Noura Boutique"), QStringLiteral("SAR"),
                               QStringLiteral("Asia/Riyadh")}};
    seed.googleUser = {QStringLiteral("109000000000000000001"), QStringLiteral("Noura Al-Harbi"), QString(),
                       QStringLiteral("noura@example.com")};
    seed.youtubeChannelId = QStringLiteral("UCa1b2c3d4e5f6g7h8i9j0kL");
    seed.youtubeChannelTitle = QStringLiteral("Noura Boutique");
    seed.wordpressUser = {QStringLiteral("1"), QStringLiteral("Noura"), QStringLiteral("noura"), QStringLiteral("noura@example.com")};
    seed.wordpressAppPassword = QStringLiteral("abcd EFGH 1234 ijkl MNOP 5678");
    seed.mailchimpDc = QStringLiteral("us19");
    seed.mailchimpAccountName = QStringLiteral("Noura Boutique");
    seed.mailchimpLoginEmail = QStringLiteral("noura@example.com");
    seed.mailchimpListId = QStringLiteral("26d8e9db1e");
    seed.kitUser = {QStringLiteral("1000001"), QStringLiteral("Noura"), QString(), QStringLiteral("noura@example.com")};
    seed.kitAccountName = QStringLiteral("Noura Boutique");
    seed.snapchatUser = {QStringLiteral("5f2a7c1e-0b3d-4e8f-9a6b-1c2d3e4f5a6b"), QStringLiteral("Noura Al-Harbi"), QString(),
                         QStringLiteral("noura@example.com")};
    seed.snapchatOrganizationId = QStringLiteral("8b1f0e62-3c4d-4a5b-8c7d-9e0f1a2b3c4d");
    seed.snapchatOrganizationName = QStringLiteral("Noura Boutique");
    seed.snapchatAdAccounts = {{QStringLiteral("8adc3db7-8148-4fbf-999c-8d2266369d74"), QStringLiteral("Noura Boutique Snap"),
                                QStringLiteral("SAR"), QStringLiteral("Asia/Riyadh")}};
    return seed;
}

Json SandboxSeed::toJson() const
{
    Json appsJson = Json::array();
    for (const OAuthApp &app : apps) {
        Json uris = Json::array();
        for (const QString &uri : app.redirectUris)
            uris.push_back(toStd(uri));
        appsJson.push_back({{"realm", toStd(app.realm)}, {"client_id", toStd(app.clientId)}, {"client_secret", toStd(app.clientSecret)},
                        {"redirect_uris", uris}, {"public_client", app.publicClient}, {"refresh_enabled", app.refreshEnabled}});
    }
    Json pagesJson = Json::array();
    for (const Page &page : pages)
        pagesJson.push_back({{"id", toStd(page.id)}, {"name", toStd(page.name)}, {"category", toStd(page.category)},
                             {"instagram_id", toStd(page.instagramId)}, {"instagram_username", toStd(page.instagramUsername)}});
    auto accounts = [](const std::vector<AdAccount> &list) {
        Json out = Json::array();
        for (const AdAccount &a : list)
            out.push_back(adAccountJson(a));
        return out;
    };
    return Json{{"apps", appsJson},
                {"meta_user", personJson(metaUser)},
                {"pages", pagesJson},
                {"meta_ad_accounts", accounts(metaAdAccounts)},
                {"x_user", personJson(xUser)},
                {"linkedin_user", personJson(linkedInUser)},
                {"tiktok_user", personJson(tiktokUser)},
                {"tiktok_advertisers", accounts(tiktokAdvertisers)},
                {"google_user", personJson(googleUser)},
                {"youtube_channel", {{"id", toStd(youtubeChannelId)}, {"title", toStd(youtubeChannelTitle)}}},
                {"wordpress_user", personJson(wordpressUser)},
                {"wordpress_app_password", toStd(wordpressAppPassword)},
                {"mailchimp", {{"dc", toStd(mailchimpDc)}, {"account_name", toStd(mailchimpAccountName)},
                               {"login_email", toStd(mailchimpLoginEmail)}, {"list_id", toStd(mailchimpListId)}}},
                {"kit_user", personJson(kitUser)},
                {"kit_account_name", toStd(kitAccountName)},
                {"snapchat_user", personJson(snapchatUser)},
                {"snapchat_organization", {{"id", toStd(snapchatOrganizationId)}, {"name", toStd(snapchatOrganizationName)}}},
                {"snapchat_ad_accounts", accounts(snapchatAdAccounts)}};
}

bool SandboxSeed::apply(const Json &json, QString *error)
{
    QString scratch;
    QString *err = error ? error : &scratch;
    if (!json.is_object()) {
        *err = QStringLiteral("the seed must be a JSON object");
        return false;
    }
    SandboxSeed next = *this;
    if (json.contains("apps")) {
        if (!json["apps"].is_array()) {
            *err = QStringLiteral("\"apps\" must be an array");
            return false;
        }
        for (const Json &item : json["apps"]) {
            OAuthApp app;
            if (!item.is_object() || !readString(item, "realm", &app.realm, err) || !readString(item, "client_id", &app.clientId, err)
                || !readString(item, "client_secret", &app.clientSecret, err) || app.realm.isEmpty() || app.clientId.isEmpty()) {
                if (err->isEmpty())
                    *err = QStringLiteral("every app needs \"realm\" and \"client_id\"");
                return false;
            }
            if (item.contains("redirect_uris")) {
                if (!item["redirect_uris"].is_array()) {
                    *err = QStringLiteral("\"redirect_uris\" must be an array of strings");
                    return false;
                }
                for (const Json &uri : item["redirect_uris"]) {
                    if (!uri.is_string()) {
                        *err = QStringLiteral("\"redirect_uris\" must be an array of strings");
                        return false;
                    }
                    app.redirectUris.append(fromStd(uri.get<std::string>()));
                }
            }
            app.publicClient = item.value("public_client", false);
            app.refreshEnabled = item.value("refresh_enabled", true);
            // An app with the same realm and id replaces the registered one.
            std::erase_if(next.apps, [&](const OAuthApp &a) { return a.realm == app.realm && a.clientId == app.clientId; });
            next.apps.push_back(app);
        }
    }
    if (json.contains("pages")) {
        if (!json["pages"].is_array()) {
            *err = QStringLiteral("\"pages\" must be an array");
            return false;
        }
        next.pages.clear();
        for (const Json &item : json["pages"]) {
            Page page;
            if (!item.is_object() || !readString(item, "id", &page.id, err) || !readString(item, "name", &page.name, err)
                || !readString(item, "category", &page.category, err) || !readString(item, "instagram_id", &page.instagramId, err)
                || !readString(item, "instagram_username", &page.instagramUsername, err) || page.id.isEmpty()) {
                if (err->isEmpty())
                    *err = QStringLiteral("every page needs an \"id\"");
                return false;
            }
            next.pages.push_back(page);
        }
    }
    if (!readPerson(json, "meta_user", &next.metaUser, err) || !readPerson(json, "x_user", &next.xUser, err)
        || !readPerson(json, "linkedin_user", &next.linkedInUser, err) || !readPerson(json, "tiktok_user", &next.tiktokUser, err)
        || !readPerson(json, "google_user", &next.googleUser, err) || !readPerson(json, "wordpress_user", &next.wordpressUser, err)
        || !readPerson(json, "kit_user", &next.kitUser, err) || !readPerson(json, "snapchat_user", &next.snapchatUser, err)
        || !readAdAccounts(json, "meta_ad_accounts", &next.metaAdAccounts, err)
        || !readAdAccounts(json, "tiktok_advertisers", &next.tiktokAdvertisers, err)
        || !readAdAccounts(json, "snapchat_ad_accounts", &next.snapchatAdAccounts, err)
        || !readString(json, "wordpress_app_password", &next.wordpressAppPassword, err)
        || !readString(json, "kit_account_name", &next.kitAccountName, err))
        return false;
    *this = std::move(next);
    return true;
}

const OAuthApp *SandboxSeed::app(const QString &realm, const QString &clientId) const
{
    for (const OAuthApp &a : apps) {
        if (a.realm == realm && a.clientId == clientId)
            return &a;
    }
    return nullptr;
}

const SandboxSeed::Page *SandboxSeed::page(const QString &id) const
{
    for (const Page &p : pages) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const SandboxSeed::Page *SandboxSeed::pageByInstagram(const QString &instagramId) const
{
    for (const Page &p : pages) {
        if (!p.instagramId.isEmpty() && p.instagramId == instagramId)
            return &p;
    }
    return nullptr;
}

} // namespace cf::sandbox
