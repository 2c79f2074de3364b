#pragma once

#include "models/domain/Connection.h"
#include "models/store/StoreError.h"

#include <vector>

namespace cf {
class Database;

// Rows of platform_integrations: connected accounts and the pages, Instagram
// accounts and ad accounts found through them. Never a token: those are in
// the keychain under the row's id.
class ConnectionRepository
{
public:
    explicit ConnectionRepository(const Database &database) : m_db(database) {}

    // Inserts, or updates the row with the same (platform, account_id) and
    // returns its id: reconnecting an account keeps its id (and the
    // keychain entry named after it).
    StoreResult<qint64> upsert(const Connection &connection) const;
    StoreStatus update(const Connection &connection) const;
    StoreStatus setStatus(qint64 id, ConnectionStatus status, const QString &detail, const QDateTime &nowUtc) const;
    StoreStatus setSelected(qint64 id, bool selected, const QDateTime &nowUtc) const;
    StoreResult<Connection> find(qint64 id) const;
    // Every row, parents before their children, oldest first.
    StoreResult<std::vector<Connection>> list() const;
    StoreResult<std::vector<Connection>> children(qint64 parentId) const;
    // Removes the row and (ON DELETE CASCADE) its children.
    StoreStatus remove(qint64 id) const;

private:
    const Database &m_db;
};

} // namespace cf
