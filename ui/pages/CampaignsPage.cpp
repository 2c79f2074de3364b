#include "ui/pages/CampaignsPage.h"

#include "app/core/Clock.h"
#include "app/core/DataPaths.h"
#include "models/itemmodels/CampaignListModel.h"
#include "models/store/CampaignRepository.h"
#include "models/store/CampaignTransfer.h"
#include "models/store/Database.h"
#include "ui/pages/CampaignCardDelegate.h"
#include "ui/widgets/EmptyState.h"
#include "ui/wizard/CampaignWizard.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace cf {

CampaignsPage::CampaignsPage(CampaignListModel *model, const QString &unavailableReason, QWidget *parent)
    : QWidget(parent),
      m_model(model),
      m_unavailableReason(unavailableReason),
      m_sorted(new QSortFilterProxyModel(this)),
      m_stack(new QStackedWidget(this)),
      m_empty(new EmptyState(QStringLiteral(":/icons/empty-campaigns.svg"), this)),
      m_listPane(new QWidget(this)),
      m_heading(new QLabel(this)),
      m_new(new QPushButton(this)),
      m_refresh(new QPushButton(this)),
      m_listToggle(new QToolButton(this)),
      m_cardsToggle(new QToolButton(this)),
      m_showArchived(new QCheckBox(this)),
      m_open(new QPushButton(m_listPane)),
      m_duplicate(new QPushButton(m_listPane)),
      m_archive(new QPushButton(m_listPane)),
      m_delete(new QPushButton(m_listPane)),
      m_views(new QStackedWidget(m_listPane)),
      m_table(new QTableView(m_listPane)),
      m_cards(new QListView(m_listPane)),
      m_loadError(new QLabel(this)),
      m_newAction(new QAction(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_new->setObjectName(QStringLiteral("newCampaign"));
    m_refresh->setObjectName(QStringLiteral("refreshCampaigns"));
    m_refresh->setIcon(QIcon(QStringLiteral(":/icons/action-refresh.svg")));
    m_listToggle->setObjectName(QStringLiteral("listViewToggle"));
    m_cardsToggle->setObjectName(QStringLiteral("cardViewToggle"));
    m_showArchived->setObjectName(QStringLiteral("showArchived"));
    m_open->setObjectName(QStringLiteral("openCampaign"));
    m_duplicate->setObjectName(QStringLiteral("duplicateCampaign"));
    m_archive->setObjectName(QStringLiteral("archiveCampaign"));
    m_delete->setObjectName(QStringLiteral("deleteCampaign"));
    m_activity = new QPushButton(m_listPane);
    m_activity->setObjectName(QStringLiteral("campaignActivity"));
    for (QToolButton *toggle : {m_listToggle, m_cardsToggle}) {
        toggle->setCheckable(true);
        toggle->setAutoExclusive(true);
        toggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    }
    m_listToggle->setChecked(true);
    m_new->setEnabled(false);
    m_new->setDefault(true);
    // Ctrl+N works anywhere on the page, also while the empty state shows.
    m_newAction->setObjectName(QStringLiteral("newCampaignAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_newAction->setEnabled(false);
    addAction(m_newAction);

    // The raw values under SortRole sort dates as dates and money as numbers;
    // archived campaigns are filtered out on ArchivedRole ("true"/"false").
    m_sorted->setSortRole(CampaignListModel::SortRole);
    m_sorted->setFilterRole(CampaignListModel::ArchivedRole);
    m_sorted->setFilterFixedString(QStringLiteral("false"));
    m_sorted->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("campaignTable"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CampaignListModel::StartColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    // Tab leaves the table instead of walking its cells; arrows move rows.
    m_table->setTabKeyNavigation(false);

    m_cards->setObjectName(QStringLiteral("campaignCards"));
    m_cards->setModel(m_sorted);
    m_cards->setModelColumn(CampaignListModel::NameColumn);
    m_cards->setSelectionModel(m_table->selectionModel()); // one selection for both views
    m_cards->setViewMode(QListView::IconMode);
    m_cards->setFlow(QListView::LeftToRight);
    m_cards->setWrapping(true);
    m_cards->setResizeMode(QListView::Adjust);
    m_cards->setMovement(QListView::Static);
    m_cards->setUniformItemSizes(true);
    m_cards->setSpacing(4);
    m_cards->setItemDelegate(new CampaignCardDelegate(m_cards));
    m_views->addWidget(m_table);
    m_views->addWidget(m_cards);

    m_loadError->setObjectName(QStringLiteral("campaignLoadError"));
    m_loadError->setWordWrap(true);
    m_loadError->setStyleSheet(QStringLiteral("color: #B91C1C;"));
    m_loadError->hide();

    auto *header = new QHBoxLayout;
    header->setContentsMargins(24, 20, 24, 0);
    header->addWidget(m_heading, 1);
    header->addWidget(m_showArchived);
    header->addWidget(m_listToggle);
    header->addWidget(m_cardsToggle);
    header->addWidget(m_refresh);
    header->addWidget(m_new);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_open);
    actions->addWidget(m_duplicate);
    actions->addWidget(m_archive);
    actions->addWidget(m_delete);
    actions->addWidget(m_activity);
    actions->addStretch(1);
    auto *listLayout = new QVBoxLayout(m_listPane);
    listLayout->setContentsMargins(24, 8, 24, 20);
    listLayout->addLayout(actions);
    listLayout->addWidget(m_views, 1);

    auto *emptyScroll = new QScrollArea(this);
    emptyScroll->setWidgetResizable(true);
    emptyScroll->setFrameShape(QFrame::NoFrame);
    emptyScroll->setWidget(m_empty);
    m_emptyPane = emptyScroll;
    m_stack->addWidget(m_emptyPane);
    m_stack->addWidget(m_listPane);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_loadError);
    layout->addWidget(m_stack, 1);

    connect(m_refresh, &QPushButton::clicked, this, &CampaignsPage::refresh);
    connect(m_new, &QPushButton::clicked, this, &CampaignsPage::openWizard);
    connect(m_newAction, &QAction::triggered, this, &CampaignsPage::openWizard);
    connect(m_empty, &EmptyState::actionTriggered, this, [this] {
        if (canWrite())
            openWizard();
        else
            refresh();
    });
    connect(m_listToggle, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            setViewMode(ViewMode::List);
    });
    connect(m_cardsToggle, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            setViewMode(ViewMode::Cards);
    });
    connect(m_showArchived, &QCheckBox::toggled, this, &CampaignsPage::setShowArchived);
    connect(m_open, &QPushButton::clicked, this, &CampaignsPage::openSelected);
    connect(m_duplicate, &QPushButton::clicked, this, &CampaignsPage::duplicateSelected);
    connect(m_archive, &QPushButton::clicked, this, &CampaignsPage::archiveSelected);
    connect(m_delete, &QPushButton::clicked, this, &CampaignsPage::deleteSelected);
    connect(m_activity, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedCampaignId())
            Q_EMIT activityRequested(id);
    });
    connect(m_table, &QTableView::doubleClicked, this, &CampaignsPage::openSelected);
    connect(m_cards, &QListView::doubleClicked, this, &CampaignsPage::openSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CampaignsPage::updateActions);
    if (m_model) {
        connect(m_model, &CampaignListModel::reloaded, this, &CampaignsPage::onReloaded);
        // Rows may also change without a reload (a later screen edits one).
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &CampaignsPage::updateView);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &CampaignsPage::updateView);
        connect(m_model, &QAbstractItemModel::modelReset, this, &CampaignsPage::updateView);
    } else {
        m_empty->setIllustration(QStringLiteral(":/icons/empty-error.svg"));
        for (QWidget *w : std::initializer_list<QWidget *>{m_refresh, m_new, m_listToggle, m_cardsToggle, m_showArchived})
            w->hide();
    }
    retranslateUi();
    updateView();
}

