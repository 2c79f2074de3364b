#pragma once

#include "app/review/ReviewQueue.h"

#include <QTreeWidget>

namespace cf {

// The review queue: items grouped by day (in the campaign's time zone) and
// then by platform, each row showing time, content type, approval state and
// headline. Several rows can be selected for bulk approval.
class ReviewQueueTree : public QTreeWidget
{
    Q_OBJECT
public:
    static constexpr int kItemIdRole = Qt::UserRole + 1;

    explicit ReviewQueueTree(QWidget *parent = nullptr);

    // Rebuilds the tree from the snapshot's items that pass the filters
    // (campaignId 0 = all; approval unset = all), keeping the selection.
    void populate(const ReviewQueueSnapshot &snapshot, qint64 campaignId, std::optional<ApprovalState> approval);
    // Rewrites one row after a change, without rebuilding.
    void updateItem(const ContentItem &item);
    bool selectItem(qint64 itemId);
    qint64 currentItemId() const;
    std::vector<qint64> selectedItemIds() const;
    int itemCount() const { return m_count; }

private:
    QTreeWidgetItem *findRow(qint64 itemId) const;
    static QString rowText(const ContentItem &item, const QString &timeZone);

    std::map<qint64, QString> m_timeZones; // campaign id -> IANA id
    int m_count = 0;
};

} // namespace cf
