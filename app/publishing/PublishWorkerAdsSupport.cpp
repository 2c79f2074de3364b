#include "app/publishing/PublishWorkerAdsSupport.h"

#include "models/store/AdDeliveryRepository.h"
#include "models/store/CampaignRepository.h"
#include "models/store/ConnectionRepository.h"
#include "models/store/Database.h"

#include <QLocale>

namespace cf {

AdAccountRows loadAdAccount(const Database &db, qint64 campaignId, qint64 connectionId)
{
    AdAccountRows rows;
    auto connection = ConnectionRepository(db).find(connectionId);
    if (!connection) {
        rows.error = connection.error().fullText();
        return rows;
    }
    rows.context.connection = *connection;
    rows.context.parent = *connection;
    if (connection->parentId) {
        auto parent = ConnectionRepository(db).find(*connection->parentId);
        if (!parent) {
            rows.error = parent.error().fullText();
            return rows;
        }
        rows.context.parent = *parent;
    }
    auto campaign = CampaignRepository(db).find(campaignId);
    if (!campaign) {
        rows.error = campaign.error().fullText();
        return rows;
    }
    rows.context.campaign = *campaign;
    return rows;
}

QString activationKey(qint64 campaignId, qint64 connectionId)
{
    return QStringLiteral("activate:%1:%2").arg(campaignId).arg(connectionId);
}

QString budgetKey(qint64 adSetEntityId)
{
    return QStringLiteral("budget:%1").arg(adSetEntityId);
}

QString deliveryKey(const AdDeliveryWork &work)
{
    return QStringLiteral("delivery:%1:%2:%3").arg(int(work.kind)).arg(work.campaignId).arg(work.connectionId);
}

QString retryTimeText(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

} // namespace cf
