#include "platforms/auth/KeychainStore.h"

#include "platforms/auth/AuthLog.h"

#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace cf {

namespace {
// The value is stored whole after this marker...
const QByteArray kWholeMarker = QByteArrayLiteral("cf1:");
// ...or the entry is a header "cf1-chunks:<count>" and the value is in key.0 ... key.<count-1>.
const QByteArray kChunkMarker = QByteArrayLiteral("cf1-chunks:");
constexpr int kMaxChunks = 64;

QString chunkKey(const QString &key, int index) { return key + QLatin1Char('.') + QString::number(index); }

// Runs fn later on context's thread, unless context has gone.
template <typename Fn>
void later(QObject *context, Fn fn)
{
    QTimer::singleShot(0, context, std::move(fn));
}
} // namespace

KeychainStore::KeychainStore(QString service, QObject *parent) : QObject(parent), m_service(std::move(service)) {}

QString KeychainStore::unavailableMessage()
{
    return tr("The system keychain is not available or is locked. CampaignForge keeps sign-ins only in the keychain, "
              "never in a file: unlock or start it (for example GNOME Keyring or KWallet) and try again.");
}

AuthError KeychainStore::errorFor(int keychainError)
{
    switch (static_cast<QKeychain::Error>(keychainError)) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        return {};
    case QKeychain::NoBackendAvailable:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return AuthError::make(AuthError::Code::KeychainUnavailable, unavailableMessage());
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return AuthError::make(AuthError::Code::Keychain, tr("The system keychain refused to change a saved sign-in."));
}

void KeychainStore::runJob(Op op, const QString &key, const QByteArray &data, JobDone done, bool isRetry)
{
    // Jobs have no parent: the libsecret backend calls back into a running
    // job, so deleting it with a store that goes away first (a window closed
    // while the keychain still answers) would crash. A job deletes itself when
    // it finishes; the connection below is bound to this store, so a job that
    // outlives it just ends without calling anyone.
    QKeychain::Job *job = nullptr;
    switch (op) {
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Op::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setBinaryData(data);
        job = write;
        break;
    }
    case Op::Delete:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    // Never a plaintext file, whatever the platform's default is.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, op, key, data, done = std::move(done), isRetry](QKeychain::Job *j) {
        const int error = j->error();
        const bool transient = error != QKeychain::NoError && error != QKeychain::EntryNotFound;
        if (transient && !isRetry) {
            qCInfo(lcAuth) << "keychain job failed with error" << error << "; retrying once";
            QTimer::singleShot(m_retryDelayMs, this,
                               [this, op, key, data, done] { runJob(op, key, data, done, true); });
            return;
        }
        if (transient)
            qCWarning(lcAuth) << "keychain job failed again with error" << error;
        JobResult result{error, {}};
        if (op == Op::Read && error == QKeychain::NoError)
            result.data = static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData();
        done(result);
    });
    job->start();
}

void KeychainStore::readRaw(const QString &key,
                            std::function<void(const std::optional<QByteArray> &, const AuthError &)> done)
{
    runJob(Op::Read, key, {}, [done = std::move(done)](const JobResult &r) {
        if (r.error == QKeychain::EntryNotFound)
            done(std::nullopt, {});
        else if (r.error != QKeychain::NoError)
            done(std::nullopt, errorFor(r.error));
        else
            done(r.data, {});
    });
}

int KeychainStore::chunkCount(const QByteArray &header)
{
    if (!header.startsWith(kChunkMarker))
        return -1;
    bool ok = false;
    const int count = header.mid(kChunkMarker.size()).toInt(&ok);
    return ok && count > 0 && count <= kMaxChunks ? count : -1;
}

