#pragma once

#include "platforms/auth/AuthTypes.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace cf {
class SecretStore;

// The developer-app credentials (client id, secret, chosen redirect) per
// OAuth provider, kept in the keychain under campaignforge/apps/<provider>.
// A build may carry defaults (CMake CF_DEFAULT_APP_CREDENTIALS_FILE, never
// committed); what the user stores wins over them. For the Settings →
// Platform apps page and `campaignforge-cli apps`.
class PlatformAppCredentials : public QObject
{
    Q_OBJECT
public:
    explicit PlatformAppCredentials(SecretStore &store, QObject *parent = nullptr);

    static QString keyFor(const QString &providerId);
    // The defaults compiled into this build for providerId, if any.
    static std::optional<AppCredentials> buildDefault(const QString &providerId);

    using GetCallback = std::function<void(const std::optional<AppCredentials> &app, bool fromBuild, const AuthError &error)>;
    using DoneCallback = std::function<void(const AuthError &error)>;

    // The stored credentials, else the build's, else nullopt (no error).
    void get(const QString &providerId, QObject *context, GetCallback done);
    void set(const QString &providerId, const AppCredentials &app, QObject *context, DoneCallback done);
    // Forgets the stored credentials (build defaults, if any, apply again).
    void clear(const QString &providerId, QObject *context, DoneCallback done);

private:
    SecretStore &m_store;
};

} // namespace cf
