#include "models/store/Database.h"

#include "models/store/Backup.h"
#include "models/store/Migrations.h"
#include "models/store/Schema.h"
#include "models/store/SqlSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QThread>

namespace cf {

namespace {

QString nativePath(const QString &path) { return QDir::toNativeSeparators(path); }

StoreError notCampaignForge(const QString &path, const QString &detail)
{
    return StoreError::make(StoreError::Code::NotADatabase,
                            QCoreApplication::translate("cf::Database",
                                                        "%1 is not a CampaignForge database, or it is damaged or "
                                                        "truncated. The file was left untouched; move it aside or "
                                                        "restore a backup.")
                                .arg(nativePath(path)),
                            detail);
}

} // namespace

Database::~Database() { close(); }

QString Database::connectionNameForCurrentThread(const QString &prefix)
{
    return QStringLiteral("%1-%2").arg(prefix).arg(quintptr(QThread::currentThreadId()), 0, 16);
}

QSqlDatabase Database::handle() const
{
    if (!isOpen())
        return {};
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::close()
{
    if (!m_connectionName.isEmpty() && QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_state = State::Closed;
    m_error = {};
    m_schemaVersion = 0;
}

bool Database::fail(StoreError error)
{
    close();
    m_state = State::Failed;
    m_error = std::move(error);
    qCWarning(lcStore) << "database" << m_path << "unusable:" << m_error.message << m_error.detail;
    return false;
}

bool Database::openConnection(bool readOnly)
{
    StoreError cause;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            cause = sql::errorFrom(db);
    }
    if (cause.isError()) {
        return fail(StoreError::make(StoreError::Code::CannotOpen,
                                     QCoreApplication::translate("cf::Database",
                                                                 "Cannot open the database %1. Check that the folder "
                                                                 "exists and is writable.")
                                         .arg(nativePath(m_path)),
                                     cause.detail));
    }
    return true;
}

// Reads the header values and runs quick_check over a read-only connection,
// so a file we cannot trust is never written to. On success the read-only
// connection stays open under m_connectionName.
bool Database::probe(const DatabaseOptions &options, int *version)
{
    if (!openConnection(true))
        return false;
    StoreStatus verdict;
    {
        const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        verdict = probeVerdict(db, options, version);
    }
    return verdict.isError() ? fail(verdict) : true;
}

StoreStatus Database::probeVerdict(const QSqlDatabase &db, const DatabaseOptions &options, int *version) const
{
    sql::execAll(db, {QStringLiteral("PRAGMA busy_timeout = %1").arg(options.busyTimeoutMs)});
    const auto userVersion = sql::scalar(db, QStringLiteral("PRAGMA user_version"));
    if (!userVersion)
        return notCampaignForge(m_path, userVersion.error().detail);
    const auto applicationId = sql::scalar(db, QStringLiteral("PRAGMA application_id"));
    const auto objectCount = sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    if (!applicationId || !objectCount)
        return notCampaignForge(m_path, (!applicationId ? applicationId.error() : objectCount.error()).detail);

    const int appId = applicationId->toInt();
    if (appId != 0 && appId != kApplicationId)
        return notCampaignForge(m_path, QStringLiteral("application_id %1").arg(appId));
    // An unversioned file that already has tables belongs to someone else.
    if (appId == 0 && objectCount->toInt() > 0)
        return notCampaignForge(m_path, QStringLiteral("foreign schema without application_id"));

    const auto check = sql::scalar(db, QStringLiteral("PRAGMA quick_check"));
    if (!check)
        return notCampaignForge(m_path, check.error().detail);
    if (check->toString() != QLatin1String("ok")) {
        return StoreError::make(StoreError::Code::Corrupt,
                                QCoreApplication::translate("cf::Database",
                                                            "The database %1 is damaged. It was left untouched; "
                                                            "restore a backup from the backups folder.")
                                    .arg(nativePath(m_path)),
                                check->toString());
    }
    *version = userVersion->toInt();
    return {};
}

bool Database::applyPragmas(const DatabaseOptions &options)
{
    QString failed;
    {
        const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        failed = pragmaFailure(db, options);
    }
    if (failed.isEmpty())
        return true;
    return fail(StoreError::make(StoreError::Code::PragmaFailed,
                                 QCoreApplication::translate("cf::Database", "The database %1 could not be set up safely (%2).")
                                     .arg(nativePath(m_path), failed)));
}

// Sets the connection pragmas; returns the name of the first one that did not
// take, or an empty string.
QString Database::pragmaFailure(const QSqlDatabase &db, const DatabaseOptions &options)
{
    auto pragmaFailed = [](const QString &what) { return what; };
    if (sql::execAll(db, {QStringLiteral("PRAGMA busy_timeout = %1").arg(options.busyTimeoutMs)}).isError())
        return pragmaFailed(QStringLiteral("busy_timeout"));
    const auto journal = sql::scalar(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!journal || journal->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return pragmaFailed(QStringLiteral("journal_mode=WAL"));
    if (sql::execAll(db, {QStringLiteral("PRAGMA synchronous = FULL"), QStringLiteral("PRAGMA foreign_keys = ON")})
            .isError())
        return pragmaFailed(QStringLiteral("synchronous, foreign_keys"));
    // foreign_keys silently stays off when SQLite was built without them:
    // read it back rather than trust the assignment.
    const auto foreignKeys = sql::scalar(db, QStringLiteral("PRAGMA foreign_keys"));
    if (!foreignKeys || foreignKeys->toInt() != 1)
        return pragmaFailed(QStringLiteral("foreign_keys=ON"));
    const auto synchronous = sql::scalar(db, QStringLiteral("PRAGMA synchronous"));
    if (!synchronous || synchronous->toInt() != 2)
        return pragmaFailed(QStringLiteral("synchronous=FULL"));
    return {};
}

bool Database::open(const QString &path, const QString &connectionName, const DatabaseOptions &options)
{
    close();
    m_path = QFileInfo(path).absoluteFilePath();
    m_connectionName = connectionName;
    m_lastBackup.clear();

    if (QSqlDatabase::contains(connectionName)) {
        // Someone else's connection: do not let close() remove it.
        m_connectionName.clear();
        return fail(StoreError::make(StoreError::Code::CannotOpen,
                                     QCoreApplication::translate("cf::Database",
                                                                 "The database connection \"%1\" is already in use.")
                                         .arg(connectionName)));
    }

    const std::vector<MigrationStep> steps = options.migrations.empty() ? schemaMigrations() : options.migrations;
    const int targetVersion = steps.empty() ? 0 : steps.back().version;
    const QFileInfo info(m_path);
    int version = 0;
    if (info.exists()) {
        if (!info.isFile() || !info.isReadable()) {
            return fail(StoreError::make(StoreError::Code::CannotOpen,
                                         QCoreApplication::translate("cf::Database", "%1 is not a readable file.")
                                             .arg(nativePath(m_path))));
        }
        if (!probe(options, &version))
            return false;
        if (version > targetVersion) {
            // Keep the probe's read-only connection: reads work, writes cannot.
            sql::execAll(handleForProbe(), {QStringLiteral("PRAGMA foreign_keys = ON")});
            m_schemaVersion = version;
            m_state = State::ReadOnly;
            m_error = StoreError::make(
                StoreError::Code::NewerSchema,
                QCoreApplication::translate("cf::Database",
                                            "This database was written by a newer version of CampaignForge (schema %1; "
                                            "this version knows up to %2). It is open read-only: update CampaignForge "
                                            "to make changes.")
                    .arg(version)
                    .arg(targetVersion));
            qCWarning(lcStore) << "database" << m_path << "has schema" << version << ": read-only";
            return true;
        }
        {
            QSqlDatabase probeDb = QSqlDatabase::database(m_connectionName, false);
            probeDb.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    } else if (!options.createIfMissing) {
        return fail(StoreError::make(StoreError::Code::FileMissing,
                                     QCoreApplication::translate("cf::Database",
                                                                 "There is no database at %1. Run \"db init\" or start "
                                                                 "CampaignForge once to create it.")
                                         .arg(nativePath(m_path))));
    }

    if (!openConnection(false) || !applyPragmas(options))
        return false;
    if (version < targetVersion) {
        StoreStatus migrated;
        {
            const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            migrated = migrate(db, version, options, steps);
        }
        if (migrated.isError())
            return fail(migrated);
        version = targetVersion;
    }
    m_schemaVersion = version;
    m_state = State::ReadWrite;
    m_error = {};
    return true;
}

// Backs up a database that holds data, then runs the migration steps.
StoreStatus Database::migrate(const QSqlDatabase &db, int fromVersion, const DatabaseOptions &options,
                              const std::vector<MigrationStep> &steps)
{
    if (!options.migrate) {
        return StoreError::make(StoreError::Code::MigrationFailed,
                                QCoreApplication::translate("cf::Database",
                                                            "The database %1 needs updating from version %2; open it "
                                                            "in CampaignForge first.")
                                    .arg(nativePath(m_path))
                                    .arg(fromVersion));
    }
    if (fromVersion > 0) {
        const QString dir = options.backupDir.isEmpty() ? QFileInfo(m_path).absolutePath() : options.backupDir;
        QString target = QDir(dir).filePath(backupFileName(fromVersion, options.nowUtc));
        for (int n = 2; QFileInfo::exists(target); ++n)
            target = QDir(dir).filePath(backupFileName(fromVersion, options.nowUtc).replace(
                QLatin1String(".sqlite"), QStringLiteral("-%1.sqlite").arg(n)));
        if (StoreStatus backup = backupDatabase(db, target); backup.isError())
            return backup;
        m_lastBackup = target;
    }
    return runMigrations(db, steps);
}

QSqlDatabase Database::handleForProbe() const { return QSqlDatabase::database(m_connectionName, false); }

StoreStatus Database::checkWritable() const
{
    if (m_state == State::ReadOnly)
        return StoreError::make(StoreError::Code::ReadOnly, m_error.message, m_error.detail);
    return checkReadable();
}

StoreStatus Database::checkReadable() const
{
    if (isOpen())
        return {};
    return StoreError::make(StoreError::Code::NotOpen,
                            m_error.isError() ? m_error.message
                                              : QCoreApplication::translate("cf::Database", "The database is not open."),
                            m_error.detail);
}

} // namespace cf
