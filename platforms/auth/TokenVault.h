#pragma once

#include "models/domain/Platform.h"
#include "platforms/auth/AuthTypes.h"

#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace cf {
class SecretStore;

// Where a connection's tokens live: one keychain entry per connection,
// named campaignforge/<platform>/<connection id>, holding the TokenSet as
// JSON. Nothing else in the product keeps a token.
class TokenVault
{
public:
    explicit TokenVault(SecretStore &store) : m_store(store) {}

    static QString keyFor(Platform platform, qint64 connectionId);

    using LoadCallback = std::function<void(const std::optional<TokenSet> &tokens, const AuthError &error)>;
    using DoneCallback = std::function<void(const AuthError &error)>;

    void store(Platform platform, qint64 connectionId, const TokenSet &tokens, QObject *context, DoneCallback done);
    // tokens is nullopt with no error when nothing is stored.
    void load(Platform platform, qint64 connectionId, QObject *context, LoadCallback done);
    void remove(Platform platform, qint64 connectionId, QObject *context, DoneCallback done);

private:
    SecretStore &m_store;
};

} // namespace cf
