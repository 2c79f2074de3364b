#include "platforms/publishing/ads/TikTokAdsPublisher.h"

#include "platforms/publishing/PublishLog.h"
#include "platforms/publishing/PublishMediaKinds.h"
#include "platforms/publishing/PublishText.h"
#include "platforms/publishing/ads/TikTokAdsRules.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QUrlQuery>

namespace cf {

namespace {

const QString kGeo = QStringLiteral("geo");
const QString kCampaign = QStringLiteral("campaign");
const QString kAdSet = QStringLiteral("adset");
const QString kImage = QStringLiteral("image");
const QString kVideo = QStringLiteral("video");
const QString kIdentity = QStringLiteral("identity");

QString checkpointOf(const PublishRequest &request, const QString &step)
{
    const auto it = request.checkpoints.find(step);
    return it == request.checkpoints.end() ? QString() : it->second;
}

// "cf-<target>-<attempt>-<file>": unique per advertiser as TikTok requires,
// and new on every attempt, so a retry after an unknown upload is not refused
// as a duplicate. At most 100 characters, keeping the end (the extension).
QString uploadName(const PublishRequest &request, const QString &fileName)
{
    const QString name = QStringLiteral("cf-%1-%2-%3").arg(request.targetId).arg(request.attemptId).arg(fileName);
    return name.size() > tiktokads::kMaxFileName ? name.right(tiktokads::kMaxFileName) : name;
}

PublishOutcome permanent(PublishErrorKind kind, const QString &message)
{
    PublishOutcome outcome;
    outcome.status = PublishStatus::FailedPermanent;
    outcome.error = kind;
    outcome.platformMessage = message;
    return outcome;
}

} // namespace

struct TikTokAdsPublisher::Job
{
    PublishRequest request;
    AdSpec ad;
    QObject *context = nullptr;
    Checkpoint checkpoint;
    Done done;
    QString advertiserId;
    QJsonArray locationIds;
    QString campaignId;
    QString adGroupId;
    QString videoId;
    QString imageId;
    QString coverUrl;
    QString identityId;
};

TikTokAdsPublisher::TikTokAdsPublisher(QNetworkAccessManager &network, const EndpointMap &endpoints)
    : m_http(network, endpoints)
{
}

HttpCall TikTokAdsPublisher::post(const QString &path, const QString &token, const QJsonObject &body, bool creates) const
{
    HttpCall call = PublishHttp::jsonCall("POST", QUrl(tiktokads::kApiBase + path), body);
    call.header("Access-Token", token.toUtf8());
    call.creates = creates;
    return call;
}

HttpCall TikTokAdsPublisher::get(const QString &path, const QString &token, const QList<std::pair<QString, QString>> &query) const
{
    QUrl url(tiktokads::kApiBase + path);
    QUrlQuery items;
    for (const auto &[key, value] : query)
        items.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    url.setQuery(items);
    HttpCall call;
    call.url = url;
    call.header("Access-Token", token.toUtf8());
    return call;
}

void TikTokAdsPublisher::publish(const PublishRequest &request, QObject *context, Checkpoint checkpoint, Done done)
{
    auto job = std::make_shared<Job>();
    job->request = request;
    job->context = context;
    job->checkpoint = std::move(checkpoint);
    job->done = std::move(done);
    if (!request.ad)
        return job->done(permanent(PublishErrorKind::ContentOutOfLimits,
                                   QCoreApplication::translate("cf::TikTokAdsPublisher", "This item belongs to no ad group, so it cannot run as a TikTok ad.")));
    job->ad = *request.ad;
    const QString objective = tiktokads::effectiveObjective(job->ad.adSet.platformObjective);
    if (objective != job->ad.adSet.platformObjective)
        qCInfo(lcPublish) << "tiktok ads: objective" << job->ad.adSet.platformObjective << "needs a pixel or lead form; sent as" << objective;
    job->ad.adSet.platformObjective = objective;
    job->advertiserId = request.connection.accountId;
    job->campaignId = checkpointOf(request, kCampaign);
    job->adGroupId = checkpointOf(request, kAdSet);
    job->videoId = checkpointOf(request, kVideo);
    job->imageId = checkpointOf(request, kImage);
    job->identityId = checkpointOf(request, kIdentity);
    job->locationIds = QJsonDocument::fromJson(checkpointOf(request, kGeo).toUtf8()).array();
    if (!job->adGroupId.isEmpty() || !job->locationIds.isEmpty())
        return createCampaign(job);
    resolveGeo(job);
}

void TikTokAdsPublisher::fail(std::shared_ptr<Job> job, const HttpResult &result, bool creates)
{
    job->done(tiktokads::failure(result, creates, QDateTime::currentDateTimeUtc()));
}

void TikTokAdsPublisher::resolveGeo(std::shared_ptr<Job> job)
{
    const QString placements = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(tiktokads::placementsOf(job->ad.adSet))).toJson(QJsonDocument::Compact));
    const HttpCall call = get(QStringLiteral("tool/region/"), job->request.accessToken,
                              {{QStringLiteral("advertiser_id"), job->advertiserId},
                               {QStringLiteral("placements"), placements},
                               {QStringLiteral("objective_type"), job->ad.adSet.platformObjective}});
    m_http.send(call, job->context, [this, job](const HttpResult &result) {
        if (!tiktokads::succeeded(result))
            return fail(job, result, false);
        const QJsonArray regions = tiktokads::data(result).value(QLatin1String("region_info")).toArray();
        QStringList missing;
        QJsonArray ids;
        for (const QString &place : job->ad.adSet.targeting.locations) {
            // A city is the narrowest match; TikTok refuses overlapping areas, so one id per place.
            QString best;
            int bestRank = -1;
            for (const QJsonValue &value : regions) {
                const QJsonObject region = value.toObject();
                if (region.value(QLatin1String("name")).toString().compare(place, Qt::CaseInsensitive) != 0)
                    continue;
                const QString level = region.value(QLatin1String("level")).toString();
                const int rank = level == QLatin1String("CITY") ? 3 : level == QLatin1String("PROVINCE") ? 2 : 1;
                if (rank > bestRank) {
                    bestRank = rank;
                    best = region.value(QLatin1String("location_id")).toString();
                }
            }
            if (best.isEmpty())
                missing << place;
            else if (!ids.contains(best))
                ids.append(best);
        }
        if (!missing.isEmpty() || ids.isEmpty()) {
            PublishOutcome outcome = permanent(PublishErrorKind::InvalidTargeting,
                                               QCoreApplication::translate("cf::TikTokAdsPublisher", "TikTok has no targetable location named %1.")
                                                   .arg(missing.join(QStringLiteral(", "))));
            return job->done(outcome);
        }
        job->locationIds = ids;
        job->checkpoint(kGeo, QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
        createCampaign(job);
    });
}

