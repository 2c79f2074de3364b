// Images, creatives and ads for MetaAdsApi, and reads and updates of any ad
// entity by id (ads.md 1.6-1.8).
#include "platforms/sandbox/MetaAdsApi.h"

#include <QCryptographicHash>
#include <QDateTime>

#include <algorithm>

namespace cf::sandbox {

namespace {
const QStringList kCallsToAction{QStringLiteral("LEARN_MORE"), QStringLiteral("SHOP_NOW"), QStringLiteral("SIGN_UP"), QStringLiteral("BOOK_NOW"),
                                 QStringLiteral("CONTACT_US"), QStringLiteral("DOWNLOAD"), QStringLiteral("GET_OFFER"), QStringLiteral("SUBSCRIBE"),
                                 QStringLiteral("APPLY_NOW"), QStringLiteral("ORDER_NOW"), QStringLiteral("BUY_NOW"), QStringLiteral("WATCH_MORE"),
                                 QStringLiteral("MESSAGE_PAGE"), QStringLiteral("NO_BUTTON"), QStringLiteral("GET_QUOTE"), QStringLiteral("SEE_MORE")};
const QStringList kStatuses{QStringLiteral("ACTIVE"), QStringLiteral("PAUSED"), QStringLiteral("ARCHIVED"), QStringLiteral("DELETED")};
constexpr int kMaxImageBytes = 30 * 1024 * 1024;

bool looksLikeImage(const QByteArray &data)
{
    return data.startsWith("\x89PNG") || data.startsWith("\xFF\xD8\xFF") || data.startsWith("GIF8") || data.startsWith("BM")
        || (data.startsWith("RIFF") && data.mid(8, 4) == "WEBP");
}

bool isWebUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

QString timeText(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss+0000"));
}
} // namespace

SandboxReply MetaAdsApi::uploadImages(MetaCall &call, const QString &accountId)
{
    std::vector<std::pair<QString, QByteArray>> uploads;
    for (const MultipartPart &part : call.params.files())
        uploads.emplace_back(QString::fromUtf8(part.fileName), part.data);
    if (call.params.has("bytes")) {
        const QByteArray data = QByteArray::fromBase64(call.params.str("bytes").toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        uploads.emplace_back(call.params.has("name") ? call.params.str("name") : QStringLiteral("bytes"), data);
    }
    if (uploads.empty())
        return adsInvalid(QStringLiteral("Upload the image as a multipart file or as base64 in bytes."), QStringLiteral("filename"));
    Json images = Json::object();
    for (const auto &[name, data] : uploads) {
        if (data.isEmpty() || data.size() > kMaxImageBytes || !looksLikeImage(data))
            return adsInvalid(QStringLiteral("The image %1 is not a JPEG, PNG, GIF, BMP or WebP file of at most 30 MB.").arg(name), QStringLiteral("filename"),
                              0, QStringLiteral("Invalid Image"));
        Image image;
        image.hash = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex());
        image.name = name.left(100);
        image.bytes = int(data.size());
        m_images[accountId][image.hash] = image;
        images[toStd(name)] = {{"hash", toStd(image.hash)}, {"name", toStd(image.name)}};
    }
    return SandboxReply::json(200, Json{{"images", images}});
}

SandboxReply MetaAdsApi::createCreative(MetaCall &call, const QString &accountId)
{
    const GraphParams &p = call.params;
    if (p.str("name").isEmpty())
        return adsInvalid(QStringLiteral("The name field is required."), QStringLiteral("name"));
    const auto spec = p.structured("object_story_spec");
    if (!spec || !spec->is_object())
        return adsInvalid(QStringLiteral("object_story_spec is required and must be a JSON object."), QStringLiteral("object_story_spec"));
    const QString pageId = jsonString(*spec, "page_id");
    const SandboxSeed::Page *page = m_context.seed.page(pageId);
    if (!page)
        return adsInvalid(QStringLiteral("The page_id \"%1\" is not a Page you can advertise for.").arg(pageId), QStringLiteral("page_id"));
    if (spec->contains("instagram_user_id") && (page->instagramId.isEmpty() || jsonString(*spec, "instagram_user_id") != page->instagramId))
        return adsInvalid(QStringLiteral("The instagram_user_id is not the Instagram account connected to the Page %1.").arg(pageId),
                          QStringLiteral("instagram_user_id"));
    const bool hasVideo = spec->contains("video_data");
    if (hasVideo == spec->contains("link_data"))
        return adsInvalid(QStringLiteral("object_story_spec takes one of link_data and video_data (the sandbox emulates these two)."), QStringLiteral("link_data"));
    const Json &story = hasVideo ? (*spec)["video_data"] : (*spec)["link_data"];
    if (!story.is_object())
        return adsInvalid(QStringLiteral("%1 must be a JSON object.").arg(hasVideo ? QStringLiteral("video_data") : QStringLiteral("link_data")),
                          hasVideo ? QStringLiteral("video_data") : QStringLiteral("link_data"));
    if (hasVideo) {
        if (auto problem = checkVideoData(story, accountId))
            return *problem;
    } else if (!isWebUrl(jsonString(story, "link"))) {
        return adsInvalid(QStringLiteral("link_data.link must be an http(s) URL."), QStringLiteral("link"));
    }
    const QString hash = jsonString(story, "image_hash");
    const auto accountImages = m_images.find(accountId);
    const bool knownHash = !hash.isEmpty() && accountImages != m_images.end() && accountImages->second.count(hash);
    if (!knownHash && (!hasVideo || !hash.isEmpty()))
        return adsInvalid(QStringLiteral("The image hash \"%1\" is not an image of this ad account.").arg(hash), QStringLiteral("image_hash"), 0,
                          QStringLiteral("Invalid Image Hash"));
    if (story.contains("call_to_action")) {
        const Json &cta = story["call_to_action"];
        if (!cta.is_object() || !kCallsToAction.contains(jsonString(cta, "type")))
            return adsInvalid(QStringLiteral("call_to_action.type must be one of {%1}").arg(kCallsToAction.join(QStringLiteral(", "))),
                              QStringLiteral("call_to_action"));
        if (cta.contains("value") && cta["value"].is_object() && cta["value"].contains("link") && !isWebUrl(jsonString(cta["value"], "link")))
            return adsInvalid(QStringLiteral("call_to_action.value.link must be an http(s) URL."), QStringLiteral("call_to_action"));
    }
    Json fields{{"name", toStd(p.str("name"))}, {"object_story_spec", *spec}, {"status", "ACTIVE"},
                {"body", story.value("message", std::string())},
                {"title", story.value(hasVideo ? "title" : "name", std::string())}};
    if (!hash.isEmpty())
        fields["image_hash"] = toStd(hash);
    if (hasVideo)
        fields["video_id"] = story["video_id"];
    const Entity &creative = store(Kind::Creative, accountId, std::move(fields));
    return SandboxReply::json(200, Json{{"id", toStd(creative.id)}});
}

std::optional<SandboxReply> MetaAdsApi::checkVideoData(const Json &video, const QString &accountId) const
{
    // video_data: a ready video of the account, a thumbnail, and the
    // landing page in call_to_action.value.link (ads.md 1.7).
    const QString videoId = jsonString(video, "video_id");
    const MetaVideoUploads::Video *uploaded = m_videos.find(videoId);
    if (!uploaded || uploaded->owner != accountId || !uploaded->finished)
        return adsInvalid(QStringLiteral("The video_id \"%1\" is not an uploaded video of this ad account.").arg(videoId), QStringLiteral("video_id"), 0,
                          QStringLiteral("Invalid Video"));
    if (m_videos.videoStatus(*uploaded) != QLatin1String("ready"))
        return adsInvalid(QStringLiteral("The video %1 is still being processed; create the creative when its status is ready.").arg(videoId),
                          QStringLiteral("video_id"), 1885252, QStringLiteral("Video Not Ready"));
    if (jsonString(video, "image_hash").isEmpty() && !isWebUrl(jsonString(video, "image_url")))
        return adsInvalid(QStringLiteral("A video ad needs a thumbnail: image_hash or an http(s) image_url."), QStringLiteral("image_url"));
    if (!video.contains("call_to_action") || !video["call_to_action"].is_object() || !isWebUrl(jsonString(video["call_to_action"].value("value", Json::object()), "link")))
        return adsInvalid(QStringLiteral("video_data.call_to_action.value.link must name the landing page (an http(s) URL)."), QStringLiteral("call_to_action"));
    return std::nullopt;
}

SandboxReply MetaAdsApi::createAd(MetaCall &call, const QString &accountId)
{
    const GraphParams &p = call.params;
    if (p.str("name").isEmpty())
        return adsInvalid(QStringLiteral("The name field is required."), QStringLiteral("name"));
    const Entity *adSet = entity(p.str("adset_id"));
    if (!adSet || adSet->kind != Kind::AdSet || adSet->accountId != accountId)
        return adsInvalid(QStringLiteral("The adset_id \"%1\" is not an ad set of this ad account.").arg(p.str("adset_id")), QStringLiteral("adset_id"));
    const auto creativeRef = p.structured("creative");
    const QString creativeId = creativeRef && creativeRef->is_object() ? jsonString(*creativeRef, "creative_id") : QString();
    const Entity *creative = entity(creativeId);
    if (!creative || creative->kind != Kind::Creative || creative->accountId != accountId)
        return adsInvalid(QStringLiteral("creative must be {\"creative_id\":\"...\"} naming a creative of this ad account."), QStringLiteral("creative"));
    const QString status = p.has("status") ? p.str("status") : QStringLiteral("ACTIVE");
    if (status != QLatin1String("ACTIVE") && status != QLatin1String("PAUSED"))
        return adsInvalid(QStringLiteral("New ads are created ACTIVE or PAUSED."), QStringLiteral("status"));
    int ads = 0;
    for (const auto &[id, other] : m_entities) {
        if (other.kind == Kind::Ad && other.fields.value("adset_id", std::string()) == toStd(adSet->id)
            && other.fields.value("status", std::string()) != "ARCHIVED" && other.fields.value("status", std::string()) != "DELETED")
            ++ads;
    }
    if (ads >= kMaxAdsPerAdSet)
        return adsInvalid(QStringLiteral("An ad set holds at most %1 ads that are not archived.").arg(kMaxAdsPerAdSet), QStringLiteral("adset_id"));
    const Json platforms = adSet->fields["targeting"].value("publisher_platforms", Json::array());
    const bool instagram = std::find(platforms.begin(), platforms.end(), Json("instagram")) != platforms.end();
    if (instagram && !creative->fields["object_story_spec"].contains("instagram_user_id"))
        return adsInvalid(QStringLiteral("The ad set places ads on Instagram: its creative needs an instagram_user_id."), QStringLiteral("instagram_user_id"));

    Json fields{{"name", toStd(p.str("name"))}, {"adset_id", toStd(adSet->id)}, {"campaign_id", adSet->fields["campaign_id"]},
                {"creative", {{"id", toStd(creative->id)}}}, {"status", toStd(status)}};
    Entity &ad = store(Kind::Ad, accountId, std::move(fields));
    const QString words = fromStd(creative->fields.value("body", std::string())) + QLatin1Char(' ')
                          + fromStd(creative->fields.value("title", std::string()));
    ad.disapproved = words.contains(QLatin1String(kForbiddenWord), Qt::CaseInsensitive);
    if (status == QLatin1String("ACTIVE"))
        ad.activatedAtSecs = m_context.clock.nowSecs();
    return SandboxReply::json(200, Json{{"id", toStd(ad.id)}});
}

SandboxReply MetaAdsApi::readEntity(const MetaCall &call, const Entity &entity) const
{
    Json full = entity.fields;
    full["configured_status"] = full.value("status", std::string("ACTIVE"));
    if (entity.kind != Kind::Creative)
        full["effective_status"] = toStd(effectiveStatus(entity));
    if (entity.kind == Kind::Ad && full["effective_status"] == "DISAPPROVED") {
        full["ad_review_feedback"] = {{"global", {{"Prohibited Content", "Ads may not promote content the sandbox forbids."}}}};
        full["issues_info"] = Json::array({{{"level", "AD"}, {"error_summary", "Ad disapproved"},
                                            {"error_message", "This ad was rejected because it does not follow advertising policies."},
                                            {"error_type", "HARD_ERROR"}}});
    }
    QStringList fields = call.params.fields();
    if (fields.isEmpty())
        fields = {QStringLiteral("name")};
    Json out = Json::object();
    for (const QString &field : std::as_const(fields)) {
        if (full.contains(toStd(field)))
            out[toStd(field)] = full[toStd(field)];
    }
    out["id"] = toStd(entity.id);
    return SandboxReply::json(200, out);
}

SandboxReply MetaAdsApi::updateEntity(MetaCall &call, Entity &entity)
{
    const GraphParams &p = call.params;
    if (entity.fields.value("status", std::string()) == "DELETED")
        return adsInvalid(QStringLiteral("The object %1 was deleted and cannot be changed.").arg(entity.id), QStringLiteral("id"));
    bool changed = false;
    if (p.has("name")) {
        if (p.str("name").isEmpty())
            return adsInvalid(QStringLiteral("The name cannot be empty."), QStringLiteral("name"));
        entity.fields["name"] = toStd(p.str("name"));
        changed = true;
    }
    for (const char *field : {"daily_budget", "lifetime_budget"}) {
        if (!p.has(field))
            continue;
        if (entity.kind != Kind::AdSet && entity.kind != Kind::Campaign)
            return adsInvalid(QStringLiteral("Only campaigns and ad sets have budgets."), QLatin1String(field));
        if (!entity.fields.contains(field))
            return adsInvalid(QStringLiteral("This object has no %1: a budget cannot switch between daily and lifetime, or move between campaign and ad set.")
                                  .arg(QLatin1String(field)),
                              QLatin1String(field));
        bool valid = true;
        const auto amount = p.integer(field, &valid);
        if (!valid || !amount)
            return adsInvalid(QStringLiteral("Budgets are positive integers in the currency's minor unit."), QLatin1String(field));
        const QString goal = fromStd(entity.fields.value("optimization_goal", std::string("IMPRESSIONS")));
        qint64 days = 1;
        if (QLatin1String(field) == QLatin1String("lifetime_budget") && entity.fields.contains("end_time")) {
            const qint64 end = adsParseTime(fromStd(entity.fields["end_time"].get<std::string>()));
            const qint64 start = adsParseTime(fromStd(entity.fields.value("start_time", std::string())));
            days = end > start ? (end - start + 86399) / 86400 : 1;
        }
        if (auto problem = checkBudget(entity.accountId, QLatin1String(field), *amount, goal, days))
            return *problem;
        entity.fields[field] = toStd(QString::number(*amount));
        changed = true;
    }
    if (p.has("status")) {
        const QString status = p.str("status");
        if (!kStatuses.contains(status))
            return adsInvalid(QStringLiteral("Param status must be one of {%1}").arg(kStatuses.join(QStringLiteral(", "))), QStringLiteral("status"));
        const bool activating = status == QLatin1String("ACTIVE") && entity.fields.value("status", std::string()) != "ACTIVE";
        entity.fields["status"] = toStd(status);
        if (activating && entity.kind == Kind::Ad)
            entity.activatedAtSecs = m_context.clock.nowSecs(); // each activation goes through review again
        changed = true;
    }
    if (!changed)
        return adsInvalid(QStringLiteral("Nothing to update: send status, name or a budget."), QStringLiteral("status"));
    entity.fields["updated_time"] = toStd(timeText(m_context.clock.nowSecs()));
    return SandboxReply::json(200, Json{{"success", true}});
}

} // namespace cf::sandbox
