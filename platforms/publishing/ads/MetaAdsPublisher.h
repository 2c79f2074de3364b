#pragma once

#include "platforms/publishing/AdPublisher.h"
#include "platforms/publishing/MetaChunkedUpload.h"
#include "platforms/publishing/PublishHttp.h"

#include <QJsonObject>

#include <memory>

namespace cf {

// Meta Marketing API (ads.md section 1) for ad items on Facebook and
// Instagram: the connection is the ad account (act_<id>), the token the
// signed-in user's. One ad, everything PAUSED:
//   geo       GET /search?type=adgeolocation per city            -> "geo"
//   currency  GET /act_X?fields=currency (the budget must be in the account's currency)
//   campaign  looked up by name, else POST /act_X/campaigns       -> "campaign"
//   ad set    looked up by name, else POST /act_X/adsets          -> "adset"
//   image     POST /act_X/adimages (multipart; hash by filename)  -> "image"
//             (for a video ad: the item's image, if any, as its thumbnail)
//   video     POST /act_X/advideos, Graph's chunked upload (MetaChunkedUpload,
//             progress -> "video_upload"), finish -> "video"; then its status
//             is polled (QTimer) until ready; still processing after the
//             polls ends the attempt FailedRetryable a minute out, the
//             checkpoints keep the upload (MetaAdsVideo.cpp)
//   creative  POST /act_X/adcreatives (link_data on the image, or
//             video_data with the video, the thumbnail and the call to action) -> "creative"
//   ad        POST /act_X/ads                                     -> externalId
// Levels already in the checkpoints are skipped. The name lookups make a
// campaign or ad set whose create answer was lost reusable instead of
// duplicated. Every create goes through CreateCallPolicy (creates = true).
// Reconcile, setDelivery and updateBudget are in MetaAdsDelivery.cpp.
class MetaAdsPublisher : public AdPublisher
{
public:
    static constexpr int kMaxPrimaryText = 2200;   // ads.md 1.13: about 2,200 allowed (125 visible)
    static constexpr int kMaxHeadline = 255;       // house limit; Meta recommends 40 (API maximum unconfirmed)
    static constexpr qint64 kMaxImageBytes = 30LL * 1024 * 1024;
    static constexpr qint64 kMaxVideoBytes = 4LL * 1024 * 1024 * 1024;

    MetaAdsPublisher(QNetworkAccessManager &network, const EndpointMap &endpoints, Platform platform = Platform::Facebook);

    Platform platform() const override { return m_platform; }
    QStringList checkLimits(const PublishRequest &request) const override;
    void publish(const PublishRequest &request, QObject *context, Checkpoint checkpoint, Done done) override;
    void reconcile(const PublishRequest &request, QObject *context, ReconcileDone done) override;
    void setDelivery(const AdDeliveryChange &change, QObject *context, Done done) override;
    void updateBudget(const AdBudgetChange &change, QObject *context, Done done) override;

    // How often and how many times an uploaded ad video's processing is read.
    void setPolling(int intervalMs, int maxPolls)
    {
        m_pollIntervalMs = intervalMs;
        m_maxPolls = maxPolls;
    }

private:
    struct Job;
    void resolveNextCity(std::shared_ptr<Job> job);
    void checkCurrency(std::shared_ptr<Job> job);
    void findOrCreateCampaign(std::shared_ptr<Job> job);
    void createCampaign(std::shared_ptr<Job> job);
    void findOrCreateAdSet(std::shared_ptr<Job> job);
    void createAdSet(std::shared_ptr<Job> job);
    void uploadImage(std::shared_ptr<Job> job);
    void createCreative(std::shared_ptr<Job> job);
    QJsonObject linkData(std::shared_ptr<Job> job, const QString &link) const;
    // MetaAdsVideo.cpp
    void uploadVideo(std::shared_ptr<Job> job);
    void finishVideo(std::shared_ptr<Job> job, const MetaChunkedUpload::State &upload);
    void waitForVideo(std::shared_ptr<Job> job, int poll);
    QJsonObject videoData(std::shared_ptr<Job> job, const QString &link) const;
    void createAd(std::shared_ptr<Job> job);
    // GET /act_X/<edge>?filtering=name EQUAL; found(id) with an empty id when none.
    void findByName(std::shared_ptr<Job> job, const QString &edge, const QString &name, std::function<void(const QString &)> found);

    struct Switch;
    void nextSwitch(std::shared_ptr<Switch> job);

    HttpCall get(const QString &path, const QString &token, const QList<std::pair<QString, QString>> &query = {}) const;
    HttpCall post(const QString &path, const QString &token, const QList<std::pair<QString, QString>> &fields, bool creates) const;

    PublishHttp m_http;
    Platform m_platform;
    int m_pollIntervalMs = 3000;
    int m_maxPolls = 20;
};

// Registered once per platform it serves (AllPublishers.cpp).
class MetaInstagramAdsPublisher final : public MetaAdsPublisher
{
public:
    MetaInstagramAdsPublisher(QNetworkAccessManager &network, const EndpointMap &endpoints)
        : MetaAdsPublisher(network, endpoints, Platform::Instagram)
    {
    }
};

} // namespace cf
