// SnapchatAdsPublisher: the calls on entities that exist already. Snapchat
// updates send the whole entity, so each change reads it, changes one field
// and PUTs it back under its parent.
#include "platforms/publishing/ads/SnapchatAdsPublisher.h"

#include "platforms/publishing/ads/SnapchatAdsRules.h"

#include <QCoreApplication>

namespace cf {

struct SnapchatAdsPublisher::Update
{
    struct Step
    {
        QString kind; // "campaign", "adsquad", "ad"
        QString id;
        std::function<void(QJsonObject &)> change;
    };
    QString token;
    QObject *context = nullptr;
    Done done;
    std::vector<Step> steps;
    std::size_t next = 0;
};

void SnapchatAdsPublisher::reconcile(const PublishRequest &request, QObject *context, ReconcileDone done)
{
    const auto squad = request.checkpoints.find(QStringLiteral("adset"));
    if (!request.ad || squad == request.checkpoints.end() || squad->second.isEmpty()) {
        ReconcileOutcome outcome;
        outcome.status = ReconcileStatus::NotPublished;
        outcome.detail = QCoreApplication::translate("cf::SnapchatAdsPublisher", "No Snapchat ad squad was created for this ad, so the ad cannot exist.");
        return done(outcome);
    }
    send(call("GET", QStringLiteral("adsquads/%1/ads").arg(squad->second), request.accessToken), context,
         [done = std::move(done), name = request.ad->adName, id = squad->second](const HttpResult &result) {
             ReconcileOutcome outcome;
             if (!result.ok()) {
                 outcome.detail = QCoreApplication::translate("cf::SnapchatAdsPublisher", "Snapchat did not list the ads of ad squad %1 (HTTP %2); check Snapchat Ads Manager.")
                                      .arg(id).arg(result.status);
                 return done(outcome);
             }
             for (const QJsonObject &ad : snapchatads::entities(result, QStringLiteral("ads"), QStringLiteral("ad"))) {
                 if (ad.value(QLatin1String("name")).toString() == name) {
                     outcome.status = ReconcileStatus::Published;
                     outcome.externalId = ad.value(QLatin1String("id")).toString();
                     outcome.detail = QCoreApplication::translate("cf::SnapchatAdsPublisher", "Snapchat lists the ad \"%1\" in its ad squad.").arg(name);
                     return done(outcome);
                 }
             }
             outcome.status = ReconcileStatus::NotPublished;
             outcome.detail = QCoreApplication::translate("cf::SnapchatAdsPublisher", "Snapchat lists no ad named \"%1\" in its ad squad.").arg(name);
             done(outcome);
         });
}

void SnapchatAdsPublisher::setDelivery(const AdDeliveryChange &change, QObject *context, Done done)
{
    auto job = std::make_shared<Update>();
    job->token = change.accessToken;
    job->context = context;
    job->done = std::move(done);
    const QString status = change.active ? QStringLiteral("ACTIVE") : QStringLiteral("PAUSED");
    auto setStatus = [status](QJsonObject &entity) { entity.insert(QStringLiteral("status"), status); };
    for (const QString &id : change.adExternalIds)
        job->steps.push_back({QStringLiteral("ad"), id, setStatus});
    for (const QString &id : change.adSetExternalIds)
        job->steps.push_back({QStringLiteral("adsquad"), id, setStatus});
    if (!change.campaignExternalId.isEmpty())
        job->steps.push_back({QStringLiteral("campaign"), change.campaignExternalId, setStatus});
    // Children first when switching on, parents first when switching off.
    if (!change.active)
        std::reverse(job->steps.begin(), job->steps.end());
    nextUpdate(job);
}

void SnapchatAdsPublisher::updateBudget(const AdBudgetChange &change, QObject *context, Done done)
{
    const qint64 micro = snapchatads::toMicro(change.budget.amount);
    const bool daily = change.budget.period == BudgetPeriod::Daily;
    if (micro <= 0 || (daily && micro < snapchatads::kMinDailyBudgetMicro)) {
        PublishOutcome outcome;
        outcome.status = PublishStatus::FailedPermanent;
        outcome.error = PublishErrorKind::InsufficientBudget;
        outcome.platformMessage = QCoreApplication::translate("cf::SnapchatAdsPublisher", "Snapchat needs a daily budget of at least 5 %1 for an ad squad.")
                                      .arg(change.budget.amount.currency);
        return done(outcome);
    }
    auto job = std::make_shared<Update>();
    job->token = change.accessToken;
    job->context = context;
    job->done = std::move(done);
    job->steps.push_back({QStringLiteral("adsquad"), change.adSetExternalId, [micro, daily](QJsonObject &squad) {
                              squad.remove(daily ? QStringLiteral("lifetime_budget_micro") : QStringLiteral("daily_budget_micro"));
                              squad.insert(daily ? QStringLiteral("daily_budget_micro") : QStringLiteral("lifetime_budget_micro"), micro);
                          }});
    nextUpdate(job);
}

void SnapchatAdsPublisher::nextUpdate(std::shared_ptr<Update> job)
{
    if (job->next >= job->steps.size()) {
        PublishOutcome outcome;
        outcome.status = PublishStatus::Published;
        return job->done(outcome);
    }
    const Update::Step step = job->steps[job->next++];
    const QString plural = step.kind + QLatin1Char('s');
    send(call("GET", QStringLiteral("%1/%2").arg(plural, step.id), job->token), job->context, [this, job, step, plural](const HttpResult &read) {
        auto entity = snapchatads::firstEntity(read, plural, step.kind);
        if (!entity)
            return job->done(snapchatads::failure(read, false, QDateTime::currentDateTimeUtc()));
        step.change(*entity);
        QString parentPath;
        if (step.kind == QLatin1String("campaign"))
            parentPath = QStringLiteral("adaccounts/%1/campaigns").arg(entity->value(QLatin1String("ad_account_id")).toString());
        else if (step.kind == QLatin1String("adsquad"))
            parentPath = QStringLiteral("campaigns/%1/adsquads").arg(entity->value(QLatin1String("campaign_id")).toString());
        else
            parentPath = QStringLiteral("adsquads/%1/ads").arg(entity->value(QLatin1String("ad_squad_id")).toString());
        send(call("PUT", parentPath, job->token, QJsonObject{{plural, QJsonArray{*entity}}}), job->context, [this, job, step, plural](const HttpResult &written) {
            if (!snapchatads::firstEntity(written, plural, step.kind))
                return job->done(snapchatads::failure(written, false, QDateTime::currentDateTimeUtc()));
            nextUpdate(job);
        });
    });
}

} // namespace cf
