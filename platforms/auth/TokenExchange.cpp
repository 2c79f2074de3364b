#include "platforms/auth/TokenExchange.h"

#include "platforms/auth/AuthLog.h"
#include "platforms/net/EndpointMap.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QUrlQuery>

namespace cf {

namespace {

qint64 secondsValue(const QJsonValue &v)
{
    if (v.isDouble())
        return static_cast<qint64>(v.toDouble());
    if (v.isString())
        return v.toString().toLongLong();
    return 0;
}

QStringList scopesFrom(const QJsonValue &v)
{
    QStringList scopes;
    if (v.isArray()) {
        for (const QJsonValue &s : v.toArray())
            scopes << (s.isString() ? s.toString() : QString::number(s.toInteger()));
    } else if (v.isString()) {
        const QString text = v.toString();
        scopes = text.split(text.contains(QLatin1Char(',')) ? QLatin1Char(',') : QLatin1Char(' '), Qt::SkipEmptyParts);
        for (QString &s : scopes)
            s = s.trimmed();
    }
    return scopes;
}

} // namespace

TokenExchange::TokenExchange(OAuthProvider provider, AppCredentials app, const EndpointMap &endpoints,
                             QNetworkAccessManager &network, UtcNow now)
    : m_provider(std::move(provider)), m_app(std::move(app)), m_endpoints(endpoints), m_network(network),
      m_now(std::move(now))
{
}

void TokenExchange::postTokenRequest(const QList<std::pair<QString, QString>> &fields, QObject *context,
                                     std::function<void(const HttpAnswer &)> done) const
{
    QUrl url = m_provider.tokenUrl;
    QByteArray verb = "POST";
    QByteArray body;
    QNetworkRequest request;
    request.setRawHeader("Accept", "application/json");
    switch (m_provider.tokenRequest) {
    case TokenRequestStyle::Get: {
        // Meta documents its token calls as GET with query parameters.
        QUrlQuery query;
        for (const auto &[name, value] : fields)
            query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        url.setQuery(query);
        verb = "GET";
        break;
    }
    case TokenRequestStyle::Json: {
        QJsonObject o;
        for (const auto &[name, value] : fields)
            o.insert(name, value);
        body = QJsonDocument(o).toJson(QJsonDocument::Compact);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        break;
    }
    case TokenRequestStyle::Form:
        body = authhttp::formBody(fields);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        break;
    }
    if (m_provider.clientAuth == ClientAuth::Basic && !m_app.clientSecret.isEmpty()) {
        const QByteArray pair = m_app.clientId.toUtf8() + ':' + m_app.clientSecret.toUtf8();
        request.setRawHeader("Authorization", "Basic " + pair.toBase64());
    }
    request.setUrl(m_endpoints.rewrite(url));
    authhttp::send(m_network, request, verb, body, context, std::move(done));
}

void TokenExchange::exchangeCode(const QString &code, const QByteArray &verifier, const QUrl &redirectUri,
                                 QObject *context, TokenCallback done) const
{
    QList<std::pair<QString, QString>> fields;
    fields.append({m_provider.clientIdParam, m_app.clientId});
    if (m_provider.clientAuth == ClientAuth::Body && !m_app.clientSecret.isEmpty())
        fields.append({m_provider.clientSecretParam, m_app.clientSecret});
    if (m_provider.tiktokBusinessEnvelope) {
        fields.append({m_provider.codeParam, code});
    } else {
        if (m_provider.tokenRequest != TokenRequestStyle::Get)
            fields.append({QStringLiteral("grant_type"), QStringLiteral("authorization_code")});
        fields.append({QStringLiteral("code"), code});
        fields.append({QStringLiteral("redirect_uri"), redirectUri.toString(QUrl::FullyEncoded)});
        if (!verifier.isEmpty())
            fields.append({QStringLiteral("code_verifier"), QString::fromLatin1(verifier)});
    }
    qCInfo(lcAuth) << "exchanging the authorization code with" << m_provider.id;
    postTokenRequest(fields, context, [this, done = std::move(done)](const HttpAnswer &answer) {
        AuthError error;
        const TokenSet tokens = parseTokens(answer, &error);
        qCInfo(lcAuth) << "code exchange with" << m_provider.id << "answered" << answer.status
                       << (error.isError() ? "(refused)" : "(tokens received)");
        done(tokens, error);
    });
}

void TokenExchange::refresh(const QString &refreshToken, QObject *context, TokenCallback done) const
{
    if (!m_provider.refreshable || refreshToken.isEmpty()) {
        done({}, AuthError::make(AuthError::Code::InvalidGrant,
                                 QCoreApplication::translate("cf::TokenExchange", "This connection cannot be renewed automatically. Sign in again.")));
        return;
    }
    QList<std::pair<QString, QString>> fields{{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                              {QStringLiteral("refresh_token"), refreshToken},
                                              {m_provider.clientIdParam, m_app.clientId}};
    if (m_provider.clientAuth == ClientAuth::Body && !m_app.clientSecret.isEmpty())
        fields.append({m_provider.clientSecretParam, m_app.clientSecret});
    TokenSet previous;
    previous.refreshToken = refreshToken;
    postTokenRequest(fields, context, [this, previous, done = std::move(done)](const HttpAnswer &answer) {
        AuthError error;
        const TokenSet tokens = parseTokens(answer, &error, previous);
        qCInfo(lcAuth) << "refresh with" << m_provider.id << "answered" << answer.status;
        done(tokens, error);
    });
}

void TokenExchange::revoke(const TokenSet &tokens, QObject *context, DoneCallback done) const
{
    if (m_provider.revokeStyle == RevokeStyle::None) {
        done(AuthError::make(AuthError::Code::Unsupported, QCoreApplication::translate("cf::TokenExchange", "This platform offers no way to revoke access from an app.")));
        return;
    }
    QNetworkRequest request;
    QUrl url = m_provider.revokeUrl;
    QByteArray verb = "POST";
    QByteArray body;
    switch (m_provider.revokeStyle) {
    case RevokeStyle::MetaDeletePermissions: {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("access_token"), QString::fromLatin1(QUrl::toPercentEncoding(tokens.accessToken)));
        url.setQuery(query);
        verb = "DELETE";
        break;
    }
    case RevokeStyle::TikTokAdsJson: {
        const QJsonObject o{{QStringLiteral("app_id"), m_app.clientId},
                            {QStringLiteral("secret"), m_app.clientSecret},
                            {QStringLiteral("access_token"), tokens.accessToken}};
        body = QJsonDocument(o).toJson(QJsonDocument::Compact);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        break;
    }
    case RevokeStyle::TikTokForm:
        body = authhttp::formBody({{QStringLiteral("client_key"), m_app.clientId},
                                   {QStringLiteral("client_secret"), m_app.clientSecret},
                                   {QStringLiteral("token"), tokens.accessToken}});
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        break;
    case RevokeStyle::Rfc7009:
    case RevokeStyle::None: {
        // Revoking the refresh token ends the whole grant (RFC 7009 §2.1).
        const QString token = tokens.refreshToken.isEmpty() ? tokens.accessToken : tokens.refreshToken;
        QList<std::pair<QString, QString>> fields{{QStringLiteral("token"), token},
                                                  {m_provider.clientIdParam, m_app.clientId}};
        if (m_provider.clientAuth == ClientAuth::Basic && !m_app.clientSecret.isEmpty()) {
            const QByteArray pair = m_app.clientId.toUtf8() + ':' + m_app.clientSecret.toUtf8();
            request.setRawHeader("Authorization", "Basic " + pair.toBase64());
        } else if (!m_app.clientSecret.isEmpty()) {
            fields.append({m_provider.clientSecretParam, m_app.clientSecret});
        }
        body = authhttp::formBody(fields);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        break;
    }
    }
    request.setUrl(m_endpoints.rewrite(url));
    authhttp::send(m_network, request, verb, body, context, [this, done = std::move(done)](const HttpAnswer &answer) {
        qCInfo(lcAuth) << "revocation with" << m_provider.id << "answered" << answer.status;
        AuthError error;
        if (answer.transportFailed() || answer.status >= 300)
            error = errorFor(answer);
        else if (m_provider.tiktokBusinessEnvelope && answer.json.value(QStringLiteral("code")).toInt(-1) != 0)
            error = errorFor(answer);
        done(error);
    });
}

AuthError TokenExchange::errorFor(const HttpAnswer &answer) const
{
    if (answer.transportFailed())
        return AuthError::make(AuthError::Code::Network,
                               QCoreApplication::translate("cf::TokenExchange", "%1 could not be reached. Check the internet connection and try again.")
                                   .arg(platformDisplayName(m_provider.primaryPlatform())));
    const QJsonValue errorValue = answer.json.value(QStringLiteral("error"));
    const QString oauthError = errorValue.isString() ? errorValue.toString() : QString();
    if (oauthError == QLatin1String("invalid_client") || oauthError == QLatin1String("unauthorized_client")
        || answer.status == 401)
        return AuthError::make(AuthError::Code::InvalidClient,
                               QCoreApplication::translate("cf::TokenExchange", "%1 refused the app credentials. Check the client id and secret under Platform apps.")
                                   .arg(platformDisplayName(m_provider.primaryPlatform())));
    if (answer.status >= 500)
        return AuthError::make(AuthError::Code::Network,
                               QCoreApplication::translate("cf::TokenExchange", "%1 had a server problem (HTTP %2). Try again later.")
                                   .arg(platformDisplayName(m_provider.primaryPlatform()))
                                   .arg(answer.status));
    // invalid_grant (RFC 6749), Meta's OAuthException, TikTok Business codes:
    // the code or refresh token is not good any more.
    return AuthError::make(AuthError::Code::InvalidGrant,
                           QCoreApplication::translate("cf::TokenExchange", "%1 did not accept the sign-in. Sign in again.")
                               .arg(platformDisplayName(m_provider.primaryPlatform())));
}

TokenSet TokenExchange::parseTokens(const HttpAnswer &answer, AuthError *error, const TokenSet &previous) const
{
    *error = {};
    QJsonObject o = answer.json;
    if (m_provider.tiktokBusinessEnvelope && answer.isJsonObject) {
        if (o.value(QStringLiteral("code")).toInt(-1) != 0) {
            *error = errorFor(answer);
            return {};
        }
        o = o.value(QStringLiteral("data")).toObject();
    }
    if (answer.transportFailed() || answer.status >= 300 || o.contains(QStringLiteral("error"))) {
        *error = errorFor(answer);
        return {};
    }
    if (!answer.isJsonObject || !o.value(QStringLiteral("access_token")).isString()
        || o.value(QStringLiteral("access_token")).toString().isEmpty()) {
        *error = AuthError::make(AuthError::Code::Protocol,
                                 QCoreApplication::translate("cf::TokenExchange", "%1 answered the sign-in with something CampaignForge cannot read.")
                                     .arg(platformDisplayName(m_provider.primaryPlatform())));
        return {};
    }
    const QDateTime now = m_now();
    TokenSet t;
    t.accessToken = o.value(QStringLiteral("access_token")).toString();
    t.refreshToken = o.value(QStringLiteral("refresh_token")).toString(previous.refreshToken);
    t.tokenType = o.value(QStringLiteral("token_type")).toString(QStringLiteral("bearer"));
    if (const qint64 secs = secondsValue(o.value(QStringLiteral("expires_in"))); secs > 0)
        t.expiresAt = now.addSecs(secs);
    qint64 refreshSecs = secondsValue(o.value(QStringLiteral("refresh_expires_in")));
    if (refreshSecs <= 0)
        refreshSecs = secondsValue(o.value(QStringLiteral("refresh_token_expires_in")));
    if (refreshSecs > 0)
        t.refreshExpiresAt = now.addSecs(refreshSecs);
    else if (t.refreshToken == previous.refreshToken)
        t.refreshExpiresAt = previous.refreshExpiresAt;
    t.scopes = scopesFrom(o.value(QStringLiteral("scope")));
    for (const char *key : {"open_id", "advertiser_ids", "user_id"})
        if (o.contains(QLatin1String(key)))
            t.extra.insert(QLatin1String(key), o.value(QLatin1String(key)));
    if (t.scopes.isEmpty())
        t.scopes = previous.scopes;
    return t;
}

} // namespace cf
