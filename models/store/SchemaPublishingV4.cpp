#include "models/store/SchemaPublishingV4.h"

namespace cf {

QStringList schemaV4Statements()
{
    return {
        // connection_id cascades: a disconnected account takes its pending
        // targets with it; publishing_results keeps the history (SET NULL).
        QStringLiteral("CREATE TABLE publish_targets ("
                       " id INTEGER PRIMARY KEY,"
                       " content_id INTEGER NOT NULL REFERENCES campaign_content(id) ON DELETE CASCADE,"
                       " connection_id INTEGER NOT NULL REFERENCES platform_integrations(id) ON DELETE CASCADE,"
                       " platform TEXT NOT NULL,"
                       " language TEXT NOT NULL DEFAULT '',"
                       " state TEXT NOT NULL DEFAULT 'scheduled',"
                       " attempts INTEGER NOT NULL DEFAULT 0,"
                       " next_attempt_at TEXT,"
                       " claimed_by TEXT NOT NULL DEFAULT '',"
                       " claimed_at TEXT,"
                       " attempt_id INTEGER REFERENCES publishing_results(id) ON DELETE SET NULL,"
                       " request_fingerprint TEXT NOT NULL DEFAULT '',"
                       " sending_at TEXT,"
                       " external_id TEXT NOT NULL DEFAULT '',"
                       " permalink TEXT NOT NULL DEFAULT '',"
                       " error_kind TEXT NOT NULL DEFAULT '',"
                       " error_message TEXT NOT NULL DEFAULT '',"
                       " error_action TEXT NOT NULL DEFAULT '',"
                       " checkpoints TEXT NOT NULL DEFAULT '{}',"
                       " native_schedule INTEGER NOT NULL DEFAULT 0,"
                       " released INTEGER NOT NULL DEFAULT 0,"
                       " created_at TEXT,"
                       " updated_at TEXT,"
                       " UNIQUE (content_id, connection_id))"),
        QStringLiteral("CREATE INDEX publish_targets_state ON publish_targets(state, next_attempt_at)"),
        QStringLiteral("CREATE INDEX publish_targets_connection ON publish_targets(connection_id)"),
        QStringLiteral("CREATE INDEX publish_targets_attempt ON publish_targets(attempt_id)"),

        // key: "<platform>:account:<account id>" or "<platform>:app".
        QStringLiteral("CREATE TABLE rate_limits ("
                       " key TEXT PRIMARY KEY,"
                       " next_allowed_at TEXT,"
                       " window_started_at TEXT,"
                       " window_count INTEGER NOT NULL DEFAULT 0,"
                       " updated_at TEXT)"),
    };
}

} // namespace cf
