// `campaignforge-cli parse [--today YYYY-MM-DD] TEXT`: prints what the
// instruction parser understood as one JSON object.
#include "app/cli/CliCommand.h"
#include "app/cli/commands/InstructionArguments.h"
#include "app/planning/parser/InstructionParser.h"
#include "app/planning/parser/ParsedInstructionJson.h"

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
        const auto arguments = parseInstructionArguments(parser, name(), args, context, usage());
        if (!arguments)
            return cli::kUsage;
        QString error;
        const auto vocabulary = ParserVocabulary::loadBuiltIn(&error);
        if (!vocabulary) {
            context.err << error << Qt::endl;
            return cli::kFailed;
        }
        const ParsedInstruction parsed = InstructionParser(*vocabulary).parse(arguments->text, arguments->today);
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