void TikTokAdsPublisher::createCampaign(std::shared_ptr<Job> job)
{
    if (!job->campaignId.isEmpty())
        return createAdGroup(job);
    // The budget is set on the ad group (the AI-optimised level moves it
    // between ad groups), so the campaign itself is unlimited.
    const QJsonObject body{{QStringLiteral("advertiser_id"), job->advertiserId},
                           {QStringLiteral("campaign_name"), job->ad.campaignName.left(tiktokads::kMaxName)},
                           {QStringLiteral("objective_type"), job->ad.adSet.platformObjective},
                           {QStringLiteral("budget_mode"), QStringLiteral("BUDGET_MODE_INFINITE")},
                           {QStringLiteral("operation_status"), QStringLiteral("DISABLE")},
                           {QStringLiteral("request_id"), tiktokads::requestId(QStringLiteral("campaign|%1|%2|%3").arg(job->advertiserId).arg(job->ad.campaignId).arg(job->ad.campaignName))}};
    m_http.send(post(QStringLiteral("campaign/create/"), job->request.accessToken, body, true), job->context, [this, job](const HttpResult &result) {
        const QString id = tiktokads::data(result).value(QLatin1String("campaign_id")).toString();
        if (!tiktokads::succeeded(result) || id.isEmpty())
            return fail(job, result, true);
        job->campaignId = id;
        job->checkpoint(kCampaign, id);
        createAdGroup(job);
    });
}

