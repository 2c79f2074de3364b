#include "platforms/publishing/MailchimpPublisher.h"

#include "platforms/publishing/CancelOutcomes.h"
#include "platforms/publishing/EmailCopyParts.h"
#include "platforms/publishing/RestFailure.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace cf {

namespace {

const QString kCampaignStep = QStringLiteral("mc_campaign");

QUrl apiUrl(const PublishRequest &request, const QString &path)
{
    QUrl base(request.connection.apiBase);
    return QUrl(base.toString(QUrl::StripTrailingSlash) + QStringLiteral("/3.0/") + path);
}

// Mailchimp answers application/problem+json {"title","status","detail"}.
PublishOutcome mailchimpFailure(const HttpResult &result, bool creates)
{
    const QJsonObject body = result.object();
    const QString title = body.value(QLatin1String("title")).toString();
    QString detail = body.value(QLatin1String("detail")).toString();
    const QJsonArray errors = body.value(QLatin1String("errors")).toArray();
    for (const QJsonValue &error : errors)
        detail += QStringLiteral(" %1: %2").arg(error.toObject().value(QLatin1String("field")).toString(),
                                                 error.toObject().value(QLatin1String("message")).toString());
    return restFailure(result, creates, title, detail.trimmed(), PublishErrorKind::None, QDateTime::currentDateTimeUtc());
}

bool isSentOrScheduled(const QString &status)
{
    return status == QLatin1String("schedule") || status == QLatin1String("sending") || status == QLatin1String("sent");
}

} // namespace

struct MailchimpPublisher::Job
{
    PublishRequest request;
    QObject *context = nullptr;
    Checkpoint checkpoint;
    Done done;
    EmailCopyParts parts;
    QString listId;
    QString fromName;
    QString replyTo;
    QString campaignId;
    QString archiveUrl;
};

MailchimpPublisher::MailchimpPublisher(QNetworkAccessManager &network, const EndpointMap &endpoints)
    : m_http(network, endpoints)
{
}

QDateTime MailchimpPublisher::quarterHourAtOrAfter(const QDateTime &time)
{
    const qint64 secs = time.toSecsSinceEpoch();
    const qint64 quarter = 15 * 60;
    const qint64 rounded = (secs + quarter - 1) / quarter * quarter;
    return QDateTime::fromSecsSinceEpoch(rounded, Qt::UTC);
}

QString MailchimpPublisher::campaignTitle(const PublishRequest &request)
{
    return QStringLiteral("CampaignForge %1-%2").arg(request.item.campaignId).arg(request.targetId);
}

QStringList MailchimpPublisher::checkLimits(const PublishRequest &request) const
{
    QStringList problems;
    const EmailCopyParts parts = EmailCopyParts::of(request);
    if (parts.subject.trimmed().isEmpty())
        problems << QCoreApplication::translate("cf::MailchimpPublisher", "The e-mail has no subject line.");
    else if (parts.subject.size() > kMaxSubjectLength)
        problems << QCoreApplication::translate("cf::MailchimpPublisher", "The subject line has %1 characters; Mailchimp allows at most %2.").arg(parts.subject.size()).arg(kMaxSubjectLength);
    if (parts.previewText.size() > kMaxPreviewLength)
        problems << QCoreApplication::translate("cf::MailchimpPublisher", "The preview text has %1 characters; at most %2 are shown.").arg(parts.previewText.size()).arg(kMaxPreviewLength);
    if (parts.html.trimmed().isEmpty())
        problems << QCoreApplication::translate("cf::MailchimpPublisher", "The e-mail has no content.");
    if (!request.media.empty())
        problems << QCoreApplication::translate("cf::MailchimpPublisher", "Mailchimp campaigns are sent without attachments; put images in the e-mail's HTML instead.");
    const QUrl base(request.connection.apiBase);
    if (!base.isValid() || base.host().isEmpty())
        problems << QCoreApplication::translate("cf::MailchimpPublisher", "The Mailchimp connection has no API address; connect the account again.");
    if (request.publishAtUtc && quarterHourAtOrAfter(*request.publishAtUtc) <= QDateTime::currentDateTimeUtc().addSecs(60))
        problems << QCoreApplication::translate("cf::MailchimpPublisher", "The campaign is due %1, which has passed or is too close to schedule.").arg(request.publishAtUtc->toString(Qt::ISODate));
    return problems;
}

void MailchimpPublisher::publish(const PublishRequest &request, QObject *context, Checkpoint checkpoint, Done done)
{
    auto job = std::make_shared<Job>();
    job->request = request;
    job->context = context;
    job->checkpoint = std::move(checkpoint);
    job->done = std::move(done);
    job->parts = EmailCopyParts::of(request);
    const auto existing = request.checkpoints.find(kCampaignStep);
    if (existing != request.checkpoints.end()) {
        job->campaignId = existing->second;
        return putContent(job);
    }
    chooseAudience(job);
}

