#pragma once

#include "models/domain/PublishTarget.h"
#include "models/store/StoreError.h"

#include <QDateTime>
#include <QString>

#include <nlohmann/json_fwd.hpp>

#include <vector>

namespace cf {
class Database;

// One line of the publishing queue: a target with what a person needs to
// recognise it (campaign, account, scheduled time).
struct TargetStatusRow
{
    PublishTarget target;
    qint64 campaignId = 0;
    QString campaignName;
    QString accountName;
    QDateTime scheduledUtc;
    bool isAd = false; // the item belongs to an ad set
    // Ads only: "paused" or "active" once the ad exists on the platform
    // (created paused, switched on with the rest of its campaign); empty
    // before that and for organic posts.
    QString adDelivery;
};

// The queue and each target's state, for `campaignforge-cli status` and
// the GUI's publishing view.
StoreResult<std::vector<TargetStatusRow>> loadPublishStatus(const Database &db);
// How many targets wait (scheduled, claimed, sending, failed_retryable) and
// how many need the owner (failed_permanent, unknown): one grouped query,
// cheap enough for the GUI thread after every publishing pass (the full
// status above joins every target's rows and costs hundreds of ms with a
// thousand targets; see bench/README.md, publish).
struct PublishQueueCounts
{
    int waiting = 0;
    int attention = 0;
};
StoreResult<PublishQueueCounts> countPublishQueue(const Database &db);
// {"targets": [...], "counts": {"published": 3, ...}, "attention": N}
nlohmann::json publishStatusJson(const std::vector<TargetStatusRow> &rows);
// A translated table, one target per line, then the counts.
QString publishStatusText(const std::vector<TargetStatusRow> &rows);

} // namespace cf
