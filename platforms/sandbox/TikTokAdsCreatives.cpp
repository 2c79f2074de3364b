// TikTokAdsApi: media uploads and ads (the creative is inline in the ad).
#include "platforms/sandbox/TikTokAdsApi.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <algorithm>
#include <variant>

namespace cf::sandbox {

namespace {
const QStringList kFormats{QStringLiteral("SINGLE_VIDEO"), QStringLiteral("SINGLE_IMAGE"), QStringLiteral("CAROUSEL_ADS"),
                           QStringLiteral("CATALOG_CAROUSEL"), QStringLiteral("LIVE_CONTENT")};
using tiktokads::invalid;

const QStringList kCallsToAction{QStringLiteral("LEARN_MORE"), QStringLiteral("SHOP_NOW"), QStringLiteral("SIGN_UP"), QStringLiteral("DOWNLOAD_NOW"),
                                 QStringLiteral("CONTACT_US"), QStringLiteral("APPLY_NOW"), QStringLiteral("BOOK_NOW"), QStringLiteral("ORDER_NOW"),
                                 QStringLiteral("GET_QUOTE"), QStringLiteral("SUBSCRIBE"), QStringLiteral("WATCH_NOW")};

QString partText(const std::vector<MultipartPart> &parts, const char *name)
{
    const MultipartPart *part = findPart(parts, name);
    return part ? QString::fromUtf8(part->data) : QString();
}

// TikTok's text length: CJK counts as two.
int tiktokLength(const QString &text)
{
    int length = 0;
    for (const char32_t c : text.toUcs4())
        length += ((c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xFF00 && c <= 0xFFEF)) ? 2 : 1;
    return length;
}

bool hasEmoji(const QString &text)
{
    for (const char32_t c : text.toUcs4()) {
        if ((c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF))
            return true;
    }
    return false;
}
} // namespace

namespace {
// The common checks of both upload routes; returns the form or a refusal.
std::variant<std::vector<MultipartPart>, SandboxReply> uploadForm(const SandboxRequest &request, const char *fileField, const char *signatureField,
                                                                   const QStringList &byFileTypes)
{
    const auto parts = parseMultipart(request);
    if (!parts)
        return tiktokBusinessEnvelope(40002, QStringLiteral("Uploads are multipart/form-data."));
    const QString uploadType = findPart(*parts, "upload_type") ? partText(*parts, "upload_type") : QStringLiteral("UPLOAD_BY_FILE");
    const QString fileName = partText(*parts, "file_name");
    if (fileName.isEmpty() || utf16Length(fileName) > 100)
        return invalid(QStringLiteral("file_name"), QStringLiteral("is required, 1-100 characters"));
    if (uploadType == QLatin1String("UPLOAD_BY_FILE")) {
        const MultipartPart *file = findPart(*parts, fileField);
        if (!file || file->data.isEmpty())
            return invalid(QLatin1String(fileField), QStringLiteral("is required with UPLOAD_BY_FILE"));
        const QByteArray md5 = QCryptographicHash::hash(file->data, QCryptographicHash::Md5).toHex();
        if (partText(*parts, signatureField).toLatin1().toLower() != md5)
            return invalid(QLatin1String(signatureField), QStringLiteral("does not match the file's MD5"));
        bool known = false;
        for (const QString &type : byFileTypes)
            known = known || file->data.left(16).contains(type.toLatin1());
        if (!known)
            return invalid(QLatin1String(fileField), QStringLiteral("the file format is not supported"));
    } else if (uploadType != QLatin1String("UPLOAD_BY_URL")) {
        return invalid(QStringLiteral("upload_type"), QStringLiteral("must be UPLOAD_BY_FILE or UPLOAD_BY_URL"));
    }
    return *parts;
}
} // namespace

SandboxReply TikTokAdsApi::uploadImage(const SandboxRequest &request)
{
    // PNG and JPEG by their first bytes.
    auto form = uploadForm(request, "image_file", "image_signature", {QStringLiteral("PNG"), QString::fromLatin1("\xFF\xD8\xFF")});
    if (auto *refused = std::get_if<SandboxReply>(&form))
        return *refused;
    const auto &parts = std::get<std::vector<MultipartPart>>(form);
    const QString advertiser = partText(parts, "advertiser_id");
    if (!advertiserCurrency(advertiser))
        return tiktokBusinessEnvelope(40001, QStringLiteral("No permission to operate advertiser %1.").arg(advertiser));
    const QString fileName = partText(parts, "file_name");
    const bool byUrl = partText(parts, "upload_type") == QLatin1String("UPLOAD_BY_URL");
    if (byUrl && !partText(parts, "image_url").startsWith(QLatin1String("https://")))
        return invalid(QStringLiteral("image_url"), QStringLiteral("must be an https URL with UPLOAD_BY_URL"));
    for (const auto &[id, image] : m_images) {
        if (image.advertiserId == advertiser && fromStd(image.fields["file_name"].get<std::string>()) == fileName)
            return invalid(QStringLiteral("file_name"), QStringLiteral("a file named %1 already exists for this advertiser").arg(fileName));
    }
    const QByteArray bytes = byUrl ? partText(parts, "image_url").toUtf8() : findPart(parts, "image_file")->data;
    Entity image;
    image.id = QStringLiteral("ad-site-i18n-sg/") + m_context.numericId(QStringLiteral("2026"));
    image.advertiserId = advertiser;
    const QString signature = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex());
    image.fields = Json{{"image_id", toStd(image.id)}, {"file_name", toStd(fileName)}, {"signature", toStd(signature)},
                        {"format", byUrl || bytes.startsWith("\xFF\xD8") ? "jpeg" : "png"}, {"size", bytes.size()},
                        {"image_url", toStd(QStringLiteral("https://p16-sign-sg.tiktokcdn.com/sandbox/%1.image").arg(image.id.section(QLatin1Char('/'), -1)))}};
    m_images[image.id] = image;
    return tiktokBusinessEnvelope(0, QStringLiteral("OK"), image.fields);
}

