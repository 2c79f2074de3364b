#include "models/store/SchemaConnectionsV3.h"

namespace cf {

QStringList schemaV3Statements()
{
    // SQLite allows ADD COLUMN with a REFERENCES clause when the default is NULL.
    return {
        QStringLiteral("ALTER TABLE platform_integrations ADD COLUMN kind TEXT NOT NULL DEFAULT 'account'"),
        QStringLiteral("ALTER TABLE platform_integrations ADD COLUMN parent_id INTEGER "
                       "REFERENCES platform_integrations(id) ON DELETE CASCADE"),
        QStringLiteral("ALTER TABLE platform_integrations ADD COLUMN provider TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE platform_integrations ADD COLUMN picture_url TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE platform_integrations ADD COLUMN api_base TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE platform_integrations ADD COLUMN selected INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("CREATE INDEX platform_integrations_parent ON platform_integrations(parent_id)"),
    };
}

} // namespace cf
