#pragma once

#include "platforms/publishing/AdPublisher.h"
#include "platforms/publishing/PublishHttp.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <memory>

namespace cf {

// Snapchat Marketing API v1 (ad account connection, Bearer token, money in
// micro-currency, wrapper arrays with a sub_request_status per item). One ad,
// everything PAUSED:
//   geo       countries as they are; cities through GET targeting/geo/{cc}/metro -> "geo"
//   campaign  looked up by name, else POST adaccounts/{id}/campaigns      -> "campaign"
//   ad squad  looked up by name, else POST campaigns/{id}/adsquads
//             (targeting, daily or lifetime budget micros, AUTO_BID, goal) -> "adset"
//   media     POST adaccounts/{id}/media (PENDING_UPLOAD)                 -> "media",
//             then POST media/{id}/upload (multipart "file") until READY
//   creative  POST adaccounts/{id}/creatives (WEB_VIEW: headline, brand
//             name, top snap media, call to action, URL)                  -> "creative"
//   ad        POST adsquads/{id}/ads (REMOTE_WEBPAGE, PAUSED)             -> externalId
// The name lookups make a campaign or ad squad whose create answer was lost
// reusable instead of duplicated. Calls are spaced kMinCallSpacingMs apart
// (Snapchat allows 10 a second per token). Reconcile lists the squad's ads
// and matches the name; setDelivery and updateBudget read the whole entity,
// change it and PUT it back (SnapchatAdsDelivery.cpp).
class SnapchatAdsPublisher : public AdPublisher
{
public:
    SnapchatAdsPublisher(QNetworkAccessManager &network, const EndpointMap &endpoints);

    Platform platform() const override { return Platform::Snapchat; }
    QStringList checkLimits(const PublishRequest &request) const override;
    void publish(const PublishRequest &request, QObject *context, Checkpoint checkpoint, Done done) override;
    void reconcile(const PublishRequest &request, QObject *context, ReconcileDone done) override;
    void setDelivery(const AdDeliveryChange &change, QObject *context, Done done) override;
    void updateBudget(const AdBudgetChange &change, QObject *context, Done done) override;

    // Older Snapchat documents allow 25 characters of brand name, current ones 32.
    void setBrandNameLimit(int limit) { m_brandNameLimit = limit; }

private:
    struct Job;
    void resolveNextPlace(std::shared_ptr<Job> job);
    void findOrCreateCampaign(std::shared_ptr<Job> job);
    void findOrCreateSquad(std::shared_ptr<Job> job);
    void createMedia(std::shared_ptr<Job> job);
    void uploadMedia(std::shared_ptr<Job> job);
    void createCreative(std::shared_ptr<Job> job);
    void createAd(std::shared_ptr<Job> job);
    void fail(std::shared_ptr<Job> job, const HttpResult &result, bool creates);

    struct Update;
    void nextUpdate(std::shared_ptr<Update> job);

    // Sends call no sooner than kMinCallSpacingMs after this adapter's previous call.
    void send(const HttpCall &call, QObject *context, std::function<void(const HttpResult &)> done);
    HttpCall call(const QByteArray &verb, const QString &path, const QString &token, const QJsonObject &body = {}, bool creates = false) const;

    PublishHttp m_http;
    QElapsedTimer m_clock;
    qint64 m_nextCallMs = 0;
    int m_brandNameLimit;
};

} // namespace cf
