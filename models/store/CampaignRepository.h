#pragma once

#include "models/domain/Campaign.h"
#include "models/store/StoreError.h"

#include <QDateTime>

#include <vector>

namespace cf {
class Database;

// What the campaign list shows for one campaign, read in one query: the
// campaign itself plus the earliest content item that is still to be
// published (queued or waiting for approval).
struct CampaignSummary
{
    Campaign campaign;
    QDateTime nextScheduledUtc; // invalid when nothing is waiting
    int contentCount = 0;
    int approvedCount = 0;  // items approved for publishing
    int publishedCount = 0; // items already published
};

// Campaign rows: create, read, update, delete, list. Ad sets and content items
// have their own repositories; deleting a campaign deletes them too (ON DELETE
// CASCADE). Writes are refused with Database::checkWritable()'s reason when
// the database is read-only.
class CampaignRepository
{
public:
    explicit CampaignRepository(const Database &database) : m_db(database) {}

    // Inserts the campaign and returns its new id (campaign.id is ignored).
    // A workspaceId of 0 uses the first workspace, creating a default one.
    StoreResult<qint64> insert(const Campaign &campaign) const;
    // Rewrites every field of the stored campaign with this id.
    StoreStatus update(const Campaign &campaign) const;
    StoreStatus setStatus(qint64 id, CampaignStatus status, const QDateTime &nowUtc) const;
    StoreStatus remove(qint64 id) const;

    StoreResult<Campaign> find(qint64 id) const;
    // All campaigns, newest first.
    StoreResult<std::vector<Campaign>> list() const;
    // All campaigns with list details, newest first.
    StoreResult<std::vector<CampaignSummary>> listSummaries() const;

private:
    const Database &m_db;
};

} // namespace cf
