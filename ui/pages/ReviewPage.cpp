#include "ui/pages/ReviewPage.h"

#include "app/core/DataPaths.h"
#include "models/store/Database.h"
#include "ui/UiLog.h"
#include "ui/publishing/PublishNowAction.h"
#include "ui/review/CampaignStructureView.h"
#include "ui/review/PlatformPreview.h"
#include "ui/review/ReviewItemEditor.h"
#include "ui/review/ReviewQueueTree.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/MessageBanner.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace cf {

ReviewPage::ReviewPage(const Database *database, const Clock &clock, const QString &dataDir, QWidget *parent)
    : QWidget(parent), m_database(database), m_clock(clock), m_assetsDir(DataPaths::resolve(dataDir).assetsDir()),
      m_undoStack(new QUndoStack(this))
{
    QString error;
    if (m_database && m_database->isOpen()) {
        if (auto resources = ReviewResources::loadBuiltIn(&error))
            m_service = std::make_unique<ReviewService>(*m_database, m_clock, m_assetsDir, std::move(resources));
        else
            qCWarning(lcUi) << "review tables failed to load:" << error;
    }
    buildUi();
    connect(&m_loadWatcher, &QFutureWatcher<ReviewQueueSnapshot>::finished, this, &ReviewPage::onQueueLoaded);
    connect(&m_previewImageWatcher, &QFutureWatcher<QImage>::finished, this, [this] {
        if (m_currentId > 0)
            updatePreviews(m_current);
    });
    retranslateUi();
    reload();
}

ReviewPage::~ReviewPage()
{
    // A pending edit is saved, never lost with the window.
    if (m_editor)
        m_editor->flush();
    m_loadWatcher.waitForFinished();
    m_regenerateWatcher.waitForFinished();
    m_imageWatcher.waitForFinished();
    m_previewImageWatcher.waitForFinished();
}

