// `campaignforge-cli parse [--today YYYY-MM-DD] TEXT`: prints what the
// instruction parser understood as one JSON object.
#include "app/cli/CliCommand.h"
#include "app/core/Clock.h"
#include "app/planning/parser/InstructionParser.h"
#include "app/planning/parser/ParsedInstructionJson.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace cf {
namespace {

class ParseCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("parse"); }
    QString summary() const override
    {
        return QCoreApplication::translate("cf::ParseCommand", "Show what an instruction says, as JSON.");
    }

    int run(const QStringList &args, CliContext &context) override
    {
        QCommandLineParser parser;
        const QCommandLineOption todayOption(
            QStringLiteral("today"),
            QCoreApplication::translate("cf::ParseCommand", "Take DATE (YYYY-MM-DD) as today instead of the clock's date."),
            QStringLiteral("DATE"));
        parser.addOption(todayOption);
        parser.addPositionalArgument(QStringLiteral("text"),
                                     QCoreApplication::translate("cf::ParseCommand", "The instruction."));
        // Everything after the options is the instruction, even if it starts with "-".
        parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
        if (!parser.parse(QStringList{QStringLiteral("parse")} + args)) {
            context.err << parser.errorText() << Qt::endl << usage() << Qt::endl;
            return cli::kUsage;
        }
        QDate today = context.clock.todayUtc();
        if (parser.isSet(todayOption)) {
            today = QDate::fromString(parser.value(todayOption), Qt::ISODate);
            if (!today.isValid()) {
                context.err << QCoreApplication::translate("cf::ParseCommand",
                                                           "\"%1\" is not a date: write it as YYYY-MM-DD.")
                                   .arg(parser.value(todayOption))
                            << Qt::endl;
                return cli::kUsage;
            }
        }
        const QStringList words = parser.positionalArguments();
        if (words.isEmpty()) {
            context.err << QCoreApplication::translate("cf::ParseCommand", "No instruction given.") << Qt::endl
                        << usage() << Qt::endl;
            return cli::kUsage;
        }
        QString error;
        const auto vocabulary = ParserVocabulary::loadBuiltIn(&error);
        if (!vocabulary) {
            context.err << error << Qt::endl;
            return cli::kFailed;
        }
        const ParsedInstruction parsed = InstructionParser(*vocabulary).parse(words.join(QLatin1Char(' ')), today);
        context.out << QString::fromStdString(parsedInstructionToJson(parsed).dump(2)) << Qt::endl;
        return cli::kOk;
    }

private:
    static QString usage()
    {
        return QCoreApplication::translate("cf::ParseCommand", "Usage: campaignforge-cli parse [--today YYYY-MM-DD] TEXT");
    }
};

} // namespace

std::unique_ptr<CliCommand> makeParseCommand()
{
    return std::make_unique<ParseCommand>();
}

} // namespace cf
