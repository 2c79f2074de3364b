#pragma once

#include "platforms/auth/AuthTypes.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace cf {

// Asynchronous storage for secrets, keyed by name. The product's only
// implementation is KeychainStore (the OS keychain); the interface lets the
// refresh and connection logic be tested with a store that records order.
// Callbacks run on context's thread, never synchronously inside the call,
// and not at all once context is gone.
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    // value is nullopt with no error when nothing is stored under key.
    using ReadCallback = std::function<void(const std::optional<QByteArray> &value, const AuthError &error)>;
    using DoneCallback = std::function<void(const AuthError &error)>;

    virtual void read(const QString &key, QObject *context, ReadCallback done) = 0;
    virtual void write(const QString &key, const QByteArray &value, QObject *context, DoneCallback done) = 0;
    // Removing a key that does not exist succeeds.
    virtual void remove(const QString &key, QObject *context, DoneCallback done) = 0;
};

} // namespace cf
