#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

namespace cf {
class Clock;
class DataPaths;
class EndpointMap;

// What every CLI command gets: the resolved global options and the two
// output streams. Results go to out (stdout), problems to err (stderr).
struct CliContext
{
    const DataPaths &paths;
    const EndpointMap &endpoints;
    const Clock &clock;
    QTextStream &out;
    QTextStream &err;
};

// One sub-command of campaignforge-cli ("db", "campaign", "parse", ...).
// run() returns the process exit code: 0 on success, 1 for a failure of the
// operation, 2 for a usage error.
class CliCommand
{
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    // One line for the --help listing, translated.
    virtual QString summary() const = 0;
    // args excludes the command name itself.
    virtual int run(const QStringList &args, CliContext &context) = 0;
};

std::vector<std::unique_ptr<CliCommand>> makeCliCommands();

namespace cli {
constexpr int kOk = 0;
constexpr int kFailed = 1;
constexpr int kUsage = 2;
} // namespace cli

} // namespace cf
