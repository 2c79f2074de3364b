#pragma once

// A temporary database with the product schema (connections need v3) for the auth suites.

#include "models/store/Database.h"

#include <QTemporaryDir>

namespace cf::test {

inline bool openConnectionsDb(Database &db, const QTemporaryDir &dir, const QString &name)
{
    DatabaseOptions options;
    options.backupDir = dir.filePath(QStringLiteral("backups"));
    return db.open(dir.filePath(name + QStringLiteral(".sqlite")), name, options);
}

} // namespace cf::test
