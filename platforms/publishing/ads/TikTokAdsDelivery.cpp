// TikTokAdsPublisher: the calls on entities that exist already: reconcile
// (read-only), delivery on/off and the ad group budget.
#include "platforms/publishing/ads/TikTokAdsPublisher.h"

#include "platforms/publishing/ads/TikTokAdsRules.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace cf {

// One status change after the other, in the order the delivery rule needs.
struct TikTokAdsPublisher::Switch
{
    QString token;
    QObject *context = nullptr;
    Done done;
    std::vector<std::pair<QString, QJsonObject>> calls; // path, body
    std::size_t next = 0;
};

void TikTokAdsPublisher::reconcile(const PublishRequest &request, QObject *context, ReconcileDone done)
{
    const auto adGroup = request.checkpoints.find(QStringLiteral("adset"));
    if (!request.ad || adGroup == request.checkpoints.end() || adGroup->second.isEmpty()) {
        // The ad is created inside its ad group; without one it cannot exist.
        ReconcileOutcome outcome;
        outcome.status = ReconcileStatus::NotPublished;
        outcome.detail = QCoreApplication::translate("cf::TikTokAdsPublisher", "No TikTok ad group was created for this ad, so the ad cannot exist.");
        return done(outcome);
    }
    const QString filtering = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("adgroup_ids"), QJsonArray{adGroup->second}}})
                                                    .toJson(QJsonDocument::Compact));
    const HttpCall call = get(QStringLiteral("ad/get/"), request.accessToken,
                              {{QStringLiteral("advertiser_id"), request.connection.accountId},
                               {QStringLiteral("filtering"), filtering},
                               {QStringLiteral("page_size"), QStringLiteral("1000")}});
    m_http.send(call, context, [done = std::move(done), name = request.ad->adName, group = adGroup->second](const HttpResult &result) {
        ReconcileOutcome outcome;
        if (!tiktokads::succeeded(result)) {
            outcome.detail = QCoreApplication::translate("cf::TikTokAdsPublisher", "TikTok did not list the ads of ad group %1 (%2); check TikTok Ads Manager.")
                                 .arg(group, result.object().value(QLatin1String("message")).toString());
            return done(outcome);
        }
        const QJsonArray ads = tiktokads::data(result).value(QLatin1String("list")).toArray();
        for (const QJsonValue &value : ads) {
            const QJsonObject ad = value.toObject();
            if (ad.value(QLatin1String("ad_name")).toString() == name) {
                outcome.status = ReconcileStatus::Published;
                outcome.externalId = ad.value(QLatin1String("ad_id")).toString();
                outcome.detail = QCoreApplication::translate("cf::TikTokAdsPublisher", "TikTok lists the ad \"%1\" in its ad group.").arg(name);
                return done(outcome);
            }
        }
        outcome.status = ReconcileStatus::NotPublished;
        outcome.detail = QCoreApplication::translate("cf::TikTokAdsPublisher", "TikTok lists no ad named \"%1\" in its ad group.").arg(name);
        done(outcome);
    });
}

void TikTokAdsPublisher::setDelivery(const AdDeliveryChange &change, QObject *context, Done done)
{
    auto job = std::make_shared<Switch>();
    job->token = change.accessToken;
    job->context = context;
    job->done = std::move(done);
    const QString advertiser = change.connection.accountId;
    const QString status = change.active ? QStringLiteral("ENABLE") : QStringLiteral("DISABLE");
    QJsonArray ads;
    for (const QString &id : change.adExternalIds)
        ads.append(id);
    QJsonArray groups;
    for (const QString &id : change.adSetExternalIds)
        groups.append(id);
    std::vector<std::pair<QString, QJsonObject>> calls;
    if (!ads.isEmpty())
        calls.push_back({QStringLiteral("ad/status/update/"), QJsonObject{{QStringLiteral("advertiser_id"), advertiser}, {QStringLiteral("ad_ids"), ads}, {QStringLiteral("operation_status"), status}}});
    if (!groups.isEmpty())
        calls.push_back({QStringLiteral("adgroup/status/update/"), QJsonObject{{QStringLiteral("advertiser_id"), advertiser}, {QStringLiteral("adgroup_ids"), groups}, {QStringLiteral("operation_status"), status}}});
    if (!change.campaignExternalId.isEmpty())
        calls.push_back({QStringLiteral("campaign/status/update/"), QJsonObject{{QStringLiteral("advertiser_id"), advertiser}, {QStringLiteral("campaign_ids"), QJsonArray{change.campaignExternalId}}, {QStringLiteral("operation_status"), status}}});
    // Children first when switching on, parents first when switching off:
    // nothing delivers while part of it is still being set up.
    if (!change.active)
        std::reverse(calls.begin(), calls.end());
    job->calls = std::move(calls);
    nextSwitch(job);
}

void TikTokAdsPublisher::nextSwitch(std::shared_ptr<Switch> job)
{
    if (job->next >= job->calls.size()) {
        PublishOutcome outcome;
        outcome.status = PublishStatus::Published;
        return job->done(outcome);
    }
    const auto &[path, body] = job->calls[job->next++];
    m_http.send(post(path, job->token, body, false), job->context, [this, job](const HttpResult &result) {
        if (!tiktokads::succeeded(result))
            return job->done(tiktokads::failure(result, false, QDateTime::currentDateTimeUtc()));
        nextSwitch(job);
    });
}

void TikTokAdsPublisher::updateBudget(const AdBudgetChange &change, QObject *context, Done done)
{
    const double budget = moneyToMajor(change.budget.amount);
    const auto minimum = tiktokads::minimumDailyBudget(change.budget.amount.currency);
    if (budget <= 0 || (minimum && change.budget.period == BudgetPeriod::Daily && budget < *minimum)) {
        PublishOutcome outcome;
        outcome.status = PublishStatus::FailedPermanent;
        outcome.error = PublishErrorKind::InsufficientBudget;
        outcome.platformMessage = QCoreApplication::translate("cf::TikTokAdsPublisher", "TikTok needs at least %1 %2 a day for an ad group.")
                                      .arg(QString::number(minimum.value_or(0), 'f', 2), change.budget.amount.currency);
        return done(outcome);
    }
    const QJsonObject body{{QStringLiteral("advertiser_id"), change.connection.accountId},
                           {QStringLiteral("budget"), QJsonArray{QJsonObject{{QStringLiteral("adgroup_id"), change.adSetExternalId}, {QStringLiteral("budget"), budget}}}}};
    m_http.send(post(QStringLiteral("adgroup/budget/update/"), change.accessToken, body, false), context, [done = std::move(done)](const HttpResult &result) {
        if (!tiktokads::succeeded(result))
            return done(tiktokads::failure(result, false, QDateTime::currentDateTimeUtc()));
        PublishOutcome outcome;
        outcome.status = PublishStatus::Published;
        done(outcome);
    });
}

} // namespace cf
