#pragma once

// An in-memory SecretStore for the refresh and connection suites: it answers
// asynchronously like the keychain and records every operation in order,
// so a test can check that a rotated refresh token was written before the
// new access token was handed out. The keychain itself is tested in
// tst_keychainstore against a real gnome-keyring.

#include "platforms/auth/SecretStore.h"

#include <QMap>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace cf::test {

class RecordingSecretStore final : public SecretStore
{
public:
    QMap<QString, QByteArray> entries;
    QStringList log; // "read KEY", "write KEY", "remove KEY"
    bool unavailable = false;
    bool failWrites = false;
    // Called right after each operation is logged (tests hook the order in).
    std::function<void(const QString &)> onOperation;

    void read(const QString &key, QObject *context, ReadCallback done) override
    {
        note(QStringLiteral("read ") + key);
        const bool fail = unavailable;
        const std::optional<QByteArray> value = entries.contains(key) ? std::optional(entries.value(key)) : std::nullopt;
        QTimer::singleShot(0, context, [done, fail, value] {
            done(fail ? std::nullopt : value, fail ? failure() : AuthError{});
        });
    }
    void write(const QString &key, const QByteArray &value, QObject *context, DoneCallback done) override
    {
        note(QStringLiteral("write ") + key);
        const bool fail = unavailable || failWrites;
        if (!fail)
            entries.insert(key, value);
        QTimer::singleShot(0, context, [done, fail] { done(fail ? failure() : AuthError{}); });
    }
    void remove(const QString &key, QObject *context, DoneCallback done) override
    {
        note(QStringLiteral("remove ") + key);
        const bool fail = unavailable;
        if (!fail)
            entries.remove(key);
        QTimer::singleShot(0, context, [done, fail] { done(fail ? failure() : AuthError{}); });
    }

private:
    void note(const QString &op)
    {
        log << op;
        if (onOperation)
            onOperation(op);
    }
    static AuthError failure() { return AuthError::make(AuthError::Code::KeychainUnavailable, QStringLiteral("locked")); }
};

} // namespace cf::test
