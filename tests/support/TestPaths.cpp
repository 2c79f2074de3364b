#include "tests/support/TestPaths.h"

#include <QDir>

namespace cf::test {

QString cliPath() { return QStringLiteral(CF_CLI_PATH); }
QString sourceDir() { return QStringLiteral(CF_SOURCE_DIR); }
QString sharedDir()
{
    const QString fromEnv = qEnvironmentVariable("CAMPAIGNFORGE_SHARED_DIR");
    return QDir::cleanPath(fromEnv.isEmpty() ? sourceDir() + QStringLiteral("/../shared") : fromEnv);
}

} // namespace cf::test
