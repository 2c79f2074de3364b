#include "app/cli/CliCommand.h"

#include <QCoreApplication>

namespace cf {

int AsyncCliCommand::run(const QStringList &, CliContext &context)
{
    context.err << QCoreApplication::translate("cf::Cli", "The command \"%1\" runs only from campaignforge-cli's event loop.")
                       .arg(name())
                << Qt::endl;
    return cli::kFailed;
}

} // namespace cf
