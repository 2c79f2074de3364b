// MetaAdsPublisher's video ads: the file goes to the ad account's video
// library (/act_X/advideos, Graph's chunked upload), the attempt waits for
// Meta to process it, and the creative carries it in video_data.
//
// Checkpoints: "video_upload" (the upload state after start and each chunk),
// "video" (the id once finish succeeded). Neither start, the chunks nor
// finish make anything anyone sees or pays for, so a lost answer is a
// retryable failure; before finishing again a retry reads the video's status,
// so an upload is finished once.
#include "platforms/publishing/ads/MetaAdsPublisher.h"

#include "platforms/publishing/MetaGraphErrors.h"
#include "platforms/publishing/PublishLog.h"
#include "platforms/publishing/PublishText.h"
#include "platforms/publishing/ads/MetaAdsJob.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTimer>

namespace cf {

namespace {

constexpr qint64 kStillProcessingRetrySecs = 60;

PublishOutcome videoOutcome(PublishStatus status, PublishErrorKind error, const QString &code, const QString &message)
{
    PublishOutcome outcome;
    outcome.status = status;
    outcome.error = error;
    outcome.platformCode = code;
    outcome.platformMessage = message;
    return outcome;
}

} // namespace

void MetaAdsPublisher::uploadVideo(std::shared_ptr<Job> job)
{
    if (job->has("video"))
        return waitForVideo(job, 0);
    const std::optional<MetaChunkedUpload::State> saved = MetaChunkedUpload::State::fromCheckpoint(job->id("video_upload"));
    if (saved && saved->complete()) {
        // Every byte is in: finish, unless an earlier attempt already did (its answer lost).
        m_http.send(get(saved->videoId, job->request.accessToken, {{QStringLiteral("fields"), QStringLiteral("status")}}), job->context,
                    [this, job, upload = *saved](const HttpResult &result) {
                        if (!result.ok())
                            return job->fail(result, false);
                        const QString status = result.object().value(QLatin1String("status")).toObject().value(QLatin1String("video_status")).toString();
                        if (status == QLatin1String("uploading") || status.isEmpty())
                            return finishVideo(job, upload);
                        job->save("video", upload.videoId);
                        waitForVideo(job, 0);
                    });
        return;
    }
    MetaChunkedUpload::upload(
        m_http, metagraph::graphUrl(job->account + QStringLiteral("/advideos")), job->request.accessToken, *job->video, saved, job->context,
        [job](const MetaChunkedUpload::State &state) { job->save("video_upload", state.toCheckpoint()); },
        [this, job](const MetaChunkedUpload::State &state) { finishVideo(job, state); },
        [job](const PublishOutcome &outcome) { job->done(outcome); });
}

void MetaAdsPublisher::finishVideo(std::shared_ptr<Job> job, const MetaChunkedUpload::State &upload)
{
    // Sent at most once by the transport (CreateCallPolicy), so a dropped
    // connection is not silently followed by a second finish; a lost answer
    // is still only retryable, as the retry reads the status first.
    const HttpCall call = post(job->account + QStringLiteral("/advideos"), job->request.accessToken,
                               {{QStringLiteral("upload_phase"), QStringLiteral("finish")},
                                {QStringLiteral("upload_session_id"), upload.sessionId},
                                {QStringLiteral("title"), job->ad.adName}},
                               true);
    m_http.send(call, job->context, [this, job, upload](const HttpResult &result) {
        if (!result.ok() || !result.object().value(QLatin1String("success")).toBool()) {
            if (const auto expected = MetaChunkedUpload::offsetsFromError(result); expected && result.status < 500) {
                // Meta misses bytes: the next attempt sends them from its offset.
                MetaChunkedUpload::State state = upload;
                state.start = expected->first;
                state.end = expected->second;
                job->save("video_upload", state.toCheckpoint());
                PublishOutcome outcome = metaads::failure(result, false, QDateTime::currentDateTimeUtc());
                outcome.status = PublishStatus::FailedRetryable;
                return job->done(outcome);
            }
            return job->fail(result, false);
        }
        job->save("video", upload.videoId);
        waitForVideo(job, 0);
    });
}

void MetaAdsPublisher::waitForVideo(std::shared_ptr<Job> job, int poll)
{
    const QString videoId = job->id("video");
    m_http.send(get(videoId, job->request.accessToken, {{QStringLiteral("fields"), QStringLiteral("status,picture")}}), job->context,
                [this, job, poll](const HttpResult &result) {
                    if (!result.ok())
                        return job->fail(result, false);
                    const QJsonObject answer = result.object();
                    const QString status = answer.value(QLatin1String("status")).toObject().value(QLatin1String("video_status")).toString();
                    if (status == QLatin1String("ready")) {
                        job->thumbnailUrl = answer.value(QLatin1String("picture")).toString();
                        if (!job->has("image") && job->thumbnailUrl.isEmpty()) {
                            return job->done(videoOutcome(PublishStatus::FailedRetryable, PublishErrorKind::PlatformUnavailable, status,
                                                          QCoreApplication::translate("cf::MetaAdsPublisher", "Meta has not made a thumbnail for the video yet; attach an image to the ad or wait.")));
                        }
                        return createCreative(job);
                    }
                    if (status == QLatin1String("error")) {
                        // Meta could not process the file: forget it so a corrected one is uploaded anew.
                        job->save("video", QString());
                        job->save("video_upload", QString());
                        return job->done(videoOutcome(PublishStatus::FailedPermanent, PublishErrorKind::MediaRejected, status,
                                                      QCoreApplication::translate("cf::MetaAdsPublisher", "Meta could not process the ad's video; check its format and length.")));
                    }
                    if (poll + 1 >= m_maxPolls) {
                        // Nothing was created around it yet; the checkpoints keep the upload.
                        PublishOutcome outcome = videoOutcome(PublishStatus::FailedRetryable, PublishErrorKind::PlatformUnavailable, status,
                                                              QCoreApplication::translate("cf::MetaAdsPublisher", "Meta is still processing the ad's video; the ad is created when it is ready."));
                        outcome.retryNotBeforeUtc = QDateTime::currentDateTimeUtc().addSecs(kStillProcessingRetrySecs);
                        return job->done(outcome);
                    }
                    QTimer::singleShot(m_pollIntervalMs, job->context, [this, job, poll] { waitForVideo(job, poll + 1); });
                });
}

QJsonObject MetaAdsPublisher::videoData(std::shared_ptr<Job> job, const QString &link) const
{
    QJsonObject data{{QStringLiteral("video_id"), job->id("video")},
                     {QStringLiteral("call_to_action"),
                      QJsonObject{{QStringLiteral("type"), metaads::callToAction(job->request)},
                                  {QStringLiteral("value"), QJsonObject{{QStringLiteral("link"), link}}}}}};
    if (job->has("image"))
        data.insert(QStringLiteral("image_hash"), job->id("image"));
    else
        data.insert(QStringLiteral("image_url"), job->thumbnailUrl);
    const QString message = publishtext::primaryText(job->request);
    if (!message.isEmpty())
        data.insert(QStringLiteral("message"), message);
    const QString headline = publishtext::headline(job->request);
    if (!headline.isEmpty())
        data.insert(QStringLiteral("title"), headline);
    return data;
}

} // namespace cf
