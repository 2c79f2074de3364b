#include "models/store/Migrations.h"

#include "models/store/Schema.h"
#include "models/store/SchemaConnectionsV3.h"
#include "models/store/SchemaPublishingV4.h"
#include "models/store/SchemaAdsV5.h"
#include "models/store/SqlSupport.h"

#include <QCoreApplication>

namespace cf {

namespace {

StoreStatus createSchemaV1(const QSqlDatabase &db)
{
    if (StoreStatus status = sql::execAll(db, schemaV1Statements()); status.isError())
        return status;
    // application_id lives in the file header and is part of the transaction.
    return sql::execAll(db, {QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)});
}

int readUserVersion(const QSqlDatabase &db, StoreError *error)
{
    const auto version = sql::scalar(db, QStringLiteral("PRAGMA user_version"));
    if (!version) {
        *error = version.error();
        return -1;
    }
    return version->toInt();
}

} // namespace

std::vector<MigrationStep> schemaMigrations()
{
    std::vector<MigrationStep> steps;
    steps.push_back({1, &createSchemaV1});
    steps.push_back({2, [](const QSqlDatabase &db) { return sql::execAll(db, schemaV2Statements()); }});
    steps.push_back({3, [](const QSqlDatabase &db) { return sql::execAll(db, schemaV3Statements()); }});
    steps.push_back({4, [](const QSqlDatabase &db) { return sql::execAll(db, schemaV4Statements()); }});
    steps.push_back({5, [](const QSqlDatabase &db) { return sql::execAll(db, schemaV5Statements()); }});
    return steps;
}

StoreStatus runMigrations(const QSqlDatabase &db, const std::vector<MigrationStep> &steps)
{
    StoreError error;
    const int from = readUserVersion(db, &error);
    if (from < 0)
        return error;
    int current = from;
    for (const MigrationStep &step : steps) {
        if (step.version <= current)
            continue;
        const StoreStatus status = sql::inTransaction(db, [&]() -> StoreStatus {
            if (StoreStatus applied = step.apply(db); applied.isError())
                return applied;
            return sql::execAll(db, {QStringLiteral("PRAGMA user_version = %1").arg(step.version)});
        });
        if (status.isError()) {
            qCWarning(lcStore) << "migration to schema" << step.version << "failed and was rolled back:"
                               << status.detail;
            return StoreError::make(StoreError::Code::MigrationFailed,
                                    QCoreApplication::translate("cf::Database",
                                                                "Updating the database to version %1 failed, so it was "
                                                                "left unchanged at version %2. %3")
                                        .arg(step.version)
                                        .arg(current)
                                        .arg(status.message),
                                    status.detail);
        }
        qCInfo(lcStore) << "database migrated to schema" << step.version;
        current = step.version;
    }
    return {};
}

} // namespace cf
