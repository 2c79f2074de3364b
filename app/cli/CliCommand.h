#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
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
    // True for commands that draw text (creatives, video captions): they
    // need QFontDatabase and so a QGuiApplication on the offscreen platform.
    // The others run on a plain QCoreApplication, which needs no display
    // plugin and prints nothing about one (cron, CI, servers).
    virtual bool drawsText() const { return false; }
    // args excludes the command name itself.
    virtual int run(const QStringList &args, CliContext &context) = 0;
    // main() starts every command through this, from inside the event loop.
    // Commands that wait for the network, the keychain or stdin override it:
    // they start their work, return at once, and call done(exit code)
    // exactly once, later. No nested event loops.
    virtual void runAsync(const QStringList &args, CliContext &context, std::function<void(int)> done)
    {
        done(run(args, context));
    }
};

// Base for commands that only work asynchronously (see runAsync).
class AsyncCliCommand : public CliCommand
{
public:
    // Such a command cannot finish without the event loop main() runs for
    // runAsync, so a synchronous call is refused rather than faked.
    int run(const QStringList &args, CliContext &context) final;
    void runAsync(const QStringList &args, CliContext &context, std::function<void(int)> done) override = 0;
};

std::vector<std::unique_ptr<CliCommand>> makeCliCommands();

namespace cli {
constexpr int kOk = 0;
constexpr int kFailed = 1;
constexpr int kUsage = 2;
} // namespace cli

} // namespace cf
