#pragma once

#include "models/store/Migrations.h"
#include "models/store/StoreError.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace cf {

// Options for Database::open().
struct DatabaseOptions
{
    // Create the file when it does not exist (the GUI and `db init` do; `db check` does not).
    bool createIfMissing = true;
    // Bring an older schema up to date (with a backup first). A worker thread's
    // second connection passes false: the first connection already migrated.
    bool migrate = true;
    // Where the pre-migration backup goes; empty means beside the database file.
    QString backupDir;
    // "Now" for naming the backup file; pass Clock::nowUtc().
    QDateTime nowUtc;
    // How long a statement waits for another connection's lock.
    int busyTimeoutMs = 5000;
    // The schema steps; empty means the product's schemaMigrations(). The
    // last step's version is the version this open() expects. Tests pass
    // their own list to exercise backup-then-migrate and failed steps.
    std::vector<MigrationStep> migrations;
};

// One SQLite connection to the CampaignForge database, under a connection
// name that is unique per thread (QtSql connections must not cross threads:
// the publishing worker opens its own Database with its own name).
//
// open() never throws and never modifies a file it cannot trust: a garbage,
// truncated or foreign file leaves state() == Failed with the reason in
// error(), and the file untouched. A database written by a newer
// CampaignForge opens ReadOnly with error() saying why; repositories refuse
// writes on it with that message. On every read-write connection WAL,
// foreign_keys=ON (verified), synchronous=FULL and a busy timeout are set and
// quick_check has passed.
class Database
{
public:
    enum class State { Closed, ReadWrite, ReadOnly, Failed };

    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens path under connectionName (which must not be in use). Returns true
    // when the database is usable (ReadWrite or ReadOnly); false with error()
    // set when it failed.
    bool open(const QString &path, const QString &connectionName, const DatabaseOptions &options = {});
    void close();

    State state() const { return m_state; }
    bool isOpen() const { return m_state == State::ReadWrite || m_state == State::ReadOnly; }
    bool isReadOnly() const { return m_state == State::ReadOnly; }
    // Why the database is read-only or failed; empty when read-write.
    const StoreError &error() const { return m_error; }

    QString filePath() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    // The schema version found in the file (after migration, the current one).
    int schemaVersion() const { return m_schemaVersion; }
    // The path of the backup taken before migrating, empty when none was needed.
    QString lastBackupPath() const { return m_lastBackup; }

    // The QtSql handle, for repositories. Invalid unless isOpen().
    QSqlDatabase handle() const;

    // Success when writes are allowed; otherwise the reason (read-only with
    // the newer-schema message, or not open).
    StoreStatus checkWritable() const;
    // Success when reads are possible (read-write or read-only).
    StoreStatus checkReadable() const;

    // A connection name unique to the calling thread: prefix + thread id.
    static QString connectionNameForCurrentThread(const QString &prefix);

private:
    bool fail(StoreError error);
    bool probe(const DatabaseOptions &options, int *version);
    bool openConnection(bool readOnly);
    bool applyPragmas(const DatabaseOptions &options);
    QSqlDatabase handleForProbe() const;
    StoreStatus migrate(const QSqlDatabase &db, int fromVersion, const DatabaseOptions &options,
                        const std::vector<MigrationStep> &steps);
    StoreStatus probeVerdict(const QSqlDatabase &db, const DatabaseOptions &options, int *version) const;
    static QString pragmaFailure(const QSqlDatabase &db, const DatabaseOptions &options);

    QString m_path;
    QString m_connectionName;
    State m_state = State::Closed;
    StoreError m_error;
    int m_schemaVersion = 0;
    QString m_lastBackup;
};

} // namespace cf
