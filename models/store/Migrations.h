#pragma once

#include "models/store/StoreError.h"

#include <QSqlDatabase>

#include <functional>
#include <vector>

namespace cf {

// One schema step: apply() turns version `version - 1` into `version`. It
// runs inside the transaction the runner opens, so it must not commit, and
// must not change PRAGMA foreign_keys (SQLite ignores that inside a
// transaction; a step that rebuilds a table uses PRAGMA defer_foreign_keys).
struct MigrationStep
{
    int version = 0;
    std::function<StoreStatus(const QSqlDatabase &)> apply;
};

// The product's steps, oldest first. Adding schema v2 means appending one
// {2, ...} entry here and bumping kCurrentSchemaVersion in Schema.h.
std::vector<MigrationStep> schemaMigrations();

// Brings db from its PRAGMA user_version up to the last step's version. Each
// step runs in its own transaction together with the user_version update; a
// failing step is rolled back, leaving both user_version and the data as they
// were after the previous step, and the error says which version failed.
// Steps at or below the current version are skipped.
StoreStatus runMigrations(const QSqlDatabase &db, const std::vector<MigrationStep> &steps);

} // namespace cf
