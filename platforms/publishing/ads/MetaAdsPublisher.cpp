#include "platforms/publishing/ads/MetaAdsPublisher.h"

#include "platforms/publishing/MetaGraphErrors.h"
#include "platforms/publishing/PublishLog.h"
#include "platforms/publishing/PublishMediaKinds.h"
#include "platforms/publishing/PublishText.h"
#include "platforms/publishing/ads/MetaAdsJob.h"
#include "platforms/publishing/ads/MetaAdsPayload.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

namespace cf {

namespace {

QString compact(const QJsonValue &value)
{
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

const PublishMedia *firstImage(const PublishRequest &request)
{
    for (const PublishMedia &media : request.media) {
        if (media.mimeType.startsWith(QLatin1String("image/")))
            return &media;
    }
    return nullptr;
}

PublishOutcome refusal(PublishErrorKind kind, const QString &message)
{
    PublishOutcome outcome;
    outcome.status = PublishStatus::FailedPermanent;
    outcome.error = kind;
    outcome.platformMessage = message;
    return outcome;
}

} // namespace

MetaAdsPublisher::MetaAdsPublisher(QNetworkAccessManager &network, const EndpointMap &endpoints, Platform platform)
    : m_http(network, endpoints)
    , m_platform(platform)
{
}

QStringList MetaAdsPublisher::checkLimits(const PublishRequest &request) const
{
    QStringList problems;
    if (!request.ad) {
        problems << QCoreApplication::translate("cf::MetaAdsPublisher", "This item belongs to no ad set, so it cannot go out as a Meta ad.");
        return problems;
    }
    const AdSpec &ad = *request.ad;
    const Platform platform = request.item.platform;
    if (ad.pageId.isEmpty())
        problems << QCoreApplication::translate("cf::MetaAdsPublisher", "A Meta ad speaks for a Facebook Page: connect a Page under the same Facebook account.");
    if (metaads::placesOnInstagram(ad.adSet, platform) && ad.instagramActorId.isEmpty())
        problems << QCoreApplication::translate("cf::MetaAdsPublisher", "Instagram placements need the Instagram account connected to the Page; connect it or remove the Instagram placement.");
    if (!metaads::objectiveFor(ad.adSet))
        problems << QCoreApplication::translate("cf::MetaAdsPublisher", "App promotion ads need an app, which CampaignForge does not manage yet; choose another objective.");
    if (ad.adSet.targeting.locations.isEmpty())
        problems << QCoreApplication::translate("cf::MetaAdsPublisher", "The ad set names no city to target.");
    if (ad.adSet.budget.amount.minor <= 0)
        problems << QCoreApplication::translate("cf::MetaAdsPublisher", "The ad set has no budget.");
    if (ad.adSet.budget.period == BudgetPeriod::Total && !ad.adSet.endUtc.isValid())
        problems << QCoreApplication::translate("cf::MetaAdsPublisher", "A total (lifetime) budget needs an end date for the ad set.");
    if (ad.adSet.endUtc.isValid() && ad.adSet.endUtc <= QDateTime::currentDateTimeUtc())
        problems << QCoreApplication::translate("cf::MetaAdsPublisher", "The ad set's end date (%1) has passed.").arg(ad.adSet.endUtc.toString(Qt::ISODate));
    const PublishMedia *image = firstImage(request);
    const PublishMedia *video = firstVideo(request);
    if (!image && !video)
        problems << QCoreApplication::translate("cf::MetaAdsPublisher", "A Meta ad needs an image or a video.");
    if (image && image->sizeBytes > kMaxImageBytes)
        problems << QCoreApplication::translate("cf::MetaAdsPublisher", "The image %1 is larger than Meta's 30 MB limit.").arg(QFileInfo(image->path).fileName());
    if (video && video->sizeBytes > kMaxVideoBytes)
        problems << QCoreApplication::translate("cf::MetaAdsPublisher", "The video %1 is larger than Meta's 4 GB limit for ad videos.").arg(QFileInfo(video->path).fileName());
    if (metaads::landingUrl(request).isEmpty())
        problems << QCoreApplication::translate("cf::MetaAdsPublisher", "The ad needs a landing page link for its call to action.");
    const QString text = publishtext::primaryText(request);
    if (text.size() > kMaxPrimaryText)
        problems << QCoreApplication::translate("cf::MetaAdsPublisher", "The ad's primary text has %1 characters; Meta allows about %2.").arg(text.size()).arg(kMaxPrimaryText);
    const QString headline = publishtext::headline(request);
    if (headline.size() > kMaxHeadline)
        problems << QCoreApplication::translate("cf::MetaAdsPublisher", "The ad's headline has %1 characters; keep it under %2 (Meta shows about 40).").arg(headline.size()).arg(kMaxHeadline);
    return problems;
}

void MetaAdsPublisher::publish(const PublishRequest &request, QObject *context, Checkpoint checkpoint, Done done)
{
    const QStringList problems = checkLimits(request);
    if (!problems.isEmpty())
        return done(refusal(PublishErrorKind::ContentOutOfLimits, problems.join(QLatin1Char('\n'))));
    auto job = std::make_shared<Job>();
    job->request = request;
    job->ad = *request.ad;
    job->context = context;
    job->checkpoint = std::move(checkpoint);
    job->done = std::move(done);
    job->account = metaads::accountPath(request.connection);
    job->objective = *metaads::objectiveFor(job->ad.adSet);
    job->ids = request.checkpoints;
    if (const PublishMedia *video = firstVideo(request))
        job->video = *video;
    if (job->objective.fallback)
        qCInfo(lcPublish) << "meta ads: objective" << job->ad.adSet.platformObjective
                          << "needs a pixel or lead form; sent as OUTCOME_TRAFFIC with LINK_CLICKS";
    if (job->has("adset"))
        return uploadImage(job);
    if (job->has("geo")) {
        job->geo = QJsonDocument::fromJson(job->id("geo").toUtf8()).array();
        if (!job->geo.isEmpty())
            return checkCurrency(job);
    }
    job->cities = job->ad.adSet.targeting.locations;
    job->geo = QJsonArray();
    resolveNextCity(job);
}

void MetaAdsPublisher::resolveNextCity(std::shared_ptr<Job> job)
{
    if (job->nextCity >= job->cities.size()) {
        job->save("geo", compact(job->geo));
        return checkCurrency(job);
    }
    const QString city = job->cities.at(job->nextCity).trimmed();
    const HttpCall call = get(QStringLiteral("search"), job->request.accessToken,
                              {{QStringLiteral("type"), QStringLiteral("adgeolocation")},
                               {QStringLiteral("location_types"), QStringLiteral("[\"city\"]")},
                               {QStringLiteral("q"), city},
                               {QStringLiteral("limit"), QStringLiteral("10")}});
    m_http.send(call, job->context, [this, job, city](const HttpResult &result) {
        if (!result.ok())
            return job->fail(result, false);
        const QJsonArray data = result.object().value(QLatin1String("data")).toArray();
        QJsonObject match;
        for (const QJsonValue &value : data) {
            const QJsonObject place = value.toObject();
            if (place.value(QLatin1String("type")).toString() != QLatin1String("city"))
                continue;
            if (place.value(QLatin1String("name")).toString().compare(city, Qt::CaseInsensitive) == 0) {
                match = place;
                break;
            }
            if (match.isEmpty())
                match = place; // Meta ranks the best match first
        }
        const QString key = match.value(QLatin1String("key")).toString();
        if (key.isEmpty()) {
            return job->done(refusal(PublishErrorKind::InvalidTargeting,
                                     QCoreApplication::translate("cf::MetaAdsPublisher", "Meta knows no city called \"%1\" for ad targeting; correct the place name in the ad set.").arg(city)));
        }
        job->geo.append(QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("name"), match.value(QLatin1String("name")).toString()}});
        ++job->nextCity;
        resolveNextCity(job);
    });
}

