#include "ui/calendar/RescheduleCommand.h"

namespace cf {

RescheduleCommand::RescheduleCommand(qint64 id, QDateTime fromUtc, QDateTime toUtc, Apply apply, const QString &text)
    : QUndoCommand(text), m_id(id), m_from(std::move(fromUtc)), m_to(std::move(toUtc)), m_apply(std::move(apply))
{
}

void RescheduleCommand::undo()
{
    if (!m_apply(m_id, m_from))
        setObsolete(true);
}

void RescheduleCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    if (!m_apply(m_id, m_to))
        setObsolete(true);
}

} // namespace cf