CampaignsPage::~CampaignsPage()
{
    m_resourcesLoad.waitForFinished();
}

void CampaignsPage::setStore(const Database *database, const Clock &clock, const QString &dataDir)
{
    m_database = database;
    m_clock = &clock;
    m_dataDir = dataDir;
    if (canWrite() && !m_resourcesLoad.isRunning() && !m_resourcesLoad.future().isValid()) {
        // The parser's and planner's tables take a moment to read: do it
        // now, on a worker, so the wizard opens at once later.
        m_resourcesLoad.setFuture(QtConcurrent::run([] {
            QString error;
            auto resources = PlanningResources::load(&error);
            if (!resources)
                qWarning("planning tables not loaded: %s", qUtf8Printable(error));
            return resources;
        }));
    }
    m_new->setEnabled(canWrite());
    m_newAction->setEnabled(canWrite());
    retranslateUi();
    updateActions();
}

bool CampaignsPage::canWrite() const
{
    return m_model && m_database && m_clock && !m_database->isReadOnly() && m_database->isOpen();
}

void CampaignsPage::refresh()
{
    if (m_model)
        m_model->reload(); // onReloaded() reports the outcome
}

int CampaignsPage::campaignCount() const
{
    return m_model ? m_model->rowCount() : 0;
}

int CampaignsPage::visibleCount() const
{
    return m_sorted->rowCount();
}

