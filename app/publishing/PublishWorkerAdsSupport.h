#pragma once

// Shared by the publishing worker's paid-ads files (PublishWorkerAds.cpp,
// PublishWorkerAdsDelivery.cpp); not a public interface.

#include "app/publishing/PublishContext.h"

#include <QDateTime>
#include <QString>

namespace cf {
class Database;
struct AdDeliveryWork;

// The ad account, the signed-in account whose grant it uses and the
// campaign, or why they could not be read (translated).
struct AdAccountRows
{
    PublishContext context; // connection, parent and campaign only
    QString error;
};
AdAccountRows loadAdAccount(const Database &db, qint64 campaignId, qint64 connectionId);

// Keys of the worker's ads backoff: one per piece of work that may fail.
QString activationKey(qint64 campaignId, qint64 connectionId);
QString budgetKey(qint64 adSetEntityId);
QString deliveryKey(const AdDeliveryWork &work);

// When the next try is, for a translated sentence (local time, short format).
QString retryTimeText(const QDateTime &utc);

} // namespace cf
