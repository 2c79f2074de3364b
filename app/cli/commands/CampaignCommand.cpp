// `campaignforge-cli campaign list [--json] | export ID [--output FILE] |
// import FILE`: look at stored campaigns and move whole campaigns between
// databases as JSON files.
#include "app/cli/CliCommand.h"
#include "app/core/Clock.h"
#include "app/core/DataPaths.h"
#include "models/domain/JsonSupport.h"
#include "models/store/CampaignRepository.h"
#include "models/store/CampaignTransfer.h"
#include "models/store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace cf {
namespace {

class CampaignCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("campaign"); }
    QString summary() const override
    {
        return QCoreApplication::translate("cf::CampaignCommand",
                                           "List, export or import campaigns: campaign list|export ID|import FILE.");
    }

    int run(const QStringList &args, CliContext &context) override
    {
        const QString action = args.value(0);
        if (action == QLatin1String("list")) {
            if (args.size() == 1)
                return list(false, context);
            if (args.size() == 2 && args.at(1) == QLatin1String("--json"))
                return list(true, context);
        } else if (action == QLatin1String("export")) {
            if (args.size() == 2)
                return exportCampaign(args.at(1), QString(), context);
            if (args.size() == 4 && (args.at(2) == QLatin1String("--output") || args.at(2) == QLatin1String("-o")))
                return exportCampaign(args.at(1), args.at(3), context);
        } else if (action == QLatin1String("import") && args.size() == 2) {
            return importCampaign(args.at(1), context);
        }
        context.err << usage() << Qt::endl;
        return cli::kUsage;
    }

private:
    static QString usage()
    {
        return QCoreApplication::translate("cf::CampaignCommand",
                                           "Usage: campaignforge-cli campaign list [--json] | campaign export ID "
                                           "[--output FILE] | campaign import FILE");
    }

    // Opens the database; `create` also creates and migrates it. Returns
    // false after printing the reason.
    static bool openDatabase(Database &db, bool create, CliContext &context)
    {
        if (create) {
            QString error;
            if (!context.paths.ensureExists(&error)) {
                context.err << error << Qt::endl;
                return false;
            }
        }
        DatabaseOptions options;
        options.createIfMissing = create;
        options.backupDir = context.paths.backupsDir();
        options.nowUtc = context.clock.nowUtc();
        if (!db.open(context.paths.databaseFile(), QStringLiteral("cli-campaign"), options)) {
            context.err << db.error().fullText() << Qt::endl;
            return false;
        }
        return true;
    }

    static int list(bool asJson, CliContext &context)
    {
        std::vector<CampaignSummary> rows;
        // No database yet simply means no campaigns.
        if (QFile::exists(context.paths.databaseFile())) {
            Database db;
            if (!openDatabase(db, false, context))
                return cli::kFailed;
            auto summaries = CampaignRepository(db).listSummaries();
            if (!summaries) {
                context.err << summaries.error().fullText() << Qt::endl;
                return cli::kFailed;
            }
            rows = std::move(summaries.value());
        }
        if (asJson) {
            nlohmann::json array = nlohmann::json::array();
            for (const CampaignSummary &row : rows) {
                nlohmann::json item = row.campaign;
                jsonio::writeInstant(item, "next_scheduled_at", row.nextScheduledUtc);
                item["content_count"] = row.contentCount;
                array.push_back(std::move(item));
            }
            context.out << QString::fromStdString(array.dump(2)) << Qt::endl;
            return cli::kOk;
        }
        if (rows.empty()) {
            context.out << QCoreApplication::translate("cf::CampaignCommand", "No campaigns yet.") << Qt::endl;
            return cli::kOk;
        }
        for (const CampaignSummary &row : rows) {
            const Campaign &c = row.campaign;
            QStringList platforms;
            for (Platform p : c.platforms)
                platforms << platformId(p);
            context.out << QStringLiteral("%1\t%2\t%3\t%4..%5\t%6\t%7")
                               .arg(c.id)
                               .arg(enumId(c.status), c.name, dateText(c.startDate), dateText(c.endDate),
                                    formatMoney(c.budget.amount, QLocale::c()), platforms.join(QLatin1Char(',')))
                        << Qt::endl;
        }
        return cli::kOk;
    }

    static int exportCampaign(const QString &idText, const QString &outputPath, CliContext &context)
    {
        bool ok = false;
        const qint64 id = idText.toLongLong(&ok);
        if (!ok || id <= 0) {
            context.err << QCoreApplication::translate("cf::CampaignCommand", "\"%1\" is not a campaign id.").arg(idText)
                        << Qt::endl;
            return cli::kUsage;
        }
        Database db;
        if (!openDatabase(db, false, context))
            return cli::kFailed;
        const auto json = CampaignTransfer(db).exportJson(id);
        if (!json) {
            context.err << json.error().fullText() << Qt::endl;
            return cli::kFailed;
        }
        if (outputPath.isEmpty()) {
            context.out << QString::fromUtf8(json.value());
            return cli::kOk;
        }
        QSaveFile file(outputPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(json.value()) != json->size() || !file.commit()) {
            context.err << QCoreApplication::translate("cf::CampaignCommand", "Cannot write %1: %2")
                               .arg(QDir::toNativeSeparators(outputPath), file.errorString())
                        << Qt::endl;
            return cli::kFailed;
        }
        context.out << QCoreApplication::translate("cf::CampaignCommand", "Campaign %1 exported to %2.")
                           .arg(id)
                           .arg(QDir::toNativeSeparators(outputPath))
                    << Qt::endl;
        return cli::kOk;
    }

    static int importCampaign(const QString &path, CliContext &context)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            context.err << QCoreApplication::translate("cf::CampaignCommand", "Cannot read %1: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString())
                        << Qt::endl;
            return cli::kFailed;
        }
        const QByteArray bytes = file.readAll();
        // Check the file before touching (or creating) the database.
        const auto bundle = CampaignTransfer::fromJson(bytes);
        if (!bundle) {
            context.err << bundle.error().message << Qt::endl;
            return cli::kFailed;
        }
        Database db;
        if (!openDatabase(db, true, context))
            return cli::kFailed;
        const auto id = CampaignTransfer(db).importJson(bytes);
        if (!id) {
            context.err << id.error().fullText() << Qt::endl;
            return cli::kFailed;
        }
        context.out << QCoreApplication::translate("cf::CampaignCommand", "Imported \"%1\" as campaign %2.")
                           .arg(bundle->campaign.name)
                           .arg(id.value())
                    << Qt::endl;
        return cli::kOk;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeCampaignCommand() { return std::make_unique<CampaignCommand>(); }

} // namespace cf
