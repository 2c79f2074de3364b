// Schema version 1 of the CampaignForge database.
//
// Conventions (docs/schema.md describes every table):
// - Ids are INTEGER PRIMARY KEY (SQLite rowids); 0 in a value type means
//   "not stored yet".
// - Instants are TEXT in UTC, ISO 8601 with milliseconds and a Z
//   ("2026-02-18T17:30:00.000Z", models/domain/TimeText.h), so text order is
//   time order and indexes on them sort correctly. Calendar days are
//   'yyyy-MM-dd' in the campaign's own time zone (campaigns.time_zone, an IANA
//   id). NULL means "not set".
// - Money is INTEGER minor units plus a TEXT ISO 4217 currency; the exponent
//   per currency is in models/domain/Money.cpp, never in the database.
// - Enums are TEXT string ids (models/domain/*.h EnumIdTable). There are no
//   CHECK lists on them: adding a status would need a table rebuild. The
//   repositories reject unknown ids when reading, with a clear error.
// - Lists and small nested structures (audience, strategy, brand kit, scopes)
//   are compact JSON TEXT in the same shape as the export format.
// - Children of a campaign (ad sets, content, jobs, metrics, attempts through
//   content) are deleted with it (ON DELETE CASCADE); optional references are
//   set to NULL when their target goes; assets referenced by content cannot be
//   deleted while referenced (RESTRICT).
// - Every foreign key column has an index, plus schedule time and status.
// - No column holds a token, secret or password: those are only in the OS
//   keychain, keyed by platform_integrations.id (a test enforces this).
// - The seed tables keep their issue names: campaigns, campaign_content,
//   platform_integrations, publishing_results, automation_logs.
#include "models/store/Schema.h"

