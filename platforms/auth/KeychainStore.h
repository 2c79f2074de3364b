#pragma once

#include "platforms/auth/SecretStore.h"

#include <QObject>

#include <functional>

namespace QKeychain {
class Job;
}

namespace cf {

// SecretStore on the OS keychain through QtKeychain (Secret Service /
// KWallet, macOS Keychain, Windows Credential Manager). Never enables
// QtKeychain's insecure plaintext fallback: when no keychain is reachable
// or it is locked, every call fails with KeychainUnavailable and a clear
// translated message, after ONE retry (the Secret Service may still be
// starting at login).
//
// Windows limits one credential to about 2.5 KB, so values over 2 KB are
// chunked: the entry under key holds a small header naming the chunk count,
// and the chunks live under key.0, key.1, ... Chunks are written before the
// header, so a reader never sees a header whose chunks are missing.
class KeychainStore final : public QObject, public SecretStore
{
    Q_OBJECT
public:
    static constexpr qsizetype kChunkBytes = 2048;

    explicit KeychainStore(QString service = QStringLiteral("CampaignForge"), QObject *parent = nullptr);

    // Delay before the single retry of a failed job (tests shorten it).
    void setRetryDelayMs(int ms) { m_retryDelayMs = ms; }

    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(const QString &key, const QByteArray &value, QObject *context, DoneCallback done) override;
    void remove(const QString &key, QObject *context, DoneCallback done) override;

    // The translated message shown when the keychain cannot be used.
    static QString unavailableMessage();

private:
    enum class Op { Read, Write, Delete };
    struct JobResult
    {
        int error = 0; // QKeychain::Error
        QByteArray data;
    };
    using JobDone = std::function<void(const JobResult &)>;

    void runJob(Op op, const QString &key, const QByteArray &data, JobDone done, bool isRetry = false);
    void readRaw(const QString &key, std::function<void(const std::optional<QByteArray> &, const AuthError &)> done);
    void writeChunks(const QString &key, const QByteArray &value, int index, int count, DoneCallback done);
    void deleteChunks(const QString &key, int from, int to, DoneCallback done);
    static int chunkCount(const QByteArray &header);
    static AuthError errorFor(int keychainError);

    QString m_service;
    int m_retryDelayMs = 500;
};

} // namespace cf
