#include "platforms/publishing/ads/SnapchatAdsPublisher.h"

#include "platforms/publishing/PublishLog.h"
#include "platforms/publishing/PublishMediaKinds.h"
#include "platforms/publishing/PublishText.h"
#include "platforms/publishing/ads/AdPlaces.h"
#include "platforms/publishing/ads/SnapchatAdsRules.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTimer>

#include <map>

namespace cf {

namespace {

const QString kGeo = QStringLiteral("geo");
const QString kCampaign = QStringLiteral("campaign");
const QString kAdSet = QStringLiteral("adset");
const QString kMedia = QStringLiteral("media");
const QString kCreative = QStringLiteral("creative");

QString checkpointOf(const PublishRequest &request, const QString &step)
{
    const auto it = request.checkpoints.find(step);
    return it == request.checkpoints.end() ? QString() : it->second;
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

struct SnapchatAdsPublisher::Job
{
    PublishRequest request;
    AdSpec ad;
    QObject *context = nullptr;
    Checkpoint checkpoint;
    Done done;
    QString accountId;
    QJsonArray geos;
    int nextPlace = 0;
    std::map<QString, QList<QJsonObject>> metros; // per country code, fetched once
    QString campaignId;
    QString squadId;
    QString mediaId;
    QString creativeId;
};

SnapchatAdsPublisher::SnapchatAdsPublisher(QNetworkAccessManager &network, const EndpointMap &endpoints)
    : m_http(network, endpoints)
    , m_brandNameLimit(snapchatads::kMaxBrandName)
{
    m_clock.start();
}

HttpCall SnapchatAdsPublisher::call(const QByteArray &verb, const QString &path, const QString &token, const QJsonObject &body, bool creates) const
{
    HttpCall http = body.isEmpty() ? HttpCall() : PublishHttp::jsonCall(verb, QUrl(), body);
    http.verb = verb;
    http.url = QUrl(snapchatads::kApiBase + path);
    http.header("Authorization", PublishHttp::bearer(token));
    http.creates = creates;
    return http;
}

void SnapchatAdsPublisher::send(const HttpCall &http, QObject *context, std::function<void(const HttpResult &)> done)
{
    const qint64 now = m_clock.elapsed();
    const qint64 at = qMax(now, m_nextCallMs);
    m_nextCallMs = at + snapchatads::kMinCallSpacingMs;
    if (at <= now)
        return m_http.send(http, context, std::move(done));
    QTimer::singleShot(int(at - now), context, [this, http, context, done = std::move(done)]() mutable { m_http.send(http, context, std::move(done)); });
}

void SnapchatAdsPublisher::publish(const PublishRequest &request, QObject *context, Checkpoint checkpoint, Done done)
{
    auto job = std::make_shared<Job>();
    job->request = request;
    job->context = context;
    job->checkpoint = std::move(checkpoint);
    job->done = std::move(done);
    if (!request.ad)
        return job->done(permanent(PublishErrorKind::ContentOutOfLimits,
                                   QCoreApplication::translate("cf::SnapchatAdsPublisher", "This item belongs to no ad squad, so it cannot run as a Snapchat ad.")));
    job->ad = *request.ad;
    const QString objective = snapchatads::effectiveObjective(job->ad.adSet.platformObjective);
    if (objective != job->ad.adSet.platformObjective)
        qCInfo(lcPublish) << "snapchat ads: objective" << job->ad.adSet.platformObjective << "needs a pixel, lead form or catalogue; sent as" << objective;
    job->ad.adSet.platformObjective = objective;
    job->accountId = request.connection.accountId;
    job->campaignId = checkpointOf(request, kCampaign);
    job->squadId = checkpointOf(request, kAdSet);
    job->mediaId = checkpointOf(request, kMedia);
    job->creativeId = checkpointOf(request, kCreative);
    job->geos = QJsonDocument::fromJson(checkpointOf(request, kGeo).toUtf8()).array();
    if (!job->squadId.isEmpty() || !job->geos.isEmpty())
        return findOrCreateCampaign(job);
    resolveNextPlace(job);
}

void SnapchatAdsPublisher::fail(std::shared_ptr<Job> job, const HttpResult &result, bool creates)
{
    job->done(snapchatads::failure(result, creates, QDateTime::currentDateTimeUtc()));
}

// Countries go into geos as they are; a city needs the metro id Snapchat
// lists for its country.
void SnapchatAdsPublisher::resolveNextPlace(std::shared_ptr<Job> job)
{
    const QStringList &places = job->ad.adSet.targeting.locations;
    if (job->nextPlace >= places.size()) {
        if (job->geos.isEmpty())
            return job->done(permanent(PublishErrorKind::InvalidTargeting,
                                       QCoreApplication::translate("cf::SnapchatAdsPublisher", "A Snapchat ad squad needs at least one location.")));
        job->checkpoint(kGeo, QString::fromUtf8(QJsonDocument(job->geos).toJson(QJsonDocument::Compact)));
        return findOrCreateCampaign(job);
    }
    const QString name = places.at(job->nextPlace);
    const auto place = adplaces::find(name);
    if (!place)
        return job->done(permanent(PublishErrorKind::InvalidTargeting,
                                   QCoreApplication::translate("cf::SnapchatAdsPublisher", "CampaignForge does not know where %1 is, so Snapchat cannot target it.").arg(name)));
    const QString country = place->countryCode.toLower();
    if (place->isCountry) {
        job->geos.append(QJsonObject{{QStringLiteral("country_code"), country}, {QStringLiteral("operation"), QStringLiteral("INCLUDE")}});
        ++job->nextPlace;
        return resolveNextPlace(job);
    }
    const auto known = job->metros.find(country);
    if (known == job->metros.end()) {
        return send(call("GET", QStringLiteral("targeting/geo/%1/metro").arg(country), job->request.accessToken), job->context,
                    [this, job, country](const HttpResult &result) {
                        if (!result.ok())
                            return fail(job, result, false);
                        job->metros[country] = snapchatads::entities(result, QStringLiteral("targeting_dimensions"), QStringLiteral("metro"));
                        resolveNextPlace(job);
                    });
    }
    for (const QJsonObject &metro : known->second) {
        if (metro.value(QLatin1String("name")).toString().compare(name, Qt::CaseInsensitive) == 0) {
            job->geos.append(QJsonObject{{QStringLiteral("country_code"), country},
                                         {QStringLiteral("metro_id"), metro.value(QLatin1String("id")).toString()},
                                         {QStringLiteral("operation"), QStringLiteral("INCLUDE")}});
            ++job->nextPlace;
            return resolveNextPlace(job);
        }
    }
    job->done(permanent(PublishErrorKind::InvalidTargeting,
                        QCoreApplication::translate("cf::SnapchatAdsPublisher", "Snapchat has no targetable area named %1.").arg(name)));
}

void SnapchatAdsPublisher::findOrCreateCampaign(std::shared_ptr<Job> job)
{
    if (!job->campaignId.isEmpty())
        return findOrCreateSquad(job);
    send(call("GET", QStringLiteral("adaccounts/%1/campaigns").arg(job->accountId), job->request.accessToken), job->context,
         [this, job](const HttpResult &listed) {
             if (!listed.ok())
                 return fail(job, listed, false);
             for (const QJsonObject &campaign : snapchatads::entities(listed, QStringLiteral("campaigns"), QStringLiteral("campaign"))) {
                 if (campaign.value(QLatin1String("name")).toString() == job->ad.campaignName) {
                     job->campaignId = campaign.value(QLatin1String("id")).toString();
                     job->checkpoint(kCampaign, job->campaignId);
                     return findOrCreateSquad(job);
                 }
             }
             const AdSet &adSet = job->ad.adSet;
             QJsonObject campaign{{QStringLiteral("name"), job->ad.campaignName.left(snapchatads::kMaxName)},
                                  {QStringLiteral("ad_account_id"), job->accountId},
                                  {QStringLiteral("status"), QStringLiteral("PAUSED")},
                                  {QStringLiteral("objective"), adSet.platformObjective},
                                  {QStringLiteral("start_time"), snapchatads::isoTime(adSet.startUtc.isValid() ? adSet.startUtc : QDateTime::currentDateTimeUtc())}};
             if (adSet.endUtc.isValid())
                 campaign.insert(QStringLiteral("end_time"), snapchatads::isoTime(adSet.endUtc));
             send(call("POST", QStringLiteral("adaccounts/%1/campaigns").arg(job->accountId), job->request.accessToken,
                       QJsonObject{{QStringLiteral("campaigns"), QJsonArray{campaign}}}, true),
                  job->context, [this, job](const HttpResult &result) {
                      const auto created = snapchatads::firstEntity(result, QStringLiteral("campaigns"), QStringLiteral("campaign"));
                      if (!created)
                          return fail(job, result, true);
                      job->campaignId = created->value(QLatin1String("id")).toString();
                      job->checkpoint(kCampaign, job->campaignId);
                      findOrCreateSquad(job);
                  });
         });
}

void SnapchatAdsPublisher::findOrCreateSquad(std::shared_ptr<Job> job)
{
    if (!job->squadId.isEmpty())
        return createMedia(job);
    send(call("GET", QStringLiteral("campaigns/%1/adsquads").arg(job->campaignId), job->request.accessToken), job->context,
         [this, job](const HttpResult &listed) {
             if (!listed.ok())
                 return fail(job, listed, false);
             for (const QJsonObject &squad : snapchatads::entities(listed, QStringLiteral("adsquads"), QStringLiteral("adsquad"))) {
                 if (squad.value(QLatin1String("name")).toString() == job->ad.adSetName) {
                     job->squadId = squad.value(QLatin1String("id")).toString();
                     job->checkpoint(kAdSet, job->squadId);
                     return createMedia(job);
                 }
             }
             const AdSet &adSet = job->ad.adSet;
             QJsonObject demographics;
             if (adSet.targeting.ageMin)
                 demographics.insert(QStringLiteral("min_age"), qBound(13, *adSet.targeting.ageMin, 55));
             if (adSet.targeting.ageMax)
                 demographics.insert(QStringLiteral("max_age"), qBound(13, *adSet.targeting.ageMax, 55));
             if (adSet.targeting.genders.size() == 1)
                 demographics.insert(QStringLiteral("gender"), adSet.targeting.genders.first().toUpper());
             QStringList countries;
             for (const QJsonValue &geo : std::as_const(job->geos)) {
                 const QString country = geo.toObject().value(QLatin1String("country_code")).toString();
                 if (!countries.contains(country))
                     countries << country;
             }
             // Several countries need exactly one language (ads.md 3.4).
             if (countries.size() > 1)
                 demographics.insert(QStringLiteral("languages"), QJsonArray{job->request.language.isEmpty() ? QStringLiteral("en") : job->request.language});
             QJsonObject targeting{{QStringLiteral("geos"), job->geos}};
             if (!demographics.isEmpty())
                 targeting.insert(QStringLiteral("demographics"), QJsonArray{demographics});
             const bool daily = adSet.budget.period == BudgetPeriod::Daily;
             QJsonObject squad{{QStringLiteral("campaign_id"), job->campaignId},
                               {QStringLiteral("name"), job->ad.adSetName.left(snapchatads::kMaxName)},
                               {QStringLiteral("type"), QStringLiteral("SNAP_ADS")},
                               {QStringLiteral("status"), QStringLiteral("PAUSED")},
                               {QStringLiteral("placement_v2"), QJsonObject{{QStringLiteral("config"), QStringLiteral("AUTOMATIC")}}},
                               {QStringLiteral("billing_event"), QStringLiteral("IMPRESSION")},
                               {QStringLiteral("optimization_goal"), snapchatads::optimizationGoalFor(adSet.platformObjective).value_or(QStringLiteral("SWIPES"))},
                               {QStringLiteral("bid_strategy"), QStringLiteral("AUTO_BID")},
                               {daily ? QStringLiteral("daily_budget_micro") : QStringLiteral("lifetime_budget_micro"), snapchatads::toMicro(adSet.budget.amount)},
                               {QStringLiteral("start_time"), snapchatads::isoTime(adSet.startUtc.isValid() ? adSet.startUtc : QDateTime::currentDateTimeUtc())},
                               {QStringLiteral("targeting"), targeting}};
             if (adSet.endUtc.isValid())
                 squad.insert(QStringLiteral("end_time"), snapchatads::isoTime(adSet.endUtc));
             send(call("POST", QStringLiteral("campaigns/%1/adsquads").arg(job->campaignId), job->request.accessToken,
                       QJsonObject{{QStringLiteral("adsquads"), QJsonArray{squad}}}, true),
                  job->context, [this, job](const HttpResult &result) {
                      const auto created = snapchatads::firstEntity(result, QStringLiteral("adsquads"), QStringLiteral("adsquad"));
                      if (!created)
                          return fail(job, result, true);
                      job->squadId = created->value(QLatin1String("id")).toString();
                      job->checkpoint(kAdSet, job->squadId);
                      createMedia(job);
                  });
         });
}

void SnapchatAdsPublisher::createMedia(std::shared_ptr<Job> job)
{
    if (!job->creativeId.isEmpty())
        return createAd(job);
    const PublishMedia *media = snapchatads::topSnapMedia(job->request);
    if (!media)
        return job->done(permanent(PublishErrorKind::MediaRejected,
                                   QCoreApplication::translate("cf::SnapchatAdsPublisher", "A Snapchat ad needs an image or a video.")));
    if (!job->mediaId.isEmpty()) {
        // A retry: the media entity exists; upload only if it is not READY yet.
        return send(call("GET", QStringLiteral("media/%1").arg(job->mediaId), job->request.accessToken), job->context, [this, job](const HttpResult &result) {
            const auto entity = snapchatads::firstEntity(result, QStringLiteral("media"), QStringLiteral("media"));
            if (!entity)
                return fail(job, result, false);
            if (entity->value(QLatin1String("media_status")).toString() == QLatin1String("READY"))
                return createCreative(job);
            uploadMedia(job);
        });
    }
    const QJsonObject entity{{QStringLiteral("name"), QStringLiteral("cf-%1-%2").arg(job->request.targetId).arg(QFileInfo(media->path).fileName()).left(snapchatads::kMaxName)},
                             {QStringLiteral("type"), isVideoMedia(*media) ? QStringLiteral("VIDEO") : QStringLiteral("IMAGE")},
                             {QStringLiteral("ad_account_id"), job->accountId}};
    send(call("POST", QStringLiteral("adaccounts/%1/media").arg(job->accountId), job->request.accessToken,
              QJsonObject{{QStringLiteral("media"), QJsonArray{entity}}}, true),
         job->context, [this, job](const HttpResult &result) {
             const auto created = snapchatads::firstEntity(result, QStringLiteral("media"), QStringLiteral("media"));
             if (!created)
                 return fail(job, result, true);
             job->mediaId = created->value(QLatin1String("id")).toString();
             job->checkpoint(kMedia, job->mediaId);
             uploadMedia(job);
         });
}

// Uploading replaces the file of an existing media entity, so it may be
// repeated: it is not sent as a create.
void SnapchatAdsPublisher::uploadMedia(std::shared_ptr<Job> job)
{
    const PublishMedia *media = snapchatads::topSnapMedia(job->request);
    QByteArray bytes;
    PublishOutcome unreadable;
    if (!readMediaFile(*media, &bytes, &unreadable))
        return job->done(unreadable);
    HttpCall upload = PublishHttp::multipartCall("POST", QUrl(snapchatads::kApiBase + QStringLiteral("media/%1/upload").arg(job->mediaId)),
                                                 {{"file", bytes, QFileInfo(media->path).fileName().toUtf8(), media->mimeType.toUtf8()}});
    upload.header("Authorization", PublishHttp::bearer(job->request.accessToken));
    upload.timeoutMs = 10 * 60 * 1000;
    send(upload, job->context, [this, job](const HttpResult &result) {
        const QJsonObject uploaded = result.object().value(QLatin1String("result")).toObject();
        if (!result.ok() || uploaded.value(QLatin1String("media_status")).toString() != QLatin1String("READY"))
            return fail(job, result, false);
        createCreative(job);
    });
}

void SnapchatAdsPublisher::createCreative(std::shared_ptr<Job> job)
{
    const QJsonObject creative{{QStringLiteral("ad_account_id"), job->accountId},
                               {QStringLiteral("name"), job->ad.adName.left(snapchatads::kMaxName)},
                               {QStringLiteral("type"), QStringLiteral("WEB_VIEW")},
                               {QStringLiteral("headline"), publishtext::headline(job->request)},
                               {QStringLiteral("brand_name"), snapchatads::brandName(job->request)},
                               {QStringLiteral("shareable"), true},
                               {QStringLiteral("call_to_action"), snapchatads::callToAction(job->request.item.copy ? job->request.item.copy->callToActionType : QString())},
                               {QStringLiteral("top_snap_media_id"), job->mediaId},
                               {QStringLiteral("web_view_properties"), QJsonObject{{QStringLiteral("url"), snapchatads::landingUrl(job->request)}}}};
    send(call("POST", QStringLiteral("adaccounts/%1/creatives").arg(job->accountId), job->request.accessToken,
              QJsonObject{{QStringLiteral("creatives"), QJsonArray{creative}}}, true),
         job->context, [this, job](const HttpResult &result) {
             const auto created = snapchatads::firstEntity(result, QStringLiteral("creatives"), QStringLiteral("creative"));
             if (!created)
                 return fail(job, result, true);
             job->creativeId = created->value(QLatin1String("id")).toString();
             job->checkpoint(kCreative, job->creativeId);
             createAd(job);
         });
}

void SnapchatAdsPublisher::createAd(std::shared_ptr<Job> job)
{
    const QJsonObject ad{{QStringLiteral("ad_squad_id"), job->squadId},
                         {QStringLiteral("creative_id"), job->creativeId},
                         {QStringLiteral("name"), job->ad.adName.left(snapchatads::kMaxName)},
                         {QStringLiteral("type"), QStringLiteral("REMOTE_WEBPAGE")}, // the ad type a WEB_VIEW creative needs
                         {QStringLiteral("status"), QStringLiteral("PAUSED")}};
    send(call("POST", QStringLiteral("adsquads/%1/ads").arg(job->squadId), job->request.accessToken, QJsonObject{{QStringLiteral("ads"), QJsonArray{ad}}}, true),
         job->context, [this, job](const HttpResult &result) {
             const auto created = snapchatads::firstEntity(result, QStringLiteral("ads"), QStringLiteral("ad"));
             if (!created)
                 return fail(job, result, true);
             PublishOutcome outcome;
             outcome.status = PublishStatus::Published;
             outcome.externalId = created->value(QLatin1String("id")).toString();
             job->done(outcome);
         });
}

} // namespace cf
