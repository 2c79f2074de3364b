// MetaAdsPublisher's read-only reconcile and its state changes on entities
// that exist: delivery on/off and ad set budgets (idempotent, so they are
// not sent through CreateCallPolicy and an unknown outcome may be asked again).
#include "platforms/publishing/ads/MetaAdsPublisher.h"

#include "platforms/publishing/MetaGraphErrors.h"
#include "platforms/publishing/ads/MetaAdsPayload.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace cf {

HttpCall MetaAdsPublisher::get(const QString &path, const QString &token, const QList<std::pair<QString, QString>> &query) const
{
    HttpCall call;
    call.url = metagraph::graphUrl(path, query);
    call.header("Authorization", metagraph::authorization(token));
    return call;
}

HttpCall MetaAdsPublisher::post(const QString &path, const QString &token, const QList<std::pair<QString, QString>> &fields, bool creates) const
{
    HttpCall call = PublishHttp::formCall("POST", metagraph::graphUrl(path), fields);
    call.header("Authorization", metagraph::authorization(token));
    call.creates = creates;
    return call;
}

void MetaAdsPublisher::reconcile(const PublishRequest &request, QObject *context, ReconcileDone done)
{
    ReconcileOutcome outcome;
    if (!request.ad || request.ad->adName.isEmpty()) {
        outcome.detail = QCoreApplication::translate("cf::MetaAdsPublisher", "The ad has no name to look it up by; check Ads Manager.");
        return done(outcome);
    }
    const QString name = request.ad->adName;
    const HttpCall call = get(metaads::accountPath(request.connection) + QStringLiteral("/ads"), request.accessToken,
                              {{QStringLiteral("filtering"), metaads::nameFilter(name)},
                               {QStringLiteral("fields"), QStringLiteral("id,name,effective_status")}});
    const Connection connection = request.connection;
    m_http.send(call, context, [done = std::move(done), name, connection](const HttpResult &result) {
        ReconcileOutcome found;
        if (!result.ok()) {
            found.detail = QCoreApplication::translate("cf::MetaAdsPublisher", "The ad account's ads could not be read (HTTP %1).").arg(result.status);
            return done(found);
        }
        const QJsonArray data = result.object().value(QLatin1String("data")).toArray();
        for (const QJsonValue &value : data) {
            const QJsonObject ad = value.toObject();
            if (ad.value(QLatin1String("name")).toString() != name)
                continue;
            found.status = ReconcileStatus::Published;
            found.externalId = ad.value(QLatin1String("id")).toString();
            found.permalink = metaads::adsManagerUrl(connection, found.externalId);
            found.detail = QCoreApplication::translate("cf::MetaAdsPublisher", "Found the ad \"%1\" in the ad account.").arg(name);
            return done(found);
        }
        found.status = ReconcileStatus::NotPublished;
        found.detail = QCoreApplication::translate("cf::MetaAdsPublisher", "The ad account has no ad named \"%1\".").arg(name);
        done(found);
    });
}

// One status change after another, in the order that keeps delivery safe.
struct MetaAdsPublisher::Switch
{
    QString token;
    QStringList ids;
    QString status;
    int next = 0;
    QObject *context = nullptr;
    Done done;
};

void MetaAdsPublisher::setDelivery(const AdDeliveryChange &change, QObject *context, Done done)
{
    auto job = std::make_shared<Switch>();
    job->token = change.accessToken;
    job->status = change.active ? QStringLiteral("ACTIVE") : QStringLiteral("PAUSED");
    job->context = context;
    job->done = std::move(done);
    QStringList ads;
    for (const QString &id : change.adExternalIds)
        ads.append(id);
    QStringList adSets;
    for (const QString &id : change.adSetExternalIds)
        adSets.append(id);
    const QStringList campaign = change.campaignExternalId.isEmpty() ? QStringList() : QStringList{change.campaignExternalId};
    // Activating: children first, so the parent starts with everything ready.
    // Pausing: the parent first, so nothing keeps spending meanwhile.
    job->ids = change.active ? ads + adSets + campaign : campaign + adSets + ads;
    job->ids.removeAll(QString());
    if (job->ids.isEmpty()) {
        PublishOutcome outcome;
        outcome.status = PublishStatus::FailedPermanent;
        outcome.error = PublishErrorKind::Unknown;
        outcome.platformMessage = QCoreApplication::translate("cf::MetaAdsPublisher", "There is no Meta campaign, ad set or ad to switch.");
        return job->done(outcome);
    }
    nextSwitch(job);
}

