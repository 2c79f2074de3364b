#pragma once

#include "models/domain/AuditEntry.h"
#include "models/store/StoreError.h"

#include <vector>

namespace cf {
class Database;

// The audit_log table: an append-only trail of who changed what. Rows are
// never updated or deleted here; entity_id has no foreign key, so the trail
// outlives the campaigns and items it talks about.
class AuditRepository
{
public:
    explicit AuditRepository(const Database &database) : m_db(database) {}

    // Appends one entry and returns its id (entry.id is ignored). An empty
    // detailsJson is stored as "{}"; detailsJson must otherwise be a JSON
    // object (InvalidData when it is not), so the trail stays machine-readable.
    StoreResult<qint64> append(const AuditEntry &entry) const;

    // The entries about one entity, oldest first (ties by id).
    StoreResult<std::vector<AuditEntry>> listForEntity(const QString &entityType, qint64 entityId) const;
    // The newest `limit` entries of any entity, newest first.
    StoreResult<std::vector<AuditEntry>> listRecent(int limit) const;

private:
    StoreResult<std::vector<AuditEntry>> select(const QString &tail, const QVariantList &args) const;

    const Database &m_db;
};

} // namespace cf
