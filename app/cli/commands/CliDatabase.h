#pragma once

#include <QString>

namespace cf {
class Database;
struct CliContext;

// Opens the data folder's existing database for a command (never creates
// one: a command that only reads or changes campaigns has nothing to do in an
// empty folder). On failure the translated reason goes to context.err.
bool openExistingDatabase(const CliContext &context, Database &db, const QString &connectionName);

} // namespace cf
