#include "app/content/text/ai/AiProviderStore.h"

#include "app/core/AppSettings.h"
#include "platforms/auth/SecretStore.h"

#include <QCoreApplication>

namespace cf {

bool AiProviderStore::enabled() const { return m_settings.aiEnabled(); }
QString AiProviderStore::baseUrl() const { return m_settings.aiBaseUrl(); }
QString AiProviderStore::model() const { return m_settings.aiModel(); }

void AiProviderStore::setEnabled(bool enabled)
{
    m_settings.setAiEnabled(enabled);
    m_settings.sync();
}

void AiProviderStore::save(const QString &baseUrl, const QString &model, const std::optional<QByteArray> &key, QObject *context, Done done)
{
    QString problem = ai::validateBaseUrl(baseUrl);
    if (problem.isEmpty() && model.trimmed().isEmpty())
        problem = QCoreApplication::translate("cf::AiProviderStore", "Enter the model name, e.g. gpt-4o-mini.");
    if (problem.isEmpty() && key && key->trimmed().isEmpty())
        problem = QCoreApplication::translate("cf::AiProviderStore", "The API key is empty.");
    auto commit = [this, url = baseUrl.trimmed(), m = model.trimmed(), done](const QString &error) {
        if (error.isEmpty()) {
            m_settings.setAiBaseUrl(url);
            m_settings.setAiModel(m);
            m_settings.setAiEnabled(true);
            m_settings.sync();
        }
        done(error);
    };
    if (!problem.isEmpty() || !key) {
        // Keep the callback asynchronous in every case.
        QMetaObject::invokeMethod(context, [commit, problem] { commit(problem); }, Qt::QueuedConnection);
        return;
    }
    m_secrets.write(ai::keychainKey(), key->trimmed(), context, [commit](const AuthError &error) {
        commit(error.isError() ? error.message : QString());
    });
}

void AiProviderStore::clear(QObject *context, Done done)
{
    m_secrets.remove(ai::keychainKey(), context, [this, done](const AuthError &error) {
        m_settings.clearAiProvider();
        m_settings.sync();
        done(error.isError() ? error.message : QString());
    });
}

void AiProviderStore::hasKey(QObject *context, KeyState done)
{
    m_secrets.read(ai::keychainKey(), context, [done](const std::optional<QByteArray> &value, const AuthError &error) {
        done(value.has_value() && !value->isEmpty(), error.isError() ? error.message : QString());
    });
}

void AiProviderStore::load(QObject *context, Loaded done)
{
    if (!enabled() || baseUrl().isEmpty() || model().isEmpty()) {
        QMetaObject::invokeMethod(context, [done] { done(std::nullopt, QString()); }, Qt::QueuedConnection);
        return;
    }
    AiProviderConfig config;
    config.baseUrl = baseUrl();
    config.model = model();
    m_secrets.read(ai::keychainKey(), context, [config, done](const std::optional<QByteArray> &value, const AuthError &error) mutable {
        if (error.isError()) {
            done(std::nullopt, error.message);
            return;
        }
        if (!value || value->isEmpty()) {
            done(std::nullopt, QString());
            return;
        }
        config.apiKey = *value;
        done(config, QString());
    });
}

} // namespace cf
