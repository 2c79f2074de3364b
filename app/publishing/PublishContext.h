#pragma once

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

// The request the adapter gets (without token, attempt id and publish time,
// which the worker adds).
PublishRequest buildPublishRequest(const PublishContext &context);

// sha256 (hex) of the canonical request without secrets: target, account,
// language, the item's copy and type, media hashes and sizes, and the
// requested publish time. Equal fingerprints mean "the same request".
QString requestFingerprint(const PublishRequest &request);

} // namespace cf
