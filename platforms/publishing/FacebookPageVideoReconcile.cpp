// FacebookPagePublisher's read-only reconcile of a video post: the finish
// call of the chunked upload is the create, so an Unknown video is decided
// by the video's own status phases (the video id is in the checkpointed
// upload), or, without a checkpoint, by the Page's videos.
#include "platforms/publishing/FacebookPagePublisher.h"

#include "platforms/publishing/MetaGraphErrors.h"
#include "platforms/publishing/PublishText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace cf {

namespace {

QString videoPermalink(const QString &pageId, const QString &videoId)
{
    return QStringLiteral("https://www.facebook.com/%1/videos/%2").arg(pageId, videoId);
}

} // namespace

void FacebookPagePublisher::reconcileVideo(const PublishRequest &request, QObject *context, ReconcileDone done)
{
    const QString pageId = request.connection.accountId;
    const auto checkpoint = request.checkpoints.find(QStringLiteral("fb_video_upload"));
    const std::optional<MetaChunkedUpload::State> upload =
        checkpoint == request.checkpoints.end() ? std::nullopt : MetaChunkedUpload::State::fromCheckpoint(checkpoint->second);
    HttpCall call;
    call.header("Authorization", metagraph::authorization(request.accessToken));
    if (upload) {
        call.url = metagraph::graphUrl(upload->videoId, {{QStringLiteral("fields"), QStringLiteral("status,published,permalink_url")}});
        const QString videoId = upload->videoId;
        m_http.send(call, context, [done = std::move(done), videoId, pageId](const HttpResult &result) {
            ReconcileOutcome outcome;
            if (!result.ok()) {
                outcome.detail = QCoreApplication::translate("cf::FacebookPagePublisher", "The video's upload status could not be read (HTTP %1).").arg(result.status);
                return done(outcome);
            }
            const QJsonObject status = result.object().value(QLatin1String("status")).toObject();
            const QString publishing = status.value(QLatin1String("publishing_phase")).toObject().value(QLatin1String("status")).toString();
            const QString videoStatus = status.value(QLatin1String("video_status")).toString();
            if (publishing == QLatin1String("complete") || videoStatus == QLatin1String("ready") || videoStatus == QLatin1String("processing")) {
                outcome.status = ReconcileStatus::Published;
                outcome.externalId = videoId;
                outcome.permalink = videoPermalink(pageId, videoId);
                outcome.detail = QCoreApplication::translate("cf::FacebookPagePublisher", "Facebook reports the video's upload as finished.");
                return done(outcome);
            }
            if (publishing == QLatin1String("not_started") || videoStatus == QLatin1String("uploading")) {
                outcome.status = ReconcileStatus::NotPublished;
                outcome.detail = QCoreApplication::translate("cf::FacebookPagePublisher", "The video's upload was never finished, so it was not posted.");
                return done(outcome);
            }
            outcome.detail = QCoreApplication::translate("cf::FacebookPagePublisher", "Facebook reports the video as \"%1\"; check the Page's videos on Facebook.").arg(videoStatus);
            done(outcome);
        });
        return;
    }
    // No upload was checkpointed, so no finish call can have been sent; the
    // Page's videos confirm it.
    call.url = metagraph::graphUrl(pageId + QStringLiteral("/videos"), {{QStringLiteral("fields"), QStringLiteral("id,description,created_time")},
                                                                         {QStringLiteral("limit"), QStringLiteral("50")}});
    const QString message = publishtext::postTextWithLink(request);
    m_http.send(call, context, [done = std::move(done), message, pageId](const HttpResult &result) {
        ReconcileOutcome outcome;
        if (!result.ok()) {
            outcome.detail = QCoreApplication::translate("cf::FacebookPagePublisher", "The Page's videos could not be read (HTTP %1).").arg(result.status);
            return done(outcome);
        }
        const QDateTime windowStart = QDateTime::currentDateTimeUtc().addDays(-2);
        const QJsonArray videos = result.object().value(QLatin1String("data")).toArray();
        for (const QJsonValue &value : videos) {
            const QJsonObject video = value.toObject();
            const QDateTime created = metagraph::parseTime(video.value(QLatin1String("created_time")).toString());
            if (video.value(QLatin1String("description")).toString() != message || (created.isValid() && created < windowStart))
                continue;
            outcome.status = ReconcileStatus::Published;
            outcome.externalId = video.value(QLatin1String("id")).toString();
            outcome.permalink = videoPermalink(pageId, outcome.externalId);
            outcome.detail = QCoreApplication::translate("cf::FacebookPagePublisher", "Found the video among the Page's videos.");
            return done(outcome);
        }
        outcome.status = ReconcileStatus::NotPublished;
        outcome.detail = QCoreApplication::translate("cf::FacebookPagePublisher", "None of the Page's videos from the last two days has this description.");
        done(outcome);
    });
}

} // namespace cf
