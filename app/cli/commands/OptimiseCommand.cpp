// `campaignforge-cli optimise --campaign ID [--dry-run] [--json]`: one pass
// of the AI-optimised level for a campaign (best hours, schedule moves,
// budget shift) with the owner's limits from the settings;
// `campaignforge-cli optimise --undo LOG_ID [--json]` takes one change back.
#include "app/automation/OptimisationUndo.h"
#include "app/automation/Optimiser.h"
#include "app/cli/commands/CliDatabase.h"
#include "app/cli/CliCommand.h"
#include "app/core/AppSettings.h"
#include "app/core/Clock.h"
#include "app/core/DataPaths.h"
#include "app/planning/data/PlanningData.h"
#include "models/domain/TimeText.h"
#include "models/store/Database.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace cf {
namespace {

nlohmann::json reportJson(const OptimisationReport &r)
{
    nlohmann::json moves = nlohmann::json::array();
    for (const ScheduleMove &m : r.scheduleMoves) {
        moves.push_back({{"content_id", m.contentId},
                         {"platform", platformId(m.platform).toStdString()},
                         {"before", utcText(m.beforeUtc).toStdString()},
                         {"after", utcText(m.afterUtc).toStdString()},
                         {"from_hour", m.fromHour},
                         {"to_hour", m.toHour},
                         {"from_rate", m.fromRate ? nlohmann::json(*m.fromRate) : nlohmann::json()},
                         {"to_rate", m.toRate}});
    }
    nlohmann::json shifts = nlohmann::json::array();
    for (const AppliedBudgetShift &s : r.budgetShifts) {
        nlohmann::json changes = nlohmann::json::array();
        for (const BudgetChange &c : s.changes)
            changes.push_back({{"ad_set_id", c.adSetId}, {"before_minor", c.beforeMinor}, {"after_minor", c.afterMinor}});
        shifts.push_back({{"currency", s.currency.toStdString()},
                          {"period", enumId(s.period).toStdString()},
                          {"best_ad_set_id", s.bestAdSetId ? nlohmann::json(*s.bestAdSetId) : nlohmann::json()},
                          {"changes", changes}});
    }
    nlohmann::json hours = nlohmann::json::object();
    for (const auto &[platform, h] : r.hours) {
        nlohmann::json ranked = nlohmann::json::array();
        for (const HourStat &stat : h.ranked)
            ranked.push_back({{"hour", stat.hour}, {"items", stat.items}, {"rate", stat.rate()}});
        hours[platformId(platform).toStdString()] = {{"enough", h.enough}, {"items", h.items}, {"ranked", ranked}};
    }
    nlohmann::json notes = nlohmann::json::array();
    for (const QString &note : r.notes)
        notes.push_back(note.toStdString());
    return {{"campaign_id", r.campaignId}, {"eligible", r.eligible},     {"dry_run", r.dryRun},
            {"schedule_moves", moves},     {"budget_shifts", shifts},    {"hours", hours},
            {"notes", notes},              {"log_ids", r.logIds},        {"skipped_reason", r.skippedReason.toStdString()}};
}

class OptimiseCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("optimise"); }
    QString summary() const override
    {
        return QCoreApplication::translate("cf::OptimiseCommand",
                                           "Move an AI-optimised campaign's remaining posts to its best hours and "
                                           "shift ad budget: optimise --campaign ID [--dry-run] [--json] | --undo LOG_ID.");
    }

    int run(const QStringList &args, CliContext &context) override
    {
        qint64 campaignId = 0;
        qint64 undoId = 0;
        bool dryRun = false;
        bool json = false;
        for (qsizetype i = 0; i < args.size(); ++i) {
            const QString &a = args[i];
            if (a == QLatin1String("--dry-run")) {
                dryRun = true;
            } else if (a == QLatin1String("--json")) {
                json = true;
            } else if ((a == QLatin1String("--campaign") || a == QLatin1String("--undo")) && i + 1 < args.size()) {
                bool ok = false;
                const qint64 id = args[++i].toLongLong(&ok);
                if (!ok || id <= 0)
                    return usage(context);
                (a == QLatin1String("--campaign") ? campaignId : undoId) = id;
            } else {
                return usage(context);
            }
        }
        if ((campaignId > 0) == (undoId > 0) || (undoId > 0 && dryRun))
            return usage(context);

        Database db;
        if (!openExistingDatabase(context, db, QStringLiteral("cli-optimise")))
            return cli::kFailed;
        return undoId > 0 ? undo(db, undoId, json, context) : optimise(db, campaignId, dryRun, json, context);
    }