void TikTokAdsPublisher::createAdGroup(std::shared_ptr<Job> job)
{
    if (!job->adGroupId.isEmpty())
        return uploadVideo(job);
    const AdSet &adSet = job->ad.adSet;
    const auto goal = tiktokads::goalFor(adSet.platformObjective).value_or(tiktokads::Goal{QStringLiteral("CLICK"), QStringLiteral("CPC")});
    const bool daily = adSet.budget.period == BudgetPeriod::Daily;
    QJsonObject body{{QStringLiteral("advertiser_id"), job->advertiserId},
                     {QStringLiteral("campaign_id"), job->campaignId},
                     {QStringLiteral("adgroup_name"), job->ad.adSetName.left(tiktokads::kMaxName)},
                     {QStringLiteral("placement_type"), QStringLiteral("PLACEMENT_TYPE_NORMAL")},
                     {QStringLiteral("placements"), QJsonArray::fromStringList(tiktokads::placementsOf(adSet))},
                     {QStringLiteral("location_ids"), job->locationIds},
                     {QStringLiteral("gender"), tiktokads::gender(adSet.targeting.genders)},
                     {QStringLiteral("budget_mode"), daily ? QStringLiteral("BUDGET_MODE_DAY") : QStringLiteral("BUDGET_MODE_TOTAL")},
                     {QStringLiteral("budget"), moneyToMajor(adSet.budget.amount)},
                     {QStringLiteral("optimization_goal"), goal.optimizationGoal},
                     {QStringLiteral("billing_event"), goal.billingEvent},
                     {QStringLiteral("bid_type"), QStringLiteral("BID_TYPE_NO_BID")},
                     {QStringLiteral("pacing"), QStringLiteral("PACING_MODE_SMOOTH")},
                     {QStringLiteral("operation_status"), QStringLiteral("DISABLE")},
                     {QStringLiteral("request_id"), tiktokads::requestId(QStringLiteral("adgroup|%1|%2|%3").arg(job->advertiserId, job->campaignId, job->ad.adSetName))}};
    const QStringList ages = tiktokads::ageGroups(adSet.targeting.ageMin, adSet.targeting.ageMax);
    if (!ages.isEmpty())
        body.insert(QStringLiteral("age_groups"), QJsonArray::fromStringList(ages));
    if (tiktokads::promotionTypeRequired(adSet.platformObjective))
        body.insert(QStringLiteral("promotion_type"), QStringLiteral("WEBSITE"));
    if (adSet.startUtc.isValid() && adSet.endUtc.isValid()) {
        body.insert(QStringLiteral("schedule_type"), QStringLiteral("SCHEDULE_START_END"));
        body.insert(QStringLiteral("schedule_start_time"), tiktokads::utcText(adSet.startUtc));
        body.insert(QStringLiteral("schedule_end_time"), tiktokads::utcText(adSet.endUtc));
    } else {
        body.insert(QStringLiteral("schedule_type"), QStringLiteral("SCHEDULE_FROM_NOW"));
        if (adSet.startUtc.isValid())
            body.insert(QStringLiteral("schedule_start_time"), tiktokads::utcText(adSet.startUtc));
    }
    m_http.send(post(QStringLiteral("adgroup/create/"), job->request.accessToken, body, true), job->context, [this, job](const HttpResult &result) {
        const QString id = tiktokads::data(result).value(QLatin1String("adgroup_id")).toString();
        if (!tiktokads::succeeded(result) || id.isEmpty())
            return fail(job, result, true);
        job->adGroupId = id;
        job->checkpoint(kAdSet, id);
        uploadVideo(job);
    });
}