void KeychainStore::read(const QString &key, QObject *context, ReadCallback done)
{
    QPointer<QObject> guard(context);
    auto deliver = [guard, done](const std::optional<QByteArray> &value, const AuthError &error) {
        if (guard)
            later(guard, [done, value, error] { done(value, error); });
    };
    readRaw(key, [this, key, deliver](const std::optional<QByteArray> &header, const AuthError &error) {
        if (error.isError() || !header) {
            deliver(std::nullopt, error);
            return;
        }
        if (header->startsWith(kWholeMarker)) {
            deliver(header->mid(kWholeMarker.size()), {});
            return;
        }
        const int count = chunkCount(*header);
        if (count < 0) {
            deliver(std::nullopt, AuthError::make(AuthError::Code::Keychain,
                                                  tr("A saved sign-in in the keychain is damaged. Sign in again.")));
            return;
        }
        // Read the chunks one after another and join them.
        auto value = std::make_shared<QByteArray>();
        // The step holds itself only weakly; each pending read holds it strongly.
        auto next = std::make_shared<std::function<void(int)>>();
        const std::weak_ptr<std::function<void(int)>> weakNext = next;
        *next = [this, key, count, value, weakNext, deliver](int index) {
            if (index == count) {
                deliver(*value, {});
                return;
            }
            readRaw(chunkKey(key, index), [value, next = weakNext.lock(), index, deliver](const std::optional<QByteArray> &chunk,
                                                                                          const AuthError &chunkError) {
                if (chunkError.isError() || !chunk) {
                    deliver(std::nullopt, chunkError.isError()
                                              ? chunkError
                                              : AuthError::make(AuthError::Code::Keychain,
                                                                tr("A saved sign-in in the keychain is incomplete. Sign in again.")));
                    return;
                }
                value->append(*chunk);
                (*next)(index + 1);
            });
        };
        (*next)(0);
    });
}

void KeychainStore::writeChunks(const QString &key, const QByteArray &value, int index, int count, DoneCallback done)
{
    if (index == count) {
        done({});
        return;
    }
    runJob(Op::Write, chunkKey(key, index), value.mid(index * kChunkBytes, kChunkBytes),
           [this, key, value, index, count, done](const JobResult &r) {
               if (r.error != QKeychain::NoError) {
                   done(errorFor(r.error));
                   return;
               }
               writeChunks(key, value, index + 1, count, done);
           });
}

void KeychainStore::deleteChunks(const QString &key, int from, int to, DoneCallback done)
{
    if (from >= to) {
        done({});
        return;
    }
    runJob(Op::Delete, chunkKey(key, from), {}, [this, key, from, to, done](const JobResult &r) {
        if (r.error != QKeychain::NoError && r.error != QKeychain::EntryNotFound) {
            done(errorFor(r.error));
            return;
        }
        deleteChunks(key, from + 1, to, done);
    });
}

void KeychainStore::write(const QString &key, const QByteArray &value, QObject *context, DoneCallback done)
{
    QPointer<QObject> guard(context);
    auto deliver = [guard, done](const AuthError &error) {
        if (guard)
            later(guard, [done, error] { done(error); });
    };
    if (value.size() > kChunkBytes * kMaxChunks) {
        deliver(AuthError::make(AuthError::Code::Keychain, tr("A sign-in is too large to keep in the keychain.")));
        return;
    }
    // Learn how many chunks an older value left, to remove the surplus afterwards.
    readRaw(key, [this, key, value, deliver](const std::optional<QByteArray> &old, const AuthError &error) {
        if (error.isError()) {
            deliver(error);
            return;
        }
        const int oldCount = old ? std::max(0, chunkCount(*old)) : 0;
        const int count = value.size() > kChunkBytes ? static_cast<int>((value.size() + kChunkBytes - 1) / kChunkBytes) : 0;
        const QByteArray header = count == 0 ? kWholeMarker + value : kChunkMarker + QByteArray::number(count);
        writeChunks(key, value, 0, count, [this, key, header, count, oldCount, deliver](const AuthError &chunkError) {
            if (chunkError.isError()) {
                deliver(chunkError);
                return;
            }
            runJob(Op::Write, key, header, [this, key, count, oldCount, deliver](const JobResult &r) {
                if (r.error != QKeychain::NoError) {
                    deliver(errorFor(r.error));
                    return;
                }
                deleteChunks(key, count, oldCount, deliver);
            });
        });
    });
}

void KeychainStore::remove(const QString &key, QObject *context, DoneCallback done)
{
    QPointer<QObject> guard(context);
    auto deliver = [guard, done](const AuthError &error) {
        if (guard)
            later(guard, [done, error] { done(error); });
    };
    readRaw(key, [this, key, deliver](const std::optional<QByteArray> &old, const AuthError &error) {
        if (error.isError()) {
            deliver(error);
            return;
        }
        if (!old) {
            deliver({});
            return;
        }
        const int oldCount = std::max(0, chunkCount(*old));
        // The header goes first: a half-finished removal then reads as "not stored".
        runJob(Op::Delete, key, {}, [this, key, oldCount, deliver](const JobResult &r) {
            if (r.error != QKeychain::NoError && r.error != QKeychain::EntryNotFound) {
                deliver(errorFor(r.error));
                return;
            }
            deleteChunks(key, 0, oldCount, deliver);
        });
    });
}

} // namespace cf
