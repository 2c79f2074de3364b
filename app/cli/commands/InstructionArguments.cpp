#include "app/cli/commands/InstructionArguments.h"

#include "app/cli/CliCommand.h"
#include "app/core/Clock.h"

#include <QCoreApplication>

namespace cf {

std::optional<InstructionArguments> parseInstructionArguments(QCommandLineParser &parser, const QString &command,
                                                              const QStringList &args, CliContext &context,
                                                              const QString &usage)
{
    const QCommandLineOption todayOption(
        QStringLiteral("today"),
        QCoreApplication::translate("cf::InstructionArguments",
                                    "Take DATE (YYYY-MM-DD) as today instead of the clock's date."),
        QStringLiteral("DATE"));
    parser.addOption(todayOption);
    parser.addPositionalArgument(QStringLiteral("text"),
                                 QCoreApplication::translate("cf::InstructionArguments", "The instruction."));
    // Everything after the options is the instruction, even if it starts with "-".
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!parser.parse(QStringList{command} + args)) {
        context.err << parser.errorText() << Qt::endl << usage << Qt::endl;
        return std::nullopt;
    }

    InstructionArguments result{context.clock.todayUtc(), QString()};
    if (parser.isSet(todayOption)) {
        result.today = QDate::fromString(parser.value(todayOption), Qt::ISODate);
        if (!result.today.isValid()) {
            context.err << QCoreApplication::translate("cf::InstructionArguments",
                                                       "\"%1\" is not a date: write it as YYYY-MM-DD.")
                               .arg(parser.value(todayOption))
                        << Qt::endl;
            return std::nullopt;
        }
    }
    // No instruction at all is a usage error; an empty one ("") is the
    // caller's to judge (parse reports it as data: empty_instruction).
    if (parser.positionalArguments().isEmpty()) {
        context.err << QCoreApplication::translate("cf::InstructionArguments", "No instruction given.") << Qt::endl
                    << usage << Qt::endl;
        return std::nullopt;
    }
    result.text = parser.positionalArguments().join(QLatin1Char(' '));
    return result;
}

} // namespace cf
