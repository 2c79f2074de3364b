// `campaignforge-cli connections [remove ID]`: lists connected accounts
// with their state, or disconnects one (revoking it where the platform
// allows, then deleting its keychain entries and rows).
#include "app/cli/CliCommand.h"
#include "app/cli/commands/ConnectionsEnvironment.h"

#include <QCoreApplication>

namespace cf {
namespace {

QString statusText(const Connection &c)
{
    switch (c.status) {
    case ConnectionStatus::Connected:
        return QCoreApplication::translate("cf::ConnectionsCommand", "connected");
    case ConnectionStatus::Expired:
        return QCoreApplication::translate("cf::ConnectionsCommand", "expired");
    case ConnectionStatus::Revoked:
        return QCoreApplication::translate("cf::ConnectionsCommand", "revoked");
    case ConnectionStatus::Error:
        return QCoreApplication::translate("cf::ConnectionsCommand", "error");
    case ConnectionStatus::NeedsRelogin:
        return QCoreApplication::translate("cf::ConnectionsCommand", "needs sign-in");
    }
    return {};
}

class ConnectionsCommand final : public AsyncCliCommand
{
public:
    QString name() const override { return QStringLiteral("connections"); }
    QString summary() const override
    {
        return QCoreApplication::translate("cf::ConnectionsCommand", "List connected accounts, or remove one: connections [remove ID].");
    }

    void runAsync(const QStringList &args, CliContext &context, std::function<void(int)> done) override
    {
        if (!(args.isEmpty() || (args.size() == 2 && args.first() == QLatin1String("remove")))) {
            context.err << QCoreApplication::translate("cf::ConnectionsCommand",
                                                       "Usage: campaignforge-cli connections | connections remove ID")
                        << Qt::endl;
            done(cli::kUsage);
            return;
        }
        m_env = std::make_unique<ConnectionsEnvironment>(context);
        if (!m_env->openDatabase()) {
            done(cli::kFailed);
            return;
        }
        if (args.isEmpty()) {
            done(list(context));
            return;
        }
        bool ok = false;
        const qint64 id = args.at(1).toLongLong(&ok);
        if (!ok) {
            context.err << QCoreApplication::translate("cf::ConnectionsCommand", "\"%1\" is not a connection id.").arg(args.at(1))
                        << Qt::endl;
            done(cli::kUsage);
            return;
        }
        const auto row = m_env->connections->find(id);
        const bool subAccount = row && row->parentId.has_value();
        m_env->service->disconnect(id, [&context, done, subAccount](const ConnectionService::DisconnectOutcome &outcome) {
            if (!outcome.removed) {
                context.err << outcome.error.message << Qt::endl;
                done(cli::kFailed);
                return;
            }
            if (outcome.revoked)
                context.out << QCoreApplication::translate("cf::ConnectionsCommand",
                                                           "Access revoked at the platform and the connection removed.")
                            << Qt::endl;
            else if (subAccount)
                context.out << QCoreApplication::translate("cf::ConnectionsCommand",
                                                           "Removed. The account it belongs to stays connected.")
                            << Qt::endl;
            else if (outcome.error.isError())
                context.out << QCoreApplication::translate("cf::ConnectionsCommand",
                                                           "The connection was removed here, but revoking it at the platform "
                                                           "failed: %1")
                                   .arg(outcome.error.message)
                            << Qt::endl;
            else
                context.out << QCoreApplication::translate("cf::ConnectionsCommand",
                                                           "The connection was removed. This platform offers no revocation: "
                                                           "remove the app from your account settings there if you wish.")
                            << Qt::endl;
            done(cli::kOk);
        });
    }

private:
    int list(CliContext &context)
    {
        const auto rows = m_env->connections->list();
        if (!rows) {
            context.err << rows.error().fullText() << Qt::endl;
            return cli::kFailed;
        }
        if (rows->empty()) {
            context.out << QCoreApplication::translate("cf::ConnectionsCommand",
                                                       "No connected accounts. Connect one with: campaignforge-cli connect PLATFORM")
                        << Qt::endl;
            return cli::kOk;
        }
        for (const Connection &c : *rows) {
            const QString indent = c.parentId ? QStringLiteral("  ") : QString();
            QString line = QStringLiteral("%1%2  %3  %4  %5  %6")
                               .arg(indent)
                               .arg(c.id, 4)
                               .arg(platformId(c.platform), -10)
                               .arg(enumId(c.kind), -17)
                               .arg(statusText(c), -14)
                               .arg(c.accountName);
            if (c.expiresAt.isValid())
                line += QLatin1String("  ")
                        + QCoreApplication::translate("cf::ConnectionsCommand", "(expires %1)")
                              .arg(c.expiresAt.toString(Qt::ISODate));
            context.out << line << Qt::endl;
            if (!c.statusDetail.isEmpty() && c.status != ConnectionStatus::Connected)
                context.out << indent << QStringLiteral("      ") << c.statusDetail << Qt::endl;
        }
        return cli::kOk;
    }

    std::unique_ptr<ConnectionsEnvironment> m_env;
};

} // namespace

std::unique_ptr<CliCommand> makeConnectionsCommand() { return std::make_unique<ConnectionsCommand>(); }

} // namespace cf
