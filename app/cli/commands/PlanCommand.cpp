// `campaignforge-cli plan [--today YYYY-MM-DD] [--save] TEXT`: parses the
// instruction, plans the whole campaign and prints it as JSON; with --save it
// also stores it as a draft campaign and adds "campaign_id".
#include "app/cli/CliCommand.h"
#include "app/cli/commands/InstructionArguments.h"
#include "app/core/Clock.h"
#include "app/core/DataPaths.h"
#include "app/planning/CampaignPlanner.h"
#include "app/planning/PlanBundle.h"
#include "app/planning/parser/InstructionParser.h"
#include "app/planning/plan/PlanJson.h"
#include "models/store/CampaignTransfer.h"
#include "models/store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

namespace cf {
namespace {

class PlanCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("plan"); }
    QString summary() const override
    {
        return QCoreApplication::translate("cf::PlanCommand", "Plan a whole campaign from an instruction, as JSON.");
    }

    int run(const QStringList &args, CliContext &context) override
    {
        QCommandLineParser parser;
        const QCommandLineOption saveOption(
            QStringLiteral("save"), QCoreApplication::translate("cf::PlanCommand", "Store the plan as a draft campaign."));
        parser.addOption(saveOption);
        const auto arguments = parseInstructionArguments(parser, name(), args, context, usage());
        if (!arguments)
            return cli::kUsage;
        const QString text = arguments->text.trimmed();
        if (text.isEmpty()) {
            context.err << QCoreApplication::translate("cf::PlanCommand", "No instruction given.") << Qt::endl
                        << usage() << Qt::endl;
            return cli::kUsage;
        }

        QString error;
        const auto vocabulary = ParserVocabulary::loadBuiltIn(&error);
        const auto data = vocabulary ? PlanningData::load(&error) : std::nullopt;
        if (!vocabulary || !data) {
            context.err << error << Qt::endl;
            return cli::kFailed;
        }
        const ParsedInstruction parsed = InstructionParser(*vocabulary).parse(text, arguments->today);
        const PlanOutcome outcome = CampaignPlanner(*data).plan(parsed, arguments->today);
        if (!outcome.plan) {
            for (const PlanMessage &e : outcome.errors)
                context.err << e.message << Qt::endl;
            const QJsonObject errors{{QStringLiteral("errors"), messagesToJson(outcome.errors)}};
            context.out << QString::fromUtf8(QJsonDocument(errors).toJson(QJsonDocument::Indented));
            return cli::kFailed;
        }

        QJsonObject json = planToJson(*outcome.plan);
        if (parser.isSet(saveOption)) {
            const auto id = save(*outcome.plan, context);
            if (!id)
                return cli::kFailed;
            json.insert(QStringLiteral("campaign_id"), *id);
        }
        context.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return cli::kOk;
    }

private:
    static QString usage()
    {
        return QCoreApplication::translate("cf::PlanCommand", "Usage: campaignforge-cli plan [--today YYYY-MM-DD] [--save] TEXT");
    }

    static std::optional<qint64> save(const CampaignPlan &plan, CliContext &context)
    {
        QString error;
        if (!context.paths.ensureExists(&error)) {
            context.err << error << Qt::endl;
            return std::nullopt;
        }
        Database db;
        DatabaseOptions options;
        options.backupDir = context.paths.backupsDir();
        options.nowUtc = context.clock.nowUtc();
        if (!db.open(context.paths.databaseFile(), QStringLiteral("cli-plan"), options)) {
            context.err << db.error().fullText() << Qt::endl;
            return std::nullopt;
        }
        const StoreResult<qint64> id = CampaignTransfer(db).insert(bundleFromPlan(plan, context.clock.nowUtc()));
        if (!id) {
            context.err << id.error().fullText() << Qt::endl;
            return std::nullopt;
        }
        return id.value();
    }
};

} // namespace

std::unique_ptr<CliCommand> makePlanCommand()
{
    return std::make_unique<PlanCommand>();
}

} // namespace cf