void ReviewPage::buildUi()
{
    m_stack = new QStackedWidget(this);
    m_empty = new EmptyState(QStringLiteral(":/icons/empty-review.svg"), this);
    connect(m_empty, &EmptyState::actionTriggered, this, &ReviewPage::showCampaignsRequested);

    auto *work = new QWidget(this);
    m_banner = new MessageBanner(work);
    m_banner->setObjectName(QStringLiteral("reviewBanner"));
    m_banner->hide();
    m_campaignLabel = new QLabel(work);
    m_campaignFilter = new QComboBox(work);
    m_campaignFilter->setObjectName(QStringLiteral("campaignFilter"));
    m_statusLabel = new QLabel(work);
    m_statusFilter = new QComboBox(work);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_approveSelected = new QPushButton(work);
    m_approveSelected->setObjectName(QStringLiteral("approveSelected"));
    m_finalApproval = new QPushButton(work);
    m_finalApproval->setObjectName(QStringLiteral("finalApproval"));
    m_unlock = new QPushButton(work);
    m_unlock->setObjectName(QStringLiteral("unlockCampaign"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_campaignLabel);
    filters->addWidget(m_campaignFilter, 1);
    filters->addWidget(m_statusLabel);
    filters->addWidget(m_statusFilter);
    filters->addStretch();
    filters->addWidget(m_approveSelected);
    filters->addWidget(m_finalApproval);
    filters->addWidget(m_unlock);

    m_queue = new ReviewQueueTree(work);

    // The item tab: actions, previews side by side, then the editors.
    auto *itemPanel = new QWidget;
    m_itemTitle = new QLabel(itemPanel);
    m_itemTitle->setObjectName(QStringLiteral("itemTitle"));
    m_itemTitle->setWordWrap(true);
    m_approve = new QPushButton(itemPanel);
    m_approve->setObjectName(QStringLiteral("approveItem"));
    m_reject = new QPushButton(itemPanel);
    m_reject->setObjectName(QStringLiteral("rejectItem"));
    m_regenerate = new QPushButton(itemPanel);
    m_regenerate->setObjectName(QStringLiteral("regenerateItem"));
    m_replaceImage = new QPushButton(itemPanel);
    m_replaceImage->setObjectName(QStringLiteral("replaceImage"));
    m_publishNow = new QPushButton(itemPanel);
    m_publishNow->setObjectName(QStringLiteral("publishNow"));
    m_publishNowAction = new PublishNowAction(m_database, m_clock, this);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_approve);
    actions->addWidget(m_reject);
    actions->addWidget(m_regenerate);
    actions->addWidget(m_replaceImage);
    actions->addWidget(m_publishNow);
    actions->addStretch();
    m_previewRow = new QHBoxLayout;
    m_previewRow->setSpacing(16);
    auto *previewBox = new QWidget(itemPanel);
    previewBox->setObjectName(QStringLiteral("previewRow"));
    previewBox->setLayout(m_previewRow);
    // Without the tables (no database) the counters count characters only.
    m_editor = new ReviewItemEditor(m_service ? m_service->resources().limits : m_noLimits, itemPanel);
    auto *itemLayout = new QVBoxLayout(itemPanel);
    itemLayout->addWidget(m_itemTitle);
    itemLayout->addLayout(actions);
    itemLayout->addWidget(previewBox);
    itemLayout->addWidget(m_editor);
    itemLayout->addStretch();
    auto *scroll = new QScrollArea(work);
    scroll->setWidgetResizable(true);
    scroll->setWidget(itemPanel);

    m_structure = new CampaignStructureView(m_service.get(), m_undoStack, work);
    if (m_database && m_database->isOpen())
        m_structure->enableAdsControl(*m_database, m_clock);
    m_tabs = new QTabWidget(work);
    m_tabs->setObjectName(QStringLiteral("reviewTabs"));
    m_tabs->addTab(scroll, QString());
    m_tabs->addTab(m_structure, QString());

    auto *splitter = new QSplitter(Qt::Horizontal, work);
    splitter->addWidget(m_queue);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 900});

    auto *workLayout = new QVBoxLayout(work);
    workLayout->addWidget(m_banner);
    workLayout->addLayout(filters);
    workLayout->addWidget(splitter, 1);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(work);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_campaignFilter, &QComboBox::currentIndexChanged, this, &ReviewPage::applyFilters);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &ReviewPage::applyFilters);
    connect(m_queue, &QTreeWidget::currentItemChanged, this, &ReviewPage::onCurrentRowChanged);
    connect(m_queue, &QTreeWidget::itemSelectionChanged, this, &ReviewPage::updateActions);
    connect(m_approve, &QPushButton::clicked, this, &ReviewPage::approveCurrent);
    connect(m_reject, &QPushButton::clicked, this, &ReviewPage::rejectCurrent);
    connect(m_regenerate, &QPushButton::clicked, this, &ReviewPage::regenerateCurrent);
    connect(m_replaceImage, &QPushButton::clicked, this, &ReviewPage::replaceImageCurrent);
    connect(m_publishNow, &QPushButton::clicked, this, &ReviewPage::publishCurrent);
    connect(m_publishNowAction, &PublishNowAction::finished, this, &ReviewPage::onPublishNowFinished);
    connect(m_approveSelected, &QPushButton::clicked, this, &ReviewPage::approveSelected);
    connect(m_finalApproval, &QPushButton::clicked, this, &ReviewPage::openFinalApproval);
    connect(m_unlock, &QPushButton::clicked, this, &ReviewPage::unlockCampaign);
    connect(m_editor, &ReviewItemEditor::fieldEdited, this, &ReviewPage::onFieldEdited);
    connect(m_structure, &CampaignStructureView::changed, this, &ReviewPage::reload);
    connect(m_structure, &CampaignStructureView::adsDeliveryChanged, this, &ReviewPage::adsDeliveryChanged);
}

