#pragma once

#include "models/domain/ContentItem.h"
#include "models/store/StoreError.h"

#include <QDateTime>

#include <vector>

namespace cf {
class Database;

// Content item rows (the campaign_content table) and their ordered asset
// links (content_assets).
class ContentRepository
{
public:
    explicit ContentRepository(const Database &database) : m_db(database) {}

    // Inserts one item with its asset links; returns the new id.
    StoreResult<qint64> insert(const ContentItem &item) const;
    // Inserts many items in one transaction (all or nothing) with one prepared
    // statement; returns the new ids in input order. This is the fast path for
    // saving a whole plan.
    StoreResult<std::vector<qint64>> insertAll(const std::vector<ContentItem> &items) const;
    // Rewrites every field and the asset links.
    StoreStatus update(const ContentItem &item) const;
    StoreStatus setApproval(qint64 id, ApprovalState state, const QDateTime &nowUtc) const;
    // Records a publish state change with what the platform returned.
    StoreStatus setPublishState(qint64 id, PublishState state, const QString &externalId, const QString &permalink,
                                const QDateTime &nowUtc) const;

    StoreResult<ContentItem> find(qint64 id) const;
    // A campaign's items by scheduled time (unscheduled last).
    StoreResult<std::vector<ContentItem>> listForCampaign(qint64 campaignId) const;
    // Queued items due at or before nowUtc, oldest first, at most `limit`.
    StoreResult<std::vector<ContentItem>> listDue(const QDateTime &nowUtc, int limit) const;

private:
    StoreResult<std::vector<ContentItem>> select(const QString &where, const QVariantList &args) const;
    StoreStatus writeAssetLinks(qint64 contentId, const std::vector<qint64> &assetIds) const;

    const Database &m_db;
};

} // namespace cf
