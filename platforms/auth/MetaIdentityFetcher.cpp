#include "platforms/auth/AuthHttp.h"
#include "platforms/auth/AuthLog.h"
#include "platforms/auth/IdentityFetchers.h"

#include <QJsonArray>
#include <QPointer>
#include <QUrlQuery>

#include <memory>

namespace cf {

namespace {

const QString kGraph = QStringLiteral("https://graph.facebook.com/v21.0");

QUrl graphUrl(const QString &path, const QList<std::pair<QString, QString>> &params)
{
    QUrl url(kGraph + path);
    QUrlQuery query;
    for (const auto &[name, value] : params)
        query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    url.setQuery(query);
    return url;
}

// The state of one Meta discovery, shared by its steps.
struct MetaRun
{
    AccountIdentity result;
    AppCredentials app;
    QPointer<QObject> context;
    IdentityFetcher::Callback done;
    std::vector<std::pair<QString, QString>> pages; // id, Page token
};

} // namespace

void MetaIdentityFetcher::fetch(const TokenSet &tokens, const AppCredentials &app, QObject *context, Callback done)
{
    auto run = std::make_shared<MetaRun>();
    run->app = app;
    run->context = context;
    run->done = std::move(done);
    run->result.account.platform = Platform::Facebook;

    auto get = [this, run](const QUrl &url, std::function<void(const HttpAnswer &)> next) {
        if (!run->context)
            return;
        identity::getJson(m_network, m_endpoints, url, {}, run->context, std::move(next));
    };
    // The steps, last first so each can name the next.
    auto adAccounts = [run, get] {
        get(graphUrl(QStringLiteral("/me/adaccounts"),
                     {{QStringLiteral("fields"), QStringLiteral("id,account_id,name,currency,account_status")},
                      {QStringLiteral("limit"), QStringLiteral("100")},
                      {QStringLiteral("access_token"), run->result.tokens.accessToken}}),
            [run](const HttpAnswer &answer) {
                if (answer.status == 200) {
                    for (const QJsonValue &a : answer.json.value(QStringLiteral("data")).toArray())
                        if (const QString id = a[QStringLiteral("id")].toString(); !id.isEmpty())
                            run->result.subAccounts.push_back({ConnectionKind::AdAccount, Platform::Facebook, id,
                                                               a[QStringLiteral("name")].toString(), {}, {}, std::nullopt});
                } else {
                    // No ads permission or no ad account: publishing organically still works.
                    qCInfo(lcAuth) << "meta: ad accounts not listed, HTTP" << answer.status;
                }
                run->done(run->result, {});
            });
    };
    // The step holds itself only weakly; each pending call holds it strongly.
    auto instagramStep = std::make_shared<std::function<void(size_t)>>();
    const std::weak_ptr<std::function<void(size_t)>> weakInstagram = instagramStep;
    *instagramStep = [run, get, adAccounts, weakInstagram](size_t index) {
        if (index == run->pages.size()) {
            adAccounts();
            return;
        }
        auto instagram = weakInstagram.lock();
        const auto &[pageId, pageToken] = run->pages[index];
        const QString token = pageToken;
        get(graphUrl(QLatin1Char('/') + pageId, {{QStringLiteral("fields"), QStringLiteral("instagram_business_account")},
                                                 {QStringLiteral("access_token"), token}}),
            [run, get, instagram, index, token](const HttpAnswer &page) {
                const QString igId = page.json[QStringLiteral("instagram_business_account")][QStringLiteral("id")].toString();
                if (page.status != 200 || igId.isEmpty()) {
                    (*instagram)(index + 1);
                    return;
                }
                get(graphUrl(QLatin1Char('/') + igId,
                             {{QStringLiteral("fields"), QStringLiteral("id,username,name,profile_picture_url")},
                              {QStringLiteral("access_token"), token}}),
                    [run, instagram, index, igId](const HttpAnswer &ig) {
                        const QString name = ig.json.value(QStringLiteral("username")).toString(ig.json.value(QStringLiteral("name")).toString());
                        run->result.subAccounts.push_back({ConnectionKind::InstagramAccount, Platform::Instagram, igId,
                                                           name.isEmpty() ? igId : QLatin1Char('@') + name,
                                                           ig.json.value(QStringLiteral("profile_picture_url")).toString(),
                                                           {}, std::nullopt});
                        (*instagram)(index + 1);
                    });
            });
    };
    auto pages = [run, get, instagram = instagramStep] {
        get(graphUrl(QStringLiteral("/me/accounts"), {{QStringLiteral("fields"), QStringLiteral("id,name,access_token,picture")},
                                                      {QStringLiteral("limit"), QStringLiteral("100")},
                                                      {QStringLiteral("access_token"), run->result.tokens.accessToken}}),
            [run, instagram](const HttpAnswer &answer) {
                if (answer.status != 200)
                    qCInfo(lcAuth) << "meta: Pages not listed, HTTP" << answer.status;
                for (const QJsonValue &p : answer.json.value(QStringLiteral("data")).toArray()) {
                    const QString id = p[QStringLiteral("id")].toString();
                    const QString token = p[QStringLiteral("access_token")].toString();
                    if (id.isEmpty())
                        continue;
                    DiscoveredAccount page{ConnectionKind::Page, Platform::Facebook, id, p[QStringLiteral("name")].toString(),
                                           p[QStringLiteral("picture")][QStringLiteral("data")][QStringLiteral("url")].toString(),
                                           {}, std::nullopt};
                    if (!token.isEmpty()) {
                        TokenSet pageTokens;
                        pageTokens.accessToken = token;
                        pageTokens.tokenType = QStringLiteral("bearer");
                        page.ownTokens = pageTokens; // Page tokens from a long-lived user token do not expire
                        run->pages.emplace_back(id, token);
                    }
                    run->result.subAccounts.push_back(page);
                }
                (*instagram)(0);
            });
    };
    auto permissions = [run, get, pages] {
        get(graphUrl(QStringLiteral("/me/permissions"), {{QStringLiteral("access_token"), run->result.tokens.accessToken}}),
            [run, pages](const HttpAnswer &answer) {
                QStringList granted;
                for (const QJsonValue &p : answer.json.value(QStringLiteral("data")).toArray())
                    if (p[QStringLiteral("status")].toString() == QLatin1String("granted"))
                        granted << p[QStringLiteral("permission")].toString();
                run->result.grantedScopes = answer.status == 200 ? granted : run->result.tokens.scopes;
                pages();
            });
    };
    auto me = [run, get, permissions] {
        get(graphUrl(QStringLiteral("/me"), {{QStringLiteral("fields"), QStringLiteral("id,name,picture")},
                                             {QStringLiteral("access_token"), run->result.tokens.accessToken}}),
            [run, permissions](const HttpAnswer &answer) {
                if (answer.status != 200) {
                    run->done({}, identity::callFailed(Platform::Facebook, answer));
                    return;
                }
                run->result.account.id = answer.json.value(QStringLiteral("id")).toString();
                run->result.account.name = answer.json.value(QStringLiteral("name")).toString();
                run->result.account.pictureUrl =
                    answer.json[QStringLiteral("picture")][QStringLiteral("data")][QStringLiteral("url")].toString();
                if (run->result.account.id.isEmpty()) {
                    run->done({}, identity::unreadable(Platform::Facebook));
                    return;
                }
                permissions();
            });
    };
    // First: trade the short-lived token for a long-lived (about 60 days) one.
    const UtcNow now = m_now;
    get(graphUrl(QStringLiteral("/oauth/access_token"), {{QStringLiteral("grant_type"), QStringLiteral("fb_exchange_token")},
                                                        {QStringLiteral("client_id"), app.clientId},
                                                        {QStringLiteral("client_secret"), app.clientSecret},
                                                        {QStringLiteral("fb_exchange_token"), tokens.accessToken}}),
        [run, tokens, now, me](const HttpAnswer &answer) {
            const QString longLived = answer.json.value(QStringLiteral("access_token")).toString();
            if (answer.status != 200 || longLived.isEmpty()) {
                run->done({}, answer.status == 200 ? identity::unreadable(Platform::Facebook)
                                                   : identity::callFailed(Platform::Facebook, answer));
                return;
            }
            run->result.tokens = tokens;
            run->result.tokens.accessToken = longLived;
            const qint64 secs = static_cast<qint64>(answer.json.value(QStringLiteral("expires_in")).toDouble());
            run->result.tokens.expiresAt = secs > 0 ? now().addSecs(secs) : QDateTime();
            me();
        });
}

} // namespace cf
