// `campaignforge-cli media-host set WORDPRESS_CONNECTION_ID | clear | show`:
// chooses the public media host Instagram and TikTok fetch photos from (a
// connected WordPress site; its files are deleted again after publishing).
// The choice lives in AppSettings; the site's credentials stay in the
// keychain entry of its connection.
#include "app/cli/CliCommand.h"
#include "app/core/AppSettings.h"
#include "app/core/Clock.h"
#include "app/core/DataPaths.h"
#include "models/store/ConnectionRepository.h"
#include "models/store/Database.h"

#include <QCoreApplication>

#include <optional>

namespace cf {
namespace {

class MediaHostCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("media-host"); }
    QString summary() const override
    {
        return QCoreApplication::translate("cf::MediaHostCommand",
                                           "Choose the public media host for Instagram and TikTok photos: "
                                           "media-host set WORDPRESS_CONNECTION_ID | clear | show.");
    }

    int run(const QStringList &args, CliContext &context) override
    {
        const QString action = args.value(0);
        const bool set = action == QLatin1String("set") && args.size() == 2;
        if (!set && !((action == QLatin1String("clear") || action == QLatin1String("show")) && args.size() == 1)) {
            context.err << QCoreApplication::translate(
                               "cf::MediaHostCommand",
                               "Usage: campaignforge-cli media-host set WORDPRESS_CONNECTION_ID | clear | show")
                        << Qt::endl;
            return cli::kUsage;
        }
        AppSettings settings;
        if (action == QLatin1String("clear")) {
            settings.clearMediaHost();
            settings.sync();
            context.out << QCoreApplication::translate("cf::MediaHostCommand",
                                                       "No media host: Instagram and TikTok photos cannot be published.")
                        << Qt::endl;
            return cli::kOk;
        }
        std::optional<qint64> id = settings.mediaHostWordPressConnection();
        if (set) {
            bool ok = false;
            id = args[1].toLongLong(&ok);
            if (!ok || *id <= 0) {
                context.err << QCoreApplication::translate("cf::MediaHostCommand",
                                                           "\"%1\" is not a connection id; the connections command "
                                                           "lists them.")
                                   .arg(args[1])
                            << Qt::endl;
                return cli::kUsage;
            }
        }
        if (!id) {
            context.out << QCoreApplication::translate("cf::MediaHostCommand", "Media host: none.") << Qt::endl;
            return cli::kOk;
        }
        Database db;
        DatabaseOptions options;
        options.createIfMissing = false;
        options.backupDir = context.paths.backupsDir();
        options.nowUtc = context.clock.nowUtc();
        if (!db.open(context.paths.databaseFile(), QStringLiteral("cli-media-host"), options)) {
            context.err << db.error().fullText() << Qt::endl;
            return cli::kFailed;
        }
        const StoreResult<Connection> row = ConnectionRepository(db).find(*id);
        const bool usable = row && row->platform == Platform::WordPress && row->status == ConnectionStatus::Connected;
        if (set) {
            if (!usable) {
                context.err << QCoreApplication::translate("cf::MediaHostCommand",
                                                           "Connection %1 is not a connected WordPress site. Connect "
                                                           "one with: campaignforge-cli connect wordpress --site URL "
                                                           "--user NAME")
                                   .arg(*id)
                            << Qt::endl;
                return cli::kFailed;
            }
            settings.setMediaHostWordPressConnection(*id);
            settings.sync();
        }
        if (!usable) {
            context.out << QCoreApplication::translate("cf::MediaHostCommand",
                                                       "Media host: WordPress connection %1, which is no longer a "
                                                       "connected WordPress site. Choose another one.")
                               .arg(*id)
                        << Qt::endl;
            return cli::kFailed;
        }
        context.out << QCoreApplication::translate("cf::MediaHostCommand", "Media host: WordPress site %1 (%2), connection %3.")
                           .arg(row->accountName, row->apiBase)
                           .arg(*id)
                    << Qt::endl;
        return cli::kOk;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeMediaHostCommand()
{
    return std::make_unique<MediaHostCommand>();
}

} // namespace cf
