// Identity for Snapchat Marketing, TikTok Business and Mailchimp.
#include "platforms/auth/AuthHttp.h"
#include "platforms/auth/IdentityFetchers.h"

#include <QJsonArray>
#include <QPointer>
#include <QUrlQuery>

#include <memory>

namespace cf {

namespace {
const QUrl kSnapBase(QStringLiteral("https://adsapi.snapchat.com/v1"));

QString idText(const QJsonValue &v) { return v.isString() ? v.toString() : v.isDouble() ? QString::number(v.toInteger()) : QString(); }
} // namespace

void SnapchatIdentityFetcher::fetch(const TokenSet &tokens, const AppCredentials &, QObject *context, Callback done)
{
    const QList<std::pair<QByteArray, QByteArray>> auth{{"Authorization", identity::bearer(tokens)}};
    auto result = std::make_shared<AccountIdentity>();
    result->tokens = tokens;
    result->grantedScopes = tokens.scopes;
    result->account.platform = Platform::Snapchat;
    QPointer<QObject> guard(context);
    identity::getJson(m_network, m_endpoints, QUrl(kSnapBase.toString() + QStringLiteral("/me")), auth, context,
                      [this, auth, result, guard, done](const HttpAnswer &me) {
        const QJsonObject user = me.json.value(QStringLiteral("me")).toObject();
        if (me.status != 200) {
            done({}, identity::callFailed(Platform::Snapchat, me));
            return;
        }
        result->account.id = user.value(QStringLiteral("id")).toString();
        result->account.name = user.value(QStringLiteral("display_name")).toString(user.value(QStringLiteral("email")).toString());
        if (result->account.id.isEmpty()) {
            done({}, identity::unreadable(Platform::Snapchat));
            return;
        }
        identity::getJson(m_network, m_endpoints, QUrl(kSnapBase.toString() + QStringLiteral("/me/organizations")), auth,
                          guard, [this, auth, result, guard, done](const HttpAnswer &orgs) {
            if (orgs.status != 200) {
                done({}, identity::callFailed(Platform::Snapchat, orgs));
                return;
            }
            QStringList orgIds;
            for (const QJsonValue &item : orgs.json.value(QStringLiteral("organizations")).toArray())
                if (const QString id = item[QStringLiteral("organization")][QStringLiteral("id")].toString(); !id.isEmpty())
                    orgIds << id;
            // Ad accounts of each organization, one after another.
            // The step holds itself only weakly; each pending call holds it strongly.
            auto first = std::make_shared<std::function<void(qsizetype)>>();
            const std::weak_ptr<std::function<void(qsizetype)>> weakNext = first;
            *first = [this, auth, result, guard, done, orgIds, weakNext](qsizetype index) {
                if (index == orgIds.size()) {
                    done(*result, {});
                    return;
                }
                auto next = weakNext.lock();
                const QUrl url(kSnapBase.toString() + QStringLiteral("/organizations/%1/adaccounts").arg(orgIds[index]));
                identity::getJson(m_network, m_endpoints, url, auth, guard,
                                  [result, done, next, index](const HttpAnswer &accounts) {
                    if (accounts.status != 200) {
                        done({}, identity::callFailed(Platform::Snapchat, accounts));
                        return;
                    }
                    for (const QJsonValue &item : accounts.json.value(QStringLiteral("adaccounts")).toArray()) {
                        const QJsonObject a = item[QStringLiteral("adaccount")].toObject();
                        if (a.value(QStringLiteral("id")).toString().isEmpty())
                            continue;
                        result->subAccounts.push_back({ConnectionKind::AdAccount, Platform::Snapchat,
                                                       a.value(QStringLiteral("id")).toString(),
                                                       a.value(QStringLiteral("name")).toString(), {}, {}, std::nullopt});
                    }
                    (*next)(index + 1);
                });
            };
            (*first)(0);
        });
    });
}

void TikTokAdsIdentityFetcher::fetch(const TokenSet &tokens, const AppCredentials &app, QObject *context, Callback done)
{
    QUrl url(QStringLiteral("https://business-api.tiktok.com/open_api/v1.3/oauth2/advertiser/get/"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("app_id"), QString::fromLatin1(QUrl::toPercentEncoding(app.clientId)));
    query.addQueryItem(QStringLiteral("secret"), QString::fromLatin1(QUrl::toPercentEncoding(app.clientSecret)));
    url.setQuery(query);
    identity::getJson(m_network, m_endpoints, url, {{"Access-Token", tokens.accessToken.toUtf8()}}, context,
                      [tokens, done = std::move(done)](const HttpAnswer &answer) {
        if (answer.status != 200) {
            done({}, identity::callFailed(Platform::TikTok, answer));
            return;
        }
        if (answer.json.value(QStringLiteral("code")).toInt(-1) != 0) {
            done({}, identity::unreadable(Platform::TikTok));
            return;
        }
        AccountIdentity result;
        result.tokens = tokens;
        result.grantedScopes = tokens.scopes;
        result.account.platform = Platform::TikTok;
        const QJsonArray list = answer.json[QStringLiteral("data")][QStringLiteral("list")].toArray();
        for (const QJsonValue &item : list) {
            const QString id = idText(item[QStringLiteral("advertiser_id")]);
            if (!id.isEmpty())
                result.subAccounts.push_back({ConnectionKind::Advertiser, Platform::TikTok, id,
                                              item[QStringLiteral("advertiser_name")].toString(), {}, {}, std::nullopt});
        }
        // The Business token belongs to whoever authorized the app, who has no
        // id of their own here: name the grant after its advertisers.
        QStringList ids;
        for (const DiscoveredAccount &a : result.subAccounts)
            ids << a.id;
        for (const QJsonValue &v : tokens.extra.value(QStringLiteral("advertiser_ids")).toArray())
            if (!ids.contains(idText(v)))
                ids << idText(v);
        if (ids.isEmpty()) {
            done({}, identity::unreadable(Platform::TikTok));
            return;
        }
        ids.sort();
        result.account.id = QStringLiteral("business:") + ids.join(QLatin1Char(','));
        result.account.name = result.subAccounts.empty() ? ids.first() : result.subAccounts.front().name;
        done(result, {});
    });
}

void MailchimpIdentityFetcher::fetch(const TokenSet &tokens, const AppCredentials &, QObject *context, Callback done)
{
    identity::getJson(m_network, m_endpoints, QUrl(QStringLiteral("https://login.mailchimp.com/oauth2/metadata")),
                      {{"Authorization", "OAuth " + tokens.accessToken.toUtf8()}}, context,
                      [tokens, done = std::move(done)](const HttpAnswer &answer) {
        // An invalid token is answered with HTTP 200 and {"error": "invalid_token"}.
        if (answer.status != 200 || answer.json.contains(QStringLiteral("error"))) {
            HttpAnswer refused = answer;
            if (refused.status == 200)
                refused.status = 401;
            done({}, identity::callFailed(Platform::Mailchimp, refused));
            return;
        }
        AccountIdentity result;
        result.tokens = tokens;
        result.account.platform = Platform::Mailchimp;
        const QJsonObject login = answer.json.value(QStringLiteral("login")).toObject();
        result.account.id = idText(answer.json.value(QStringLiteral("user_id")));
        if (result.account.id.isEmpty())
            result.account.id = idText(login.value(QStringLiteral("login_id")));
        if (result.account.id.isEmpty())
            result.account.id = answer.json.value(QStringLiteral("dc")).toString() + QLatin1Char(':')
                                + login.value(QStringLiteral("email")).toString();
        result.account.name = answer.json.value(QStringLiteral("accountname")).toString(login.value(QStringLiteral("email")).toString());
        result.account.pictureUrl = login.value(QStringLiteral("avatar")).toString();
        const QUrl api(answer.json.value(QStringLiteral("api_endpoint")).toString());
        const QString dc = answer.json.value(QStringLiteral("dc")).toString();
        if (api.isValid() && !api.host().isEmpty())
            result.account.apiBase = api.toString();
        else if (!dc.isEmpty())
            result.account.apiBase = QStringLiteral("https://%1.api.mailchimp.com").arg(dc);
        if (result.account.apiBase.isEmpty() || result.account.id == QLatin1String(":")) {
            done({}, identity::unreadable(Platform::Mailchimp));
            return;
        }
        if (result.account.name.isEmpty())
            result.account.name = result.account.id;
        done(result, {});
    });
}

} // namespace cf
