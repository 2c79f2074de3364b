#include "platforms/auth/TokenVault.h"

#include "platforms/auth/SecretStore.h"

#include <QCoreApplication>

namespace cf {

QString TokenVault::keyFor(Platform platform, qint64 connectionId)
{
    return QStringLiteral("campaignforge/%1/%2").arg(platformId(platform)).arg(connectionId);
}

void TokenVault::store(Platform platform, qint64 connectionId, const TokenSet &tokens, QObject *context, DoneCallback done)
{
    m_store.write(keyFor(platform, connectionId), tokens.toJson(), context, std::move(done));
}

void TokenVault::load(Platform platform, qint64 connectionId, QObject *context, LoadCallback done)
{
    m_store.read(keyFor(platform, connectionId), context,
                 [done = std::move(done)](const std::optional<QByteArray> &value, const AuthError &error) {
                     if (error.isError() || !value) {
                         done(std::nullopt, error);
                         return;
                     }
                     TokenSet tokens;
                     if (!tokens.fromJson(*value)) {
                         done(std::nullopt,
                              AuthError::make(AuthError::Code::Keychain,
                                              QCoreApplication::translate("cf::TokenVault",
                                                                          "A saved sign-in in the keychain is damaged. Sign in again.")));
                         return;
                     }
                     done(tokens, {});
                 });
}

void TokenVault::remove(Platform platform, qint64 connectionId, QObject *context, DoneCallback done)
{
    m_store.remove(keyFor(platform, connectionId), context, std::move(done));
}

} // namespace cf
