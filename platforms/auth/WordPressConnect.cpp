// ConnectionService::connectWordPress: WordPress self-hosted sites use an
// application password (Users → Profile → Application Passwords) with HTTP
// Basic auth instead of OAuth.
#include "models/store/ConnectionRepository.h"
#include "platforms/auth/AuthHttp.h"
#include "platforms/auth/ConnectionService.h"
#include "platforms/auth/TokenVault.h"
#include "platforms/net/EndpointMap.h"

#include <QJsonObject>
#include <QUrlQuery>

namespace cf {

void ConnectionService::connectWordPress(const QUrl &site, const QString &user, const QString &applicationPassword)
{
    QUrl base = site.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    if (!base.isValid() || base.host().isEmpty()
        || (base.scheme() != QLatin1String("https") && base.scheme() != QLatin1String("http"))) {
        fail(AuthError::make(AuthError::Code::BadRedirect,
                             tr("\"%1\" is not a web site address. Enter it as https://example.com.").arg(site.toString())));
        return;
    }
    if (user.trimmed().isEmpty() || applicationPassword.trimmed().isEmpty()) {
        fail(AuthError::make(AuthError::Code::InvalidClient, tr("Enter the WordPress user name and an application password.")));
        return;
    }
    // Application passwords are shown with spaces; WordPress ignores them.
    const QString password = QString(applicationPassword).remove(QLatin1Char(' '));
    QUrl url = base;
    url.setPath(base.path() + QStringLiteral("/wp-json/wp/v2/users/me"));
    url.setQuery(QStringLiteral("context=edit"));
    QNetworkRequest request(m_endpoints.rewrite(url));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization", "Basic " + (user.trimmed() + QLatin1Char(':') + password).toUtf8().toBase64());
    authhttp::send(m_network, request, "GET", {}, this, [this, base, user, password](const HttpAnswer &answer) {
        if (answer.transportFailed()) {
            fail(AuthError::make(AuthError::Code::Network,
                                 tr("%1 could not be reached. Check the address and the internet connection.")
                                     .arg(base.host())));
            return;
        }
        const QString code = answer.json.value(QStringLiteral("code")).toString();
        if (answer.status == 401 || answer.status == 403) {
            fail(AuthError::make(AuthError::Code::InvalidClient,
                                 code == QLatin1String("rest_not_logged_in")
                                     ? tr("The site ignored the sign-in: its web server may strip the Authorization "
                                          "header. Ask the host to pass it to WordPress.")
                                     : tr("WordPress refused the user name or application password.")));
            return;
        }
        const QJsonValue idValue = answer.json.value(QStringLiteral("id"));
        if (answer.status != 200 || !idValue.isDouble()) {
            fail(AuthError::make(AuthError::Code::Protocol,
                                 tr("%1 does not answer like a WordPress site with the REST API enabled (HTTP %2).")
                                     .arg(base.host())
                                     .arg(answer.status)));
            return;
        }
        const QDateTime now = m_now();
        Connection row;
        row.platform = Platform::WordPress;
        row.provider = QStringLiteral("wordpress");
        // The same user id exists on many sites: the site is part of the account.
        row.accountId = QStringLiteral("%1@%2").arg(idValue.toInteger()).arg(base.toString(QUrl::RemoveScheme).mid(2));
        row.accountName = QStringLiteral("%1 — %2").arg(answer.json.value(QStringLiteral("name")).toString(user), base.host());
        row.pictureUrl = answer.json.value(QStringLiteral("avatar_urls")).toObject().value(QStringLiteral("96")).toString();
        row.apiBase = base.toString();
        row.status = ConnectionStatus::Connected;
        row.createdAt = now;
        row.updatedAt = now;
        const StoreResult<qint64> id = m_connections.upsert(row);
        if (!id) {
            fail(AuthError::make(AuthError::Code::Storage, id.error().message));
            return;
        }
        row.id = *id;
        TokenSet secret;
        secret.accessToken = password;
        secret.tokenType = QStringLiteral("basic");
        secret.extra.insert(QStringLiteral("user"), user.trimmed());
        m_vault.store(Platform::WordPress, row.id, secret, this, [this, row](const AuthError &error) {
            if (error.isError()) {
                (void)m_connections.setStatus(row.id, ConnectionStatus::Error, error.message, m_now());
                fail(error);
                return;
            }
            Q_EMIT connected(row);
        });
    });
}

} // namespace cf
