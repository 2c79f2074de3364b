#include "ui/StorageStatus.h"

#include "models/store/Database.h"

namespace cf {

StorageStatus StorageStatus::fromDatabase(const Database &database)
{
    StorageStatus status;
    status.databaseFile = database.filePath();
    status.reason = database.error().message;
    switch (database.state()) {
    case Database::State::ReadWrite:
        status.state = State::ReadWrite;
        status.reason.clear();
        break;
    case Database::State::ReadOnly: status.state = State::ReadOnly; break;
    case Database::State::Closed:
    case Database::State::Failed: status.state = State::Unavailable; break;
    }
    return status;
}

} // namespace cf