bool CampaignsPage::showsEmptyState() const
{
    return m_stack->currentWidget() == m_emptyPane;
}

CampaignsPage::ViewMode CampaignsPage::viewMode() const
{
    return m_views->currentWidget() == m_cards ? ViewMode::Cards : ViewMode::List;
}

void CampaignsPage::setViewMode(ViewMode mode)
{
    m_views->setCurrentWidget(mode == ViewMode::Cards ? static_cast<QWidget *>(m_cards) : m_table);
    (mode == ViewMode::Cards ? m_cardsToggle : m_listToggle)->setChecked(true);
}

void CampaignsPage::setShowArchived(bool show)
{
    if (m_showArchived->isChecked() != show)
        m_showArchived->setChecked(show); // comes back here through toggled()
    m_sorted->setFilterFixedString(show ? QString() : QStringLiteral("false"));
    updateView();
}

qint64 CampaignsPage::selectedCampaignId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(CampaignListModel::CampaignIdRole).toLongLong();
}

bool CampaignsPage::selectCampaign(qint64 id)
{
    for (int row = 0; row < m_sorted->rowCount(); ++row) {
        const QModelIndex index = m_sorted->index(row, 0);
        if (index.data(CampaignListModel::CampaignIdRole).toLongLong() == id) {
            m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
            m_table->scrollTo(index);
            return true;
        }
    }
    return false;
}

CampaignWizard *CampaignsPage::openWizard()
{
    if (!canWrite())
        return nullptr;
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    // Started in setStore(); usually long finished. If not, the short rest
    // of the read is waited for (no event loop runs meanwhile).
    m_resourcesLoad.waitForFinished();
    const auto resources = m_resourcesLoad.future().isValid() ? m_resourcesLoad.result() : nullptr;
    const WizardServices services{*m_database, *m_clock, DataPaths::resolve(m_dataDir).assetsDir(), resources,
                                  resources ? QString() : tr("The planning tables could not be read; reinstall CampaignForge.")};
    m_wizard = new CampaignWizard(services, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &CampaignWizard::campaignCreated, this, [this](qint64 id) {
        reloadAndSelect(id);
        Q_EMIT campaignCreated(id);
    });
    connect(m_wizard, &CampaignWizard::draftKept, this, &CampaignsPage::reloadAndSelect);
    connect(m_wizard, &QObject::destroyed, this, [this] { m_wizard = nullptr; });
    m_wizard->open();
    return m_wizard;
}

void CampaignsPage::reloadAndSelect(qint64 id)
{
    refresh();
    selectCampaign(id);
}

void CampaignsPage::openSelected()
{
    if (const qint64 id = selectedCampaignId())
        Q_EMIT openRequested(id);
}

qint64 CampaignsPage::duplicateSelected()
{
    const qint64 id = selectedCampaignId();
    if (!id || !canWrite())
        return 0;
    // A single campaign with its items: small enough for the GUI thread.
    const CampaignTransfer transfer(*m_database);
    const auto loaded = transfer.load(id);
    if (!loaded) {
        showProblem(tr("The campaign could not be duplicated: %1").arg(loaded.error().message));
        return 0;
    }
    CampaignBundle bundle = loaded.value();
    const QDateTime now = m_clock->nowUtc();
    Campaign &campaign = bundle.campaign;
    campaign.name = tr("%1 (copy)").arg(campaign.name);
    campaign.status = CampaignStatus::Draft;
    campaign.actual = {};
    campaign.createdAt = campaign.updatedAt = now;
    // The copy starts over: nothing approved, nothing published.
    for (ContentItem &item : bundle.content) {
        item.approval = ApprovalState::Pending;
        item.publishState = PublishState::Draft;
        item.externalId.clear();
        item.permalink.clear();
        item.createdAt = item.updatedAt = now;
    }
    const auto copy = transfer.insert(bundle);
    if (!copy) {
        showProblem(tr("The campaign could not be duplicated: %1").arg(copy.error().message));
        return 0;
    }
    reloadAndSelect(*copy);
    return *copy;
}

bool CampaignsPage::archiveSelected()
{
    const qint64 id = selectedCampaignId();
    if (!id || !canWrite())
        return false;
    const int row = m_model->rowOf(id);
    const bool archived = m_model->campaign(row).status == CampaignStatus::Archived;
    // Archiving an archived campaign brings it back as a draft.
    const StoreStatus s = CampaignRepository(*m_database)
                              .setStatus(id, archived ? CampaignStatus::Draft : CampaignStatus::Archived, m_clock->nowUtc());
    if (s.isError()) {
        showProblem(tr("The campaign could not be archived: %1").arg(s.message));
        return false;
    }
    reloadAndSelect(id);
    return true;
}

