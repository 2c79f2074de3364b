#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace cf {

class CampaignListModel;
class EmptyState;

// The list of campaigns: a sortable table over CampaignListModel, an empty
// state while there are none, and an explanation instead of the list when
// the database could not be opened (model == nullptr).
class CampaignsPage : public QWidget
{
    Q_OBJECT
public:
    // model may be null: the database is unavailable and unavailableReason
    // (already translated) says why.
    CampaignsPage(CampaignListModel *model, const QString &unavailableReason, QWidget *parent = nullptr);

    // Reads the campaigns again (after an import from the command line, say).
    void refresh();

    int campaignCount() const;
    bool showsEmptyState() const;
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    void campaignCountChanged(int count);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onReloaded(bool ok);
    void updateView();

    CampaignListModel *m_model;
    QString m_unavailableReason;
    QSortFilterProxyModel *m_sorted;

    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QWidget *m_listPane;
    QLabel *m_heading;
    QPushButton *m_refresh;
    QTableView *m_table;
    QLabel *m_loadError;
};

} // namespace cf
