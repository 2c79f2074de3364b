#pragma once

// Shared by the sandbox-backed publishing suites: a Page token through the
// sandbox's Meta sign-in, and the recorded create calls.

#include "tests/platforms/sandbox/SandboxProcess.h"

#include <QUrlQuery>

namespace cf::test {

inline QUrl sandboxGraph(SandboxProcess &sandbox, const QString &path)
{
    return sandbox.url(QStringLiteral("graph.facebook.com/v20.0/") + path);
}

// The Page token of the sandbox's first Page (104000000000001) via the
// whole Meta flow: consent, code exchange, me/accounts.
inline QString sandboxPageToken(SandboxProcess &sandbox)
{
    QUrl url = sandbox.url(QStringLiteral("www.facebook.com/v20.0/dialog/oauth"));
    url.setQuery(QStringLiteral("client_id=sandbox-meta-client&response_type=code"
                                "&redirect_uri=https%3A%2F%2Fwww.facebook.com%2Fconnect%2Flogin_success.html"
                                "&scope=pages_show_list,pages_manage_posts,pages_read_engagement"));
    const QString code = QUrlQuery(sandbox.consent(url, true)).queryItemValue(QStringLiteral("code"));
    QUrl exchange = sandboxGraph(sandbox, QStringLiteral("oauth/access_token"));
    exchange.setQuery(QStringLiteral("client_id=sandbox-meta-client&client_secret=sandbox-meta-secret"
                                     "&redirect_uri=https%3A%2F%2Fwww.facebook.com%2Fconnect%2Flogin_success.html&code=")
                      + code);
    const QString user = QString::fromStdString(sandbox.get(exchange).json().value("access_token", std::string()));
    const nlohmann::json accounts = sandbox.get(sandboxGraph(sandbox, QStringLiteral("me/accounts?access_token=") + user)).json();
    if (!accounts.contains("data") || accounts["data"].empty())
        return {};
    return QString::fromStdString(accounts["data"][0]["access_token"].get<std::string>());
}

// The POSTs to a Page's /feed the sandbox received, in order.
inline nlohmann::json recordedFeedPosts(SandboxProcess &sandbox)
{
    return sandbox.control("GET", QStringLiteral("requests?host=graph.facebook.com&path_regex=/feed$&method=POST"))
        .json()["requests"];
}

} // namespace cf::test