void MailchimpPublisher::chooseAudience(std::shared_ptr<Job> job)
{
    HttpCall call;
    call.url = apiUrl(job->request, QStringLiteral("lists?count=100"));
    call.header("Authorization", PublishHttp::bearer(job->request.accessToken));
    m_http.send(call, job->context, [this, job](const HttpResult &result) {
        if (!result.ok())
            return job->done(mailchimpFailure(result, false));
        qint64 largest = -1;
        const QJsonArray lists = result.object().value(QLatin1String("lists")).toArray();
        for (const QJsonValue &value : lists) {
            const QJsonObject list = value.toObject();
            const qint64 members = list.value(QLatin1String("stats")).toObject().value(QLatin1String("member_count")).toInteger();
            if (members <= largest)
                continue;
            largest = members;
            job->listId = list.value(QLatin1String("id")).toString();
            const QJsonObject defaults = list.value(QLatin1String("campaign_defaults")).toObject();
            job->fromName = defaults.value(QLatin1String("from_name")).toString();
            job->replyTo = defaults.value(QLatin1String("from_email")).toString();
        }
        if (job->listId.isEmpty()) {
            PublishOutcome outcome;
            outcome.status = PublishStatus::FailedPermanent;
            outcome.error = PublishErrorKind::InvalidTargeting;
            outcome.platformMessage = QCoreApplication::translate("cf::MailchimpPublisher", "The Mailchimp account has no audience to send to; create one in Mailchimp.");
            return job->done(outcome);
        }
        createCampaign(job);
    });
}

void MailchimpPublisher::createCampaign(std::shared_ptr<Job> job)
{
    QJsonObject settings{{QStringLiteral("subject_line"), job->parts.subject}, {QStringLiteral("title"), campaignTitle(job->request)}};
    if (!job->parts.previewText.isEmpty())
        settings.insert(QStringLiteral("preview_text"), job->parts.previewText);
    const QString brand = job->request.item.copy ? job->request.item.copy->brandName : QString();
    const QString fromName = brand.isEmpty() ? job->fromName : brand;
    if (!fromName.isEmpty())
        settings.insert(QStringLiteral("from_name"), fromName);
    if (!job->replyTo.isEmpty())
        settings.insert(QStringLiteral("reply_to"), job->replyTo);
    const QJsonObject body{{QStringLiteral("type"), QStringLiteral("regular")},
                           {QStringLiteral("recipients"), QJsonObject{{QStringLiteral("list_id"), job->listId}}},
                           {QStringLiteral("settings"), settings}};
    HttpCall call = PublishHttp::jsonCall("POST", apiUrl(job->request, QStringLiteral("campaigns")), body);
    call.header("Authorization", PublishHttp::bearer(job->request.accessToken));
    call.creates = true;
    m_http.send(call, job->context, [this, job](const HttpResult &result) {
        const QJsonObject campaign = result.object();
        const QString id = campaign.value(QLatin1String("id")).toString();
        if (!result.ok() || id.isEmpty())
            return job->done(mailchimpFailure(result, true));
        job->campaignId = id;
        job->archiveUrl = campaign.value(QLatin1String("archive_url")).toString();
        job->checkpoint(kCampaignStep, id);
        putContent(job);
    });
}

// PUT replaces the content, so sending it again is harmless.
void MailchimpPublisher::putContent(std::shared_ptr<Job> job)
{
    const QJsonObject body{{QStringLiteral("html"), job->parts.html}, {QStringLiteral("plain_text"), job->parts.plainText}};
    HttpCall call = PublishHttp::jsonCall("PUT", apiUrl(job->request, QStringLiteral("campaigns/%1/content").arg(job->campaignId)), body);
    call.header("Authorization", PublishHttp::bearer(job->request.accessToken));
    m_http.send(call, job->context, [this, job](const HttpResult &result) {
        if (!result.ok())
            return job->done(mailchimpFailure(result, false));
        scheduleOrSend(job);
    });
}

void MailchimpPublisher::scheduleOrSend(std::shared_ptr<Job> job)
{
    const bool scheduled = job->request.publishAtUtc.has_value();
    HttpCall call;
    if (scheduled) {
        const QDateTime at = quarterHourAtOrAfter(*job->request.publishAtUtc);
        call = PublishHttp::jsonCall("POST", apiUrl(job->request, QStringLiteral("campaigns/%1/actions/schedule").arg(job->campaignId)),
                                     QJsonObject{{QStringLiteral("schedule_time"), at.toString(Qt::ISODate)}});
    } else {
        call.verb = "POST";
        call.url = apiUrl(job->request, QStringLiteral("campaigns/%1/actions/send").arg(job->campaignId));
    }
    call.header("Authorization", PublishHttp::bearer(job->request.accessToken));
    call.creates = true; // sends mail: never replayed by the transport
    m_http.send(call, job->context, [job, scheduled](const HttpResult &result) {
        if (!result.ok())
            return job->done(mailchimpFailure(result, true));
        PublishOutcome outcome;
        outcome.status = scheduled ? PublishStatus::ScheduledNatively : PublishStatus::Published;
        outcome.externalId = job->campaignId;
        outcome.permalink = job->archiveUrl;
        outcome.httpStatus = result.status;
        job->done(outcome);
    });
}

