#include "app/publishing/PublishContext.h"

#include "models/store/AdSetRepository.h"
#include "models/store/AssetRepository.h"
#include "models/store/CampaignRepository.h"
#include "models/store/ConnectionRepository.h"
#include "models/store/ContentRepository.h"
#include "models/store/Database.h"
#include "models/store/PublishTargetRepository.h"
#include "models/store/WorkspaceRepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>

#include <nlohmann/json.hpp>

namespace cf {

const Connection &PublishContext::tokenConnection() const
{
    switch (connection.kind) {
    case ConnectionKind::InstagramAccount:
    case ConnectionKind::AdAccount:
    case ConnectionKind::Advertiser:
        return parent;
    case ConnectionKind::Account:
    case ConnectionKind::Page:
        break;
    }
    return connection;
}

namespace {

template <typename T>
bool take(StoreResult<T> result, T *out, QString *error)
{
    if (!result) {
        *error = result.error().message;
        return false;
    }
    *out = std::move(result.value());
    return true;
}

} // namespace

std::optional<PublishContext> loadPublishContext(const Database &db, qint64 targetId, const QString &assetsDir,
                                                 QString *error)
{
    PublishContext c;
    if (!take(PublishTargetRepository(db).find(targetId), &c.target, error)
        || !take(ContentRepository(db).find(c.target.contentItemId), &c.item, error)
        || !take(CampaignRepository(db).find(c.item.campaignId), &c.campaign, error)
        || !take(WorkspaceRepository(db).find(c.campaign.workspaceId), &c.workspace, error)
        || !take(ConnectionRepository(db).find(c.target.connectionId), &c.connection, error))
        return std::nullopt;
    c.parent = c.connection;
    if (c.connection.parentId && !take(ConnectionRepository(db).find(*c.connection.parentId), &c.parent, error))
        return std::nullopt;
    if (c.item.adSetId) {
        AdSet adSet;
        if (!take(AdSetRepository(db).find(*c.item.adSetId), &adSet, error))
            return std::nullopt;
        c.adSet = adSet;
    }
    const AssetRepository assets(db);
    for (qint64 assetId : c.item.assetIds) {
        Asset asset;
        if (!take(assets.find(assetId), &asset, error))
            return std::nullopt;
        PublishMedia m;
        m.path = QDir(assetsDir).filePath(asset.relativePath);
        m.mimeType = asset.mimeType;
        m.width = asset.width.value_or(0);
        m.height = asset.height.value_or(0);
        m.durationSeconds = double(asset.durationMs.value_or(0)) / 1000.0;
        m.sizeBytes = asset.sizeBytes;
        c.media.push_back(m);
    }
    return c;
}

PublishRequest buildPublishRequest(const PublishContext &context)
{
    PublishRequest r;
    r.targetId = context.target.id;
    r.item = context.item;
    r.language = context.target.language;
    r.connection = context.connection;
    r.parentConnection = context.parent;
    r.media = context.media;
    // Stable for the target, so a platform that deduplicates by key sees
    // every attempt of one target as the same request.
    r.idempotencyKey = QStringLiteral("cf-target-%1").arg(context.target.id);
    r.checkpoints = context.target.checkpoints;
    return r;
}

QString requestFingerprint(const PublishRequest &request)
{
    nlohmann::json item = request.item;
    // What changes without changing the request.
    for (const char *volatileField : {"publish_state", "external_id", "permalink", "updated_at", "created_at",
                                      "approval"})
        item.erase(volatileField);
    nlohmann::json media = nlohmann::json::array();
    for (const PublishMedia &m : request.media)
        media.push_back({{"path", QDir::cleanPath(m.path).toStdString()},
                         {"mime", m.mimeType.toStdString()},
                         {"size", m.sizeBytes}});
    const nlohmann::json canonical{
        {"target", request.targetId},
        {"platform", platformId(request.connection.platform).toStdString()},
        {"account", request.connection.accountId.toStdString()},
        {"language", request.language.toStdString()},
        {"item", item},
        {"media", media},
        {"publish_at", request.publishAtUtc ? request.publishAtUtc->toString(Qt::ISODateWithMs).toStdString() : ""},
    };
    // nlohmann::json objects are ordered maps: dump() is canonical.
    const QByteArray text = QByteArray::fromStdString(canonical.dump());
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

} // namespace cf
