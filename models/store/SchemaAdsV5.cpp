#include "models/store/SchemaAdsV5.h"

namespace cf {

QStringList schemaV5Statements()
{
    return {
        // ad_set_id is NULL for the campaign level. SQLite treats NULLs as
        // distinct in a UNIQUE constraint, so uniqueness is an expression
        // index over COALESCE(ad_set_id, 0) (ids start at 1).
        QStringLiteral("CREATE TABLE ad_entities ("
                       " id INTEGER PRIMARY KEY,"
                       " campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,"
                       " ad_set_id INTEGER REFERENCES ad_sets(id) ON DELETE CASCADE,"
                       " connection_id INTEGER NOT NULL REFERENCES platform_integrations(id) ON DELETE CASCADE,"
                       " platform TEXT NOT NULL,"
                       " level TEXT NOT NULL CHECK (level IN ('campaign', 'adset')),"
                       " external_id TEXT NOT NULL,"
                       " delivery TEXT NOT NULL DEFAULT 'paused' CHECK (delivery IN ('paused', 'active')),"
                       " budget_pushed_minor INTEGER,"
                       " budget_pushed_period TEXT,"
                       " created_at TEXT,"
                       " updated_at TEXT,"
                       " CHECK ((level = 'campaign') = (ad_set_id IS NULL)))"),
        QStringLiteral("CREATE UNIQUE INDEX ad_entities_unique ON ad_entities"
                       "(campaign_id, connection_id, level, COALESCE(ad_set_id, 0))"),
        QStringLiteral("CREATE INDEX ad_entities_ad_set ON ad_entities(ad_set_id)"),
        QStringLiteral("CREATE INDEX ad_entities_connection ON ad_entities(connection_id)"),

        // Written by the status sync (ad review, post processing).
        QStringLiteral("ALTER TABLE publish_targets ADD COLUMN platform_status TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE publish_targets ADD COLUMN platform_status_at TEXT"),
        // Ads only: '' = created paused and never switched, 'active' once
        // the worker activated it, 'paused' when it was paused afterwards.
        QStringLiteral("ALTER TABLE publish_targets ADD COLUMN ad_delivery TEXT NOT NULL DEFAULT ''"),
    };
}

} // namespace cf