namespace cf {

QStringList schemaV1Statements()
{
    return {
        QStringLiteral("CREATE TABLE workspaces ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " default_currency TEXT NOT NULL DEFAULT '',"
                       " time_zone TEXT NOT NULL DEFAULT '',"
                       " locale TEXT NOT NULL DEFAULT '',"
                       " brand_kit TEXT NOT NULL DEFAULT '{}',"
                       " created_at TEXT,"
                       " updated_at TEXT)"),

        QStringLiteral("CREATE TABLE campaigns ("
                       " id INTEGER PRIMARY KEY,"
                       " workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE RESTRICT,"
                       " name TEXT NOT NULL,"
                       " instruction TEXT NOT NULL DEFAULT '',"
                       " type TEXT,"
                       " objective TEXT,"
                       " automation_level TEXT NOT NULL DEFAULT 'manual',"
                       " status TEXT NOT NULL DEFAULT 'draft',"
                       " theme TEXT NOT NULL DEFAULT '',"
                       " time_zone TEXT NOT NULL DEFAULT '',"
                       " languages TEXT NOT NULL DEFAULT '[]',"
                       " platforms TEXT NOT NULL DEFAULT '[]',"
                       " strategy TEXT NOT NULL DEFAULT '{}',"
                       " audience TEXT NOT NULL DEFAULT '{}',"
                       " budget_minor INTEGER NOT NULL DEFAULT 0,"
                       " budget_currency TEXT NOT NULL DEFAULT '',"
                       " budget_period TEXT NOT NULL DEFAULT 'total',"
                       " start_date TEXT,"
                       " end_date TEXT,"
                       " estimated TEXT NOT NULL DEFAULT '{}',"
                       " actual TEXT NOT NULL DEFAULT '{}',"
                       " created_at TEXT,"
                       " updated_at TEXT)"),
        QStringLiteral("CREATE INDEX campaigns_workspace ON campaigns(workspace_id)"),
        QStringLiteral("CREATE INDEX campaigns_status ON campaigns(status)"),

        QStringLiteral("CREATE TABLE ad_sets ("
                       " id INTEGER PRIMARY KEY,"
                       " campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,"
                       " platform TEXT NOT NULL,"
                       " name TEXT NOT NULL DEFAULT '',"
                       " targeting TEXT NOT NULL DEFAULT '{}',"
                       " placements TEXT NOT NULL DEFAULT '[]',"
                       " platform_objective TEXT NOT NULL DEFAULT '',"
                       " budget_minor INTEGER NOT NULL DEFAULT 0,"
                       " budget_currency TEXT NOT NULL DEFAULT '',"
                       " budget_period TEXT NOT NULL DEFAULT 'total',"
                       " start_at TEXT,"
                       " end_at TEXT,"
                       " external_id TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX ad_sets_campaign ON ad_sets(campaign_id)"),

        QStringLiteral("CREATE TABLE assets ("
                       " id INTEGER PRIMARY KEY,"
                       " workspace_id INTEGER REFERENCES workspaces(id) ON DELETE SET NULL,"
                       " kind TEXT NOT NULL,"
                       " relative_path TEXT NOT NULL,"
                       " mime_type TEXT NOT NULL DEFAULT '',"
                       " size_bytes INTEGER NOT NULL DEFAULT 0,"
                       " sha256 TEXT NOT NULL UNIQUE,"
                       " width INTEGER,"
                       " height INTEGER,"
                       " duration_ms INTEGER,"
                       " created_at TEXT)"),
        QStringLiteral("CREATE INDEX assets_workspace ON assets(workspace_id)"),

        QStringLiteral("CREATE TABLE campaign_content ("
                       " id INTEGER PRIMARY KEY,"
                       " campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,"
                       " ad_set_id INTEGER REFERENCES ad_sets(id) ON DELETE SET NULL,"
                       " platform TEXT NOT NULL,"
                       " content_type TEXT NOT NULL,"
                       " phase TEXT NOT NULL DEFAULT '',"
                       " theme TEXT NOT NULL DEFAULT '',"
                       " scheduled_at TEXT,"
                       " title_ar TEXT NOT NULL DEFAULT '',"
                       " title_en TEXT NOT NULL DEFAULT '',"
                       " body_ar TEXT NOT NULL DEFAULT '',"
                       " body_en TEXT NOT NULL DEFAULT '',"
                       " cta_ar TEXT NOT NULL DEFAULT '',"
                       " cta_en TEXT NOT NULL DEFAULT '',"
                       " hashtags TEXT NOT NULL DEFAULT '[]',"
                       " approval_state TEXT NOT NULL DEFAULT 'pending',"
                       " publish_state TEXT NOT NULL DEFAULT 'draft',"
                       " external_id TEXT NOT NULL DEFAULT '',"
                       " permalink TEXT NOT NULL DEFAULT '',"
                       " created_at TEXT,"
                       " updated_at TEXT)"),
        QStringLiteral("CREATE INDEX campaign_content_campaign ON campaign_content(campaign_id)"),
        QStringLiteral("CREATE INDEX campaign_content_ad_set ON campaign_content(ad_set_id)"),
        QStringLiteral("CREATE INDEX campaign_content_scheduled ON campaign_content(scheduled_at)"),
        QStringLiteral("CREATE INDEX campaign_content_publish ON campaign_content(publish_state, scheduled_at)"),
        QStringLiteral("CREATE INDEX campaign_content_approval ON campaign_content(approval_state)"),

        QStringLiteral("CREATE TABLE content_assets ("
                       " content_id INTEGER NOT NULL REFERENCES campaign_content(id) ON DELETE CASCADE,"
                       " asset_id INTEGER NOT NULL REFERENCES assets(id) ON DELETE RESTRICT,"
                       " position INTEGER NOT NULL,"
                       " PRIMARY KEY (content_id, position))"),
        QStringLiteral("CREATE INDEX content_assets_asset ON content_assets(asset_id)"),

        QStringLiteral("CREATE TABLE generation_jobs ("
                       " id INTEGER PRIMARY KEY,"
                       " campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,"
                       " content_id INTEGER REFERENCES campaign_content(id) ON DELETE SET NULL,"
                       " kind TEXT NOT NULL,"
                       " status TEXT NOT NULL DEFAULT 'queued',"
                       " progress INTEGER NOT NULL DEFAULT 0,"
                       " parameters TEXT NOT NULL DEFAULT '{}',"
                       " result_asset_id INTEGER REFERENCES assets(id) ON DELETE SET NULL,"
                       " error TEXT NOT NULL DEFAULT '',"
                       " created_at TEXT,"
                       " started_at TEXT,"
                       " finished_at TEXT)"),
        QStringLiteral("CREATE INDEX generation_jobs_campaign ON generation_jobs(campaign_id)"),
        QStringLiteral("CREATE INDEX generation_jobs_content ON generation_jobs(content_id)"),
        QStringLiteral("CREATE INDEX generation_jobs_asset ON generation_jobs(result_asset_id)"),
        QStringLiteral("CREATE INDEX generation_jobs_status ON generation_jobs(status)"),

        QStringLiteral("CREATE TABLE platform_integrations ("
                       " id INTEGER PRIMARY KEY,"
                       " workspace_id INTEGER REFERENCES workspaces(id) ON DELETE SET NULL,"
                       " platform TEXT NOT NULL,"
                       " account_id TEXT NOT NULL,"
                       " account_name TEXT NOT NULL DEFAULT '',"
                       " scopes TEXT NOT NULL DEFAULT '[]',"
                       " expires_at TEXT,"
                       " status TEXT NOT NULL DEFAULT 'connected',"
                       " status_detail TEXT NOT NULL DEFAULT '',"
                       " created_at TEXT,"
                       " updated_at TEXT,"
                       " UNIQUE (platform, account_id))"),
        QStringLiteral("CREATE INDEX platform_integrations_workspace ON platform_integrations(workspace_id)"),
        QStringLiteral("CREATE INDEX platform_integrations_status ON platform_integrations(status)"),

        QStringLiteral("CREATE TABLE publishing_results ("
                       " id INTEGER PRIMARY KEY,"
                       " content_id INTEGER NOT NULL REFERENCES campaign_content(id) ON DELETE CASCADE,"
                       " integration_id INTEGER REFERENCES platform_integrations(id) ON DELETE SET NULL,"
                       " platform TEXT NOT NULL,"
                       " attempt_number INTEGER NOT NULL DEFAULT 1,"
                       " idempotency_key TEXT NOT NULL DEFAULT '',"
                       " outcome TEXT NOT NULL DEFAULT 'pending',"
                       " http_status INTEGER,"
                       " error_code TEXT NOT NULL DEFAULT '',"
                       " error_message TEXT NOT NULL DEFAULT '',"
                       " retryable INTEGER NOT NULL DEFAULT 0,"
                       " external_id TEXT NOT NULL DEFAULT '',"
                       " permalink TEXT NOT NULL DEFAULT '',"
                       " started_at TEXT,"
                       " finished_at TEXT)"),
        QStringLiteral("CREATE INDEX publishing_results_content ON publishing_results(content_id)"),
        QStringLiteral("CREATE INDEX publishing_results_integration ON publishing_results(integration_id)"),
        QStringLiteral("CREATE INDEX publishing_results_outcome ON publishing_results(outcome)"),

        QStringLiteral("CREATE TABLE metrics ("
                       " id INTEGER PRIMARY KEY,"
                       " campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,"
                       " ad_set_id INTEGER REFERENCES ad_sets(id) ON DELETE SET NULL,"
                       " content_id INTEGER REFERENCES campaign_content(id) ON DELETE SET NULL,"
                       " platform TEXT NOT NULL,"
                       " metric TEXT NOT NULL,"
                       " value REAL NOT NULL,"
                       " sampled_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX metrics_campaign ON metrics(campaign_id, sampled_at)"),
        QStringLiteral("CREATE INDEX metrics_ad_set ON metrics(ad_set_id)"),
        QStringLiteral("CREATE INDEX metrics_content ON metrics(content_id)"),

        QStringLiteral("CREATE TABLE automation_logs ("
                       " id INTEGER PRIMARY KEY,"
                       " campaign_id INTEGER REFERENCES campaigns(id) ON DELETE SET NULL,"
                       " content_id INTEGER REFERENCES campaign_content(id) ON DELETE SET NULL,"
                       " level TEXT NOT NULL DEFAULT 'info',"
                       " event TEXT NOT NULL,"
                       " message TEXT NOT NULL DEFAULT '',"
                       " details TEXT NOT NULL DEFAULT '{}',"
                       " at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX automation_logs_campaign ON automation_logs(campaign_id, at)"),
        QStringLiteral("CREATE INDEX automation_logs_content ON automation_logs(content_id)"),

        // entity_id has no foreign key on purpose: the audit trail outlives
        // the rows it talks about.
        QStringLiteral("CREATE TABLE audit_log ("
                       " id INTEGER PRIMARY KEY,"
                       " actor TEXT NOT NULL,"
                       " action TEXT NOT NULL,"
                       " entity_type TEXT NOT NULL DEFAULT '',"
                       " entity_id INTEGER,"
                       " details TEXT NOT NULL DEFAULT '{}',"
                       " at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX audit_log_at ON audit_log(at)"),
        QStringLiteral("CREATE INDEX audit_log_entity ON audit_log(entity_type, entity_id)"),
    };
}

} // namespace cf
