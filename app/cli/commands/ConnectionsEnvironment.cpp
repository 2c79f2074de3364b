#include "app/cli/commands/ConnectionsEnvironment.h"

#include "app/core/Clock.h"
#include "app/core/DataPaths.h"

#include <QCoreApplication>

namespace cf {

ConnectionsEnvironment::ConnectionsEnvironment(CliContext &cliContext) : context(cliContext) {}

bool ConnectionsEnvironment::loadProviders()
{
    QString error;
    providers = OAuthProviderTable::builtIn(&error);
    if (!providers) {
        context.err << error << Qt::endl;
        return false;
    }
    return true;
}

bool ConnectionsEnvironment::openDatabase()
{
    QString error;
    if (!context.paths.ensureExists(&error)) {
        context.err << error << Qt::endl;
        return false;
    }
    DatabaseOptions options;
    options.backupDir = context.paths.backupsDir();
    options.nowUtc = context.clock.nowUtc();
    if (!database.open(context.paths.databaseFile(), QStringLiteral("cli-connections"), options)) {
        context.err << database.error().fullText() << Qt::endl;
        return false;
    }
    if (!providers && !loadProviders())
        return false;
    connections = std::make_unique<ConnectionRepository>(database);
    const Clock &clock = context.clock;
    service = std::make_unique<ConnectionService>(*providers, apps, vault, *connections, context.endpoints, network,
                                                  [&clock] { return clock.nowUtc(); });
    return true;
}

const OAuthProvider *ConnectionsEnvironment::providerFor(const QString &name)
{
    if (!providers && !loadProviders())
        return nullptr;
    if (const OAuthProvider *p = providers->find(name))
        return p;
    if (const auto platform = platformFromId(name))
        if (const OAuthProvider *p = providers->forPlatform(*platform))
            return p;
    QStringList names;
    for (const OAuthProvider &p : providers->providers())
        names << p.id;
    context.err << QCoreApplication::translate("cf::ConnectCommand", "Unknown platform \"%1\". Use one of: %2, wordpress.")
                       .arg(name, names.join(QStringLiteral(", ")))
                << Qt::endl;
    return nullptr;
}

} // namespace cf
