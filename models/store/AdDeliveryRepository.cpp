#include "models/store/AdDeliveryRepository.h"

#include "models/domain/AuditEntry.h"
#include "models/domain/Campaign.h"
#include "models/domain/PublishTarget.h"
#include "models/store/AdEntityRepository.h"
#include "models/store/AuditRepository.h"
#include "models/store/Database.h"
#include "models/store/RowSupport.h"

#include <map>

namespace cf {

namespace {

const QString kPausedAction = QStringLiteral("ads_paused");
const QString kResumedAction = QStringLiteral("ads_resumed");

struct AdRow
{
    qint64 targetId = 0;
    QString state;
    QString externalId;
    QString delivery;
};

StoreResult<std::vector<AdRow>> adsOf(const Database &db, qint64 campaignId, qint64 connectionId)
{
    QSqlQuery q(db.handle());
    q.setForwardOnly(true);
    if (StoreStatus s = sql::exec(q,
                                  QStringLiteral("SELECT t.id, t.state, t.external_id, t.ad_delivery FROM publish_targets t"
                                                 " JOIN campaign_content c ON c.id = t.content_id"
                                                 " WHERE c.ad_set_id IS NOT NULL AND c.campaign_id = ? AND t.connection_id = ?"
                                                 " ORDER BY t.id"),
                                  {campaignId, connectionId});
        s.isError())
        return s;
    std::vector<AdRow> rows;
    while (q.next())
        rows.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return rows;
}

bool statusMayDeliver(const QString &status)
{
    return status != enumId(CampaignStatus::Paused) && status != enumId(CampaignStatus::Cancelled)
           && status != enumId(CampaignStatus::Archived);
}

} // namespace

StoreStatus AdDeliveryRepository::recordOwnerWish(qint64 campaignId, bool paused, const QDateTime &nowUtc) const
{
    AuditEntry entry;
    entry.actor = AuditActor::User;
    entry.action = paused ? kPausedAction : kResumedAction;
    entry.entityType = QStringLiteral("campaign");
    entry.entityId = campaignId;
    entry.at = nowUtc;
    auto stored = AuditRepository(m_db).append(entry);
    return stored ? StoreStatus{} : stored.error();
}

StoreResult<bool> AdDeliveryRepository::pausedByOwner(qint64 campaignId) const
{
    if (StoreStatus r = m_db.checkReadable(); r.isError())
        return r;
    QSqlQuery q(m_db.handle());
    q.setForwardOnly(true);
    // Ids grow with every append, so the highest is the newest wish even
    // when two share a timestamp.
    if (StoreStatus s = sql::exec(q,
                                  QStringLiteral("SELECT action FROM audit_log WHERE entity_type = 'campaign' AND entity_id = ?"
                                                 " AND action IN (?, ?) ORDER BY id DESC LIMIT 1"),
                                  {campaignId, kPausedAction, kResumedAction});
        s.isError())
        return s;
    return q.next() && q.value(0).toString() == kPausedAction;
}

StoreResult<std::vector<AdDeliveryWork>> AdDeliveryRepository::workDue() const
{
    if (StoreStatus r = m_db.checkReadable(); r.isError())
        return r;
    QSqlQuery q(m_db.handle());
    q.setForwardOnly(true);
    if (StoreStatus s = sql::exec(q,
                                  QStringLiteral("SELECT DISTINCT e.campaign_id, e.connection_id, k.status FROM ad_entities e"
                                                 " JOIN campaigns k ON k.id = e.campaign_id"
                                                 " ORDER BY e.campaign_id, e.connection_id"));
        s.isError())
        return s;
    struct Group
    {
        qint64 campaignId;
        qint64 connectionId;
        QString status;
    };
    std::vector<Group> groups;
    while (q.next())
        groups.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()});

    std::map<qint64, bool> ownerPaused;
    std::vector<AdDeliveryWork> work;
    for (const Group &g : groups) {
        if (!ownerPaused.count(g.campaignId)) {
            auto paused = pausedByOwner(g.campaignId);
            if (!paused)
                return paused.error();
            ownerPaused[g.campaignId] = *paused;
        }
        const bool mayDeliver = statusMayDeliver(g.status) && !ownerPaused[g.campaignId];
        auto entities = AdEntityRepository(m_db).listFor(g.campaignId, g.connectionId);
        if (!entities)
            return entities.error();
        auto ads = adsOf(m_db, g.campaignId, g.connectionId);
        if (!ads)
            return ads.error();

        AdDeliveryWork hierarchy;
        hierarchy.campaignId = g.campaignId;
        hierarchy.connectionId = g.connectionId;
        bool entityActive = false;
        for (const AdEntity &e : *entities) {
            entityActive = entityActive || e.delivery == AdDelivery::Active;
            if (e.level() == AdEntityLevel::Campaign)
                hierarchy.campaignExternalId = e.externalId;
            else
                hierarchy.adSetExternalIds.push_back(e.externalId);
        }
        const QString active = enumId(AdDelivery::Active);
        const QString paused = enumId(AdDelivery::Paused);
        if (!mayDeliver) {
            hierarchy.kind = AdDeliveryWork::Kind::PauseCampaign;
            for (const AdRow &ad : *ads) {
                if (ad.delivery == active && !ad.externalId.isEmpty()) {
                    hierarchy.adTargetIds.push_back(ad.targetId);
                    hierarchy.adExternalIds.push_back(ad.externalId);
                }
            }
            if (entityActive || !hierarchy.adTargetIds.empty())
                work.push_back(std::move(hierarchy));
            continue;
        }
        AdDeliveryWork cancelled = hierarchy;
        cancelled.kind = AdDeliveryWork::Kind::PauseAds;
        cancelled.campaignExternalId.clear();
        cancelled.adSetExternalIds.clear();
        hierarchy.kind = AdDeliveryWork::Kind::ResumeCampaign;
        for (const AdRow &ad : *ads) {
            if (ad.externalId.isEmpty())
                continue;
            AdDeliveryWork *into = nullptr;
            if (ad.state == enumId(TargetState::Cancelled) && ad.delivery == active)
                into = &cancelled;
            else if (ad.state == enumId(TargetState::Published) && ad.delivery == paused)
                into = &hierarchy;
            if (into) {
                into->adTargetIds.push_back(ad.targetId);
                into->adExternalIds.push_back(ad.externalId);
            }
        }
        // Pausing the cancelled ones first keeps them from starting again
        // with the rest.
        if (!cancelled.adTargetIds.empty())
            work.push_back(std::move(cancelled));
        if (!hierarchy.adTargetIds.empty())
            work.push_back(std::move(hierarchy));
    }
    return work;
}

StoreStatus AdDeliveryRepository::markAds(const std::vector<qint64> &adTargetIds, AdDelivery delivery,
                                          const QDateTime &nowUtc) const
{
    if (StoreStatus w = m_db.checkWritable(); w.isError())
        return w;
    return sql::inTransaction(m_db.handle(), [&]() -> StoreStatus {
        for (qint64 targetId : adTargetIds) {
            QSqlQuery t(m_db.handle());
            if (StoreStatus s = sql::exec(t,
                                          QStringLiteral("UPDATE publish_targets SET ad_delivery = ?, updated_at = ? WHERE id = ?"),
                                          {enumId(delivery), sql::instantValue(nowUtc), targetId});
                s.isError())
                return s;
        }
        return {};
    });
}

} // namespace cf