void MailchimpPublisher::reconcile(const PublishRequest &request, QObject *context, ReconcileDone done)
{
    const auto existing = request.checkpoints.find(kCampaignStep);
    HttpCall call;
    if (existing != request.checkpoints.end()) {
        call.url = apiUrl(request, QStringLiteral("campaigns/%1").arg(existing->second));
    } else {
        call.url = apiUrl(request, QStringLiteral("campaigns?count=100&since_create_time=%1")
                                       .arg(QString::fromLatin1(QUrl::toPercentEncoding(QDateTime::currentDateTimeUtc().addDays(-2).toString(Qt::ISODate)))));
    }
    call.header("Authorization", PublishHttp::bearer(request.accessToken));
    const QString title = campaignTitle(request);
    m_http.send(call, context, [done = std::move(done), title](const HttpResult &result) {
        ReconcileOutcome outcome;
        if (!result.ok() && result.status != 404) {
            outcome.detail = QCoreApplication::translate("cf::MailchimpPublisher", "Mailchimp's campaigns could not be read (HTTP %1).").arg(result.status);
            return done(outcome);
        }
        QJsonArray campaigns = result.object().value(QLatin1String("campaigns")).toArray();
        if (result.ok() && result.object().contains(QLatin1String("id")))
            campaigns.append(result.object());
        for (const QJsonValue &value : campaigns) {
            const QJsonObject campaign = value.toObject();
            if (campaign.value(QLatin1String("settings")).toObject().value(QLatin1String("title")).toString() != title)
                continue;
            if (!isSentOrScheduled(campaign.value(QLatin1String("status")).toString())) {
                outcome.status = ReconcileStatus::NotPublished;
                outcome.detail = QCoreApplication::translate("cf::MailchimpPublisher", "The campaign exists in Mailchimp but was neither sent nor scheduled.");
                return done(outcome);
            }
            outcome.status = ReconcileStatus::Published;
            outcome.externalId = campaign.value(QLatin1String("id")).toString();
            outcome.permalink = campaign.value(QLatin1String("archive_url")).toString();
            outcome.detail = QCoreApplication::translate("cf::MailchimpPublisher", "Found the campaign in Mailchimp, sent or scheduled.");
            return done(outcome);
        }
        outcome.status = ReconcileStatus::NotPublished;
        outcome.detail = QCoreApplication::translate("cf::MailchimpPublisher", "Mailchimp has no campaign for this item.");
        done(outcome);
    });
}

void MailchimpPublisher::cancelScheduled(const PublishRequest &request, const QString &externalId, QObject *context,
                                         CancelDone done)
{
    const auto notDeleted = [] {
        return QCoreApplication::translate("cf::MailchimpPublisher", "The scheduled campaign was not deleted.");
    };
    const QByteArray authorization = PublishHttp::bearer(request.accessToken);
    const QUrl campaignUrl = apiUrl(request, QStringLiteral("campaigns/") + externalId);
    const QUrl unscheduleUrl = apiUrl(request, QStringLiteral("campaigns/%1/actions/unschedule").arg(externalId));
    // DELETE is the last step whether or not the campaign still had to be unscheduled.
    auto remove = [this, context, done, authorization, campaignUrl, notDeleted] {
        HttpCall call;
        call.verb = "DELETE";
        call.url = campaignUrl;
        call.header("Authorization", authorization);
        m_http.send(call, context, [done, notDeleted](const HttpResult &result) {
            if (result.ok() || result.status == 404)
                return done(cancel::cancelled());
            done(cancel::failed(mailchimpFailure(result, false), notDeleted()));
        });
    };
    HttpCall read;
    read.url = campaignUrl;
    read.header("Authorization", authorization);
    m_http.send(read, context, [this, context, done, authorization, unscheduleUrl, remove, notDeleted](const HttpResult &campaign) {
        if (campaign.status == 404)
            return done(cancel::cancelled()); // deleted in Mailchimp already
        if (!campaign.ok())
            return done(cancel::failed(mailchimpFailure(campaign, false),
                                       QCoreApplication::translate("cf::MailchimpPublisher", "The scheduled campaign could not be read.")));
        const QString status = campaign.object().value(QLatin1String("status")).toString();
        if (status == QLatin1String("sending") || status == QLatin1String("sent"))
            return done(cancel::alreadyLive(platformDisplayName(Platform::Mailchimp)));
        // "save" or "paused": an earlier attempt unscheduled it but did not delete it.
        if (status != QLatin1String("schedule"))
            return remove();
        HttpCall unschedule;
        unschedule.verb = "POST";
        unschedule.url = unscheduleUrl;
        unschedule.header("Authorization", authorization);
        m_http.send(unschedule, context, [done, remove, notDeleted](const HttpResult &result) {
            if (result.status == 404)
                return done(cancel::cancelled());
            if (!result.ok())
                return done(cancel::failed(mailchimpFailure(result, false), notDeleted()));
            remove();
        });
    });
}

} // namespace cf