void MetaAdsPublisher::checkCurrency(std::shared_ptr<Job> job)
{
    const QString budgetCurrency = job->ad.adSet.budget.amount.currency.toUpper();
    m_http.send(get(job->account, job->request.accessToken, {{QStringLiteral("fields"), QStringLiteral("currency")}}), job->context,
                [this, job, budgetCurrency](const HttpResult &result) {
                    if (!result.ok())
                        return job->fail(result, false);
                    const QString accountCurrency = result.object().value(QLatin1String("currency")).toString().toUpper();
                    if (!budgetCurrency.isEmpty() && !accountCurrency.isEmpty() && accountCurrency != budgetCurrency) {
                        return job->done(refusal(PublishErrorKind::ContentOutOfLimits,
                                                 QCoreApplication::translate("cf::MetaAdsPublisher", "The ad account bills in %1 but the ad set's budget is in %2; use an ad account in %2 or change the campaign's currency.")
                                                     .arg(accountCurrency, budgetCurrency)));
                    }
                    findOrCreateCampaign(job);
                });
}

void MetaAdsPublisher::findOrCreateCampaign(std::shared_ptr<Job> job)
{
    if (job->has("campaign"))
        return findOrCreateAdSet(job);
    findByName(job, QStringLiteral("campaigns"), job->ad.campaignName, [this, job](const QString &existing) {
        if (existing.isEmpty())
            return createCampaign(job);
        job->save("campaign", existing);
        findOrCreateAdSet(job);
    });
}

