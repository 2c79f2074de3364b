// SnapchatAdsApi: media (two steps), creatives, ads and the ad review.
#include "platforms/sandbox/SnapchatAdsApi.h"

#include <QRegularExpression>

namespace cf::sandbox {

namespace {
const QStringList kMediaTypes{QStringLiteral("VIDEO"), QStringLiteral("IMAGE"), QStringLiteral("LENS_PACKAGE"), QStringLiteral("PLAYABLE")};
const QStringList kCreativeTypes{QStringLiteral("SNAP_AD"), QStringLiteral("WEB_VIEW"), QStringLiteral("APP_INSTALL"), QStringLiteral("DEEP_LINK"),
                                 QStringLiteral("AD_TO_LENS"), QStringLiteral("AD_TO_CALL"), QStringLiteral("AD_TO_MESSAGE"), QStringLiteral("PREVIEW"),
                                 QStringLiteral("COMPOSITE"), QStringLiteral("COLLECTION"), QStringLiteral("LEAD_GENERATION")};
const QStringList kWebViewCalls{QStringLiteral("VIEW"), QStringLiteral("MORE"), QStringLiteral("SHOP_NOW"), QStringLiteral("SIGN_UP"),
                                QStringLiteral("BUY_NOW"), QStringLiteral("BOOK_NOW"), QStringLiteral("APPLY_NOW"), QStringLiteral("ORDER_NOW")};
// Ad type -> the creative type it needs (ads.md 3.7).
const std::map<QString, QString> kAdTypeForCreative{
    {QStringLiteral("SNAP_AD"), QStringLiteral("SNAP_AD")},         {QStringLiteral("WEB_VIEW"), QStringLiteral("REMOTE_WEBPAGE")},
    {QStringLiteral("APP_INSTALL"), QStringLiteral("APP_INSTALL")}, {QStringLiteral("DEEP_LINK"), QStringLiteral("DEEP_LINK")},
    {QStringLiteral("COMPOSITE"), QStringLiteral("STORY")},         {QStringLiteral("COLLECTION"), QStringLiteral("COLLECTION")},
    {QStringLiteral("LEAD_GENERATION"), QStringLiteral("LEAD_GENERATION")}};
constexpr int kMaxHeadline = 34;
constexpr int kMaxBrandName = 32;
constexpr qint64 kMaxImageBytes = 5LL * 1024 * 1024;
constexpr qint64 kMaxVideoBytes = 32LL * 1024 * 1024;

SandboxReply refuse(const QString &field, const QString &reason)
{
    return snapchatError(400, "E2002", field + QStringLiteral(": ") + reason);
}
} // namespace

std::optional<SandboxReply> SnapchatAdsApi::checkMedia(const Json &item, const QString &accountId, const Entity *)
{
    if (jsonString(item, "name").isEmpty() || codePointLength(jsonString(item, "name")) > 375)
        return refuse(QStringLiteral("name"), QStringLiteral("is required, at most 375 characters"));
    if (!kMediaTypes.contains(jsonString(item, "type")))
        return refuse(QStringLiteral("type"), QStringLiteral("is required, one of %1").arg(kMediaTypes.join(QStringLiteral(", "))));
    if (jsonString(item, "ad_account_id") != accountId)
        return refuse(QStringLiteral("ad_account_id"), QStringLiteral("must be the ad account in the path"));
    return std::nullopt;
}

SandboxReply SnapchatAdsApi::upload(const SandboxRequest &request, const QString &mediaId)
{
    const auto media = m_media.find(mediaId);
    if (media == m_media.end())
        return snapchatError(404, "E3003", QStringLiteral("Media not found"));
    const auto parts = parseMultipart(request);
    const MultipartPart *file = parts ? findPart(*parts, "file") : nullptr;
    if (!file || file->data.isEmpty())
        return refuse(QStringLiteral("file"), QStringLiteral("upload the media as multipart/form-data in the field \"file\""));
    const QString type = jsonString(media->second.fields, "type");
    const QByteArray head = file->data.left(16);
    if (type == QLatin1String("IMAGE")) {
        if (!head.startsWith("\x89PNG") && !head.startsWith("\xFF\xD8\xFF"))
            return refuse(QStringLiteral("file"), QStringLiteral("an IMAGE media takes PNG or JPEG"));
        if (file->data.size() > kMaxImageBytes)
            return refuse(QStringLiteral("file"), QStringLiteral("images are at most 5 MB"));
    } else if (type == QLatin1String("VIDEO")) {
        if (!head.contains("ftyp"))
            return refuse(QStringLiteral("file"), QStringLiteral("a VIDEO media takes MP4 or MOV"));
        if (file->data.size() > kMaxVideoBytes)
            return refuse(QStringLiteral("file"), QStringLiteral("videos are at most 32 MB without the chunked upload"));
    }
    Json &fields = media->second.fields;
    fields["media_status"] = "READY";
    fields["file_name"] = file->fileName.toStdString();
    fields["file_size_in_bytes"] = file->data.size();
    fields["download_link"] = toStd(QStringLiteral("https://adsapi-media.snapchat.com/sandbox/%1").arg(mediaId));
    fields["updated_at"] = toStd(m_context.clock.now().toString(Qt::ISODateWithMs));
    return SandboxReply::json(200, Json{{"request_status", "SUCCESS"}, {"request_id", toStd(randomToken(12))}, {"result", fields}});
}

std::optional<SandboxReply> SnapchatAdsApi::checkCreative(const Json &item, const QString &accountId, const Entity *)
{
    if (jsonString(item, "ad_account_id") != accountId)
        return refuse(QStringLiteral("ad_account_id"), QStringLiteral("must be the ad account in the path"));
    if (jsonString(item, "name").isEmpty() || codePointLength(jsonString(item, "name")) > 375)
        return refuse(QStringLiteral("name"), QStringLiteral("is required, at most 375 characters"));
    const QString type = jsonString(item, "type");
    if (!kCreativeTypes.contains(type))
        return refuse(QStringLiteral("type"), QStringLiteral("is required, one of %1").arg(kCreativeTypes.join(QStringLiteral(", "))));
    const QString headline = jsonString(item, "headline");
    if (headline.isEmpty() || codePointLength(headline) > kMaxHeadline)
        return refuse(QStringLiteral("headline"), QStringLiteral("is required, at most %1 characters").arg(kMaxHeadline));
    const bool profile = item.contains("profile_properties") && !jsonString(item["profile_properties"], "profile_id").isEmpty();
    const QString brand = jsonString(item, "brand_name");
    if ((!profile && brand.isEmpty()) || codePointLength(brand) > kMaxBrandName)
        return refuse(QStringLiteral("brand_name"), QStringLiteral("is required without profile_properties, at most %1 characters").arg(kMaxBrandName));
    const auto media = m_media.find(jsonString(item, "top_snap_media_id"));
    if (media == m_media.end() || media->second.accountId != accountId)
        return refuse(QStringLiteral("top_snap_media_id"), QStringLiteral("media not found in this ad account"));
    if (media->second.fields.value("media_status", std::string()) != "READY")
        return refuse(QStringLiteral("top_snap_media_id"), QStringLiteral("Media %1 hasn't been uploaded yet").arg(media->first));
    if (type == QLatin1String("WEB_VIEW")) {
        const Json properties = item.value("web_view_properties", Json());
        if (!properties.is_object() || !QRegularExpression(QStringLiteral("^https?://[^\\s/]+")).match(jsonString(properties, "url")).hasMatch())
            return refuse(QStringLiteral("web_view_properties.url"), QStringLiteral("is required for WEB_VIEW, an http(s) URL"));
        if (item.contains("call_to_action") && !kWebViewCalls.contains(jsonString(item, "call_to_action")))
            return refuse(QStringLiteral("call_to_action"), QStringLiteral("WEB_VIEW takes %1").arg(kWebViewCalls.join(QStringLiteral(", "))));
    }
    if (item.contains("shareable") && !item["shareable"].is_boolean())
        return refuse(QStringLiteral("shareable"), QStringLiteral("must be a boolean"));
    return std::nullopt;
}

std::optional<SandboxReply> SnapchatAdsApi::checkAd(const Json &item, const QString &squadId, const Entity *existing)
{
    if (jsonString(item, "ad_squad_id") != squadId)
        return refuse(QStringLiteral("ad_squad_id"), QStringLiteral("must be the ad squad in the path"));
    if (jsonString(item, "name").isEmpty() || codePointLength(jsonString(item, "name")) > 375)
        return refuse(QStringLiteral("name"), QStringLiteral("is required, at most 375 characters"));
    if (jsonString(item, "status") != QLatin1String("ACTIVE") && jsonString(item, "status") != QLatin1String("PAUSED"))
        return refuse(QStringLiteral("status"), QStringLiteral("is required: ACTIVE or PAUSED"));
    const auto creative = m_creatives.find(jsonString(item, "creative_id"));
    if (creative == m_creatives.end() || creative->second.accountId != m_squads.at(squadId).accountId)
        return refuse(QStringLiteral("creative_id"), QStringLiteral("creative not found in this ad account"));
    const QString creativeType = jsonString(creative->second.fields, "type");
    const auto expected = kAdTypeForCreative.find(creativeType);
    if (expected == kAdTypeForCreative.end() || jsonString(item, "type") != expected->second)
        return refuse(QStringLiteral("type"), QStringLiteral("a %1 creative needs an ad of type %2")
                                                  .arg(creativeType, expected == kAdTypeForCreative.end() ? QStringLiteral("?") : expected->second));
    if (existing) {
        for (const char *key : {"ad_squad_id", "type"}) {
            if (item.contains(key) && item[key] != existing->fields[key])
                return snapchatError(400, "E2023", QStringLiteral("%1 cannot be changed").arg(QLatin1String(key)));
        }
    }
    return std::nullopt;
}

Json SnapchatAdsApi::adView(const Entity &ad) const
{
    Json view = ad.fields;
    view.erase("review_status_reasons");
    QString review = QStringLiteral("PENDING");
    if (ad.reviewStartedAt != 0 && m_context.clock.nowSecs() - ad.reviewStartedAt >= kReviewSeconds) {
        const auto creative = m_creatives.find(jsonString(ad.fields, "creative_id"));
        QString words = jsonString(ad.fields, "name");
        if (creative != m_creatives.end())
            words += QLatin1Char(' ') + jsonString(creative->second.fields, "headline") + QLatin1Char(' ') + jsonString(creative->second.fields, "brand_name");
        if (words.contains(kForbiddenWord, Qt::CaseInsensitive)) {
            review = QStringLiteral("REJECTED");
            view["review_status_reasons"] = Json::array({"The ad contains prohibited content (sandbox word \"forbidden\")."});
        } else {
            review = QStringLiteral("APPROVED");
        }
    }
    view["review_status"] = toStd(review);
    return view;
}

} // namespace cf::sandbox
