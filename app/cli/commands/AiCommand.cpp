// `campaignforge-cli ai set|status|clear|test`: the optional AI copy provider
// (any OpenAI-compatible chat-completions endpoint). Base URL and model go to
// the settings; the API key is read from standard input (never from the
// command line, where the process list shows it) and kept in the keychain.
#include "app/cli/CliCommand.h"
#include "app/cli/commands/StdinLineReader.h"
#include "app/content/text/ai/AiCopyClient.h"
#include "app/content/text/ai/AiProviderStore.h"
#include "app/core/AppSettings.h"
#include "platforms/auth/KeychainStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace cf {
namespace {

class AiCommand final : public AsyncCliCommand
{
public:
    QString name() const override { return QStringLiteral("ai"); }
    QString summary() const override
    {
        return QCoreApplication::translate("cf::AiCommand", "Set up the optional AI copy provider: ai set|status|clear|test.");
    }

    void runAsync(const QStringList &args, CliContext &context, std::function<void(int)> done) override
    {
        m_done = std::move(done);
        m_context = &context;
        QCommandLineParser parser;
        const QCommandLineOption baseUrl(QStringLiteral("base-url"), QString(), QStringLiteral("URL"));
        const QCommandLineOption model(QStringLiteral("model"), QString(), QStringLiteral("MODEL"));
        const QCommandLineOption keepKey(QStringLiteral("keep-key"));
        parser.addOptions({baseUrl, model, keepKey});
        const bool parsed = parser.parse(QStringList{QStringLiteral("ai")} + args);
        const QStringList positional = parser.positionalArguments();
        const QString action = positional.value(0);
        static const QStringList kActions{QStringLiteral("set"), QStringLiteral("status"), QStringLiteral("clear"), QStringLiteral("test")};
        if (!parsed || positional.size() != 1 || !kActions.contains(action)
            || (action == QLatin1String("set") && (!parser.isSet(baseUrl) || !parser.isSet(model)))) {
            if (!parser.errorText().isEmpty())
                context.err << parser.errorText() << Qt::endl;
            context.err << QCoreApplication::translate("cf::AiCommand",
                                                       "Usage: campaignforge-cli ai set --base-url URL --model MODEL [--keep-key]   "
                                                       "(the API key is read from standard input)\n"
                                                       "       campaignforge-cli ai status | ai clear | ai test")
                        << Qt::endl;
            finish(cli::kUsage);
            return;
        }
        m_env = std::make_unique<Environment>();
        if (action == QLatin1String("status"))
            status();
        else if (action == QLatin1String("clear"))
            store().clear(&m_guard, [this](const QString &error) {
                report(error, QCoreApplication::translate("cf::AiCommand", "The AI provider's settings and key were removed."));
            });
        else if (action == QLatin1String("test"))
            test();
        else if (parser.isSet(keepKey))
            save(parser.value(baseUrl), parser.value(model), std::nullopt);
        else
            readKeyThenSave(parser.value(baseUrl), parser.value(model));
    }

private:
    void finish(int code)
    {
        if (auto done = std::move(m_done)) {
            m_done = nullptr;
            done(code);
        }
    }

    void report(const QString &error, const QString &success)
    {
        if (!error.isEmpty()) {
            m_context->err << error << Qt::endl;
            finish(cli::kFailed);
            return;
        }
        m_context->out << success << Qt::endl;
        finish(cli::kOk);
    }

    void readKeyThenSave(const QString &url, const QString &model)
    {
        m_reader = std::make_unique<StdinLineReader>();
        QObject::connect(m_reader.get(), &StdinLineReader::lineRead, &m_guard, [this, url, model](const QString &line) {
            if (m_keyRead)
                return;
            m_keyRead = true;
            m_reader->stop();
            save(url, model, line.trimmed().toUtf8());
        });
        QObject::connect(m_reader.get(), &StdinLineReader::endOfInput, &m_guard, [this] {
            if (!m_keyRead) {
                m_context->err << QCoreApplication::translate("cf::AiCommand",
                                                              "No API key on standard input (use --keep-key to keep the stored one).")
                               << Qt::endl;
                finish(cli::kFailed);
            }
        });
        if (!m_reader->start()) {
            m_context->err << QCoreApplication::translate("cf::AiCommand", "Standard input cannot be read.") << Qt::endl;
            finish(cli::kFailed);
        }
    }

    void save(const QString &url, const QString &model, const std::optional<QByteArray> &key)
    {
        store().save(url, model, key, &m_guard, [this](const QString &error) {
            report(error, QCoreApplication::translate("cf::AiCommand", "AI provider saved: %1, model %2 (key in the system keychain).")
                              .arg(store().baseUrl(), store().model()));
        });
    }

    void status()
    {
        store().hasKey(&m_guard, [this](bool stored, const QString &error) {
            // The key itself is never printed.
            QJsonObject json{{QStringLiteral("enabled"), store().enabled()},
                             {QStringLiteral("base_url"), store().baseUrl()},
                             {QStringLiteral("model"), store().model()},
                             {QStringLiteral("key_stored"), stored}};
            if (!error.isEmpty())
                json.insert(QStringLiteral("keychain_error"), error);
            m_context->out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
            finish(error.isEmpty() ? cli::kOk : cli::kFailed);
        });
    }

    void test()
    {
        store().load(&m_guard, [this](const std::optional<AiProviderConfig> &config, const QString &error) {
            if (!config) {
                report(error.isEmpty() ? QCoreApplication::translate("cf::AiCommand",
                                                                     "The AI provider is not set up: run \"ai set --base-url URL --model MODEL\".")
                                       : error,
                       QString());
                return;
            }
            m_client = std::make_unique<AiCopyClient>(m_env->network, *config);
            m_client->complete(AiCopyClient::connectionTestPrompt(), [this](const AiResult &result) {
                if (result.ok())
                    report(QString(), AiCopyClient::describeTest(result));
                else
                    report(AiCopyClient::describeTest(result), QString());
            });
        });
    }

    std::function<void(int)> m_done;
    CliContext *m_context = nullptr;
    QObject m_guard; // context of the keychain and network callbacks
    // Made when the command runs, not when the CLI lists its commands.
    struct Environment
    {
        AppSettings settings;
        KeychainStore keychain;
        AiProviderStore store{settings, keychain};
        QNetworkAccessManager network;
    };
    AiProviderStore &store() { return m_env->store; }
    std::unique_ptr<Environment> m_env;
    std::unique_ptr<AiCopyClient> m_client;
    std::unique_ptr<StdinLineReader> m_reader;
    bool m_keyRead = false;
};

} // namespace

std::unique_ptr<CliCommand> makeAiCommand() { return std::make_unique<AiCommand>(); }

} // namespace cf
