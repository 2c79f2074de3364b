// `campaignforge-cli media-host set WORDPRESS_CONNECTION_ID | clear | show`,
// `media-host s3 --endpoint URL [--region R] --bucket B --key-id ID` (the
// secret access key on standard input) and `media-host test`: chooses the
// public media host Instagram and TikTok fetch photos from (a connected
// WordPress site or an S3-compatible bucket; files are deleted again after
// publishing). The choice lives in AppSettings; the site's credentials stay
// in its connection's keychain entry, the bucket's secret in the keychain
// (saved and tested through s3setup, as Settings > Publishing does).
#include "app/cli/commands/CliDatabase.h"
#include "app/cli/CliCommand.h"
#include "app/core/AppSettings.h"
#include "app/core/Clock.h"
#include "app/core/DataPaths.h"
#include "app/cli/commands/StdinLineReader.h"
#include "app/publishing/S3MediaHostSetup.h"
#include "platforms/auth/KeychainStore.h"
#include "models/store/ConnectionRepository.h"
#include "models/store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QNetworkAccessManager>

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
                                           "media-host set WORDPRESS_CONNECTION_ID | s3 ... | test | clear | show.");
    }

    // s3 and test wait for standard input, the keychain or the bucket.
    void runAsync(const QStringList &args, CliContext &context, std::function<void(int)> done) override
    {
        const QString action = args.value(0);
        if (action == QLatin1String("s3"))
            return saveS3(args, context, std::move(done));
        if (action == QLatin1String("test") && args.size() == 1)
            return testS3(context, std::move(done));
        done(run(args, context));
    }

    int run(const QStringList &args, CliContext &context) override
    {
        const QString action = args.value(0);
        const bool set = action == QLatin1String("set") && args.size() == 2;
        if (!set && !((action == QLatin1String("clear") || action == QLatin1String("show")) && args.size() == 1)) {
            context.err << QCoreApplication::translate(
                               "cf::MediaHostCommand",
                               "Usage: campaignforge-cli media-host set WORDPRESS_CONNECTION_ID | clear | show | test\n"
                               "       campaignforge-cli media-host s3 --endpoint URL [--region REGION] --bucket NAME "
                               "--key-id ACCESS_KEY_ID < secret-access-key")
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
        if (!set && settings.mediaHostIsS3()) {
            context.out << QCoreApplication::translate("cf::MediaHostCommand", "Media host: %1")
                               .arg(s3setup::describe(settings.s3Bucket()))
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
        if (!openExistingDatabase(context, db, QStringLiteral("cli-media-host")))
            return cli::kFailed;
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

private:
    using Done = std::function<void(int)>;

    void saveS3(const QStringList &args, CliContext &context, Done done)
    {
        QCommandLineParser parser;
        const QCommandLineOption endpoint(QStringLiteral("endpoint"), QString(), QStringLiteral("URL"));
        const QCommandLineOption region(QStringLiteral("region"), QString(), QStringLiteral("REGION"));
        const QCommandLineOption bucket(QStringLiteral("bucket"), QString(), QStringLiteral("NAME"));
        const QCommandLineOption keyId(QStringLiteral("key-id"), QString(), QStringLiteral("ID"));
        parser.addOptions({endpoint, region, bucket, keyId});
        if (!parser.parse(QStringList{QStringLiteral("media-host")} + args) || parser.positionalArguments().size() != 1) {
            context.err << QCoreApplication::translate("cf::MediaHostCommand",
                                                       "Usage: campaignforge-cli media-host s3 --endpoint URL "
                                                       "[--region REGION] --bucket NAME --key-id ACCESS_KEY_ID "
                                                       "< secret-access-key")
                        << Qt::endl;
            return done(cli::kUsage);
        }
        m_bucket.endpoint = parser.value(endpoint).trimmed();
        m_bucket.region = parser.value(region).trimmed();
        m_bucket.bucket = parser.value(bucket).trimmed();
        m_bucket.accessKeyId = parser.value(keyId).trimmed();
        m_done = std::move(done);
        m_context = &context;
        // The secret is only ever read from standard input, never an argument
        // (which other users could see in the process list).
        m_reader = std::make_unique<StdinLineReader>();
        QObject::connect(m_reader.get(), &StdinLineReader::lineRead, &m_guard, [this](const QString &line) {
            if (m_secretRead)
                return;
            m_secretRead = true;
            m_reader->stop();
            const QByteArray secret = line.trimmed().toUtf8();
            if (secret.isEmpty())
                return noSecret();
            // Kept: save() writes the settings after the keychain answers.
            m_settings = std::make_unique<AppSettings>();
            m_keychain = std::make_unique<KeychainStore>();
            s3setup::save(*m_settings, *m_keychain, m_bucket, secret, &m_guard, [this](const QString &problem) {
                if (!problem.isEmpty()) {
                    m_context->err << problem << Qt::endl;
                    return finish(cli::kFailed);
                }
                m_context->out << QCoreApplication::translate("cf::MediaHostCommand",
                                                              "Media host: %1 The secret access key is in the "
                                                              "system keychain.")
                                      .arg(s3setup::describe(m_bucket))
                               << Qt::endl;
                finish(cli::kOk);
            });
        });
        QObject::connect(m_reader.get(), &StdinLineReader::endOfInput, &m_guard, [this] {
            if (!m_secretRead)
                noSecret();
        });
        if (!m_reader->start()) {
            context.err << QCoreApplication::translate("cf::MediaHostCommand", "Standard input cannot be read.")
                        << Qt::endl;
            finish(cli::kFailed);
        }
    }

    void noSecret()
    {
        m_secretRead = true;
        m_context->err << QCoreApplication::translate("cf::MediaHostCommand",
                                                      "No secret access key on standard input.")
                       << Qt::endl;
        finish(cli::kFailed);
    }

    void testS3(CliContext &context, Done done)
    {
        AppSettings settings;
        if (!settings.mediaHostIsS3()) {
            context.err << QCoreApplication::translate("cf::MediaHostCommand",
                                                       "The media host is not an S3-compatible bucket; choose one "
                                                       "with: campaignforge-cli media-host s3 ...")
                        << Qt::endl;
            return done(cli::kFailed);
        }
        m_done = std::move(done);
        m_context = &context;
        m_keychain = std::make_unique<KeychainStore>();
        m_network = std::make_unique<QNetworkAccessManager>();
        s3setup::test(*m_network, context.endpoints, *m_keychain, settings.s3Bucket(), &m_guard,
                      [this](bool ok, const QString &message) {
                          (ok ? m_context->out : m_context->err) << message << Qt::endl;
                          finish(ok ? cli::kOk : cli::kFailed);
                      });
    }

    void finish(int code)
    {
        if (auto done = std::move(m_done)) {
            m_done = nullptr;
            done(code);
        }
    }

    QObject m_guard; // context of the callbacks: they die with the command
    // Made only for s3 and test: every command object exists in every run.
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<KeychainStore> m_keychain;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<StdinLineReader> m_reader;
    bool m_secretRead = false;
    AppSettings::S3Bucket m_bucket;
    CliContext *m_context = nullptr;
    Done m_done;
};

} // namespace

std::unique_ptr<CliCommand> makeMediaHostCommand()
{
    return std::make_unique<MediaHostCommand>();
}

} // namespace cf