void CampaignsPage::deleteSelected()
{
    const qint64 id = selectedCampaignId();
    if (!id || !canWrite())
        return;
    const QString name = m_model->campaign(m_model->rowOf(id)).name;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete campaign"),
                                tr("Delete the campaign \"%1\" with all its content? This cannot be undone.").arg(name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteConfirmation"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->button(QMessageBox::Yes)->setText(tr("Delete"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, id, box] {
        if (box->clickedButton() != box->button(QMessageBox::Yes))
            return;
        if (const StoreStatus s = CampaignRepository(*m_database).remove(id); s.isError()) {
            showProblem(tr("The campaign could not be deleted: %1").arg(s.message));
            return;
        }
        refresh();
    });
    box->open(); // no nested event loop
}

void CampaignsPage::showProblem(const QString &message)
{
    m_loadError->setText(message);
    m_loadError->show();
}

void CampaignsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CampaignsPage::retranslateUi()
{
    m_heading->setText(tr("Campaigns"));
    m_new->setText(tr("&New campaign"));
    m_new->setToolTip(tr("Start a campaign from one sentence (Ctrl+N)."));
    m_newAction->setText(tr("New campaign"));
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setToolTip(tr("Read the campaign list again, for example after importing a campaign."));
    m_listToggle->setText(tr("List"));
    m_listToggle->setToolTip(tr("Show the campaigns as a table"));
    m_cardsToggle->setText(tr("Cards"));
    m_cardsToggle->setToolTip(tr("Show the campaigns as cards"));
    m_showArchived->setText(tr("Show archived"));
    m_open->setText(tr("&Open"));
    m_open->setToolTip(tr("Review the campaign's content"));
    m_duplicate->setText(tr("D&uplicate"));
    m_duplicate->setToolTip(tr("Make a draft copy of the campaign and its content"));
    m_delete->setText(tr("&Delete…"));
    m_activity->setText(tr("Automation ac&tivity…"));
    m_activity->setToolTip(tr("What the automation did for this campaign, with undo, and the optimiser's limits"));
    updateActions();
    if (!m_model) {
        m_empty->setTitle(tr("Campaigns cannot be shown"));
        m_empty->setExplanation(m_unavailableReason);
        m_empty->setDetail(tr("CampaignForge has not changed or deleted the file. Once the problem is solved, "
                              "restart CampaignForge to see your campaigns again."));
        m_empty->setActionText(QString());
        return;
    }
    m_empty->setTitle(tr("No campaigns yet"));
    m_empty->setExplanation(
        tr("Your campaigns will be listed here with their status, dates, budget, platforms and next scheduled "
           "post. A campaign starts from one sentence, for example: \"Instagram and TikTok campaign for "
           "Ramadan sale with 1000 SAR budget targeting women 25-40 in Riyadh\"."));
    if (canWrite()) {
        m_empty->setDetail(tr("Press New campaign (Ctrl+N) and write what you want in English or Arabic."));
        m_empty->setActionText(tr("New campaign"));
    } else {
        m_empty->setDetail(tr("To add one now, import a campaign file with \"campaignforge-cli campaign import FILE\", "
                              "then refresh this list."));
        m_empty->setActionText(tr("Refresh list"));
    }
}

void CampaignsPage::onReloaded(bool ok)
{
    if (ok) {
        m_loadError->hide();
    } else {
        showProblem(tr("The campaign list could not be read: %1").arg(m_model->lastError().message));
    }
    updateView();
}

void CampaignsPage::updateActions()
{
    const qint64 id = selectedCampaignId();
    const bool writable = canWrite();
    m_open->setEnabled(id != 0);
    m_duplicate->setEnabled(id != 0 && writable);
    m_archive->setEnabled(id != 0 && writable);
    m_delete->setEnabled(id != 0 && writable);
    m_activity->setEnabled(id != 0 && m_database);
    const bool archived = id && m_model && m_model->campaign(m_model->rowOf(id)).status == CampaignStatus::Archived;
    m_archive->setText(archived ? tr("Un&archive") : tr("&Archive"));
    m_archive->setToolTip(archived ? tr("Bring the campaign back as a draft")
                                   : tr("Hide the campaign from the list without deleting it"));
}

void CampaignsPage::updateView()
{
    const int count = campaignCount();
    m_stack->setCurrentWidget(count > 0 ? m_listPane : m_emptyPane);
    if (count > 0)
        m_table->resizeColumnsToContents();
    updateActions();
    Q_EMIT campaignCountChanged(count);
}

} // namespace cf
