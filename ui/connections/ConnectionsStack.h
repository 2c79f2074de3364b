#pragma once

#include "ui/connections/ConnectionsServices.h"

#include <QString>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace cf {

class Database;
class KeychainStore;
class OAuthProviderTable;
class SecretStore;

// The objects behind the Connections screen, built in dependency order for
// the composition root (app/gui/main.cpp) and the tests: network access,
// the keychain, the token vault, app credentials, the provider table, the
// connection rows, the connection service and the token refresher. Nothing
// here is global; the stack owns all of it and must outlive the window.
class ConnectionsStack
{
public:
    // Builds on the OS keychain under keychainService ("CampaignForge", or
    // the sandbox's own). Null with a translated reason in *error when the
    // provider table cannot be read.
    static std::unique_ptr<ConnectionsStack> create(const Database &database, const EndpointMap &endpoints,
                                                    const QString &keychainService, UtcNow now, QString *error);
    // The same on a given secret store (tests).
    static std::unique_ptr<ConnectionsStack> create(const Database &database, const EndpointMap &endpoints,
                                                    SecretStore &secrets, UtcNow now, QString *error);
    ~ConnectionsStack();

    ConnectionsServices &services() { return *m_services; }
    const OAuthProviderTable &providers() const;
    PlatformAppCredentials &apps() { return m_services->apps; }
    QNetworkAccessManager &network() { return m_services->network; }

private:
    struct Parts;
    explicit ConnectionsStack(std::unique_ptr<Parts> parts);
    std::unique_ptr<Parts> m_parts;
    std::optional<ConnectionsServices> m_services;
};

} // namespace cf
