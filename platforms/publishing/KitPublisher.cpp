#include "platforms/publishing/KitPublisher.h"

#include "platforms/publishing/CancelOutcomes.h"
#include "platforms/publishing/EmailCopyParts.h"
#include "platforms/publishing/RestFailure.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace cf {

namespace {

const QString kBroadcasts = QStringLiteral("https://api.kit.com/v4/broadcasts");

// Kit answers {"errors":["..."]}; the status says the rest (401 token,
// 403 plan-gated feature, 422 validation, 429 rate).
PublishOutcome kitFailure(const HttpResult &result, bool creates)
{
    QStringList messages;
    const QJsonArray errors = result.object().value(QLatin1String("errors")).toArray();
    for (const QJsonValue &error : errors)
        messages << error.toString();
    return restFailure(result, creates, result.status ? QString::number(result.status) : QString(), messages.join(QLatin1Char(' ')),
                       PublishErrorKind::None, QDateTime::currentDateTimeUtc());
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

KitPublisher::KitPublisher(QNetworkAccessManager &network, const EndpointMap &endpoints)
    : m_http(network, endpoints)
{
}

QStringList KitPublisher::checkLimits(const PublishRequest &request) const
{
    QStringList problems;
    const EmailCopyParts parts = EmailCopyParts::of(request);
    if (parts.subject.trimmed().isEmpty())
        problems << QCoreApplication::translate("cf::KitPublisher", "The e-mail has no subject.");
    else if (parts.subject.size() > kMaxSubjectLength)
        problems << QCoreApplication::translate("cf::KitPublisher", "The e-mail subject has %1 characters; at most %2 are allowed.").arg(parts.subject.size()).arg(kMaxSubjectLength);
    if (parts.html.trimmed().isEmpty())
        problems << QCoreApplication::translate("cf::KitPublisher", "The e-mail has no content.");
    if (!request.media.empty())
        problems << QCoreApplication::translate("cf::KitPublisher", "Kit broadcasts are sent without attachments; put images in the e-mail's HTML instead.");
    if (request.publishAtUtc && *request.publishAtUtc <= QDateTime::currentDateTimeUtc())
        problems << QCoreApplication::translate("cf::KitPublisher", "The broadcast is due %1, which has passed.").arg(request.publishAtUtc->toString(Qt::ISODate));
    return problems;
}

void KitPublisher::publish(const PublishRequest &request, QObject *context, Checkpoint checkpoint, Done done)
{
    Q_UNUSED(checkpoint); // one call: the broadcast id comes back in the outcome
    const EmailCopyParts parts = EmailCopyParts::of(request);
    const bool scheduled = request.publishAtUtc.has_value();
    // Kit sends a broadcast at send_at; "now" sends it at once.
    const QDateTime sendAt = scheduled ? *request.publishAtUtc : QDateTime::currentDateTimeUtc();
    QJsonObject body{{QStringLiteral("subject"), parts.subject},
                     {QStringLiteral("content"), parts.html},
                     {QStringLiteral("description"), QStringLiteral("CampaignForge item %1").arg(request.item.id)},
                     {QStringLiteral("public"), false},
                     {QStringLiteral("send_at"), isoTime(sendAt)}};
    if (!parts.previewText.isEmpty())
        body.insert(QStringLiteral("preview_text"), parts.previewText);
    HttpCall call = PublishHttp::jsonCall("POST", QUrl(kBroadcasts), body);
    call.header("Authorization", PublishHttp::bearer(request.accessToken));
    call.creates = true;
    m_http.send(call, context, [done = std::move(done), scheduled](const HttpResult &result) {
        const QJsonObject broadcast = result.object().value(QLatin1String("broadcast")).toObject();
        const qint64 id = broadcast.value(QLatin1String("id")).toInteger();
        if (!result.ok() || id <= 0)
            return done(kitFailure(result, true));
        PublishOutcome outcome;
        outcome.status = scheduled ? PublishStatus::ScheduledNatively : PublishStatus::Published;
        outcome.externalId = QString::number(id);
        outcome.permalink = broadcast.value(QLatin1String("public_url")).toString();
        outcome.httpStatus = result.status;
        done(outcome);
    });
}

void KitPublisher::reconcile(const PublishRequest &request, QObject *context, ReconcileDone done)
{
    HttpCall call;
    call.url = QUrl(kBroadcasts + QStringLiteral("?per_page=50"));
    call.header("Authorization", PublishHttp::bearer(request.accessToken));
    const QString subject = EmailCopyParts::of(request).subject;
    const std::optional<QDateTime> publishAt = request.publishAtUtc;
    m_http.send(call, context, [done = std::move(done), subject, publishAt](const HttpResult &result) {
        ReconcileOutcome outcome;
        if (!result.ok()) {
            outcome.detail = QCoreApplication::translate("cf::KitPublisher", "Kit's list of broadcasts could not be read (HTTP %1).").arg(result.status);
            return done(outcome);
        }
        const QDateTime windowStart = QDateTime::currentDateTimeUtc().addDays(-2);
        const QJsonArray broadcasts = result.object().value(QLatin1String("broadcasts")).toArray();
        for (const QJsonValue &value : broadcasts) {
            const QJsonObject broadcast = value.toObject();
            if (broadcast.value(QLatin1String("subject")).toString() != subject)
                continue;
            const QDateTime created = QDateTime::fromString(broadcast.value(QLatin1String("created_at")).toString(), Qt::ISODate);
            const QDateTime sendAt = QDateTime::fromString(broadcast.value(QLatin1String("send_at")).toString(), Qt::ISODate);
            if (publishAt ? (!sendAt.isValid() || qAbs(sendAt.secsTo(*publishAt)) > 60) : (created.isValid() && created < windowStart))
                continue;
            outcome.status = ReconcileStatus::Published;
            outcome.externalId = QString::number(broadcast.value(QLatin1String("id")).toInteger());
            outcome.permalink = broadcast.value(QLatin1String("public_url")).toString();
            outcome.detail = QCoreApplication::translate("cf::KitPublisher", "Found the broadcast in the Kit account.");
            return done(outcome);
        }
        outcome.status = ReconcileStatus::NotPublished;
        outcome.detail = QCoreApplication::translate("cf::KitPublisher", "No recent Kit broadcast has this subject.");
        done(outcome);
    });
}

void KitPublisher::cancelScheduled(const PublishRequest &request, const QString &externalId, QObject *context, CancelDone done)
{
    // Kit documents DELETE for a broadcast that has not gone out (204); a 404
    // means it was deleted in Kit already.
    HttpCall call;
    call.verb = "DELETE";
    call.url = QUrl(kBroadcasts + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(externalId)));
    call.header("Authorization", PublishHttp::bearer(request.accessToken));
    m_http.send(call, context, [done](const HttpResult &result) {
        if (result.ok() || result.status == 404)
            return done(cancel::cancelled());
        done(cancel::failed(kitFailure(result, false),
                            QCoreApplication::translate("cf::KitPublisher", "The scheduled broadcast was not deleted.")));
    });
}

} // namespace cf
