// ReviewPage's actions: each becomes one undo step written at once.
#include "ui/pages/ReviewPage.h"

#include "ui/publishing/PublishNowAction.h"
#include "ui/review/FinalApprovalDialog.h"
#include "ui/review/ReviewCommands.h"
#include "ui/review/ReviewItemEditor.h"
#include "ui/review/ReviewQueueTree.h"
#include "ui/widgets/MessageBanner.h"

#include <QComboBox>
#include <QFileDialog>
#include <QInputDialog>
#include <QPushButton>
#include <QUndoStack>

namespace cf {

void ReviewPage::updateActions()
{
    const bool haveItem = m_service && m_currentId > 0;
    const bool locked = haveItem && m_service->isLocked(m_current);
    m_approve->setEnabled(haveItem && !locked && m_current.approval != ApprovalState::Approved);
    m_reject->setEnabled(haveItem && !locked && m_current.approval != ApprovalState::Rejected);
    m_regenerate->setEnabled(haveItem && !locked && !m_regenerateWatcher.isRunning());
    m_replaceImage->setEnabled(haveItem && !locked && !m_imageWatcher.isRunning());
    m_approveSelected->setEnabled(m_service && !m_queue->selectedItemIds().empty());
    const qint64 campaignId = m_campaignFilter->currentData().toLongLong() ? m_campaignFilter->currentData().toLongLong()
                                                                           : m_current.campaignId;
    m_finalApproval->setEnabled(m_service && campaignId > 0);
    m_unlock->setVisible(locked);
    updatePublishNow();
}

void ReviewPage::updatePublishNow()
{
    if (m_currentId <= 0) {
        m_publishNow->setEnabled(false);
        m_publishNow->setToolTip(QString());
        return;
    }
    const PublishNowAction::Check allowed = m_publishNowAction->check(m_current);
    m_publishNow->setEnabled(allowed.allowed);
    m_publishNow->setToolTip(allowed.allowed ? tr("Send this item to its accounts now, before its scheduled time.")
                                             : allowed.reason);
}

void ReviewPage::publishCurrent()
{
    if (m_currentId <= 0)
        return;
    m_editor->flush(); // the copy sent is the copy on screen
    m_publishNowAction->publish(m_currentId);
}

void ReviewPage::onPublishNowFinished(qint64 itemId, bool ok, const QString &message)
{
    if (!ok) {
        showError(message);
        return;
    }
    PublishNowAction::showInStatusBar(this, message);
    // The item's state badge follows the released targets.
    if (itemId == m_currentId && m_service)
        if (auto item = m_service->item(itemId))
            onOutcome(ReviewOutcome{{}, item.value(), m_service->check(item.value())});
    reload();
}

void ReviewPage::approveCurrent()
{
    if (!m_service || m_currentId <= 0)
        return;
    m_editor->flush();
    m_undoStack->push(new ApprovalCommand(*m_service, m_currentId, m_current.approval, ApprovalState::Approved, QString(),
                                          [this](const ReviewOutcome &o) { onOutcome(o); }));
}

void ReviewPage::rejectCurrent()
{
    if (!m_service || m_currentId <= 0)
        return;
    m_editor->flush();
    // Opened without a nested event loop; the answer arrives by signal.
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("rejectReasonDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Reject item"));
    dialog->setLabelText(tr("Why is this item rejected? The reason is kept in the audit log."));
    dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    const qint64 itemId = m_currentId;
    const ApprovalState before = m_current.approval;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, itemId, before](const QString &reason) {
        if (reason.trimmed().isEmpty()) {
            showError(tr("The item was not rejected: a reason is needed."));
            return;
        }
        m_undoStack->push(new ApprovalCommand(*m_service, itemId, before, ApprovalState::Rejected, reason.trimmed(),
                                              [this](const ReviewOutcome &o) { onOutcome(o); }));
    });
    dialog->open();
}

void ReviewPage::regenerateCurrent()
{
    if (!m_service || m_currentId <= 0 || m_regenerateWatcher.isRunning())
        return;
    m_editor->flush();
    m_regenerate->setEnabled(false);
    m_regenerate->setText(tr("Regenerating…"));
    disconnect(&m_regenerateWatcher, nullptr, this, nullptr);
    connect(&m_regenerateWatcher, &QFutureWatcher<Regeneration>::finished, this, [this] {
        m_regenerate->setText(tr("Regenerate"));
        const Regeneration result = m_regenerateWatcher.result();
        if (!result.error.isEmpty())
            showError(result.error);
        else
            m_undoStack->push(new RegenerateCommand(*m_service, result, [this](const ReviewOutcome &o) { onOutcome(o); }));
        updateActions();
    });
    m_regenerateWatcher.setFuture(m_service->regenerate(m_currentId));
}