void ReviewPage::reload()
{
    if (!m_service) {
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    // One read at a time: a reload asked for meanwhile runs when it ends,
    // so the screen never waits and never shows an older snapshot last.
    if (m_loadWatcher.isRunning()) {
        m_reloadAgain = true;
        return;
    }
    m_loadWatcher.setFuture(reviewqueue::load(m_database->filePath(), m_assetsDir));
}

void ReviewPage::onQueueLoaded()
{
    if (m_reloadAgain) {
        m_reloadAgain = false;
        m_loadWatcher.setFuture(reviewqueue::load(m_database->filePath(), m_assetsDir));
        return;
    }
    m_snapshot = m_loadWatcher.result();
    if (!m_snapshot.error.isEmpty())
        showError(m_snapshot.error);
    const qint64 selectedCampaign = m_pendingCampaign ? m_pendingCampaign : m_campaignFilter->currentData().toLongLong();
    {
        const QSignalBlocker blocker(m_campaignFilter);
        m_campaignFilter->clear();
        m_campaignFilter->addItem(tr("All campaigns"), qint64(0));
        for (const Campaign &c : m_snapshot.campaigns)
            m_campaignFilter->addItem(c.name.isEmpty() ? tr("Campaign %1").arg(c.id) : c.name, c.id);
        const int index = m_campaignFilter->findData(selectedCampaign);
        m_campaignFilter->setCurrentIndex(index >= 0 ? index : 0);
    }
    m_stack->setCurrentIndex(m_snapshot.items.empty() ? 0 : 1);
    applyFilters();
    if (m_pendingItem && m_queue->selectItem(m_pendingItem))
        m_pendingItem = 0;
    else if (m_pendingCampaign)
        selectFirstItem();
    m_pendingCampaign = 0;
    Q_EMIT queueLoaded();
}

void ReviewPage::applyFilters()
{
    const qint64 campaignId = m_campaignFilter->currentData().toLongLong();
    std::optional<ApprovalState> approval;
    if (m_statusFilter->currentIndex() > 0)
        approval = ApprovalState(m_statusFilter->currentData().toInt());
    m_queue->populate(m_snapshot, campaignId, approval);
    // The structure tab follows the campaign filter, or the current item's campaign.
    m_structure->setCampaign(campaignId ? campaignId : m_current.campaignId);
    if (m_queue->currentItemId() == 0 && m_currentId != 0 && !m_queue->selectItem(m_currentId))
        selectFirstItem();
    updateActions();
}

void ReviewPage::selectFirstItem()
{
    for (QTreeWidgetItemIterator it(m_queue); *it; ++it) {
        if ((*it)->data(0, ReviewQueueTree::kItemIdRole).toLongLong() > 0) {
            m_queue->setCurrentItem(*it);
            return;
        }
    }
}

void ReviewPage::showCampaign(qint64 campaignId)
{
    m_pendingCampaign = campaignId;
    reload();
}

void ReviewPage::showItem(qint64 itemId)
{
    if (!m_service)
        return;
    if (auto item = m_service->item(itemId)) {
        m_pendingCampaign = item->campaignId;
        m_pendingItem = itemId;
    }
    reload();
}

void ReviewPage::onCurrentRowChanged()
{
    const qint64 id = m_queue->currentItemId();
    if (id <= 0 || id == m_currentId || !m_service)
        return;
    m_editor->flush();
    auto item = m_service->item(id);
    if (!item) {
        showError(item.error().message);
        return;
    }
    m_currentId = id;
    showItemPanel(item.value(), m_service->check(item.value()));
    m_structure->setCampaign(item->campaignId);
}

void ReviewPage::showItemPanel(const ContentItem &item, const GuardReport &report)
{
    m_current = item;
    m_editor->setItem(item, report);
    m_editor->setReadOnly(m_service->isLocked(item));
    m_itemTitle->setText(tr("<b>%1</b> · %2 · %3 · %4")
                             .arg(platformDisplayName(item.platform), contentTypeDisplayName(item.contentType),
                                  approvalStateDisplayName(item.approval), publishStateDisplayName(item.publishState)));
    // The image is read off the GUI thread; the previews are drawn now and
    // again once it arrives.
    const auto path = m_snapshot.firstImagePath.find(item.id);
    const QString imagePath = path == m_snapshot.firstImagePath.end() ? QString() : path->second;
    m_previewImageWatcher.setFuture(QtConcurrent::run([imagePath] { return imagePath.isEmpty() ? QImage() : QImage(imagePath); }));
    updatePreviews(item);
    updateActions();
}

std::vector<PlatformPreview *> ReviewPage::previews() const
{
    return m_previews;
}

void ReviewPage::updatePreviews(const ContentItem &item)
{
    const QImage image = m_previewImageWatcher.isFinished() && m_previewImageWatcher.future().resultCount() > 0
        ? m_previewImageWatcher.result() : QImage();
    const auto account = m_snapshot.accountNames.find(item.campaignId);
    const QString name = account == m_snapshot.accountNames.end() || account->second.isEmpty() ? QStringLiteral("CampaignForge")
                                                                                                : account->second;
    const QStringList languages{QStringLiteral("ar"), QStringLiteral("en")};
    const bool sameFamily = m_previews.size() == 2 && m_previews[0]->family()
        == PlatformPreview::create(item.platform, item.contentType)->family();
    if (!sameFamily) {
        for (PlatformPreview *preview : m_previews)
            delete preview;
        m_previews.clear();
        for (int i = 0; i < 2; ++i) {
            PlatformPreview *preview = PlatformPreview::create(item.platform, item.contentType).release();
            preview->setParent(m_previewRow->parentWidget());
            preview->setObjectName(QStringLiteral("preview_%1").arg(languages[i]));
            preview->setMinimumWidth(300);
            preview->setMaximumWidth(380);
            m_previewRow->addWidget(preview, 0, Qt::AlignTop);
            m_previews.push_back(preview);
        }
    }
    for (int i = 0; i < 2; ++i) {
        m_previews[size_t(i)]->setContent(PreviewContent::from(item, languages[i], name, image));
        m_previews[size_t(i)]->setMinimumHeight(m_previews[size_t(i)]->sizeHint().height());
        m_previews[size_t(i)]->show();
    }
}

void ReviewPage::onOutcome(const ReviewOutcome &outcome)
{
    if (!outcome.ok())
        showError(outcome.error.message);
    else
        m_banner->hide();
    if (outcome.item.id <= 0)
        return;
    // Keep the snapshot in step so filters and previews see the new state.
    for (ContentItem &item : m_snapshot.items) {
        if (item.id == outcome.item.id)
            item = outcome.item;
    }
    m_queue->updateItem(outcome.item);
    if (outcome.item.id == m_currentId)
        showItemPanel(outcome.item, outcome.report);
}

void ReviewPage::showError(const QString &message)
{
    m_banner->setMessage(MessageBanner::Severity::Error, message);
    m_banner->show();
}

void ReviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_service && m_currentId > 0)
            showItemPanel(m_current, m_service->check(m_current));
    }
    QWidget::changeEvent(event);
}

