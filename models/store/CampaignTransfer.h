#pragma once

#include "models/domain/AdSet.h"
#include "models/domain/Asset.h"
#include "models/domain/Campaign.h"
#include "models/domain/ContentItem.h"
#include "models/store/StoreError.h"

#include <QByteArray>

#include <vector>

namespace cf {
class Database;

// A whole campaign as one value: the campaign, its ad sets, its content items
// and the metadata of the assets they use. Inside a bundle, ids are keys that
// tie the parts together (content.adSetId names an adSets[].id,
// content.assetIds name assets[].id); storing a bundle gives everything new
// database ids.
struct CampaignBundle
{
    Campaign campaign;
    std::vector<AdSet> adSets;
    std::vector<ContentItem> content;
    std::vector<Asset> assets;
};

// Export and import of whole campaigns, and the one-transaction save of a new
// campaign that the planner's "save" also uses.
//
// JSON format (UTF-8, pretty-printed):
//   {"format": "campaignforge.campaign", "format_version": 1,
//    "campaign": {...}, "ad_sets": [...], "content": [...], "assets": [...]}
// with each part in its domain type's JSON shape. Import checks the marker and
// version, every cross-reference, and every enum id, and reports the first
// problem as a translated error; nothing is stored unless all of it is.
// Imported items that were queued or mid-publish come back as drafts, so an
// import can never publish anything twice.
class CampaignTransfer
{
public:
    static constexpr int kFormatVersion = 2; // 2: content items carry "copy", campaigns "product"

    explicit CampaignTransfer(const Database &database) : m_db(database) {}

    StoreResult<CampaignBundle> load(qint64 campaignId) const;
    // Stores the bundle as a new campaign, all or nothing; returns its id.
    StoreResult<qint64> insert(const CampaignBundle &bundle) const;

    StoreResult<QByteArray> exportJson(qint64 campaignId) const;
    StoreResult<qint64> importJson(const QByteArray &json) const;

    static QByteArray toJson(const CampaignBundle &bundle);
    static StoreResult<CampaignBundle> fromJson(const QByteArray &json);

private:
    StoreStatus insertInTransaction(const CampaignBundle &bundle, qint64 *campaignId) const;

    const Database &m_db;
};

} // namespace cf
