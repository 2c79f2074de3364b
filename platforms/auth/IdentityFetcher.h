#pragma once

#include "models/domain/Connection.h"
#include "platforms/auth/AuthTypes.h"

#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QNetworkAccessManager;
class QObject;

namespace cf {
class EndpointMap;
struct HttpAnswer;

// An account the sign-in gave access to: the signed-in account itself or
// something found through it (a Page, an Instagram business account, an ad
// account, a TikTok advertiser).
struct DiscoveredAccount
{
    ConnectionKind kind = ConnectionKind::Account;
    Platform platform = Platform::Facebook;
    QString id;
    QString name;
    QString pictureUrl;
    QString apiBase;
    // A token of its own (a Facebook Page token), kept in the keychain
    // under the sub-account's connection id.
    std::optional<TokenSet> ownTokens;
};

// What a provider says about a fresh grant.
struct AccountIdentity
{
    DiscoveredAccount account;
    QStringList grantedScopes;
    TokenSet tokens; // the grant to keep: may be upgraded (Meta's long-lived token)
    std::vector<DiscoveredAccount> subAccounts;
};

// Asks a platform who signed in, which scopes were granted and what the
// account can publish to, with the platform's documented identity calls.
class IdentityFetcher
{
public:
    virtual ~IdentityFetcher() = default;
    using Callback = std::function<void(const AccountIdentity &identity, const AuthError &error)>;
    virtual void fetch(const TokenSet &tokens, const AppCredentials &app, QObject *context, Callback done) = 0;
};

// The fetcher for an OAuth provider id; nullptr when there is none.
std::unique_ptr<IdentityFetcher> makeIdentityFetcher(const QString &providerId, const EndpointMap &endpoints,
                                                     QNetworkAccessManager &network, UtcNow now);

namespace identity {
// GET url (rewritten by endpoints) with the given headers.
void getJson(QNetworkAccessManager &network, const EndpointMap &endpoints, const QUrl &url,
             const QList<std::pair<QByteArray, QByteArray>> &headers, QObject *context,
             std::function<void(const HttpAnswer &)> done);
QByteArray bearer(const TokenSet &tokens);
// The error for a failed identity call to platform (translated).
AuthError callFailed(Platform platform, const HttpAnswer &answer);
AuthError unreadable(Platform platform);
} // namespace identity

} // namespace cf
