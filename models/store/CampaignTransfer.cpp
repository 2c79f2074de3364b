#include "models/store/CampaignTransfer.h"

#include "models/domain/JsonSupport.h"
#include "models/store/AdSetRepository.h"
#include "models/store/AssetRepository.h"
#include "models/store/CampaignRepository.h"
#include "models/store/ContentRepository.h"
#include "models/store/Database.h"
#include "models/store/SqlSupport.h"

#include <QCoreApplication>

#include <map>
#include <set>

namespace cf {

namespace {

constexpr const char *kFormatMarker = "campaignforge.campaign";

StoreError invalidFile(const QString &reason)
{
    return StoreError::make(StoreError::Code::InvalidData,
                            QCoreApplication::translate("cf::CampaignTransfer", "The campaign file cannot be imported: %1")
                                .arg(reason));
}

// Cross-references inside a bundle must resolve before anything is stored.
StoreStatus checkReferences(const CampaignBundle &bundle)
{
    std::set<qint64> adSetKeys;
    for (const AdSet &adSet : bundle.adSets) {
        if (!adSetKeys.insert(adSet.id).second)
            return invalidFile(QCoreApplication::translate("cf::CampaignTransfer", "two ad sets share the id %1.").arg(adSet.id));
    }
    std::set<qint64> assetKeys;
    for (const Asset &asset : bundle.assets) {
        if (asset.sha256.isEmpty())
            return invalidFile(QCoreApplication::translate("cf::CampaignTransfer", "asset %1 has no checksum.").arg(asset.id));
        assetKeys.insert(asset.id);
    }
    for (const ContentItem &item : bundle.content) {
        if (item.adSetId && !adSetKeys.count(*item.adSetId)) {
            return invalidFile(QCoreApplication::translate("cf::CampaignTransfer",
                                                           "content item %1 refers to ad set %2, which is not in the file.")
                                   .arg(item.id)
                                   .arg(*item.adSetId));
        }
        for (qint64 assetId : item.assetIds) {
            if (!assetKeys.count(assetId)) {
                return invalidFile(QCoreApplication::translate("cf::CampaignTransfer",
                                                               "content item %1 refers to asset %2, which is not in the file.")
                                       .arg(item.id)
                                       .arg(assetId));
            }
        }
    }
    return {};
}

} // namespace

StoreResult<CampaignBundle> CampaignTransfer::load(qint64 campaignId) const
{
    CampaignBundle bundle;
    auto campaign = CampaignRepository(m_db).find(campaignId);
    if (!campaign)
        return campaign.error();
    bundle.campaign = campaign.value();
    auto adSets = AdSetRepository(m_db).listForCampaign(campaignId);
    if (!adSets)
        return adSets.error();
    bundle.adSets = std::move(adSets.value());
    auto content = ContentRepository(m_db).listForCampaign(campaignId);
    if (!content)
        return content.error();
    bundle.content = std::move(content.value());
    auto assets = AssetRepository(m_db).listForCampaign(campaignId);
    if (!assets)
        return assets.error();
    bundle.assets = std::move(assets.value());
    return bundle;
}

StoreStatus CampaignTransfer::insertInTransaction(const CampaignBundle &bundle, qint64 *campaignId) const
{
    const auto newCampaign = CampaignRepository(m_db).insert(bundle.campaign);
    if (!newCampaign)
        return newCampaign.error();
    *campaignId = newCampaign.value();

    std::map<qint64, qint64> adSetIds;
    const AdSetRepository adSetRepository(m_db);
    for (AdSet adSet : bundle.adSets) {
        const qint64 key = adSet.id;
        adSet.campaignId = *campaignId;
        const auto id = adSetRepository.insert(adSet);
        if (!id)
            return id.error();
        adSetIds[key] = id.value();
    }

    std::map<qint64, qint64> assetIds;
    const AssetRepository assetRepository(m_db);
    for (Asset asset : bundle.assets) {
        const qint64 key = asset.id;
        asset.workspaceId.reset();
        const auto id = assetRepository.insertOrFind(asset);
        if (!id)
            return id.error();
        assetIds[key] = id.value();
    }

    std::vector<ContentItem> items = bundle.content;
    for (ContentItem &item : items) {
        item.campaignId = *campaignId;
        if (item.adSetId)
            item.adSetId = adSetIds.at(*item.adSetId);
        for (qint64 &assetId : item.assetIds)
            assetId = assetIds.at(assetId);
    }
    const auto contentIds = ContentRepository(m_db).insertAll(items);
    return contentIds ? StoreStatus{} : contentIds.error();
}

StoreResult<qint64> CampaignTransfer::insert(const CampaignBundle &bundle) const
{
    if (StoreStatus w = m_db.checkWritable(); w.isError())
        return w;
    if (StoreStatus refs = checkReferences(bundle); refs.isError())
        return refs;
    qint64 campaignId = 0;
    const StoreStatus status =
        sql::inTransaction(m_db.handle(), [&]() { return insertInTransaction(bundle, &campaignId); });
    if (status.isError())
        return status;
    return campaignId;
}

StoreResult<QByteArray> CampaignTransfer::exportJson(qint64 campaignId) const
{
    auto bundle = load(campaignId);
    if (!bundle)
        return bundle.error();
    return toJson(bundle.value());
}

StoreResult<qint64> CampaignTransfer::importJson(const QByteArray &json) const
{
    auto bundle = fromJson(json);
    if (!bundle)
        return bundle.error();
    CampaignBundle &b = bundle.value();
    // A copy must never publish again what the original already sent or queued.
    for (ContentItem &item : b.content) {
        if (item.publishState == PublishState::Queued || item.publishState == PublishState::Publishing
            || item.publishState == PublishState::Unknown)
            item.publishState = PublishState::Draft;
    }
    b.campaign.workspaceId = 0; // workspaces are per machine: use the local one
    return insert(b);
}

QByteArray CampaignTransfer::toJson(const CampaignBundle &bundle)
{
    nlohmann::json j;
    j["format"] = kFormatMarker;
    j["format_version"] = kFormatVersion;
    j["campaign"] = bundle.campaign;
    j["ad_sets"] = bundle.adSets;
    j["content"] = bundle.content;
    j["assets"] = bundle.assets;
    return QByteArray::fromStdString(j.dump(2)) + '\n';
}

StoreResult<CampaignBundle> CampaignTransfer::fromJson(const QByteArray &json)
{
    try {
        const nlohmann::json j = nlohmann::json::parse(json.begin(), json.end());
        if (!j.is_object() || j.value("format", std::string()) != kFormatMarker)
            return invalidFile(QCoreApplication::translate("cf::CampaignTransfer", "it is not a CampaignForge campaign export."));
        const int version = j.value("format_version", 0);
        if (version > kFormatVersion) {
            return invalidFile(QCoreApplication::translate("cf::CampaignTransfer",
                                                           "it was written by a newer CampaignForge (format %1; this "
                                                           "version reads up to %2).")
                                   .arg(version)
                                   .arg(kFormatVersion));
        }
        if (!j.contains("campaign"))
            return invalidFile(QCoreApplication::translate("cf::CampaignTransfer", "it has no campaign."));
        CampaignBundle bundle;
        j.at("campaign").get_to(bundle.campaign);
        jsonio::read(j, "ad_sets", bundle.adSets);
        jsonio::read(j, "content", bundle.content);
        jsonio::read(j, "assets", bundle.assets);
        if (StoreStatus refs = checkReferences(bundle); refs.isError())
            return refs;
        return bundle;
    } catch (const nlohmann::json::parse_error &e) {
        return StoreError::make(StoreError::Code::InvalidData,
                                QCoreApplication::translate("cf::CampaignTransfer",
                                                            "The campaign file is not valid JSON (byte %1).")
                                    .arg(qulonglong(e.byte)),
                                QString::fromUtf8(e.what()));
    } catch (const std::exception &e) {
        return StoreError::make(StoreError::Code::InvalidData,
                                QCoreApplication::translate("cf::CampaignTransfer",
                                                            "The campaign file cannot be imported: a value is missing "
                                                            "or has the wrong form (%1).")
                                    .arg(QString::fromUtf8(e.what())),
                                QString::fromUtf8(e.what()));
    }
}

} // namespace cf
