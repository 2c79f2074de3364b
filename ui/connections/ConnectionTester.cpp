#include "ui/connections/ConnectionTester.h"

#include "platforms/auth/ConnectionService.h"
#include "platforms/auth/IdentityFetcher.h"
#include "platforms/auth/PlatformAppCredentials.h"
#include "platforms/auth/AuthHttp.h"
#include "platforms/auth/TokenRefresher.h"

#include <QLocale>
#include <QPointer>

#include <memory>

namespace cf {

ConnectionTester::ConnectionTester(const ConnectionsServices &services, QObject *parent)
    : QObject(parent), m_services(services)
{
}

void ConnectionTester::test(const Connection &account, Done done)
{
    const QString providerId = account.provider;
    auto fetcher = std::shared_ptr<IdentityFetcher>(
        makeIdentityFetcher(providerId, m_services.endpoints, m_services.network, m_services.now));
    if (!fetcher && providerId != QLatin1String("wordpress")) {
        done(false, tr("CampaignForge cannot check %1 accounts yet.").arg(platformDisplayName(account.platform)));
        return;
    }
    QPointer<ConnectionTester> self = this;
    const auto passed = [self, account](const QString &name) {
        return tr("Working: %1 answered as %2 (checked at %3).")
            .arg(platformDisplayName(account.platform), name,
                 QLocale().toString(self ? self->m_services.now().toLocalTime().time() : QTime(), QLocale::ShortFormat));
    };
    m_services.refresher.accessToken(account, [self, account, providerId, fetcher, done, passed](
                                                  const std::optional<TokenSet> &tokens, const AuthError &error) {
        if (!self)
            return;
        if (error.isError() || !tokens) {
            done(false, error.isError() ? error.message : tr("No saved sign-in was found for this account: reconnect it."));
            return;
        }
        if (!fetcher) {
            self->testWordPress(account, *tokens, done);
            return;
        }
        self->m_services.apps.get(providerId, self, [self, account, fetcher, tokens, done, passed](
                                                        const std::optional<AppCredentials> &app, bool,
                                                        const AuthError &appError) {
            if (!self)
                return;
            if (appError.isError()) {
                done(false, appError.message);
                return;
            }
            fetcher->fetch(*tokens, app.value_or(AppCredentials{}), self,
                           [account, fetcher, done, passed](const AccountIdentity &identity, const AuthError &fetchError) {
                if (fetchError.isError()) {
                    done(false, fetchError.message);
                    return;
                }
                if (identity.account.id != account.accountId) {
                    done(false, tr("%1 answered for a different account (%2): reconnect this one.")
                                    .arg(platformDisplayName(account.platform), identity.account.name));
                    return;
                }
                done(true, passed(identity.account.name));
            });
        });
    });
}

void ConnectionTester::testWordPress(const Connection &account, const TokenSet &secret, Done done)
{
    // WordPress keeps an application password: read the user it belongs to,
    // as connecting did.
    QUrl url(account.apiBase);
    url.setPath(url.path() + QStringLiteral("/wp-json/wp/v2/users/me"));
    url.setQuery(QStringLiteral("context=edit"));
    const QString user = secret.extra.value(QStringLiteral("user")).toString();
    const QByteArray basic = "Basic " + (user + QLatin1Char(':') + secret.accessToken).toUtf8().toBase64();
    QPointer<ConnectionTester> self = this;
    identity::getJson(m_services.network, m_services.endpoints, url, {{QByteArray("Authorization"), basic}}, this,
                      [self, account, done](const HttpAnswer &answer) {
        if (!self)
            return;
        const QString expectedPrefix = QString::number(answer.json.value(QStringLiteral("id")).toInteger()) + QLatin1Char('@');
        if (answer.status == 200 && account.accountId.startsWith(expectedPrefix)) {
            done(true, tr("Working: %1 answered as %2 (checked at %3).")
                           .arg(platformDisplayName(account.platform),
                                answer.json.value(QStringLiteral("name")).toString(account.accountName),
                                QLocale().toString(self->m_services.now().toLocalTime().time(), QLocale::ShortFormat)));
            return;
        }
        if (answer.transportFailed()) {
            done(false, tr("%1 could not be reached. Check the address and the internet connection.")
                            .arg(QUrl(account.apiBase).host()));
            return;
        }
        done(false, answer.status == 401 || answer.status == 403
                        ? tr("WordPress refused the saved application password: reconnect the site.")
                        : tr("The site answered unexpectedly (HTTP %1).").arg(answer.status));
    });
}

} // namespace cf
