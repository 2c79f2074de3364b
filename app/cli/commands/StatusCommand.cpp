// `campaignforge-cli status [--json]`: the publishing queue and each
// target's state (scheduled, sending, published, failed, unknown ...), with
// the error and the action to take where there is one.
#include "app/cli/commands/CliDatabase.h"
#include "app/cli/CliCommand.h"
#include "app/core/Clock.h"
#include "app/core/DataPaths.h"
#include "app/publishing/PublishStatusReport.h"
#include "models/store/Database.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace cf {
namespace {

class StatusCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("status"); }
    QString summary() const override
    {
        return QCoreApplication::translate("cf::StatusCommand", "Show the publishing queue and each target's state: status [--json].");
    }

    int run(const QStringList &args, CliContext &context) override
    {
        const bool json = args == QStringList{QStringLiteral("--json")};
        if (!json && !args.isEmpty()) {
            context.err << QCoreApplication::translate("cf::StatusCommand", "Usage: campaignforge-cli status [--json]")
                        << Qt::endl;
            return cli::kUsage;
        }
        Database db;
        if (!openExistingDatabase(context, db, QStringLiteral("cli-status")))
            return cli::kFailed;
        auto rows = loadPublishStatus(db);
        if (!rows) {
            context.err << rows.error().fullText() << Qt::endl;
            return cli::kFailed;
        }
        if (json)
            context.out << QString::fromStdString(publishStatusJson(*rows).dump(2)) << Qt::endl;
        else
            context.out << publishStatusText(*rows);
        return cli::kOk;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeStatusCommand()
{
    return std::make_unique<StatusCommand>();
}

} // namespace cf