SandboxReply TikTokAdsApi::uploadVideo(const SandboxRequest &request)
{
    // MP4 and MOV carry "ftyp" near the start.
    auto form = uploadForm(request, "video_file", "video_signature", {QStringLiteral("ftyp")});
    if (auto *refused = std::get_if<SandboxReply>(&form))
        return *refused;
    const auto &parts = std::get<std::vector<MultipartPart>>(form);
    const QString advertiser = partText(parts, "advertiser_id");
    if (!advertiserCurrency(advertiser))
        return tiktokBusinessEnvelope(40001, QStringLiteral("No permission to operate advertiser %1.").arg(advertiser));
    if (partText(parts, "upload_type") == QLatin1String("UPLOAD_BY_URL"))
        return invalid(QStringLiteral("upload_type"), QStringLiteral("the sandbox takes videos as UPLOAD_BY_FILE only"));
    const QString fileName = partText(parts, "file_name");
    for (const auto &[id, video] : m_videos) {
        if (video.advertiserId == advertiser && fromStd(video.fields["file_name"].get<std::string>()) == fileName)
            return invalid(QStringLiteral("file_name"), QStringLiteral("a file named %1 already exists for this advertiser").arg(fileName));
    }
    const QByteArray &bytes = findPart(parts, "video_file")->data;
    Entity video;
    video.id = QStringLiteral("v10033g5") + randomToken(12).toLower().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    video.advertiserId = advertiser;
    video.fields = Json{{"video_id", toStd(video.id)}, {"file_name", toStd(fileName)}, {"format", "mp4"}, {"size", bytes.size()},
                        {"width", 1080}, {"height", 1920}, {"duration", 15.0},
                        {"signature", QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex().toStdString()},
                        {"video_cover_url", toStd(QStringLiteral("https://p16-sign-sg.tiktokcdn.com/sandbox-cover/%1.jpeg").arg(video.id))}};
    m_videos[video.id] = video;
    // The video answer's data is an array (ads.md 2.5).
    return tiktokBusinessEnvelope(0, QStringLiteral("OK"), Json::array({video.fields}));
}

