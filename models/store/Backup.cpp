#include "models/store/Backup.h"

#include "models/store/SqlSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace cf {

namespace {

StoreError backupError(const QString &target, const StoreError &cause)
{
    return StoreError::make(StoreError::Code::BackupFailed,
                            QCoreApplication::translate("cf::Database", "Could not write a backup to %1. %2")
                                .arg(QDir::toNativeSeparators(target), cause.message),
                            cause.detail);
}

} // namespace

QString backupFileName(int schemaVersion, const QDateTime &nowUtc)
{
    const QDateTime when = nowUtc.isValid() ? nowUtc.toUTC() : QDateTime();
    const QString stamp = when.isValid() ? when.toString(QStringLiteral("yyyyMMdd-HHmmss")) : QStringLiteral("undated");
    return QStringLiteral("campaignforge-v%1-%2.sqlite").arg(schemaVersion).arg(stamp);
}

StoreStatus checkDatabaseFile(const QString &path, bool full)
{
    const QString name = QStringLiteral("cf-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    StoreStatus result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            result = sql::errorFrom(db);
        } else {
            const auto answer = sql::scalar(db, full ? QStringLiteral("PRAGMA integrity_check")
                                                     : QStringLiteral("PRAGMA quick_check"));
            if (!answer) {
                result = answer.error();
            } else if (answer->toString() != QLatin1String("ok")) {
                result = StoreError::make(StoreError::Code::Corrupt,
                                          QCoreApplication::translate("cf::Database", "The database file is damaged."),
                                          answer->toString());
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

StoreStatus backupDatabase(const QSqlDatabase &db, const QString &targetPath)
{
    const QString target = QFileInfo(targetPath).absoluteFilePath();
    if (QFileInfo::exists(target)) {
        return StoreError::make(
            StoreError::Code::BackupFailed,
            QCoreApplication::translate("cf::Database", "%1 already exists. Choose a new file name for the backup.")
                .arg(QDir::toNativeSeparators(target)));
    }
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        return backupError(target, StoreError::make(StoreError::Code::BackupFailed,
                                                    QCoreApplication::translate("cf::Database", "The folder cannot be created.")));
    }
    const QString partial = target + QStringLiteral(".partial");
    // A leftover from an interrupted backup is ours and incomplete.
    QFile::remove(partial);

    QSqlQuery vacuum(db);
    if (StoreStatus status = sql::exec(vacuum, QStringLiteral("VACUUM INTO ?"), {partial}); status.isError()) {
        QFile::remove(partial);
        return backupError(target, status);
    }
    vacuum.finish();

    if (StoreStatus check = checkDatabaseFile(partial, true); check.isError()) {
        QFile::remove(partial);
        return backupError(target, check);
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return backupError(target, StoreError::make(StoreError::Code::BackupFailed,
                                                    QCoreApplication::translate("cf::Database", "The finished copy could not be renamed.")));
    }
    qCInfo(lcStore) << "backup written to" << target;
    return {};
}

} // namespace cf