void MetaAdsPublisher::createCampaign(std::shared_ptr<Job> job)
{
    // The budget lives on the ad set, so the campaign says it shares none (v24+ requires the flag).
    const HttpCall call = post(job->account + QStringLiteral("/campaigns"), job->request.accessToken,
                               {{QStringLiteral("name"), job->ad.campaignName},
                                {QStringLiteral("objective"), job->objective.objective},
                                {QStringLiteral("status"), QStringLiteral("PAUSED")},
                                {QStringLiteral("special_ad_categories"), QStringLiteral("[]")},
                                {QStringLiteral("buying_type"), QStringLiteral("AUCTION")},
                                {QStringLiteral("is_adset_budget_sharing_enabled"), QStringLiteral("false")}},
                               true);
    m_http.send(call, job->context, [this, job](const HttpResult &result) {
        const QString id = result.object().value(QLatin1String("id")).toString();
        if (!result.ok() || id.isEmpty())
            return job->fail(result, true);
        job->save("campaign", id);
        findOrCreateAdSet(job);
    });
}

void MetaAdsPublisher::findOrCreateAdSet(std::shared_ptr<Job> job)
{
    findByName(job, QStringLiteral("adsets"), job->ad.adSetName, [this, job](const QString &existing) {
        if (existing.isEmpty())
            return createAdSet(job);
        job->save("adset", existing);
        uploadImage(job);
    });
}

void MetaAdsPublisher::createAdSet(std::shared_ptr<Job> job)
{
    const AdSet &set = job->ad.adSet;
    QJsonArray keys;
    for (const QJsonValue &place : std::as_const(job->geo))
        keys.append(place.toObject().value(QLatin1String("key")));
    const bool lifetime = set.budget.period == BudgetPeriod::Total;
    QList<std::pair<QString, QString>> fields{
        {QStringLiteral("name"), job->ad.adSetName},
        {QStringLiteral("campaign_id"), job->id("campaign")},
        {QStringLiteral("targeting"), compact(metaads::targeting(set, keys, job->request.item.platform))},
        {QStringLiteral("optimization_goal"), job->objective.optimizationGoal},
        {QStringLiteral("billing_event"), job->objective.billingEvent},
        {QStringLiteral("bid_strategy"), QStringLiteral("LOWEST_COST_WITHOUT_CAP")},
        {lifetime ? QStringLiteral("lifetime_budget") : QStringLiteral("daily_budget"), QString::number(metaads::metaAmount(set.budget.amount))},
        {QStringLiteral("status"), QStringLiteral("PAUSED")}};
    if (set.startUtc.isValid() && set.startUtc > QDateTime::currentDateTimeUtc())
        fields.append({QStringLiteral("start_time"), metaads::graphTime(set.startUtc)});
    if (set.endUtc.isValid())
        fields.append({QStringLiteral("end_time"), metaads::graphTime(set.endUtc)});
    m_http.send(post(job->account + QStringLiteral("/adsets"), job->request.accessToken, fields, true), job->context,
                [this, job](const HttpResult &result) {
                    const QString id = result.object().value(QLatin1String("id")).toString();
                    if (!result.ok() || id.isEmpty())
                        return job->fail(result, true);
                    job->save("adset", id);
                    uploadImage(job);
                });
}

void MetaAdsPublisher::uploadImage(std::shared_ptr<Job> job)
{
    // A video ad uses the item's image (if any) as its thumbnail.
    const PublishMedia *imageMedia = firstImage(job->request);
    if (job->has("image") || !imageMedia)
        return job->video ? uploadVideo(job) : createCreative(job);
    const PublishMedia &media = *imageMedia;
    QByteArray data;
    PublishOutcome failure;
    if (!readMediaFile(media, &data, &failure))
        return job->done(failure);
    const QString fileName = QFileInfo(media.path).fileName();
    HttpCall call = PublishHttp::multipartCall("POST", metagraph::graphUrl(job->account + QStringLiteral("/adimages")),
                                               {{"filename", data, fileName.toUtf8(), media.mimeType.toUtf8()}});
    call.header("Authorization", metagraph::authorization(job->request.accessToken));
    call.creates = true;
    call.timeoutMs = 5 * 60 * 1000; // the whole file goes up in this one request
    m_http.send(call, job->context, [this, job, fileName](const HttpResult &result) {
        const QJsonObject images = result.object().value(QLatin1String("images")).toObject();
        // Keyed by the uploaded file's name; fall back to the only entry.
        QJsonObject image = images.value(fileName).toObject();
        if (image.isEmpty() && images.size() == 1)
            image = images.begin().value().toObject();
        const QString hash = image.value(QLatin1String("hash")).toString();
        if (!result.ok() || hash.isEmpty())
            return job->fail(result, true);
        job->save("image", hash);
        job->video ? uploadVideo(job) : createCreative(job);
    });
}

