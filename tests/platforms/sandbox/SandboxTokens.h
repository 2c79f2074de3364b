#pragma once

// Access tokens for the sandbox's Google, TikTok, Mailchimp and Kit accounts,
// obtained through each platform's real consent and code exchange.

#include "SandboxProcess.h"

#include <QUrlQuery>

namespace cf::test {

inline QString sandboxCodeToken(SandboxProcess &sandbox, const QString &authorizePath, const QString &authorizeQuery, const QString &tokenPath,
                                const QString &clientParam, const QString &realm)
{
    const QString redirect = QStringLiteral("http://127.0.0.1:5555/callback");
    QUrl url = sandbox.url(authorizePath);
    url.setQuery(authorizeQuery + QStringLiteral("&response_type=code&state=s&redirect_uri=")
                 + QString::fromLatin1(QUrl::toPercentEncoding(redirect)) + QLatin1Char('&') + clientParam
                 + QStringLiteral("=sandbox-%1-client").arg(realm));
    const QString code = QUrlQuery(sandbox.consent(url, true)).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    const SandboxProcess::Reply reply = sandbox.postForm(sandbox.url(tokenPath),
                                                         {{clientParam, QStringLiteral("sandbox-%1-client").arg(realm)},
                                                          {QStringLiteral("client_secret"), QStringLiteral("sandbox-%1-secret").arg(realm)},
                                                          {QStringLiteral("code"), code},
                                                          {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                                          {QStringLiteral("redirect_uri"), redirect}});
    return QString::fromStdString(reply.json().value("access_token", std::string()));
}

inline QString googleToken(SandboxProcess &sandbox,
                           const QString &scopes = QStringLiteral("https://www.googleapis.com/auth/youtube.upload https://www.googleapis.com/auth/youtube.readonly"))
{
    return sandboxCodeToken(sandbox, QStringLiteral("accounts.google.com/o/oauth2/v2/auth"),
                            QStringLiteral("scope=") + QString::fromLatin1(QUrl::toPercentEncoding(scopes)),
                            QStringLiteral("oauth2.googleapis.com/token"), QStringLiteral("client_id"), QStringLiteral("google"));
}

inline QString tiktokToken(SandboxProcess &sandbox, const QString &scopes = QStringLiteral("user.info.basic,video.publish,video.upload"))
{
    return sandboxCodeToken(sandbox, QStringLiteral("www.tiktok.com/v2/auth/authorize/"), QStringLiteral("scope=") + scopes,
                            QStringLiteral("open.tiktokapis.com/v2/oauth/token/"), QStringLiteral("client_key"), QStringLiteral("tiktok"));
}

inline QString mailchimpToken(SandboxProcess &sandbox)
{
    return sandboxCodeToken(sandbox, QStringLiteral("login.mailchimp.com/oauth2/authorize"), QString(), QStringLiteral("login.mailchimp.com/oauth2/token"),
                            QStringLiteral("client_id"), QStringLiteral("mailchimp"));
}

inline QString kitToken(SandboxProcess &sandbox)
{
    return sandboxCodeToken(sandbox, QStringLiteral("api.kit.com/v4/oauth/authorize"), QString(), QStringLiteral("api.kit.com/v4/oauth/token"),
                            QStringLiteral("client_id"), QStringLiteral("kit"));
}

} // namespace cf::test
