#pragma once

#include "models/domain/PublishAttempt.h"
#include "models/store/StoreError.h"

#include <vector>

namespace cf {
class Database;

// Reading publishing_results: every try at publishing an item, newest last.
// Rows are written by PublishTargetRepository's state moves (the pending row
// is part of the move to sending), so this class only reads.
class PublishAttemptRepository
{
public:
    explicit PublishAttemptRepository(const Database &database) : m_db(database) {}

    StoreResult<PublishAttempt> find(qint64 id) const;
    StoreResult<std::vector<PublishAttempt>> listForContent(qint64 contentId) const;
    // How many attempts were recorded (all items); for the CLI and tests.
    StoreResult<int> count() const;

private:
    StoreResult<std::vector<PublishAttempt>> select(const QString &where, const QVariantList &args) const;

    const Database &m_db;
};

} // namespace cf
