#include "app/cli/CliCommand.h"

// Each command lives in its own file under commands/; this is the one place
// that lists them, in the order --help shows them.
namespace cf {

std::unique_ptr<CliCommand> makeParseCommand();
std::unique_ptr<CliCommand> makePlanCommand();
std::unique_ptr<CliCommand> makeDbCommand();
std::unique_ptr<CliCommand> makeCampaignCommand();
std::unique_ptr<CliCommand> makeGenerateCommand();
std::unique_ptr<CliCommand> makeConnectCommand();
std::unique_ptr<CliCommand> makeConnectionsCommand();
std::unique_ptr<CliCommand> makeAppsCommand();
std::unique_ptr<CliCommand> makeRenderCommand();
std::unique_ptr<CliCommand> makePublishDueCommand();
std::unique_ptr<CliCommand> makeStatusCommand();
std::unique_ptr<CliCommand> makeSyncMetricsCommand();
std::unique_ptr<CliCommand> makeOptimiseCommand();
std::unique_ptr<CliCommand> makeMediaHostCommand();
std::unique_ptr<CliCommand> makeAiCommand();
std::unique_ptr<CliCommand> makeExportMetricsCommand();
std::unique_ptr<CliCommand> makeAdsCommand();

std::vector<std::unique_ptr<CliCommand>> makeCliCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(makeParseCommand());
    commands.push_back(makePlanCommand());
    commands.push_back(makeDbCommand());
    commands.push_back(makeCampaignCommand());
    commands.push_back(makeGenerateCommand());
    commands.push_back(makeConnectCommand());
    commands.push_back(makeConnectionsCommand());
    commands.push_back(makeAppsCommand());
    commands.push_back(makeRenderCommand());
    commands.push_back(makePublishDueCommand());
    commands.push_back(makeStatusCommand());
    commands.push_back(makeSyncMetricsCommand());
    commands.push_back(makeOptimiseCommand());
    commands.push_back(makeMediaHostCommand());
    commands.push_back(makeAiCommand());
    commands.push_back(makeExportMetricsCommand());
    commands.push_back(makeAdsCommand());
    return commands;
}

} // namespace cf
