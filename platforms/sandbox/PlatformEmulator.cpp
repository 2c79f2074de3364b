#include "platforms/sandbox/PlatformEmulator.h"

namespace cf::sandbox {

bool basicCredentials(const SandboxRequest &request, QString *user, QString *password)
{
    const QByteArray value = request.header("Authorization");
    if (value.size() < 7 || value.left(6).compare("Basic ", Qt::CaseInsensitive) != 0)
        return false;
    const QByteArray decoded = QByteArray::fromBase64(value.mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    if (colon < 0)
        return false;
    *user = QString::fromUtf8(QByteArray::fromPercentEncoding(decoded.left(colon)));
    *password = QString::fromUtf8(QByteArray::fromPercentEncoding(decoded.mid(colon + 1)));
    return true;
}

SandboxReply oauthErrorReply(const OAuthFailure &failure)
{
    const int status = failure.kind == OAuthErrorKind::InvalidClient ? 401 : 400;
    return SandboxReply::json(status, Json{{"error", toStd(oauthErrorCode(failure.kind))},
                                           {"error_description", toStd(failure.description)}});
}

Json standardTokenJson(const IssuedTokens &tokens, const QString &scopeSeparator, const char *tokenType)
{
    Json body{{"access_token", toStd(tokens.accessToken)}, {"token_type", tokenType}, {"scope", toStd(tokens.scopes.join(scopeSeparator))}};
    if (tokens.expiresIn)
        body["expires_in"] = tokens.expiresIn;
    if (!tokens.refreshToken.isEmpty())
        body["refresh_token"] = toStd(tokens.refreshToken);
    return body;
}

SandboxReply notFoundText(const SandboxRequest &request)
{
    return SandboxReply::text(404, QStringLiteral("No such endpoint: %1 %2%3")
                                       .arg(QString::fromLatin1(request.method), request.host, request.path)
                                       .toUtf8());
}

} // namespace cf::sandbox

namespace cf::sandbox {

TokenResult formTokenGrant(OAuthEmulator &oauth, const SandboxRequest &request, const FormTokenOptions &options)
{
    if (request.method != "POST")
        return OAuthFailure{OAuthErrorKind::InvalidRequest, QStringLiteral("The token endpoint takes POST.")};
    std::map<QString, QString> fields;
    if (request.isForm()) {
        const auto items = request.form().queryItems(QUrl::FullyDecoded);
        for (const auto &[key, value] : items)
            fields[key] = value;
    } else if (options.acceptJson && request.contentType() == "application/json") {
        const auto json = request.json();
        if (!json || !json->is_object())
            return OAuthFailure{OAuthErrorKind::InvalidRequest, QStringLiteral("The body is not a JSON object.")};
        for (const auto &[key, value] : json->items()) {
            if (value.is_string())
                fields[fromStd(key)] = fromStd(value.get<std::string>());
        }
    } else {
        return OAuthFailure{OAuthErrorKind::InvalidRequest, QStringLiteral("Content-Type must be application/x-www-form-urlencoded.")};
    }
    auto field = [&fields](const QString &key) -> std::optional<QString> {
        const auto it = fields.find(key);
        if (it == fields.end())
            return std::nullopt;
        return it->second;
    };
    ClientCredentials client;
    QString user;
    QString password;
    if (basicCredentials(request, &user, &password)) {
        client = {user, password, true};
    } else {
        client.clientId = field(options.clientIdKey).value_or(QString());
        if (const auto secret = field(options.clientSecretKey)) {
            client.clientSecret = *secret;
            client.secretGiven = true;
        }
    }
    const QString grantType = field(QStringLiteral("grant_type")).value_or(QString());
    if (grantType == QLatin1String("authorization_code")) {
        if (!field(QStringLiteral("redirect_uri")))
            return OAuthFailure{OAuthErrorKind::InvalidRequest, QStringLiteral("redirect_uri is required."), OAuthReason::RedirectMismatch};
        return oauth.exchangeCode(options.realm, client, field(QStringLiteral("code")).value_or(QString()), field(QStringLiteral("redirect_uri")),
                                  field(QStringLiteral("code_verifier")), options.policy);
    }
    if (grantType == QLatin1String("refresh_token")) {
        if (options.policy.refresh == TokenPolicy::Refresh::None)
            return OAuthFailure{OAuthErrorKind::UnsupportedGrantType, QStringLiteral("This platform has no refresh tokens.")};
        return oauth.refresh(options.realm, client, field(QStringLiteral("refresh_token")).value_or(QString()), options.policy);
    }
    if (grantType.isEmpty())
        return OAuthFailure{OAuthErrorKind::InvalidRequest, QStringLiteral("grant_type is required.")};
    return OAuthFailure{OAuthErrorKind::UnsupportedGrantType, QStringLiteral("Unsupported grant_type: %1").arg(grantType)};
}

} // namespace cf::sandbox
