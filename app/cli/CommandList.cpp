#include "app/cli/CliCommand.h"

// Each command lives in its own file under commands/; this is the one place
// that lists them, in the order --help shows them.
namespace cf {

std::vector<std::unique_ptr<CliCommand>> makeCliCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    return commands;
}

} // namespace cf
