// `campaignforge-cli connect PLATFORM [--no-browser] [--redirect KIND]`: signs
// in to a platform from a terminal with the system browser, and
// `connect wordpress --site URL --user NAME` with an application password
// read from standard input.
#include "app/cli/CliCommand.h"
#include "app/cli/commands/ConnectionsEnvironment.h"
#include "app/cli/commands/StdinLineReader.h"
#include "platforms/auth/AuthorizationSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcess>

namespace cf {
namespace {


// Opens url in the user's browser; the GUI uses QDesktopServices instead.
bool openInSystemBrowser(const QUrl &url)
{
#if defined(Q_OS_MACOS)
    return QProcess::startDetached(QStringLiteral("open"), {url.toString(QUrl::FullyEncoded)});
#elif defined(Q_OS_WIN)
    return QProcess::startDetached(QStringLiteral("rundll32"), {QStringLiteral("url.dll,FileProtocolHandler"), url.toString(QUrl::FullyEncoded)});
#else
    return QProcess::startDetached(QStringLiteral("xdg-open"), {url.toString(QUrl::FullyEncoded)});
#endif
}

class ConnectCommand final : public AsyncCliCommand
{
public:
    QString name() const override { return QStringLiteral("connect"); }
    QString summary() const override
    {
        return QCoreApplication::translate("cf::ConnectCommand", "Connect an account: connect PLATFORM [--no-browser].");
    }

    void runAsync(const QStringList &args, CliContext &context, std::function<void(int)> done) override
    {
        m_done = std::move(done);
        QCommandLineParser parser;
        const QCommandLineOption noBrowser(QStringLiteral("no-browser"));
        const QCommandLineOption redirect(QStringLiteral("redirect"), QString(), QStringLiteral("KIND"));
        const QCommandLineOption site(QStringLiteral("site"), QString(), QStringLiteral("URL"));
        const QCommandLineOption user(QStringLiteral("user"), QString(), QStringLiteral("NAME"));
        parser.addOptions({noBrowser, redirect, site, user});
        if (!parser.parse(QStringList{QStringLiteral("connect")} + args) || parser.positionalArguments().size() != 1) {
            context.err << usage() << Qt::endl;
            m_done(cli::kUsage);
            return;
        }
        m_env = std::make_unique<ConnectionsEnvironment>(context);
        const QString platform = parser.positionalArguments().first();
        if (platform == QLatin1String("wordpress")) {
            if (!parser.isSet(site) || !parser.isSet(user)) {
                context.err << usage() << Qt::endl;
                m_done(cli::kUsage);
                return;
            }
            if (!m_env->openDatabase()) {
                m_done(cli::kFailed);
                return;
            }
            connectWordPress(QUrl::fromUserInput(parser.value(site)), parser.value(user));
            return;
        }
        const OAuthProvider *provider = m_env->providerFor(platform);
        if (!provider || !m_env->openDatabase()) {
            m_done(provider ? cli::kFailed : cli::kUsage);
            return;
        }
        std::optional<RedirectKind> kind;
        if (parser.isSet(redirect)) {
            kind = redirectKindFromId(parser.value(redirect));
            if (!kind || !provider->allowsRedirectKind(*kind)) {
                QStringList kinds;
                for (RedirectKind k : provider->redirectKinds)
                    if (k != RedirectKind::Embedded)
                        kinds << redirectKindId(k);
                context.err << QCoreApplication::translate("cf::ConnectCommand", "%1 can return to CampaignForge by: %2.")
                                   .arg(provider->id, kinds.join(QStringLiteral(", ")))
                            << Qt::endl;
                m_done(cli::kUsage);
                return;
            }
        } else if (provider->defaultRedirectKind() == RedirectKind::Embedded) {
            // A terminal has no web view: the same registered page works by pasting.
            kind = RedirectKind::Paste;
        }
        if (kind == RedirectKind::Embedded) {
            context.err << QCoreApplication::translate("cf::ConnectCommand",
                                                       "The embedded sign-in needs the CampaignForge window; use --redirect paste.")
                        << Qt::endl;
            m_done(cli::kUsage);
            return;
        }
        m_openBrowser = !parser.isSet(noBrowser);
        watchOutcome();
        m_env->service->beginSignIn(provider->id, kind, [this](AuthorizationSession *session, const AuthError &error) {
            if (error.isError()) {
                m_env->context.err << error.message << Qt::endl;
                finish(cli::kFailed);
                return;
            }
            guide(session);
        });
    }

private:
    static QString usage()
    {
        return QCoreApplication::translate("cf::ConnectCommand",
                                           "Usage: campaignforge-cli connect PLATFORM [--no-browser] [--redirect KIND]\n"
                                           "       campaignforge-cli connect wordpress --site URL --user NAME  "
                                           "(the application password is read from standard input)");
    }

