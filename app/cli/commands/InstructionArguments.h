#pragma once

#include <QCommandLineParser>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace cf {
struct CliContext;

// The arguments that `parse` and `plan` share: an optional --today DATE and
// the instruction itself (every remaining word, even one starting with "-").
struct InstructionArguments
{
    QDate today;
    QString text;
};

// Adds --today and the instruction argument to parser (which may already hold
// the command's own options), parses args, and checks both. On a usage
// problem it writes the reason and usage to context.err and returns nullopt.
std::optional<InstructionArguments> parseInstructionArguments(QCommandLineParser &parser, const QString &command,
                                                              const QStringList &args, CliContext &context,
                                                              const QString &usage);

} // namespace cf
