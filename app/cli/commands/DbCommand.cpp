// `campaignforge-cli db init|check|backup FILE`: create or update the
// database, verify it, or write a verified copy of it.
#include "app/cli/CliCommand.h"
#include "app/core/Clock.h"
#include "app/core/DataPaths.h"
#include "models/store/Backup.h"
#include "models/store/Database.h"
#include "models/store/SqlSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlQuery>

namespace cf {
namespace {


class DbCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("db"); }
    QString summary() const override { return QCoreApplication::translate("cf::DbCommand", "Create, check or back up the database: db init|check|backup FILE."); }

    int run(const QStringList &args, CliContext &context) override
    {
        const QString action = args.value(0);
        if (action == QLatin1String("init") && args.size() == 1)
            return init(context);
        if (action == QLatin1String("check") && args.size() == 1)
            return check(context);
        if (action == QLatin1String("backup") && args.size() == 2)
            return backup(args.at(1), context);
        context.err << usage() << Qt::endl;
        return cli::kUsage;
    }

private:
    static QString usage()
    {
        return QCoreApplication::translate("cf::DbCommand", "Usage: campaignforge-cli db init | db check | db backup FILE");
    }

    static DatabaseOptions options(const CliContext &context, bool create, bool migrate)
    {
        DatabaseOptions options;
        options.createIfMissing = create;
        options.migrate = migrate;
        options.backupDir = context.paths.backupsDir();
        options.nowUtc = context.clock.nowUtc();
        return options;
    }

    static int init(CliContext &context)
    {
        QString error;
        if (!context.paths.ensureExists(&error)) {
            context.err << error << Qt::endl;
            return cli::kFailed;
        }
        Database db;
        if (!db.open(context.paths.databaseFile(), QStringLiteral("cli-db"), options(context, true, true))) {
            context.err << db.error().fullText() << Qt::endl;
            return cli::kFailed;
        }
        if (db.isReadOnly()) {
            context.err << db.error().message << Qt::endl;
            return cli::kFailed;
        }
        if (!db.lastBackupPath().isEmpty())
            context.out << QCoreApplication::translate("cf::DbCommand", "Backed up the old database to %1.").arg(QDir::toNativeSeparators(db.lastBackupPath()))
                        << Qt::endl;
        context.out << QCoreApplication::translate("cf::DbCommand", "Database ready at %1 (schema version %2).")
                           .arg(QDir::toNativeSeparators(db.filePath()))
                           .arg(db.schemaVersion())
                    << Qt::endl;
        return cli::kOk;
    }

    static int check(CliContext &context)
    {
        Database db;
        if (!db.open(context.paths.databaseFile(), QStringLiteral("cli-db"), options(context, false, false))) {
            context.err << db.error().fullText() << Qt::endl;
            return cli::kFailed;
        }
        // open() ran quick_check; a check on request is the full one.
        const auto integrity = sql::scalar(db.handle(), QStringLiteral("PRAGMA integrity_check"));
        if (!integrity || integrity->toString() != QLatin1String("ok")) {
            context.err << QCoreApplication::translate("cf::DbCommand", "The database %1 is damaged: %2")
                               .arg(QDir::toNativeSeparators(db.filePath()),
                                    integrity ? integrity->toString() : integrity.error().fullText())
                        << Qt::endl;
            return cli::kFailed;
        }
        const auto violations = sql::scalar(db.handle(), QStringLiteral("PRAGMA foreign_key_check"));
        if (!violations || !violations->isNull()) {
            context.err << QCoreApplication::translate("cf::DbCommand", "The database %1 has records that refer to missing records.")
                               .arg(QDir::toNativeSeparators(db.filePath()))
                        << Qt::endl;
            return cli::kFailed;
        }
        const auto campaigns = sql::scalar(db.handle(), QStringLiteral("SELECT count(*) FROM campaigns"));
        if (db.isReadOnly()) {
            context.err << db.error().message << Qt::endl;
            return cli::kFailed;
        }
        context.out << QCoreApplication::translate("cf::DbCommand", "The database %1 is healthy: schema version %2, %3 campaign(s).")
                           .arg(QDir::toNativeSeparators(db.filePath()))
                           .arg(db.schemaVersion())
                           .arg(campaigns ? campaigns->toLongLong() : 0)
                    << Qt::endl;
        return cli::kOk;
    }

    static int backup(const QString &target, CliContext &context)
    {
        Database db;
        if (!db.open(context.paths.databaseFile(), QStringLiteral("cli-db"), options(context, false, false))) {
            context.err << db.error().fullText() << Qt::endl;
            return cli::kFailed;
        }
        if (StoreStatus status = backupDatabase(db.handle(), target); status.isError()) {
            context.err << status.fullText() << Qt::endl;
            return cli::kFailed;
        }
        context.out << QCoreApplication::translate("cf::DbCommand", "Backup written to %1.").arg(QDir::toNativeSeparators(QDir(target).absolutePath())) << Qt::endl;
        return cli::kOk;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeDbCommand() { return std::make_unique<DbCommand>(); }

} // namespace cf