private:
    static int usage(CliContext &context)
    {
        context.err << QCoreApplication::translate("cf::OptimiseCommand",
                                                   "Usage: campaignforge-cli optimise --campaign ID [--dry-run] [--json]\n"
                                                   "       campaignforge-cli optimise --undo LOG_ID [--json]")
                    << Qt::endl;
        return cli::kUsage;
    }

    static int optimise(const Database &db, qint64 campaignId, bool dryRun, bool json, CliContext &context)
    {
        QString error;
        auto data = PlanningData::load(&error);
        if (!data) {
            context.err << error << Qt::endl;
            return cli::kFailed;
        }
        const AppSettings settings;
        const Optimiser optimiser(db, *data, context.clock);
        auto report = optimiser.optimise(campaignId, loadOptimiserLimits(settings, campaignId), dryRun);
        if (!report) {
            context.err << report.error().fullText() << Qt::endl;
            return cli::kFailed;
        }
        if (json)
            context.out << QString::fromStdString(reportJson(*report).dump(2)) << Qt::endl;
        if (!report->eligible) {
            context.err << report->skippedReason << Qt::endl;
            return cli::kFailed;
        }
        if (!json)
            printText(*report, context);
        return cli::kOk;
    }

    static void printText(const OptimisationReport &report, CliContext &context)
    {
        for (const ScheduleMove &m : report.scheduleMoves) {
            context.out << QCoreApplication::translate("cf::OptimiseCommand", "Item %1 (%2): %3 -> %4")
                               .arg(m.contentId)
                               .arg(platformDisplayName(m.platform), utcText(m.beforeUtc), utcText(m.afterUtc))
                        << Qt::endl;
        }
        for (const AppliedBudgetShift &s : report.budgetShifts) {
            for (const BudgetChange &c : s.changes) {
                context.out << QCoreApplication::translate("cf::OptimiseCommand", "Ad set %1: %2 -> %3")
                                   .arg(c.adSetId)
                                   .arg(formatMoney({c.beforeMinor, s.currency}), formatMoney({c.afterMinor, s.currency}))
                            << Qt::endl;
            }
        }
        for (const QString &note : report.notes)
            context.out << note << Qt::endl;
        const qsizetype changes = qsizetype(report.scheduleMoves.size() + report.budgetShifts.size());
        if (report.dryRun)
            context.out << QCoreApplication::translate("cf::OptimiseCommand", "Dry run: %n change(s) proposed, nothing saved.",
                                                       nullptr, int(changes))
                        << Qt::endl;
        else
            context.out << QCoreApplication::translate("cf::OptimiseCommand", "%n change(s) made and logged.", nullptr,
                                                       int(changes))
                        << Qt::endl;
    }

    static int undo(const Database &db, qint64 logId, bool json, CliContext &context)
    {
        auto outcome = OptimisationUndo(db, context.clock).undo(logId);
        if (!outcome) {
            context.err << outcome.error().fullText() << Qt::endl;
            return cli::kFailed;
        }
        if (json) {
            context.out << QString::fromStdString(nlohmann::json{{"undone", outcome->undone},
                                                                 {"message", outcome->message.toStdString()},
                                                                 {"log_id", outcome->logId}}
                                                      .dump(2))
                        << Qt::endl;
        }
        if (!json)
            (outcome->undone ? context.out : context.err) << outcome->message << Qt::endl;
        return outcome->undone ? cli::kOk : cli::kFailed;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeOptimiseCommand()
{
    return std::make_unique<OptimiseCommand>();
}

} // namespace cf
