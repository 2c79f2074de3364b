#pragma once

#include "models/domain/Workspace.h"
#include "models/store/StoreError.h"

#include <vector>

namespace cf {
class Database;

// Workspace rows (businesses or brands).
class WorkspaceRepository
{
public:
    explicit WorkspaceRepository(const Database &database) : m_db(database) {}

    StoreResult<qint64> insert(const Workspace &workspace) const;
    StoreStatus update(const Workspace &workspace) const;
    StoreResult<Workspace> find(qint64 id) const;
    StoreResult<std::vector<Workspace>> list() const;
    // The id of the oldest workspace; when there is none, stores `fallback`
    // and returns its id. For single-business use, where nobody picks one.
    StoreResult<qint64> firstOrCreate(const Workspace &fallback) const;

private:
    const Database &m_db;
};

} // namespace cf
