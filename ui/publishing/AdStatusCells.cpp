#include "ui/publishing/AdStatusCells.h"

#include "app/publishing/AdReview.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QTreeWidgetItem>

namespace cf {

bool fillAdStatusCells(QTreeWidgetItem *item, const TargetStatusRow &row, const AdStatusColumns &columns)
{
    const PublishTarget &t = row.target;
    // Only an ad that exists on the platform has a delivery or a review.
    if (!row.isAd || t.externalId.isEmpty()
        || (t.state != TargetState::Published && t.state != TargetState::Cancelled))
        return false;
    // The raw column: "" (created paused, not switched on yet) differs from "paused".
    item->setText(columns.delivery, adDeliveryDisplayName(t.adDelivery));
    const AdReview review = adReviewFor(t.platform, t.platformStatus);
    item->setText(columns.review, adReviewDisplayName(review, t.platformStatus));
    item->setToolTip(columns.review, t.platformStatus);
    if (review != AdReview::Rejected || t.state == TargetState::Cancelled)
        return false;
    // The same warm red as the other "needs you" marks, readable in both themes' light rows.
    const QBrush background(QColor(0xFE, 0xE2, 0xE2));
    const QBrush foreground(QColor(0x99, 0x1B, 0x1B));
    for (int column = 0; column < item->columnCount(); ++column) {
        item->setBackground(column, background);
        item->setForeground(column, foreground);
    }
    QFont bold = item->font(columns.review);
    bold.setBold(true);
    item->setFont(columns.review, bold);
    const QString action = adReviewAction(review, t.platform);
    item->setText(columns.problem, action);
    item->setToolTip(columns.problem, action);
    return true;
}

} // namespace cf