void TikTokAdsPublisher::uploadVideo(std::shared_ptr<Job> job)
{
    const PublishMedia *video = firstVideo(job->request);
    if (!video || !job->videoId.isEmpty())
        return uploadImage(job);
    QByteArray bytes;
    PublishOutcome unreadable;
    if (!readMediaFile(*video, &bytes, &unreadable))
        return job->done(unreadable);
    const QString fileName = QFileInfo(video->path).fileName();
    HttpCall call = PublishHttp::multipartCall("POST", QUrl(tiktokads::kApiBase + QStringLiteral("file/video/ad/upload/")),
                                               {{"advertiser_id", job->advertiserId.toUtf8(), {}, {}},
                                                {"upload_type", "UPLOAD_BY_FILE", {}, {}},
                                                {"file_name", uploadName(job->request, fileName).toUtf8(), {}, {}},
                                                {"video_signature", QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex(), {}, {}},
                                                {"video_file", bytes, fileName.toUtf8(), video->mimeType.toUtf8()}});
    call.header("Access-Token", job->request.accessToken.toUtf8());
    call.creates = true;
    call.timeoutMs = 10 * 60 * 1000;
    m_http.send(call, job->context, [this, job](const HttpResult &result) {
        // The video answer's data is an array of one.
        const QJsonObject uploaded = result.object().value(QLatin1String("data")).toArray().at(0).toObject();
        const QString id = uploaded.value(QLatin1String("video_id")).toString();
        if (!tiktokads::succeeded(result) || id.isEmpty())
            return fail(job, result, true);
        job->videoId = id;
        job->coverUrl = uploaded.value(QLatin1String("video_cover_url")).toString();
        job->checkpoint(kVideo, id);
        uploadImage(job);
    });
}

// The ad's image: the picture of an image ad, or a video ad's cover (TikTok
// wants exactly one image id with SINGLE_VIDEO): the request's own image when
// it has one, else the cover TikTok made from the video, uploaded by URL.
void TikTokAdsPublisher::uploadImage(std::shared_ptr<Job> job)
{
    if (!job->imageId.isEmpty())
        return ensureIdentity(job);
    const PublishMedia *image = tiktokads::firstImage(job->request);
    std::vector<MultipartField> fields{{"advertiser_id", job->advertiserId.toUtf8(), {}, {}}};
    if (image) {
        QByteArray bytes;
        PublishOutcome unreadable;
        if (!readMediaFile(*image, &bytes, &unreadable))
            return job->done(unreadable);
        const QString fileName = QFileInfo(image->path).fileName();
        fields.push_back({"upload_type", "UPLOAD_BY_FILE", {}, {}});
        fields.push_back({"file_name", uploadName(job->request, fileName).toUtf8(), {}, {}});
        fields.push_back({"image_signature", QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex(), {}, {}});
        fields.push_back({"image_file", bytes, fileName.toUtf8(), image->mimeType.toUtf8()});
    } else if (!job->coverUrl.isEmpty()) {
        fields.push_back({"upload_type", "UPLOAD_BY_URL", {}, {}});
        fields.push_back({"file_name", uploadName(job->request, QStringLiteral("cover.jpg")).toUtf8(), {}, {}});
        fields.push_back({"image_url", job->coverUrl.toUtf8(), {}, {}});
    } else {
        // A retry that holds a video id but not its cover: ask TikTok for it.
        const QString ids = QString::fromUtf8(QJsonDocument(QJsonArray{job->videoId}).toJson(QJsonDocument::Compact));
        const HttpCall call = get(QStringLiteral("file/video/ad/info/"), job->request.accessToken,
                                  {{QStringLiteral("advertiser_id"), job->advertiserId}, {QStringLiteral("video_ids"), ids}});
        return m_http.send(call, job->context, [this, job](const HttpResult &result) {
            const QJsonArray list = tiktokads::data(result).value(QLatin1String("list")).toArray();
            job->coverUrl = list.at(0).toObject().value(QLatin1String("video_cover_url")).toString();
            if (!tiktokads::succeeded(result))
                return fail(job, result, false);
            if (job->coverUrl.isEmpty())
                return job->done(permanent(PublishErrorKind::MediaRejected,
                                           QCoreApplication::translate("cf::TikTokAdsPublisher", "TikTok has no cover image for the uploaded video.")));
            uploadImage(job);
        });
    }
    HttpCall call = PublishHttp::multipartCall("POST", QUrl(tiktokads::kApiBase + QStringLiteral("file/image/ad/upload/")), fields);
    call.header("Access-Token", job->request.accessToken.toUtf8());
    call.creates = true;
    call.timeoutMs = 5 * 60 * 1000;
    m_http.send(call, job->context, [this, job](const HttpResult &result) {
        const QString id = tiktokads::data(result).value(QLatin1String("image_id")).toString();
        if (!tiktokads::succeeded(result) || id.isEmpty())
            return fail(job, result, true);
        job->imageId = id;
        job->checkpoint(kImage, id);
        ensureIdentity(job);
    });
}

