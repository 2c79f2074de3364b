// `campaignforge-cli export-metrics --campaign ID [--out FILE]`: a campaign's
// measured results as CSV (UTF-8 with BOM, RFC 4180), to stdout or a file.
#include "app/cli/commands/CliDatabase.h"
#include "app/cli/CliCommand.h"
#include "app/core/Clock.h"
#include "app/core/DataPaths.h"
#include "app/tracking/MetricsCsvExport.h"
#include "models/store/Database.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace cf {
namespace {

class ExportMetricsCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("export-metrics"); }
    QString summary() const override
    {
        return QCoreApplication::translate("cf::ExportMetricsCommand",
                                           "Write a campaign's measured results as CSV: export-metrics --campaign ID [--out FILE].");
    }

    int run(const QStringList &args, CliContext &context) override
    {
        qint64 campaignId = 0;
        QString outPath;
        for (qsizetype i = 0; i < args.size(); ++i) {
            const QString &arg = args.at(i);
            const bool hasValue = i + 1 < args.size();
            if (arg == QLatin1String("--campaign") && hasValue) {
                bool ok = false;
                campaignId = args.at(++i).toLongLong(&ok);
                if (!ok || campaignId <= 0)
                    return usage(context);
            } else if (arg == QLatin1String("--out") && hasValue) {
                outPath = args.at(++i);
            } else {
                return usage(context);
            }
        }
        if (campaignId <= 0)
            return usage(context);

        Database db;
        if (!openExistingDatabase(context, db, QStringLiteral("cli-export-metrics")))
            return cli::kFailed;
        auto rows = MetricsCsvExport::load(db, campaignId);
        if (!rows) {
            context.err << rows.error().fullText() << Qt::endl;
            return cli::kFailed;
        }
        const QByteArray csv = MetricsCsvExport::toCsv(rows.value());
        if (outPath.isEmpty()) {
            // Raw bytes: the text stream would re-encode and could drop the BOM.
            context.out.flush();
            QFile stdoutFile;
            if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(csv) != csv.size()) {
                context.err << QCoreApplication::translate("cf::ExportMetricsCommand", "The results could not be written.")
                            << Qt::endl;
                return cli::kFailed;
            }
            stdoutFile.flush();
            return cli::kOk;
        }
        QString error;
        if (!MetricsCsvExport::writeFile(outPath, csv, &error)) {
            context.err << error << Qt::endl;
            return cli::kFailed;
        }
        context.err << QCoreApplication::translate("cf::ExportMetricsCommand", "%n result row(s) written to %1.", nullptr,
                                                   int(rows->size()))
                           .arg(outPath)
                    << Qt::endl;
        return cli::kOk;
    }

private:
    static int usage(CliContext &context)
    {
        context.err << QCoreApplication::translate("cf::ExportMetricsCommand",
                                                   "Usage: campaignforge-cli export-metrics --campaign ID [--out FILE]")
                    << Qt::endl;
        return cli::kUsage;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeExportMetricsCommand()
{
    return std::make_unique<ExportMetricsCommand>();
}

} // namespace cf