    void finish(int code)
    {
        if (!m_done)
            return;
        auto done = std::move(m_done);
        m_done = nullptr;
        done(code);
    }

    void watchOutcome()
    {
        QObject::connect(m_env->service.get(), &ConnectionService::connected, m_env->service.get(), [this](const Connection &c) {
            QTextStream &out = m_env->context.out;
            out << QCoreApplication::translate("cf::ConnectCommand", "Connected %1 account \"%2\" (connection %3).")
                       .arg(platformDisplayName(c.platform), c.accountName)
                       .arg(c.id)
                << Qt::endl;
            if (const auto children = m_env->connections->children(c.id)) {
                for (const Connection &child : *children)
                    out << QStringLiteral("  %1  %2  %3").arg(child.id, 4).arg(enumId(child.kind), -18).arg(child.accountName)
                        << Qt::endl;
            }
            finish(cli::kOk);
        });
        QObject::connect(m_env->service.get(), &ConnectionService::connectFailed, m_env->service.get(),
                         [this](const AuthError &error) {
                             m_env->context.err << error.message << Qt::endl;
                             finish(cli::kFailed);
                         });
    }

    void guide(AuthorizationSession *session)
    {
        QTextStream &out = m_env->context.out;
        const QUrl url = session->authorizeUrl();
        out << QCoreApplication::translate("cf::ConnectCommand", "Open this address in your browser and sign in:") << Qt::endl
            << url.toString(QUrl::FullyEncoded) << Qt::endl;
        if (m_openBrowser && !session->openInBrowser(&openInSystemBrowser))
            out << QCoreApplication::translate("cf::ConnectCommand", "(No browser could be started: open the address yourself.)")
                << Qt::endl;
        if (isLoopback(session->redirectKind())) {
            out << QCoreApplication::translate("cf::ConnectCommand", "Waiting for the browser to come back to %1 …")
                       .arg(session->redirectUri().toString())
                << Qt::endl;
            return;
        }
        out << QCoreApplication::translate("cf::ConnectCommand",
                                           "When the browser shows %1, copy the whole address from its address bar and "
                                           "paste it here:")
                   .arg(session->redirectUri().host())
            << Qt::endl;
        out.flush();
        readLines([this, session](const QString &line) {
            if (line.isEmpty())
                return;
            QString error;
            if (!session->submitPastedUrl(line, &error))
                m_env->context.err << error << Qt::endl;
        }, [session] { session->cancel(); });
    }

    void connectWordPress(const QUrl &site, const QString &user)
    {
        watchOutcome();
        m_env->context.out << QCoreApplication::translate("cf::ConnectCommand", "Application password for %1:").arg(user)
                           << Qt::endl;
        readLines([this, site, user](const QString &line) {
            if (m_asked)
                return;
            m_asked = true;
            m_reader->stop();
            m_env->service->connectWordPress(site, user, line);
        }, [this] {
            if (!m_asked) {
                m_env->context.err << QCoreApplication::translate("cf::ConnectCommand", "No application password was given.")
                                   << Qt::endl;
                finish(cli::kFailed);
            }
        });
    }

    void readLines(std::function<void(const QString &)> onLine, std::function<void()> onEnd)
    {
        m_reader = std::make_unique<StdinLineReader>();
        QObject::connect(m_reader.get(), &StdinLineReader::lineRead, m_reader.get(), onLine);
        QObject::connect(m_reader.get(), &StdinLineReader::endOfInput, m_reader.get(), onEnd);
        if (!m_reader->start()) {
            m_env->context.err << QCoreApplication::translate("cf::ConnectCommand", "Standard input cannot be read.") << Qt::endl;
            finish(cli::kFailed);
        }
    }

    std::function<void(int)> m_done;
    std::unique_ptr<ConnectionsEnvironment> m_env;
    std::unique_ptr<StdinLineReader> m_reader;
    bool m_openBrowser = true;
    bool m_asked = false;
};

} // namespace

std::unique_ptr<CliCommand> makeConnectCommand() { return std::make_unique<ConnectCommand>(); }

} // namespace cf
