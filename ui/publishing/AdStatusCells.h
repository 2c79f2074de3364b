#pragma once

#include "app/publishing/PublishStatusReport.h"

class QTreeWidgetItem;

namespace cf {

// The paid-ads cells of a publishing status row (PublishingStatusDialog):
// the ad's delivery (paused / delivering) and what the platform's review
// said (publish_targets.platform_status as a translated name). A rejected ad
// stands out (the whole row is tinted and the review cell bold) and its
// problem cell says what to do. Organic rows get empty cells.
struct AdStatusColumns
{
    int delivery = 0;
    int review = 0;
    int problem = 0;
};

// Returns true when the row needs the owner because the platform rejected the ad.
bool fillAdStatusCells(QTreeWidgetItem *item, const TargetStatusRow &row, const AdStatusColumns &columns);

} // namespace cf
