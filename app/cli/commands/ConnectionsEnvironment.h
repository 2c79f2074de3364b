#pragma once

#include "app/cli/CliCommand.h"
#include "models/store/ConnectionRepository.h"
#include "models/store/Database.h"
#include "platforms/auth/ConnectionService.h"
#include "platforms/auth/KeychainStore.h"
#include "platforms/auth/OAuthProviderTable.h"
#include "platforms/auth/PlatformAppCredentials.h"
#include "platforms/auth/TokenVault.h"

#include <QNetworkAccessManager>

#include <memory>
#include <optional>

namespace cf {

// The object graph the connections commands share: database, keychain,
// app credentials, token vault, provider table and the connection service.
class ConnectionsEnvironment
{
public:
    explicit ConnectionsEnvironment(CliContext &context);
    // Opens what the command needs; false with the reason printed to err.
    bool openDatabase();
    bool loadProviders();

    // A provider for a command-line name: a provider id ("tiktok_ads") or a
    // platform id ("instagram" → facebook). nullptr with the reason printed.
    const OAuthProvider *providerFor(const QString &name);

    CliContext &context;
    Database database;
    std::unique_ptr<ConnectionRepository> connections;
    KeychainStore keychain;
    PlatformAppCredentials apps{keychain};
    TokenVault vault{keychain};
    std::optional<OAuthProviderTable> providers;
    QNetworkAccessManager network;
    std::unique_ptr<ConnectionService> service;
};

} // namespace cf
