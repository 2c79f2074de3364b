#pragma once

#include <QString>

namespace cf {

class Database;

// What the window needs to know about the database it was given: whether
// campaigns can be shown and saved, and if not, why (already translated).
struct StorageStatus
{
    enum class State { ReadWrite, ReadOnly, Unavailable };

    State state = State::Unavailable;
    QString reason;
    QString databaseFile;

    static StorageStatus fromDatabase(const Database &database);
};

} // namespace cf
