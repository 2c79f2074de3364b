#pragma once

#include "models/domain/AdEntity.h"
#include "models/domain/AdSet.h"
#include "models/domain/Campaign.h"
#include "models/domain/Connection.h"
#include "models/domain/ContentItem.h"
#include "models/domain/PublishTarget.h"
#include "models/domain/Workspace.h"
#include "platforms/publishing/PublishTypes.h"

#include <QString>

#include <optional>

namespace cf {
class Database;

// Everything the worker reads from the database for one target, loaded in
// one place so a damaged or missing row becomes one translated reason.
struct PublishContext
{
    PublishTarget target;
    ContentItem item;
    Campaign campaign;
    Workspace workspace;
    Connection connection;
    Connection parent;          // equal to connection for top-level accounts
    std::optional<AdSet> adSet; // for ads
    std::vector<PublishMedia> media;
    // Ads: the shared levels that already exist on the ad account (written
    // by earlier ads of the same campaign / ad set), and the identities a
    // Meta ad speaks as - the selected Page and Instagram account found
    // through the same signed-in account as the ad account.
    std::optional<AdEntity> adCampaignEntity;
    std::optional<AdEntity> adSetEntity;
    std::optional<Connection> adPage;
    std::optional<Connection> adInstagram;

    // The connection whose keychain entry holds the token for a send:
    // Instagram accounts use their Page's token (the parent row), ad
    // accounts and advertisers their signed-in account's grant; Pages and
    // accounts their own.
    const Connection &tokenConnection() const;
};

// Loads a target's context; nullopt with *error set (translated) when a row
// is missing or unreadable. assetsDir is the data folder's assets/ folder.
std::optional<PublishContext> loadPublishContext(const Database &db, qint64 targetId, const QString &assetsDir,
                                                 QString *error);

// Re-reads the ad entities of an ad's context (the send after a 401 sees
// what the first attempt created). false with *error set on a store error.
bool loadAdEntities(const Database &db, PublishContext &context, QString *error);

// The request the adapter gets (without token, attempt id and publish time,
// which the worker adds). For ads, request.ad is filled (AdEntityNames,
// landing URL, brand, Meta identities) and the checkpoints "campaign" and
// "adset" come from ad_entities where they exist.
PublishRequest buildPublishRequest(const PublishContext &context);

// sha256 (hex) of the canonical request without secrets: target, account,
// language, the item's copy and type, media hashes and sizes, and the
// requested publish time. Equal fingerprints mean "the same request".
QString requestFingerprint(const PublishRequest &request);

} // namespace cf
