#include "ui/pages/CampaignsPage.h"

#include "models/itemmodels/CampaignListModel.h"
#include "ui/widgets/EmptyState.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cf {

CampaignsPage::CampaignsPage(CampaignListModel *model, const QString &unavailableReason, QWidget *parent)
    : QWidget(parent),
      m_model(model),
      m_unavailableReason(unavailableReason),
      m_sorted(new QSortFilterProxyModel(this)),
      m_stack(new QStackedWidget(this)),
      m_empty(new EmptyState(QStringLiteral(":/icons/empty-campaigns.svg"), this)),
      m_listPane(new QWidget(this)),
      m_heading(new QLabel(m_listPane)),
      m_refresh(new QPushButton(m_listPane)),
      m_table(new QTableView(m_listPane)),
      m_loadError(new QLabel(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_refresh->setObjectName(QStringLiteral("refreshCampaigns"));
    m_refresh->setIcon(QIcon(QStringLiteral(":/icons/action-refresh.svg")));

    // The raw values under SortRole sort dates as dates and money as numbers.
    m_sorted->setSortRole(CampaignListModel::SortRole);
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

    m_loadError->setObjectName(QStringLiteral("campaignLoadError"));
    m_loadError->setWordWrap(true);
    m_loadError->setStyleSheet(QStringLiteral("color: #B91C1C;"));
    m_loadError->hide();

    auto *header = new QHBoxLayout;
    header->addWidget(m_heading, 1);
    header->addWidget(m_refresh);
    auto *listLayout = new QVBoxLayout(m_listPane);
    listLayout->setContentsMargins(24, 20, 24, 20);
    listLayout->addLayout(header);
    listLayout->addWidget(m_table, 1);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_listPane);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_loadError);
    layout->addWidget(m_stack, 1);

    connect(m_refresh, &QPushButton::clicked, this, &CampaignsPage::refresh);
    connect(m_empty, &EmptyState::actionTriggered, this, &CampaignsPage::refresh);
    if (m_model) {
        connect(m_model, &CampaignListModel::reloaded, this, &CampaignsPage::onReloaded);
        // Rows may also change without a reload (a later screen edits one).
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &CampaignsPage::updateView);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &CampaignsPage::updateView);
        connect(m_model, &QAbstractItemModel::modelReset, this, &CampaignsPage::updateView);
    } else {
        m_empty->setIllustration(QStringLiteral(":/icons/empty-error.svg"));
    }
    retranslateUi();
    updateView();
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

bool CampaignsPage::showsEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
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
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setToolTip(tr("Read the campaign list again, for example after importing a campaign."));
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
    m_empty->setDetail(tr("To add one now, import a campaign file with \"campaignforge-cli campaign import FILE\", "
                          "then refresh this list."));
    m_empty->setActionText(tr("Refresh list"));
}

void CampaignsPage::onReloaded(bool ok)
{
    if (ok) {
        m_loadError->hide();
    } else {
        m_loadError->setText(tr("The campaign list could not be read: %1").arg(m_model->lastError().message));
        m_loadError->show();
    }
    updateView();
}

void CampaignsPage::updateView()
{
    const int count = campaignCount();
    m_stack->setCurrentWidget(count > 0 ? m_listPane : m_empty);
    if (count > 0)
        m_table->resizeColumnsToContents();
    Q_EMIT campaignCountChanged(count);
}

} // namespace cf
