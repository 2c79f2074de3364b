#pragma once

#include <QStringList>

namespace cf {

// The schema version this build writes (PRAGMA user_version).
inline constexpr int kCurrentSchemaVersion = 5;
// PRAGMA application_id of every CampaignForge database ("CFDB" in ASCII), so
// a foreign SQLite file is recognised and never migrated.
inline constexpr int kApplicationId = 0x43464442;

// The statements that create schema version 1, in order (one statement per
// string: QtSql runs one at a time). SchemaV1.cpp documents the conventions.
QStringList schemaV1Statements();
// The statements that turn version 1 into version 2 (SchemaV2.cpp).
QStringList schemaV2Statements();

} // namespace cf
