#pragma once

#include <QString>

namespace cf {

// Where CampaignForge keeps its database and assets. Resolution order:
// an explicit --data-dir, then CAMPAIGNFORGE_DATA_DIR, then the platform's
// AppDataLocation. Both executables use this so they agree on one database.
class DataPaths
{
public:
    static constexpr const char *kEnvironmentVariable = "CAMPAIGNFORGE_DATA_DIR";

    // explicitDir may be empty (no --data-dir given).
    static DataPaths resolve(const QString &explicitDir);

    QString dataDir() const { return m_dataDir; }
    QString databaseFile() const;
    QString assetsDir() const;
    QString backupsDir() const;

    // Creates the data directory; returns false with a translated reason.
    bool ensureExists(QString *error) const;

private:
    explicit DataPaths(QString dir) : m_dataDir(std::move(dir)) {}
    QString m_dataDir;
};

} // namespace cf
