#pragma once

#include <QDateTime>
#include <QUndoCommand>

#include <functional>

namespace cf {

// One calendar move, undoable. The time is written through `apply` (which
// saves to the database and updates the model) at once on redo and undo; the
// first redo is skipped because the page already saved the move before
// pushing it. When a write fails (the database became read-only, the item
// was deleted) the command reports through `failed` and marks itself
// obsolete, so the stack never claims a state the database does not have.
class RescheduleCommand : public QUndoCommand
{
public:
    using Apply = std::function<bool(qint64 id, const QDateTime &utc)>;

    RescheduleCommand(qint64 id, QDateTime fromUtc, QDateTime toUtc, Apply apply, const QString &text);

    void undo() override;
    void redo() override;

    qint64 itemId() const { return m_id; }

private:
    qint64 m_id;
    QDateTime m_from;
    QDateTime m_to;
    Apply m_apply;
    bool m_firstRedo = true;
};

} // namespace cf