void MetaAdsPublisher::nextSwitch(std::shared_ptr<Switch> job)
{
    if (job->next >= job->ids.size()) {
        PublishOutcome outcome;
        outcome.status = PublishStatus::Published;
        outcome.externalId = job->ids.constLast();
        return job->done(outcome);
    }
    const QString id = job->ids.at(job->next);
    m_http.send(post(id, job->token, {{QStringLiteral("status"), job->status}}, false), job->context, [this, job](const HttpResult &result) {
        if (!result.ok() || !result.object().value(QLatin1String("success")).toBool())
            return job->done(metaads::failure(result, false, QDateTime::currentDateTimeUtc()));
        ++job->next;
        nextSwitch(job);
    });
}

void MetaAdsPublisher::updateBudget(const AdBudgetChange &change, QObject *context, Done done)
{
    if (change.adSetExternalId.isEmpty() || change.budget.amount.minor <= 0) {
        PublishOutcome outcome;
        outcome.status = PublishStatus::FailedPermanent;
        outcome.error = change.adSetExternalId.isEmpty() ? PublishErrorKind::Unknown : PublishErrorKind::InsufficientBudget;
        outcome.platformMessage = QCoreApplication::translate("cf::MetaAdsPublisher", "A budget change needs the ad set's Meta id and an amount above zero.");
        return done(outcome);
    }
    // Meta reads the number in the account's currency: make sure that is the budget's.
    const QString budgetCurrency = change.budget.amount.currency.toUpper();
    const QString field = change.budget.period == BudgetPeriod::Total ? QStringLiteral("lifetime_budget") : QStringLiteral("daily_budget");
    const HttpCall read = get(metaads::accountPath(change.connection), change.accessToken, {{QStringLiteral("fields"), QStringLiteral("currency")}});
    m_http.send(read, context, [this, change, context, done = std::move(done), budgetCurrency, field](const HttpResult &account) {
        if (!account.ok())
            return done(metaads::failure(account, false, QDateTime::currentDateTimeUtc()));
        const QString accountCurrency = account.object().value(QLatin1String("currency")).toString().toUpper();
        if (!budgetCurrency.isEmpty() && accountCurrency != budgetCurrency) {
            PublishOutcome outcome;
            outcome.status = PublishStatus::FailedPermanent;
            outcome.error = PublishErrorKind::ContentOutOfLimits;
            outcome.platformMessage = QCoreApplication::translate("cf::MetaAdsPublisher", "The ad account bills in %1 but the ad set's budget is in %2; use an ad account in %2 or change the campaign's currency.")
                                          .arg(accountCurrency, budgetCurrency);
            return done(outcome);
        }
        const HttpCall call = post(change.adSetExternalId, change.accessToken, {{field, QString::number(metaads::metaAmount(change.budget.amount))}}, false);
        m_http.send(call, context, [done, id = change.adSetExternalId](const HttpResult &result) {
            if (!result.ok() || !result.object().value(QLatin1String("success")).toBool())
                return done(metaads::failure(result, false, QDateTime::currentDateTimeUtc()));
            PublishOutcome outcome;
            outcome.status = PublishStatus::Published;
            outcome.externalId = id;
            done(outcome);
        });
    });
}

} // namespace cf
