#include "app/publishing/PublishContext.h"

#include "models/store/AdEntityRepository.h"
#include "models/store/AdSetRepository.h"
#include "models/store/AssetRepository.h"
#include "models/store/CampaignRepository.h"
#include "models/store/ConnectionRepository.h"
#include "models/store/ContentRepository.h"
#include "models/store/Database.h"
#include "models/store/PublishTargetRepository.h"
#include "models/store/WorkspaceRepository.h"
#include "platforms/publishing/AdEntityNames.h"

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

bool usableFor(const Connection &c, const PublishContext &context, ConnectionKind kind)
{
    return c.kind == kind && c.selected && (!c.workspaceId || *c.workspaceId == context.campaign.workspaceId);
}

// Meta ads speak as a Page (and, for Instagram placements, an Instagram
// account). Both are found through the signed-in account the ad account
// belongs to: its selected Page, and the selected Instagram account linked
// to that Page (or to any of its Pages).
bool loadAdIdentities(const Database &db, PublishContext &c, QString *error)
{
    const ConnectionRepository connections(db);
    std::vector<Connection> pages;
    if (!take(connections.children(c.parent.id), &pages, error))
        return false;
    std::vector<Connection> instagram;
    for (const Connection &page : pages) {
        if (!usableFor(page, c, ConnectionKind::Page)) {
            if (usableFor(page, c, ConnectionKind::InstagramAccount))
                instagram.push_back(page);
            continue;
        }
        if (!c.adPage)
            c.adPage = page;
        std::vector<Connection> linked;
        if (!take(connections.children(page.id), &linked, error))
            return false;
        for (const Connection &account : linked) {
            if (!usableFor(account, c, ConnectionKind::InstagramAccount))
                continue;
            // The first Page's own Instagram account wins over the others.
            if (page.id == c.adPage->id)
                instagram.insert(instagram.begin(), account);
            else
                instagram.push_back(account);
        }
    }
    if (!instagram.empty())
        c.adInstagram = instagram.front();
    return true;
}

} // namespace

bool loadAdEntities(const Database &db, PublishContext &c, QString *error)
{
    if (!c.item.adSetId)
        return true;
    const AdEntityRepository entities(db);
    std::optional<AdEntity> found;
    if (!take(entities.find({c.campaign.id, c.connection.id, std::nullopt}), &found, error))
        return false;
    c.adCampaignEntity = found;
    if (!take(entities.find({c.campaign.id, c.connection.id, c.item.adSetId}), &found, error))
        return false;
    c.adSetEntity = found;
    return true;
}

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
        if (!loadAdEntities(db, c, error) || !loadAdIdentities(db, c, error))
            return std::nullopt;
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

namespace {

AdSpec adSpecFor(const PublishContext &context, std::map<QString, QString> *checkpoints)
{
    AdSpec ad;
    ad.campaignId = context.campaign.id;
    ad.campaignName = AdEntityNames::campaign(context.campaign.name, context.campaign.id);
    ad.adSetName = AdEntityNames::adSet(context.adSet->name, context.adSet->id);
    const BilingualText &title = context.item.title;
    QString label = context.target.language == QLatin1String("ar") ? title.ar : title.en;
    if (label.trimmed().isEmpty())
        label = title.en.trimmed().isEmpty() ? title.ar : title.en;
    ad.adName = AdEntityNames::ad(label, context.target.id);
    ad.adSet = *context.adSet;
    if (context.item.copy && !context.item.copy->link.isEmpty())
        ad.landingUrl = context.item.copy->link;
    else if (!context.campaign.product.url.isEmpty())
        ad.landingUrl = context.campaign.product.url;
    else
        ad.landingUrl = context.workspace.brandKit.website;
    ad.brandName = context.workspace.name;
    if (ad.brandName.isEmpty() && context.item.copy)
        ad.brandName = context.item.copy->brandName;
    if (context.adPage)
        ad.pageId = context.adPage->accountId;
    if (context.adInstagram)
        ad.instagramActorId = context.adInstagram->accountId;
    // What exists on the ad account is shared by every ad of the campaign /
    // ad set: the next ad continues from it instead of creating another.
    if (context.adCampaignEntity)
        (*checkpoints)[QStringLiteral("campaign")] = context.adCampaignEntity->externalId;
    if (context.adSetEntity)
        (*checkpoints)[QStringLiteral("adset")] = context.adSetEntity->externalId;
    return ad;
}

} // namespace

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
    if (context.adSet)
        r.ad = adSpecFor(context, &r.checkpoints);
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
    nlohmann::json canonical{
        {"target", request.targetId},
        {"platform", platformId(request.connection.platform).toStdString()},
        {"account", request.connection.accountId.toStdString()},
        {"language", request.language.toStdString()},
        {"item", item},
        {"media", media},
        {"publish_at", request.publishAtUtc ? request.publishAtUtc->toString(Qt::ISODateWithMs).toStdString() : ""},
    };
    if (request.ad) // ads only, so organic fingerprints stay as they were
        canonical["ad"] = {{"ad_set", request.ad->adSet.id},
                           {"name", request.ad->adName.toStdString()},
                           {"landing_url", request.ad->landingUrl.toStdString()},
                           {"page", request.ad->pageId.toStdString()},
                           {"instagram_actor", request.ad->instagramActorId.toStdString()}};
    // nlohmann::json objects are ordered maps: dump() is canonical.
    const QByteArray text = QByteArray::fromStdString(canonical.dump());
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

} // namespace cf
