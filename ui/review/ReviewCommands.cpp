#include "ui/review/ReviewCommands.h"

#include <QCoreApplication>

namespace cf {

ApprovalCommand::ApprovalCommand(ReviewService &service, qint64 itemId, ApprovalState before, ApprovalState after, QString reason,
                                 ReviewOutcomeHandler show)
    : m_service(service), m_itemId(itemId), m_before(before), m_after(after), m_reason(std::move(reason)), m_show(std::move(show))
{
    setText(after == ApprovalState::Approved ? QCoreApplication::translate("cf::ReviewPage", "Approve")
                                             : QCoreApplication::translate("cf::ReviewPage", "Reject"));
}

void ApprovalCommand::redo()
{
    // The first redo is the action itself (approve or reject with its
    // reason); a later redo after an undo repeats it the same way.
    const ReviewOutcome outcome = m_after == ApprovalState::Rejected ? m_service.reject(m_itemId, m_reason)
                                : m_after == ApprovalState::Approved ? m_service.approve(m_itemId)
                                                                     : m_service.restoreApproval(m_itemId, m_after);
    m_done = outcome.ok();
    if (!outcome.ok())
        setObsolete(true);
    m_show(outcome);
}

void ApprovalCommand::undo()
{
    const ReviewOutcome outcome = m_service.restoreApproval(m_itemId, m_before);
    if (!outcome.ok())
        setObsolete(true);
    m_show(outcome);
}

BulkApproveCommand::BulkApproveCommand(ReviewService &service, std::vector<qint64> itemIds, std::function<void(const StoreError &)> show)
    : m_service(service), m_itemIds(std::move(itemIds)), m_show(std::move(show))
{
    setText(QCoreApplication::translate("cf::ReviewPage", "Approve %n item(s)", nullptr, int(m_itemIds.size())));
}

void BulkApproveCommand::redo()
{
    auto changed = m_service.bulkApprove(m_itemIds);
    if (!changed) {
        setObsolete(true);
        m_show(changed.error());
        return;
    }
    m_before = changed.value();
    m_show({});
}

void BulkApproveCommand::undo()
{
    StoreError error;
    for (const auto &[id, state] : m_before) {
        const ReviewOutcome outcome = m_service.restoreApproval(id, state);
        if (!outcome.ok() && !error.isError())
            error = outcome.error;
    }
    if (error.isError())
        setObsolete(true);
    m_show(error);
}

EditFieldCommand::EditFieldCommand(ReviewService &service, qint64 itemId, QString language, ReviewField field, QString before,
                                   QString after, ReviewOutcomeHandler show)
    : m_service(service), m_itemId(itemId), m_language(std::move(language)), m_field(field), m_before(std::move(before)),
      m_after(std::move(after)), m_show(std::move(show))
{
    setText(QCoreApplication::translate("cf::ReviewPage", "Edit %1").arg(reviewFieldDisplayName(field)));
}

void EditFieldCommand::redo()
{
    const ReviewOutcome outcome = m_service.editField(m_itemId, m_language, m_field, m_after);
    if (!outcome.ok())
        setObsolete(true);
    m_show(outcome);
}

void EditFieldCommand::undo()
{
    const ReviewOutcome outcome = m_service.editField(m_itemId, m_language, m_field, m_before);
    if (!outcome.ok())
        setObsolete(true);
    m_show(outcome);
}

bool EditFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditFieldCommand *>(other);
    if (next->m_itemId != m_itemId || next->m_language != m_language || next->m_field != m_field)
        return false;
    m_after = next->m_after;
    return true;
}

RegenerateCommand::RegenerateCommand(ReviewService &service, Regeneration regeneration, ReviewOutcomeHandler show)
    : m_service(service), m_regeneration(std::move(regeneration)), m_show(std::move(show))
{
    setText(QCoreApplication::translate("cf::ReviewPage", "Regenerate"));
}

void RegenerateCommand::redo()
{
    const ReviewOutcome outcome = m_saved ? m_service.restoreCopy(m_regeneration.itemId, m_regeneration.item.copy)
                                          : m_service.saveRegeneration(m_regeneration);
    m_saved = true;
    if (!outcome.ok())
        setObsolete(true);
    m_show(outcome);
}

void RegenerateCommand::undo()
{
    const ReviewOutcome outcome = m_service.restoreCopy(m_regeneration.itemId, m_regeneration.previous);
    if (!outcome.ok())
        setObsolete(true);
    m_show(outcome);
}

ReplaceImageCommand::ReplaceImageCommand(ReviewService &service, qint64 itemId, std::vector<qint64> before, Asset asset,
                                         ReviewOutcomeHandler show)
    : m_service(service), m_itemId(itemId), m_before(std::move(before)), m_asset(std::move(asset)), m_show(std::move(show))
{
    setText(QCoreApplication::translate("cf::ReviewPage", "Replace image"));
}

void ReplaceImageCommand::redo()
{
    const ReviewOutcome outcome = m_service.replaceImage(m_itemId, m_asset);
    if (!outcome.ok())
        setObsolete(true);
    m_show(outcome);
}

void ReplaceImageCommand::undo()
{
    const ReviewOutcome outcome = m_service.restoreAssets(m_itemId, m_before);
    if (!outcome.ok())
        setObsolete(true);
    m_show(outcome);
}

} // namespace cf
