// `campaignforge-cli ads pause|resume|show --campaign ID [--json]`: the
// owner's Pause ads / Resume ads for a campaign's paid ads (AdsControl), and
// where they stand (each platform campaign / ad set with its id and
// delivery). The wish is recorded here; the publishing worker (the app's
// thread or `publish-due`) applies it on its next pass.
#include "app/cli/commands/CliDatabase.h"
#include "app/cli/CliCommand.h"
#include "app/core/Clock.h"
#include "app/core/DataPaths.h"
#include "app/publishing/AdsControl.h"
#include "models/store/Database.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace cf {
namespace {

class AdsCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("ads"); }
    QString summary() const override
    {
        return QCoreApplication::translate("cf::AdsCommand",
                                           "Pause, resume or show a campaign's paid ads: ads pause|resume|show "
                                           "--campaign ID [--json].");
    }

    int run(const QStringList &args, CliContext &context) override
    {
        if (args.isEmpty())
            return usage(context);
        const QString action = args.front();
        if (action != QLatin1String("pause") && action != QLatin1String("resume") && action != QLatin1String("show"))
            return usage(context);
        qint64 campaignId = 0;
        bool json = false;
        for (qsizetype i = 1; i < args.size(); ++i) {
            if (args[i] == QLatin1String("--json"))
                json = true;
            else if (args[i] == QLatin1String("--campaign") && i + 1 < args.size())
                campaignId = args[++i].toLongLong();
            else
                return usage(context);
        }
        if (campaignId <= 0)
            return usage(context);

        Database db;
        if (!openExistingDatabase(context, db, QStringLiteral("cli-ads")))
            return cli::kFailed;
        const AdsControl control(db, context.clock);
        if (action != QLatin1String("show")) {
            const StoreStatus s = action == QLatin1String("pause") ? control.pauseAds(campaignId) : control.resumeAds(campaignId);
            if (s.isError()) {
                context.err << s.fullText() << Qt::endl;
                return cli::kFailed;
            }
        }
        auto state = control.state(campaignId);
        if (!state) {
            context.err << state.error().fullText() << Qt::endl;
            return cli::kFailed;
        }
        print(*state, campaignId, json, context);
        return cli::kOk;
    }

private:
    static void print(const CampaignAdsState &state, qint64 campaignId, bool json, CliContext &context)
    {
        if (json) {
            nlohmann::json entities = nlohmann::json::array();
            for (const AdEntity &e : state.entities)
                entities.push_back({{"level", enumId(e.level()).toStdString()},
                                    {"ad_set_id", e.key.adSetId ? nlohmann::json(*e.key.adSetId) : nlohmann::json()},
                                    {"connection_id", e.key.connectionId},
                                    {"platform", platformId(e.platform).toStdString()},
                                    {"external_id", e.externalId.toStdString()},
                                    {"delivery", enumId(e.delivery).toStdString()}});
            context.out << QString::fromStdString(nlohmann::json{{"campaign_id", campaignId},
                                                                 {"paused_by_owner", state.pausedByOwner},
                                                                 {"delivering", state.delivering},
                                                                 {"entities", entities}}
                                                      .dump(2))
                        << Qt::endl;
            return;
        }
        if (!state.exists()) {
            context.out << QCoreApplication::translate("cf::AdsCommand", "The campaign has no ads on any platform yet.")
                        << Qt::endl;
            return;
        }
        context.out << (state.pausedByOwner
                            ? QCoreApplication::translate("cf::AdsCommand", "Ads paused by you.")
                            : QCoreApplication::translate("cf::AdsCommand", "Ads may run."))
                    << Qt::endl;
        for (const AdEntity &e : state.entities)
            context.out << QCoreApplication::translate("cf::AdsCommand", "%1 %2 on %3 (account %4): %5")
                               .arg(e.level() == AdEntityLevel::Campaign
                                        ? QCoreApplication::translate("cf::AdsCommand", "campaign")
                                        : QCoreApplication::translate("cf::AdsCommand", "ad set"),
                                    e.externalId, platformDisplayName(e.platform), QString::number(e.key.connectionId),
                                    e.delivery == AdDelivery::Active
                                        ? QCoreApplication::translate("cf::AdsCommand", "delivering")
                                        : QCoreApplication::translate("cf::AdsCommand", "paused"))
                        << Qt::endl;
    }

    static int usage(CliContext &context)
    {
        context.err << QCoreApplication::translate("cf::AdsCommand",
                                                   "Usage: campaignforge-cli ads pause|resume|show --campaign ID [--json]")
                    << Qt::endl;
        return cli::kUsage;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeAdsCommand()
{
    return std::make_unique<AdsCommand>();
}

} // namespace cf