// The ad speaks as a CUSTOMIZED_USER identity (name and avatar in the ad).
// One named like the brand is reused, so a lost create answer or a second
// ad never makes another.
void TikTokAdsPublisher::ensureIdentity(std::shared_ptr<Job> job)
{
    if (!job->identityId.isEmpty())
        return createAd(job);
    const QString name = tiktokads::displayName(job->request);
    const HttpCall list = get(QStringLiteral("identity/get/"), job->request.accessToken,
                              {{QStringLiteral("advertiser_id"), job->advertiserId},
                               {QStringLiteral("identity_type"), QStringLiteral("CUSTOMIZED_USER")},
                               {QStringLiteral("page_size"), QStringLiteral("100")}});
    m_http.send(list, job->context, [this, job, name](const HttpResult &listed) {
        if (!tiktokads::succeeded(listed))
            return fail(job, listed, false);
        const QJsonArray identities = tiktokads::data(listed).value(QLatin1String("identity_list")).toArray();
        for (const QJsonValue &value : identities) {
            const QJsonObject identity = value.toObject();
            if (identity.value(QLatin1String("display_name")).toString() == name) {
                job->identityId = identity.value(QLatin1String("identity_id")).toString();
                job->checkpoint(kIdentity, job->identityId);
                return createAd(job);
            }
        }
        const QJsonObject body{{QStringLiteral("advertiser_id"), job->advertiserId}, {QStringLiteral("display_name"), name}};
        m_http.send(post(QStringLiteral("identity/create/"), job->request.accessToken, body, true), job->context, [this, job](const HttpResult &result) {
            const QString id = tiktokads::data(result).value(QLatin1String("identity_id")).toString();
            if (!tiktokads::succeeded(result) || id.isEmpty())
                return fail(job, result, true);
            job->identityId = id;
            job->checkpoint(kIdentity, id);
            createAd(job);
        });
    });
}

void TikTokAdsPublisher::createAd(std::shared_ptr<Job> job)
{
    const bool video = !job->videoId.isEmpty();
    QJsonObject creative{{QStringLiteral("ad_name"), job->ad.adName.left(tiktokads::kMaxName)},
                         {QStringLiteral("ad_format"), video ? QStringLiteral("SINGLE_VIDEO") : QStringLiteral("SINGLE_IMAGE")},
                         {QStringLiteral("ad_text"), publishtext::primaryText(job->request)},
                         {QStringLiteral("call_to_action"), tiktokads::callToAction(job->request.item.copy ? job->request.item.copy->callToActionType : QString())},
                         {QStringLiteral("landing_page_url"), tiktokads::landingUrl(job->request)},
                         {QStringLiteral("display_name"), tiktokads::displayName(job->request)},
                         {QStringLiteral("image_ids"), QJsonArray{job->imageId}},
                         {QStringLiteral("operation_status"), QStringLiteral("DISABLE")}};
    if (video)
        creative.insert(QStringLiteral("video_id"), job->videoId);
    creative.insert(QStringLiteral("identity_type"), QStringLiteral("CUSTOMIZED_USER"));
    creative.insert(QStringLiteral("identity_id"), job->identityId);
    const QJsonObject body{{QStringLiteral("advertiser_id"), job->advertiserId},
                           {QStringLiteral("adgroup_id"), job->adGroupId},
                           {QStringLiteral("creatives"), QJsonArray{creative}},
                           {QStringLiteral("request_id"), tiktokads::requestId(QStringLiteral("ad|%1|%2|%3").arg(job->request.idempotencyKey, job->adGroupId, job->ad.adName))}};
    m_http.send(post(QStringLiteral("ad/create/"), job->request.accessToken, body, true), job->context, [this, job](const HttpResult &result) {
        const QString id = tiktokads::data(result).value(QLatin1String("ad_ids")).toArray().at(0).toString();
        if (!tiktokads::succeeded(result) || id.isEmpty())
            return fail(job, result, true);
        PublishOutcome outcome;
        outcome.status = PublishStatus::Published;
        outcome.externalId = id;
        job->done(outcome);
    });
}

} // namespace cf
