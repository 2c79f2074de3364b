// `campaignforge-cli apps set|show|clear PLATFORM`: the developer-app
// credentials each platform needs, kept in the keychain. The client secret
// is read from standard input (--client-secret-stdin), never from the
// command line, where other users could see it in the process list.
#include "app/cli/CliCommand.h"
#include "app/cli/commands/ConnectionsEnvironment.h"
#include "app/cli/commands/StdinLineReader.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace cf {
namespace {

class AppsCommand final : public AsyncCliCommand
{
public:
    QString name() const override { return QStringLiteral("apps"); }
    QString summary() const override
    {
        return QCoreApplication::translate("cf::AppsCommand",
                                           "Store platform app credentials: apps set PLATFORM --client-id ID [--client-secret-stdin].");
    }

    void runAsync(const QStringList &args, CliContext &context, std::function<void(int)> done) override
    {
        m_done = std::move(done);
        QCommandLineParser parser;
        const QCommandLineOption clientId(QStringLiteral("client-id"), QString(), QStringLiteral("ID"));
        const QCommandLineOption secretStdin(QStringLiteral("client-secret-stdin"));
        const QCommandLineOption redirectUri(QStringLiteral("redirect-uri"), QString(), QStringLiteral("URI"));
        const QCommandLineOption redirectKind(QStringLiteral("redirect"), QString(), QStringLiteral("KIND"));
        parser.addOptions({clientId, secretStdin, redirectUri, redirectKind});
        const bool parsed = parser.parse(QStringList{QStringLiteral("apps")} + args);
        const QStringList positional = parser.positionalArguments();
        const QString action = positional.value(0);
        if (!parsed || positional.size() != 2
            || (action != QLatin1String("set") && action != QLatin1String("show") && action != QLatin1String("clear"))
            || (action == QLatin1String("set") && parser.value(clientId).isEmpty())) {
            context.err << QCoreApplication::translate("cf::AppsCommand",
                                                       "Usage: campaignforge-cli apps set PLATFORM --client-id ID "
                                                       "[--client-secret-stdin] [--redirect-uri URI] [--redirect KIND]\n"
                                                       "       campaignforge-cli apps show PLATFORM | apps clear PLATFORM")
                        << Qt::endl;
            finish(cli::kUsage);
            return;
        }
        m_env = std::make_unique<ConnectionsEnvironment>(context);
        const OAuthProvider *provider = m_env->providerFor(positional.at(1));
        if (!provider) {
            finish(cli::kUsage);
            return;
        }
        m_providerId = provider->id;
        if (action == QLatin1String("show")) {
            show();
            return;
        }
        if (action == QLatin1String("clear")) {
            m_env->apps.clear(m_providerId, &m_guard, [this](const AuthError &error) { report(error, QCoreApplication::translate("cf::AppsCommand", "Removed the app credentials of %1.")); });
            return;
        }
        m_app.clientId = parser.value(clientId);
        m_app.redirectUri = parser.value(redirectUri);
        m_app.redirectKind = parser.value(redirectKind);
        if (!m_app.redirectKind.isEmpty()) {
            const auto kind = redirectKindFromId(m_app.redirectKind);
            if (!kind || !provider->allowsRedirectKind(*kind)) {
                context.err << QCoreApplication::translate("cf::AppsCommand", "%1 does not support the redirect \"%2\".")
                                   .arg(m_providerId, m_app.redirectKind)
                            << Qt::endl;
                finish(cli::kUsage);
                return;
            }
        }
        if (!parser.isSet(secretStdin)) {
            save();
            return;
        }
        m_reader = std::make_unique<StdinLineReader>();
        QObject::connect(m_reader.get(), &StdinLineReader::lineRead, &m_guard, [this](const QString &line) {
            if (m_secretRead)
                return;
            m_secretRead = true;
            m_reader->stop();
            m_app.clientSecret = line;
            save();
        });
        QObject::connect(m_reader.get(), &StdinLineReader::endOfInput, &m_guard, [this, &context] {
            if (!m_secretRead) {
                context.err << QCoreApplication::translate("cf::AppsCommand", "No client secret on standard input.") << Qt::endl;
                finish(cli::kFailed);
            }
        });
        if (!m_reader->start()) {
            context.err << QCoreApplication::translate("cf::AppsCommand", "Standard input cannot be read.") << Qt::endl;
            finish(cli::kFailed);
        }
    }

private:
    void finish(int code)
    {
        if (auto done = std::move(m_done)) {
            m_done = nullptr;
            done(code);
        }
    }

    void report(const AuthError &error, const QString &success)
    {
        if (error.isError()) {
            m_env->context.err << error.message << Qt::endl;
            finish(cli::kFailed);
            return;
        }
        m_env->context.out << success.arg(m_providerId) << Qt::endl;
        finish(cli::kOk);
    }

    void save()
    {
        m_env->apps.set(m_providerId, m_app, &m_guard, [this](const AuthError &error) {
            report(error, QCoreApplication::translate("cf::AppsCommand", "Saved the app credentials of %1 in the system keychain."));
        });
    }

    void show()
    {
        m_env->apps.get(m_providerId, &m_guard, [this](const std::optional<AppCredentials> &app, bool fromBuild, const AuthError &error) {
            if (error.isError()) {
                m_env->context.err << error.message << Qt::endl;
                finish(cli::kFailed);
                return;
            }
            QTextStream &out = m_env->context.out;
            if (!app) {
                out << QCoreApplication::translate("cf::AppsCommand", "%1 has no app credentials.").arg(m_providerId) << Qt::endl;
                finish(cli::kOk);
                return;
            }
            // The secret itself is never printed.
            out << QCoreApplication::translate("cf::AppsCommand", "Client id: %1").arg(app->clientId) << Qt::endl
                << (app->clientSecret.isEmpty() ? QCoreApplication::translate("cf::AppsCommand", "Client secret: none")
                                                : QCoreApplication::translate("cf::AppsCommand", "Client secret: stored"))
                << Qt::endl;
            if (!app->redirectUri.isEmpty())
                out << QCoreApplication::translate("cf::AppsCommand", "Redirect URI: %1").arg(app->redirectUri) << Qt::endl;
            if (!app->redirectKind.isEmpty())
                out << QCoreApplication::translate("cf::AppsCommand", "Redirect: %1").arg(app->redirectKind) << Qt::endl;
            if (fromBuild)
                out << QCoreApplication::translate("cf::AppsCommand", "(built-in defaults of this build)") << Qt::endl;
            finish(cli::kOk);
        });
    }

    std::function<void(int)> m_done;
    std::unique_ptr<ConnectionsEnvironment> m_env;
    std::unique_ptr<StdinLineReader> m_reader;
    QObject m_guard; // context of the keychain callbacks
    QString m_providerId;
    AppCredentials m_app;
    bool m_secretRead = false;
};

} // namespace

std::unique_ptr<CliCommand> makeAppsCommand() { return std::make_unique<AppsCommand>(); }

} // namespace cf
