#include "platforms/auth/PlatformAppCredentials.h"

#include "platforms/auth/DefaultAppCredentials.h"
#include "platforms/auth/SecretStore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cf {

PlatformAppCredentials::PlatformAppCredentials(SecretStore &store, QObject *parent) : QObject(parent), m_store(store) {}

QString PlatformAppCredentials::keyFor(const QString &providerId) { return QStringLiteral("campaignforge/apps/%1").arg(providerId); }

std::optional<AppCredentials> PlatformAppCredentials::buildDefault(const QString &providerId)
{
    const QJsonObject all = QJsonDocument::fromJson(defaultAppCredentialsJson()).object();
    const QJsonObject entry = all.value(providerId).toObject();
    AppCredentials app;
    if (entry.isEmpty() || !app.fromJson(QJsonDocument(entry).toJson()) || app.clientId.isEmpty())
        return std::nullopt;
    return app;
}

void PlatformAppCredentials::get(const QString &providerId, QObject *context, GetCallback done)
{
    m_store.read(keyFor(providerId), context,
                 [providerId, done = std::move(done)](const std::optional<QByteArray> &value, const AuthError &error) {
                     if (error.isError()) {
                         done(std::nullopt, false, error);
                         return;
                     }
                     AppCredentials app;
                     if (value && app.fromJson(*value)) {
                         done(app, false, {});
                         return;
                     }
                     const auto fallback = buildDefault(providerId);
                     done(fallback, fallback.has_value(), {});
                 });
}

void PlatformAppCredentials::set(const QString &providerId, const AppCredentials &app, QObject *context, DoneCallback done)
{
    m_store.write(keyFor(providerId), app.toJson(), context, std::move(done));
}

void PlatformAppCredentials::clear(const QString &providerId, QObject *context, DoneCallback done)
{
    m_store.remove(keyFor(providerId), context, std::move(done));
}

} // namespace cf
