#pragma once

#include "app/review/ReviewQueue.h"
#include "app/review/ReviewService.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QUndoStack;
class QHBoxLayout;

namespace cf {

class CampaignStructureView;
class Clock;
class Database;
class EmptyState;
class MessageBanner;
class PlatformPreview;
class PublishNowAction;
class ReviewItemEditor;
class ReviewQueueTree;

// Approval of generated content before anything is published: the queue of
// items by day and platform (filtered by campaign and state), the selected
// item's previews as each platform shows them in Arabic and English side by
// side, its editable copy with live counters and brand-guard findings, and
// the actions (approve, reject with a reason, regenerate, replace the image,
// bulk approve, final approval and unlock). Every change is saved at once
// through ReviewService and is one step on undoStack(). A second tab shows
// the campaign's structure (ad sets and ads) with editable budgets and
// targeting.
class ReviewPage : public QWidget
{
    Q_OBJECT
public:
    // database may be null (unavailable): the page then explains why.
    ReviewPage(const Database *database, const Clock &clock, const QString &dataDir, QWidget *parent = nullptr);
    ~ReviewPage() override;

    QUndoStack *undoStack() const { return m_undoStack; }
    // Filters the queue to the campaign and selects its first item.
    void showCampaign(qint64 campaignId);
    // Selects the item (switching the campaign filter to its campaign).
    void showItem(qint64 itemId);
    // Reads the queue again (in the background).
    void reload();

    qint64 currentItemId() const { return m_currentId; }
    ReviewQueueTree *queue() const { return m_queue; }
    ReviewItemEditor *editor() const { return m_editor; }
    // The previews shown for the current item: Arabic first, then English.
    std::vector<PlatformPreview *> previews() const;
    CampaignStructureView *structureView() const { return m_structure; }
    // "Publish now" for the current item; the coordinator installs its wake.
    PublishNowAction *publishNowAction() const { return m_publishNowAction; }

Q_SIGNALS:
    void showCampaignsRequested();
    // The queue finished loading (tests and routing wait for it).
    void queueLoaded();
    // The owner paused or resumed a campaign's ads (the publishing thread applies it).
    void adsDeliveryChanged();

protected:
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void onQueueLoaded();
    void applyFilters();
    void selectFirstItem();
    void onCurrentRowChanged();
    void showItemPanel(const ContentItem &item, const GuardReport &report);
    void updatePreviews(const ContentItem &item);
    void onOutcome(const ReviewOutcome &outcome);
    void showError(const QString &message);
    void updateActions();

    void approveCurrent();
    void rejectCurrent();
    void regenerateCurrent();
    void replaceImageCurrent();
    void publishCurrent();
    void updatePublishNow();
    void onPublishNowFinished(qint64 itemId, bool ok, const QString &message);
    void approveSelected();
    void openFinalApproval();
    void unlockCampaign();
    void onFieldEdited(const QString &language, ReviewField field, const QString &text);

    const Database *m_database;
    const Clock &m_clock;
    QString m_assetsDir;
    std::unique_ptr<ReviewService> m_service;
    PlatformLimits m_noLimits;
    QUndoStack *m_undoStack;

    ReviewQueueSnapshot m_snapshot;
    QFutureWatcher<ReviewQueueSnapshot> m_loadWatcher;
    QFutureWatcher<Regeneration> m_regenerateWatcher;
    QFutureWatcher<ImageImport> m_imageWatcher;
    QFutureWatcher<QImage> m_previewImageWatcher;
    qint64 m_currentId = 0;
    ContentItem m_current;
    qint64 m_pendingCampaign = 0;
    qint64 m_pendingItem = 0;
    bool m_reloadAgain = false;

    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    MessageBanner *m_banner = nullptr;
    QLabel *m_campaignLabel = nullptr;
    QComboBox *m_campaignFilter = nullptr;
    QLabel *m_statusLabel = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QPushButton *m_approveSelected = nullptr;
    QPushButton *m_finalApproval = nullptr;
    QPushButton *m_unlock = nullptr;
    ReviewQueueTree *m_queue = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_itemTitle = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_regenerate = nullptr;
    QPushButton *m_replaceImage = nullptr;
    PublishNowAction *m_publishNowAction = nullptr;
    QPushButton *m_publishNow = nullptr;
    QHBoxLayout *m_previewRow = nullptr;
    std::vector<PlatformPreview *> m_previews;
    ReviewItemEditor *m_editor = nullptr;
    CampaignStructureView *m_structure = nullptr;
};

} // namespace cf
