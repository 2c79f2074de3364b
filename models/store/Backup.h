#pragma once

#include "models/store/StoreError.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace cf {

// Writes a consistent copy of the open database db to targetPath: VACUUM INTO
// a ".partial" file beside the target (a snapshot even while others write),
// integrity_check on the copy, then a rename, so targetPath either does not
// exist or holds a verified database. Refuses to replace an existing file.
// Works on read-only connections too.
StoreStatus backupDatabase(const QSqlDatabase &db, const QString &targetPath);

// "campaignforge-v1-20260218-173000.sqlite": the schema version the copy
// holds and when it was taken, for the pre-migration backups folder.
QString backupFileName(int schemaVersion, const QDateTime &nowUtc);

// Opens path read-only under a private connection and runs `PRAGMA
// integrity_check` (full) or `quick_check`; success means SQLite said "ok".
StoreStatus checkDatabaseFile(const QString &path, bool full);

} // namespace cf
