#pragma once

#include "app/workflow/PlanningResources.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QAction;
class QCheckBox;
class QLabel;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace cf {

class CampaignListModel;
class CampaignWizard;
class Clock;
class Database;
class EmptyState;

// The list of campaigns, as a sortable table or as cards (a toggle), with
// status, dates, budget, progress and the next scheduled item. Archived
// campaigns are hidden unless "Show archived" is ticked. Actions: New
// campaign (Ctrl+N, also the empty state's button) opens the wizard; Open,
// Duplicate (a draft copy with its content), Archive and Delete (after a
// confirmation naming the campaign) work on the selected campaign. Without a
// database (model == nullptr) it explains why instead.
class CampaignsPage : public QWidget
{
    Q_OBJECT
public:
    enum class ViewMode { List, Cards };

    // model may be null: the database is unavailable and unavailableReason
    // (already translated) says why.
    CampaignsPage(CampaignListModel *model, const QString &unavailableReason, QWidget *parent = nullptr);
    ~CampaignsPage() override;

    // Enables the actions that write: the wizard and duplicate, archive and
    // delete. database may be null (nothing can be written); all must outlive
    // the page. Starts loading the planning tables on a worker.
    void setStore(const Database *database, const Clock &clock, const QString &dataDir);

    // Reads the campaigns again (after an import from the command line, say).
    void refresh();

    int campaignCount() const;
    bool showsEmptyState() const;
    QTableView *table() const { return m_table; }
    QListView *cards() const { return m_cards; }
    ViewMode viewMode() const;
    void setViewMode(ViewMode mode);
    void setShowArchived(bool show);
    // Number of campaigns the current filter shows.
    int visibleCount() const;

    // The selected campaign's id, or 0.
    qint64 selectedCampaignId() const;
    bool selectCampaign(qint64 id);

    // Opens the campaign wizard (non-modal for the app, modal for this window).
    CampaignWizard *openWizard();
    CampaignWizard *wizard() const { return m_wizard; }

    // The actions on the selected campaign; the delete asks first.
    void openSelected();
    qint64 duplicateSelected();
    bool archiveSelected();
    void deleteSelected();

Q_SIGNALS:
    void campaignCountChanged(int count);
    // Open the campaign (the window shows it in Review).
    void openRequested(qint64 campaignId);
    // The wizard finished a campaign.
    void campaignCreated(qint64 campaignId);
    // Show what the automation did for the campaign (Automation activity dialog).
    void activityRequested(qint64 campaignId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onReloaded(bool ok);
    void updateView();
    void updateActions();
    void showProblem(const QString &message);
    void reloadAndSelect(qint64 id);
    bool canWrite() const;

    CampaignListModel *m_model;
    QString m_unavailableReason;
    QSortFilterProxyModel *m_sorted;
    const Database *m_database = nullptr;
    const Clock *m_clock = nullptr;
    QString m_dataDir;
    QFutureWatcher<std::shared_ptr<const PlanningResources>> m_resourcesLoad;
    QString m_resourcesError;
    CampaignWizard *m_wizard = nullptr;

    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QWidget *m_emptyPane; // scrolls, so long texts in any language never force the window taller
    QWidget *m_listPane;
    QLabel *m_heading;
    QPushButton *m_new;
    QPushButton *m_refresh;
    QToolButton *m_listToggle;
    QToolButton *m_cardsToggle;
    QCheckBox *m_showArchived;
    QPushButton *m_open;
    QPushButton *m_duplicate;
    QPushButton *m_archive;
    QPushButton *m_delete;
    QPushButton *m_activity = nullptr;
    QStackedWidget *m_views;
    QTableView *m_table;
    QListView *m_cards;
    QLabel *m_loadError;
    QAction *m_newAction;
};

} // namespace cf
