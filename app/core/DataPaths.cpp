#include "app/core/DataPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace cf {

DataPaths DataPaths::resolve(const QString &explicitDir)
{
    if (!explicitDir.isEmpty())
        return DataPaths(QDir(explicitDir).absolutePath());
    const QString fromEnv = qEnvironmentVariable(kEnvironmentVariable);
    if (!fromEnv.isEmpty())
        return DataPaths(QDir(fromEnv).absolutePath());
    return DataPaths(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
}

QString DataPaths::databaseFile() const { return m_dataDir + QStringLiteral("/campaignforge.sqlite"); }
QString DataPaths::assetsDir() const { return m_dataDir + QStringLiteral("/assets"); }
QString DataPaths::backupsDir() const { return m_dataDir + QStringLiteral("/backups"); }

bool DataPaths::ensureExists(QString *error) const
{
    if (QDir().mkpath(m_dataDir))
        return true;
    if (error)
        *error = QCoreApplication::translate("cf::DataPaths", "Cannot create the data folder %1. Check that the disk is writable, or choose another folder with --data-dir.")
                     .arg(QDir::toNativeSeparators(m_dataDir));
    return false;
}

} // namespace cf