void MetaAdsPublisher::createCreative(std::shared_ptr<Job> job)
{
    if (job->has("creative"))
        return createAd(job);
    const QString link = metaads::landingUrl(job->request);
    QJsonObject story{{QStringLiteral("page_id"), job->ad.pageId}};
    if (job->video)
        story.insert(QStringLiteral("video_data"), videoData(job, link));
    else
        story.insert(QStringLiteral("link_data"), linkData(job, link));
    if (metaads::placesOnInstagram(job->ad.adSet, job->request.item.platform) && !job->ad.instagramActorId.isEmpty())
        story.insert(QStringLiteral("instagram_user_id"), job->ad.instagramActorId);
    const HttpCall call = post(job->account + QStringLiteral("/adcreatives"), job->request.accessToken,
                               {{QStringLiteral("name"), job->ad.adName}, {QStringLiteral("object_story_spec"), compact(story)}}, true);
    m_http.send(call, job->context, [this, job](const HttpResult &result) {
        const QString id = result.object().value(QLatin1String("id")).toString();
        if (!result.ok() || id.isEmpty())
            return job->fail(result, true);
        job->save("creative", id);
        createAd(job);
    });
}

QJsonObject MetaAdsPublisher::linkData(std::shared_ptr<Job> job, const QString &link) const
{
    QJsonObject linkData{{QStringLiteral("image_hash"), job->id("image")},
                         {QStringLiteral("link"), link},
                         {QStringLiteral("call_to_action"),
                          QJsonObject{{QStringLiteral("type"), metaads::callToAction(job->request)},
                                      {QStringLiteral("value"), QJsonObject{{QStringLiteral("link"), link}}}}}};
    const QString message = publishtext::primaryText(job->request);
    if (!message.isEmpty())
        linkData.insert(QStringLiteral("message"), message);
    const QString headline = publishtext::headline(job->request);
    if (!headline.isEmpty())
        linkData.insert(QStringLiteral("name"), headline);
    return linkData;
}

void MetaAdsPublisher::findByName(std::shared_ptr<Job> job, const QString &edge, const QString &name,
                                  std::function<void(const QString &)> found)
{
    // Read-only: an entity whose create answer was lost earlier is reused, not made twice.
    const HttpCall call = get(job->account + QLatin1Char('/') + edge, job->request.accessToken,
                              {{QStringLiteral("filtering"), metaads::nameFilter(name)}, {QStringLiteral("fields"), QStringLiteral("id,name")}});
    m_http.send(call, job->context, [job, name, found = std::move(found)](const HttpResult &result) {
        if (!result.ok())
            return job->fail(result, false);
        const QJsonArray data = result.object().value(QLatin1String("data")).toArray();
        for (const QJsonValue &value : data) {
            const QJsonObject entity = value.toObject();
            if (entity.value(QLatin1String("name")).toString() == name)
                return found(entity.value(QLatin1String("id")).toString());
        }
        found(QString());
    });
}

void MetaAdsPublisher::createAd(std::shared_ptr<Job> job)
{
    const QString creative = compact(QJsonObject{{QStringLiteral("creative_id"), job->id("creative")}});
    const HttpCall call = post(job->account + QStringLiteral("/ads"), job->request.accessToken,
                               {{QStringLiteral("name"), job->ad.adName},
                                {QStringLiteral("adset_id"), job->id("adset")},
                                {QStringLiteral("creative"), creative},
                                {QStringLiteral("status"), QStringLiteral("PAUSED")}},
                               true);
    m_http.send(call, job->context, [job](const HttpResult &result) {
        const QString id = result.object().value(QLatin1String("id")).toString();
        if (!result.ok() || id.isEmpty())
            return job->fail(result, true);
        PublishOutcome outcome;
        outcome.status = PublishStatus::Published;
        outcome.externalId = id;
        outcome.permalink = metaads::adsManagerUrl(job->request.connection, id);
        job->done(outcome);
    });
}

} // namespace cf
