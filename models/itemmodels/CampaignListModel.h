#pragma once

#include "models/store/CampaignRepository.h"

#include <QAbstractTableModel>

#include <vector>

namespace cf {

// The campaign list for the Campaigns page: one row per campaign. reload()
// reads everything once through the repository; data() only formats what is
// in memory, so no SQL runs while the view paints.
//
// Qt::DisplayRole gives translated, locale-formatted text; Qt::UserRole gives
// the raw value to sort by (QString, int rank, QDate, qint64 minor units,
// QDateTime); CampaignIdRole gives the campaign id on every column, and the
// other roles give the raw facts the card view draws, also on every column.
class CampaignListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        StatusColumn,
        StartColumn,
        EndColumn,
        BudgetColumn,
        PlatformsColumn,
        ProgressColumn,
        NextItemColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole,
        CampaignIdRole,
        StatusRole,         // int(CampaignStatus)
        ArchivedRole,       // bool
        ItemCountRole,      // int
        ApprovedCountRole,  // int
        PublishedCountRole, // int
    };

    // repository may be null (no database): the model then stays empty.
    explicit CampaignListModel(const CampaignRepository *repository, QObject *parent = nullptr);

    void setRepository(const CampaignRepository *repository);
    // Reads all campaigns again. Returns false and keeps the old rows when the
    // read fails; lastError() says why.
    bool reload();
    const StoreError &lastError() const { return m_lastError; }

    qint64 campaignId(int row) const;
    // The row showing that campaign, or -1.
    int rowOf(qint64 campaignId) const;
    // The campaign shown in a row (default-constructed for a bad row).
    Campaign campaign(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // Emitted after every reload(), successful or not.
    void reloaded(bool ok);

private:
    QVariant displayText(const CampaignSummary &row, int column) const;
    QVariant sortValue(const CampaignSummary &row, int column) const;

    const CampaignRepository *m_repository = nullptr;
    std::vector<CampaignSummary> m_rows;
    StoreError m_lastError;
};

} // namespace cf
