#pragma once

#include "app/content/text/ai/AiProvider.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace cf {
class AppSettings;
class SecretStore;

// Where the AI provider's settings live, for the CLI and the settings page
// alike: base URL, model and "enabled" in AppSettings, the API key in the
// keychain under ai::keychainKey() and nowhere else. Callbacks run later, on
// context's thread, and not at all once context is gone.
class AiProviderStore
{
public:
    AiProviderStore(AppSettings &settings, SecretStore &secrets) : m_settings(settings), m_secrets(secrets) {}

    // error is a translated message; empty on success.
    using Done = std::function<void(const QString &error)>;
    // config is nullopt when the provider is off or not set up (no error then).
    using Loaded = std::function<void(const std::optional<AiProviderConfig> &config, const QString &error)>;
    using KeyState = std::function<void(bool stored, const QString &error)>;

    bool enabled() const;
    QString baseUrl() const;
    QString model() const;

    // Validates and stores base URL and model and turns the provider on. key:
    // nullopt keeps the stored key; a value replaces it (an empty value is refused).
    void save(const QString &baseUrl, const QString &model, const std::optional<QByteArray> &key, QObject *context, Done done);
    void setEnabled(bool enabled);
    // Removes the key from the keychain and the settings.
    void clear(QObject *context, Done done);
    void hasKey(QObject *context, KeyState done);
    // The complete configuration, key included, for one generation run.
    void load(QObject *context, Loaded done);

private:
    AppSettings &m_settings;
    SecretStore &m_secrets;
};

} // namespace cf