SandboxReply TikTokAdsApi::videoInfo(const SandboxRequest &request)
{
    const Json ids = Json::parse(request.queryValue(QStringLiteral("video_ids")).toStdString(), nullptr, false);
    if (!ids.is_array() || ids.empty() || ids.size() > 60)
        return invalid(QStringLiteral("video_ids"), QStringLiteral("is required, a JSON array of 1-60 ids"));
    Json list = Json::array();
    for (const Json &id : ids) {
        const auto it = id.is_string() ? m_videos.find(fromStd(id.get<std::string>())) : m_videos.end();
        if (it != m_videos.end() && it->second.advertiserId == request.queryValue(QStringLiteral("advertiser_id")))
            list.push_back(it->second.fields);
    }
    return tiktokBusinessEnvelope(0, QStringLiteral("OK"), Json{{"list", list}});
}

SandboxReply TikTokAdsApi::createAds(const Json &body)
{
    const QString advertiser = jsonString(body, "advertiser_id");
    const auto group = m_adGroups.find(jsonString(body, "adgroup_id"));
    if (group == m_adGroups.end() || group->second.advertiserId != advertiser)
        return invalid(QStringLiteral("adgroup_id"), QStringLiteral("the ad group does not exist"));
    const auto creatives = body.find("creatives");
    if (creatives == body.end() || !creatives->is_array() || creatives->empty() || creatives->size() > std::size_t(kMaxCreativesPerCall))
        return invalid(QStringLiteral("creatives"), QStringLiteral("is required: 1-%1 creatives").arg(kMaxCreativesPerCall));
    const bool website = group->second.fields.value("promotion_type", std::string()) == "WEBSITE";
    const Json placements = group->second.fields.value("placements", Json::array());
    const bool onTikTok = std::find(placements.begin(), placements.end(), Json("PLACEMENT_TIKTOK")) != placements.end();
    auto imageExists = [this, &advertiser](const Json &id) {
        const auto it = id.is_string() ? m_images.find(fromStd(id.get<std::string>())) : m_images.end();
        return it != m_images.end() && it->second.advertiserId == advertiser;
    };
    for (const Json &creative : *creatives) {
        if (!creative.is_object())
            return invalid(QStringLiteral("creatives"), QStringLiteral("each creative is an object"));
        if (utf16Length(jsonString(creative, "ad_name")) > 512)
            return invalid(QStringLiteral("ad_name"), QStringLiteral("at most 512 characters"));
        const QString format = jsonString(creative, "ad_format");
        if (!kFormats.contains(format))
            return invalid(QStringLiteral("ad_format"), QStringLiteral("must be one of %1").arg(kFormats.join(QStringLiteral(", "))));
        const QString text = jsonString(creative, "ad_text");
        if (tiktokLength(text) < 1 || tiktokLength(text) > 100)
            return invalid(QStringLiteral("ad_text"), QStringLiteral("1-100 characters (CJK count 2)"));
        if (hasEmoji(text))
            return invalid(QStringLiteral("ad_text"), QStringLiteral("emoji are not allowed"));
        if (!kCallsToAction.contains(jsonString(creative, "call_to_action")) && !creative.contains("call_to_action_id"))
            return invalid(QStringLiteral("call_to_action"), QStringLiteral("call_to_action or call_to_action_id is required"));
        const QString landing = jsonString(creative, "landing_page_url");
        if (website && !QRegularExpression(QStringLiteral("^https?://[^\\s/]+")).match(landing).hasMatch())
            return invalid(QStringLiteral("landing_page_url"), QStringLiteral("is required for website ads, an http(s) URL"));
        const bool identity = !jsonString(creative, "identity_type").isEmpty() && !jsonString(creative, "identity_id").isEmpty();
        if (jsonString(creative, "identity_type") == QLatin1String("CUSTOMIZED_USER")) {
            const auto known = m_identities.find(jsonString(creative, "identity_id"));
            if (known == m_identities.end() || known->second.advertiserId != advertiser)
                return invalid(QStringLiteral("identity_id"), QStringLiteral("the identity does not exist for this advertiser"));
        }
        const int display = tiktokLength(jsonString(creative, "display_name"));
        if (!identity && (display < 1 || display > 40))
            return invalid(QStringLiteral("display_name"), QStringLiteral("1-40 characters, required without an identity"));
        const Json images = creative.value("image_ids", Json::array());
        if (!images.is_array())
            return invalid(QStringLiteral("image_ids"), QStringLiteral("must be an array"));
        for (const Json &id : images) {
            if (!imageExists(id))
                return invalid(QStringLiteral("image_ids"), QStringLiteral("image %1 has not been uploaded").arg(fromStd(id.dump())));
        }
        if ((format == QLatin1String("SINGLE_VIDEO") || format == QLatin1String("SINGLE_IMAGE")) && images.size() != 1)
            return invalid(QStringLiteral("image_ids"), QStringLiteral("%1 needs exactly one image id").arg(format));
        if (format == QLatin1String("SINGLE_VIDEO")) {
            const auto video = m_videos.find(jsonString(creative, "video_id"));
            if (video == m_videos.end() || video->second.advertiserId != advertiser)
                return invalid(QStringLiteral("video_id"), QStringLiteral("the video has not been uploaded"));
        }
        if (format == QLatin1String("SINGLE_IMAGE") && onTikTok)
            return invalid(QStringLiteral("ad_format"), QStringLiteral("single image ads are not supported on PLACEMENT_TIKTOK"));
        const QString status = creative.contains("operation_status") ? jsonString(creative, "operation_status") : QStringLiteral("ENABLE");
        if (status != QLatin1String("ENABLE") && status != QLatin1String("DISABLE"))
            return invalid(QStringLiteral("operation_status"), QStringLiteral("must be ENABLE or DISABLE"));
    }
    Json ids = Json::array();
    Json made = Json::array();
    for (const Json &creative : *creatives) {
        Entity ad;
        ad.id = m_context.numericId(QStringLiteral("18"));
        ad.advertiserId = advertiser;
        ad.parentId = group->first;
        ad.fields = creative;
        ad.fields["ad_id"] = toStd(ad.id);
        ad.fields["adgroup_id"] = toStd(group->first);
        ad.fields["campaign_id"] = toStd(group->second.parentId);
        if (ad.fields.value("ad_name", std::string()).empty())
            ad.fields["ad_name"] = toStd(QStringLiteral("Ad %1").arg(ad.id));
        if (!ad.fields.contains("operation_status"))
            ad.fields["operation_status"] = "ENABLE";
        if (ad.fields["operation_status"] == "ENABLE")
            ad.reviewStartedAt = m_context.clock.nowSecs();
        m_ads[ad.id] = ad;
        ids.push_back(toStd(ad.id));
        made.push_back(ad.fields);
    }
    return remember(QStringLiteral("ad/create/"), body, Json{{"ad_ids", ids}, {"creatives", made}});
}

