#pragma once

#include "platforms/publishing/AdPublisher.h"
#include "platforms/publishing/PublishHttp.h"

#include <QJsonArray>

#include <memory>

namespace cf {

// TikTok Marketing API v1.3 (advertiser connection, header Access-Token,
// envelope code != 0 is an error, money in major units as floats). One ad:
//   geo       GET tool/region/, the account's regions matched by name -> "geo"
//   campaign  campaign/create (objective_type, BUDGET_MODE_INFINITE: the
//             budget lives on the ad group, DISABLE)                   -> "campaign"
//   ad group  adgroup/create (placements, location_ids, age groups, gender,
//             daily or total budget, UTC schedule, goal, billing, DISABLE) -> "adset"
//   media     file/video/ad/upload (MD5 signature, unique file_name) -> "video",
//             then the cover: the request's image, else the video's cover
//             URL, through file/image/ad/upload                      -> "image"
//   identity  the advertiser's CUSTOMIZED_USER identity named like the brand:
//             identity/get/, else identity/create/                  -> "identity"
//   ad        ad/create with the creative inline (DISABLE)          -> externalId
// Every create carries a request_id derived from what identifies the entity,
// so a create repeated after an unknown outcome is answered with the entity
// TikTok already made. Reconcile lists the ad group's ads (ad/get) and
// matches the ad name; setDelivery and updateBudget are in TikTokAdsDelivery.cpp.
class TikTokAdsPublisher : public AdPublisher
{
public:
    TikTokAdsPublisher(QNetworkAccessManager &network, const EndpointMap &endpoints);

    Platform platform() const override { return Platform::TikTok; }
    QStringList checkLimits(const PublishRequest &request) const override;
    void publish(const PublishRequest &request, QObject *context, Checkpoint checkpoint, Done done) override;
    void reconcile(const PublishRequest &request, QObject *context, ReconcileDone done) override;
    void setDelivery(const AdDeliveryChange &change, QObject *context, Done done) override;
    void updateBudget(const AdBudgetChange &change, QObject *context, Done done) override;

private:
    struct Job;
    void resolveGeo(std::shared_ptr<Job> job);
    void createCampaign(std::shared_ptr<Job> job);
    void createAdGroup(std::shared_ptr<Job> job);
    void uploadVideo(std::shared_ptr<Job> job);
    void uploadImage(std::shared_ptr<Job> job);
    void ensureIdentity(std::shared_ptr<Job> job);
    void createAd(std::shared_ptr<Job> job);
    void fail(std::shared_ptr<Job> job, const HttpResult &result, bool creates);

    struct Switch;
    void nextSwitch(std::shared_ptr<Switch> job);

    HttpCall post(const QString &path, const QString &token, const QJsonObject &body, bool creates) const;
    HttpCall get(const QString &path, const QString &token, const QList<std::pair<QString, QString>> &query) const;

    PublishHttp m_http;
};

} // namespace cf
