#include "app/cli/commands/CliDatabase.h"

#include "app/cli/CliCommand.h"
#include "app/core/Clock.h"
#include "app/core/DataPaths.h"
#include "models/store/Database.h"

namespace cf {

bool openExistingDatabase(const CliContext &context, Database &db, const QString &connectionName)
{
    DatabaseOptions options;
    options.createIfMissing = false;
    options.backupDir = context.paths.backupsDir();
    options.nowUtc = context.clock.nowUtc();
    if (db.open(context.paths.databaseFile(), connectionName, options))
        return true;
    context.err << db.error().fullText() << Qt::endl;
    return false;
}

} // namespace cf
