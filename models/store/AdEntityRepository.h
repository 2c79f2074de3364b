#pragma once

#include "models/domain/AdEntity.h"
#include "models/store/StoreError.h"

#include <optional>
#include <vector>

namespace cf {
class Database;

// An ad set entity whose local budget (ad_sets) differs from the one last
// pushed to the platform.
struct PendingBudgetPush
{
    AdEntity entity;
    Budget localBudget;
};

// Published ads of one campaign on one ad account that wait for delivery to
// be switched on, because no other ad of that (campaign, account) is still
// on its way.
struct AdActivationGroup
{
    qint64 campaignId = 0;
    qint64 connectionId = 0;
    std::vector<qint64> adTargetIds;     // publish_targets rows of the ads
    std::vector<QString> adExternalIds;  // in the same order
};

// ad_entities rows (schema v5): the campaign and ad set levels of paid ads
// shared by several ads on one ad account. The publishing worker writes an
// entity the moment the adapter reports it (in the same transaction as the
// target's checkpoint) and pre-fills it into the next ad's request, so a
// platform holds one campaign and one ad set, never two.
class AdEntityRepository
{
public:
    explicit AdEntityRepository(const Database &database) : m_db(database) {}

    StoreResult<std::optional<AdEntity>> find(const AdEntityKey &key) const;
    // Every entity of a campaign on one ad account (campaign level first).
    StoreResult<std::vector<AdEntity>> listFor(qint64 campaignId, qint64 connectionId) const;
    StoreResult<std::vector<AdEntity>> listForCampaign(qint64 campaignId) const;

    // Stores the entity's external id, creating the row if needed (delivery
    // paused). createdWith is the budget the ad set was created with; it is
    // recorded as pushed only when the row is new. For the ad set level
    // ad_sets.external_id is set too. Returns the row id.
    StoreResult<qint64> upsertExternalId(const AdEntityKey &key, Platform platform, const QString &externalId,
                                         const std::optional<PushedBudget> &createdWith, const QDateTime &nowUtc) const;
    StoreStatus recordPushedBudget(qint64 entityId, const PushedBudget &budget, const QDateTime &nowUtc) const;

    // Ad set entities whose ad_sets budget (amount or period) differs from
    // the pushed one (or that have none recorded).
    StoreResult<std::vector<PendingBudgetPush>> pendingBudgetPushes() const;

    // Groups of published ads never switched on (publish_targets.ad_delivery
    // = '') whose (campaign, ad account) has no ad target that is still
    // scheduled, claimed, sending, failed_retryable or unknown.
    StoreResult<std::vector<AdActivationGroup>> activationDue() const;
    // In one transaction: every entity of (campaign, ad account) and the
    // given ad targets get `delivery`.
    StoreStatus markDelivered(qint64 campaignId, qint64 connectionId, const std::vector<qint64> &adTargetIds,
                              AdDelivery delivery, const QDateTime &nowUtc) const;

private:
    StoreResult<std::vector<AdEntity>> select(const QString &where, const QVariantList &args) const;

    const Database &m_db;
};

} // namespace cf
