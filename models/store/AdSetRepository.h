#pragma once

#include "models/domain/AdSet.h"
#include "models/store/StoreError.h"

#include <vector>

namespace cf {
class Database;

// Ad set rows (Meta ad sets, TikTok ad groups, Snapchat ad squads).
class AdSetRepository
{
public:
    explicit AdSetRepository(const Database &database) : m_db(database) {}

    // Inserts and returns the new id (adSet.id is ignored).
    StoreResult<qint64> insert(const AdSet &adSet) const;
    StoreStatus update(const AdSet &adSet) const;
    StoreStatus setExternalId(qint64 id, const QString &externalId) const;
    StoreResult<AdSet> find(qint64 id) const;
    StoreResult<std::vector<AdSet>> listForCampaign(qint64 campaignId) const;

private:
    const Database &m_db;
};

} // namespace cf