void ReviewPage::hideEvent(QHideEvent *event)
{
    m_editor->flush();
    QWidget::hideEvent(event);
}

void ReviewPage::retranslateUi()
{
    m_empty->setTitle(tr("Nothing to review"));
    m_empty->setExplanation(
        tr("Posts, ads and emails generated for your campaigns wait here for your approval, with their Arabic "
           "and English text and a preview for each platform. You can approve them, edit them or ask for "
           "changes; nothing is published before it is approved. Create a campaign to generate its content."));
    m_empty->setActionText(tr("Show campaigns"));
    m_campaignLabel->setText(tr("Campaign:"));
    m_statusLabel->setText(tr("State:"));
    {
        const QSignalBlocker blocker(m_statusFilter);
        const int index = qMax(0, m_statusFilter->currentIndex());
        m_statusFilter->clear();
        m_statusFilter->addItem(tr("All states"), -1);
        for (ApprovalState s : {ApprovalState::Pending, ApprovalState::Approved, ApprovalState::Rejected, ApprovalState::ChangesRequested})
            m_statusFilter->addItem(approvalStateDisplayName(s), int(s));
        m_statusFilter->setCurrentIndex(index);
    }
    if (m_campaignFilter->count() > 0)
        m_campaignFilter->setItemText(0, tr("All campaigns"));
    m_approveSelected->setText(tr("Approve selected"));
    m_finalApproval->setText(tr("Final approval…"));
    m_unlock->setText(tr("Unlock for changes"));
    m_approve->setText(tr("Approve"));
    m_reject->setText(tr("Reject…"));
    m_regenerate->setText(tr("Regenerate"));
    m_replaceImage->setText(tr("Replace image…"));
    m_publishNow->setText(tr("Publish now"));
    updatePublishNow(); // its tooltip is translated text
    m_tabs->setTabText(0, tr("Item"));
    m_tabs->setTabText(1, tr("Campaign structure"));
}

} // namespace cf
