#pragma once

#include "models/domain/AutomationLog.h"
#include "models/store/StoreError.h"

#include <QCoreApplication>

#include <set>
#include <vector>

namespace cf {
class Clock;
class Database;

struct UndoOutcome
{
    bool undone = false;
    QString message;  // translated: what was restored, or why nothing was
    qint64 logId = 0; // the "optimisation_undone" entry, when undone
};

// Takes back one change of the AI-optimised level from its automation_logs
// entry: restores the "before" values of its details only while the entity
// still has the "after" values (otherwise the owner or something else changed
// it since, and it refuses with the reason); a post whose old time has
// passed or that is already on its way out is refused too. The restore and
// the "optimisation_undone" entry are one transaction. A budget shift is
// undone as a whole, so the campaign total stays the same.
class OptimisationUndo
{
    Q_DECLARE_TR_FUNCTIONS(cf::OptimisationUndo)

public:
    OptimisationUndo(const Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    StoreResult<UndoOutcome> undo(qint64 logId) const;

    static bool isOptimisation(const AutomationLog &entry);
    // The ids of entries an "optimisation_undone" entry among `logs` took back.
    static std::set<qint64> undoneIds(const std::vector<AutomationLog> &logs);

private:
    StoreStatus undoSchedule(const AutomationLog &entry, const QString &detailsJson, UndoOutcome &outcome) const;
    StoreStatus undoBudget(const AutomationLog &entry, const QString &detailsJson, UndoOutcome &outcome) const;
    StoreStatus writeUndoneLog(const AutomationLog &entry, const QString &message, UndoOutcome &outcome) const;

    const Database &m_db;
    const Clock &m_clock;
};

} // namespace cf