// An ad as ad/get shows it, with the review state of the moment.
Json TikTokAdsApi::adView(const Entity &ad) const
{
    Json view = ad.fields;
    QString secondary = QStringLiteral("AD_STATUS_DISABLE");
    if (ad.reviewStartedAt != 0) {
        const bool reviewing = m_context.clock.nowSecs() - ad.reviewStartedAt < kReviewSeconds;
        const bool denied = fromStd(ad.fields.value("ad_text", std::string())).contains(kForbiddenWord, Qt::CaseInsensitive);
        const auto group = m_adGroups.find(ad.parentId);
        const auto campaign = group == m_adGroups.end() ? m_campaigns.end() : m_campaigns.find(group->second.parentId);
        if (reviewing)
            secondary = QStringLiteral("AD_STATUS_AUDIT");
        else if (denied)
            secondary = QStringLiteral("AD_STATUS_AUDIT_DENY");
        else if (ad.fields.value("operation_status", std::string()) != "ENABLE")
            secondary = QStringLiteral("AD_STATUS_DISABLE");
        else if (campaign != m_campaigns.end() && campaign->second.fields.value("operation_status", std::string()) != "ENABLE")
            secondary = QStringLiteral("AD_STATUS_CAMPAIGN_DISABLE");
        else if (group != m_adGroups.end() && group->second.fields.value("operation_status", std::string()) != "ENABLE")
            secondary = QStringLiteral("AD_STATUS_ADGROUP_DISABLE");
        else
            secondary = QStringLiteral("AD_STATUS_DELIVERY_OK");
    }
    view["secondary_status"] = toStd(secondary);
    return view;
}

} // namespace cf::sandbox
