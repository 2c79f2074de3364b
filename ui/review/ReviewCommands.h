#pragma once

#include "app/review/ReviewService.h"

#include <QUndoCommand>

#include <functional>

namespace cf {

// Undoable review actions. Each redo()/undo() writes through ReviewService
// at once (and so to the audit log) and hands the outcome to `show`, which
// refreshes the screen or reports the error. A write that fails (the
// campaign was locked meanwhile) marks the command obsolete.
using ReviewOutcomeHandler = std::function<void(const ReviewOutcome &)>;

class ApprovalCommand : public QUndoCommand
{
public:
    ApprovalCommand(ReviewService &service, qint64 itemId, ApprovalState before, ApprovalState after, QString reason,
                    ReviewOutcomeHandler show);
    void redo() override;
    void undo() override;

private:
    ReviewService &m_service;
    qint64 m_itemId;
    ApprovalState m_before;
    ApprovalState m_after;
    QString m_reason;
    ReviewOutcomeHandler m_show;
    bool m_done = false;
};

class BulkApproveCommand : public QUndoCommand
{
public:
    BulkApproveCommand(ReviewService &service, std::vector<qint64> itemIds, std::function<void(const StoreError &)> show);
    void redo() override;
    void undo() override;
    int changedCount() const { return int(m_before.size()); }

private:
    ReviewService &m_service;
    std::vector<qint64> m_itemIds;
    std::vector<std::pair<qint64, ApprovalState>> m_before;
    std::function<void(const StoreError &)> m_show;
};

class EditFieldCommand : public QUndoCommand
{
public:
    EditFieldCommand(ReviewService &service, qint64 itemId, QString language, ReviewField field, QString before, QString after,
                     ReviewOutcomeHandler show);
    void redo() override;
    void undo() override;
    int id() const override { return 1; }
    // Consecutive saves of the same field merge into one undo step.
    bool mergeWith(const QUndoCommand *other) override;

private:
    ReviewService &m_service;
    qint64 m_itemId;
    QString m_language;
    ReviewField m_field;
    QString m_before;
    QString m_after;
    ReviewOutcomeHandler m_show;
};

class RegenerateCommand : public QUndoCommand
{
public:
    RegenerateCommand(ReviewService &service, Regeneration regeneration, ReviewOutcomeHandler show);
    void redo() override;
    void undo() override;

private:
    ReviewService &m_service;
    Regeneration m_regeneration;
    ReviewOutcomeHandler m_show;
    bool m_saved = false;
};

class ReplaceImageCommand : public QUndoCommand
{
public:
    ReplaceImageCommand(ReviewService &service, qint64 itemId, std::vector<qint64> before, Asset asset, ReviewOutcomeHandler show);
    void redo() override;
    void undo() override;

private:
    ReviewService &m_service;
    qint64 m_itemId;
    std::vector<qint64> m_before;
    Asset m_asset;
    ReviewOutcomeHandler m_show;
};

} // namespace cf