void ReviewPage::replaceImageCurrent()
{
    if (!m_service || m_currentId <= 0)
        return;
    auto *dialog = new QFileDialog(this, tr("Choose an image"), QString(), tr("Images (*.png *.jpg *.jpeg *.webp)"));
    dialog->setObjectName(QStringLiteral("replaceImageDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    const qint64 itemId = m_currentId;
    const std::vector<qint64> before = m_current.assetIds;
    connect(dialog, &QFileDialog::fileSelected, this, [this, itemId, before](const QString &path) {
        m_replaceImage->setEnabled(false);
        disconnect(&m_imageWatcher, nullptr, this, nullptr);
        connect(&m_imageWatcher, &QFutureWatcher<ImageImport>::finished, this, [this, itemId, before] {
            const ImageImport imported = m_imageWatcher.result();
            if (!imported.asset) {
                showError(imported.error);
            } else {
                m_undoStack->push(new ReplaceImageCommand(*m_service, itemId, before, *imported.asset, [this](const ReviewOutcome &o) {
                    onOutcome(o);
                    reload(); // the new image's path comes with the next snapshot
                }));
            }
            updateActions();
        });
        m_imageWatcher.setFuture(m_service->importImage(path));
    });
    dialog->open();
}

void ReviewPage::approveSelected()
{
    if (!m_service)
        return;
    m_editor->flush();
    const std::vector<qint64> ids = m_queue->selectedItemIds();
    if (ids.empty())
        return;
    m_undoStack->push(new BulkApproveCommand(*m_service, ids, [this](const StoreError &error) {
        if (error.isError())
            showError(error.message);
        // Many rows changed: read the queue again, and the open item.
        if (m_currentId > 0) {
            if (auto item = m_service->item(m_currentId))
                onOutcome(ReviewOutcome{{}, item.value(), m_service->check(item.value())});
        }
        reload();
    }));
}

void ReviewPage::openFinalApproval()
{
    if (!m_service)
        return;
    m_editor->flush();
    const qint64 campaignId = m_campaignFilter->currentData().toLongLong() ? m_campaignFilter->currentData().toLongLong()
                                                                           : m_current.campaignId;
    if (campaignId <= 0)
        return;
    auto *dialog = new FinalApprovalDialog(m_service->previewFinalApproval(campaignId), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, campaignId] {
        const auto approved = m_service->finalApprove(campaignId);
        if (!approved) {
            showError(approved.error().message);
            return;
        }
        // Locking is not an undo step: unlocking is its own, explicit action.
        m_undoStack->clear();
        m_banner->setMessage(MessageBanner::Severity::Warning,
                             tr("Final approval given: %n item(s) are queued for publishing. The campaign is locked; "
                                "unlock it to make changes.",
                                nullptr, int(approved->deliveries.size())));
        m_banner->show();
        if (m_currentId > 0)
            if (auto item = m_service->item(m_currentId))
                showItemPanel(item.value(), m_service->check(item.value()));
        reload();
    });
    dialog->open();
}

void ReviewPage::unlockCampaign()
{
    if (!m_service || m_current.campaignId <= 0)
        return;
    if (const StoreStatus s = m_service->unlock(m_current.campaignId); s.isError()) {
        showError(s.message);
        return;
    }
    m_banner->hide();
    if (auto item = m_service->item(m_currentId))
        showItemPanel(item.value(), m_service->check(item.value()));
    reload();
}

void ReviewPage::onFieldEdited(const QString &language, ReviewField field, const QString &text)
{
    if (!m_service || m_currentId <= 0)
        return;
    const QString before = m_current.copy ? reviewFieldText(m_current.copy->in(language), field) : QString();
    LanguageCopy scratch;
    setReviewFieldText(&scratch, field, text);
    if (reviewFieldText(scratch, field) == before)
        return;
    m_undoStack->push(new EditFieldCommand(*m_service, m_currentId, language, field, before, text,
                                           [this](const ReviewOutcome &o) { onOutcome(o); }));
}

} // namespace cf
