#pragma once

#include "models/domain/Asset.h"
#include "models/store/StoreError.h"

#include <vector>

namespace cf {
class Database;

// Asset metadata rows. Assets are content-addressed: one row per distinct
// sha256, whoever stores it.
class AssetRepository
{
public:
    explicit AssetRepository(const Database &database) : m_db(database) {}

    // Returns the id of the asset with this sha256, inserting it if new.
    StoreResult<qint64> insertOrFind(const Asset &asset) const;
    StoreResult<Asset> find(qint64 id) const;
    // NotFound when no asset has these bytes.
    StoreResult<Asset> findBySha256(const QString &sha256) const;
    // Every asset that a content item of the campaign refers to, by id.
    StoreResult<std::vector<Asset>> listForCampaign(qint64 campaignId) const;

private:
    StoreResult<std::vector<Asset>> select(const QString &where, const QVariantList &args) const;

    const Database &m_db;
};

} // namespace cf
