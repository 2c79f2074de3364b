// InstagramPublisher's direct video upload: the bytes of a resumable
// container go to the URI Graph returned (rupload.facebook.com) in POSTs
// with "Authorization: OAuth", "offset" and "file_size" headers. Each
// confirmed offset is checkpointed, so a retry after a dropped POST sends
// from there; the container stays the same (nothing is created twice).
#include "platforms/publishing/InstagramPublisher.h"

#include "platforms/publishing/InstagramPublisherJob.h"
#include "platforms/publishing/MetaGraphErrors.h"
#include "platforms/publishing/PublishLog.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace cf {

namespace {

PublishOutcome uploadRefused(const QString &message)
{
    PublishOutcome outcome;
    outcome.status = PublishStatus::FailedPermanent;
    outcome.error = PublishErrorKind::MediaRejected;
    outcome.platformMessage = message;
    return outcome;
}

// The token goes only to Meta's own hosts over https.
bool trustedUploadUri(const QUrl &uri)
{
    return uri.isValid() && uri.scheme() == QLatin1String("https")
        && (uri.host() == QLatin1String("facebook.com") || uri.host().endsWith(QLatin1String(".facebook.com")));
}

// The upload host answers failures as {"debug_info":{"retriable","type","message"}}.
PublishOutcome uploadFailure(const HttpResult &result)
{
    if (result.transportFailed() || result.status >= 500 || result.status == 429)
        return metagraph::failureOutcome(result, false, QDateTime::currentDateTimeUtc());
    if (!result.object().value(QLatin1String("error")).toObject().isEmpty())
        return metagraph::failureOutcome(result, false, QDateTime::currentDateTimeUtc());
    const QJsonObject info = result.object().value(QLatin1String("debug_info")).toObject();
    PublishOutcome outcome = uploadRefused(info.value(QLatin1String("message")).toString());
    outcome.httpStatus = result.status;
    outcome.platformCode = info.value(QLatin1String("type")).toString();
    if (result.status == 401 || result.status == 403) {
        outcome.error = PublishErrorKind::TokenExpiredOrInvalid;
        outcome.status = PublishStatus::FailedRetryable;
        outcome.unauthorized = true;
    } else if (info.value(QLatin1String("retriable")).toBool()) {
        outcome.error = PublishErrorKind::PlatformUnavailable;
        outcome.status = PublishStatus::FailedRetryable;
    }
    if (outcome.platformMessage.isEmpty())
        outcome.platformMessage = QString::fromUtf8(result.body.left(300));
    return outcome;
}

} // namespace

void InstagramPublisher::uploadVideo(std::shared_ptr<Job> job, const QString &stepName, std::size_t mediaIndex, std::function<void()> next)
{
    const QString checkpointName = stepName + QStringLiteral("_upload");
    if (job->checkpointed(checkpointName).isEmpty())
        return next(); // a container fed from a video URL by an earlier version: nothing to upload
    const QJsonObject saved = QJsonDocument::fromJson(job->checkpointed(checkpointName).toUtf8()).object();
    const QUrl uri(saved.value(QLatin1String("uri")).toString());
    const qint64 offset = saved.value(QLatin1String("offset")).toString().toLongLong();
    if (!trustedUploadUri(uri)) {
        // Without the URI (or with a foreign one) the container cannot get its bytes; a new one will.
        job->save(stepName, QString());
        return job->done(uploadRefused(QCoreApplication::translate("cf::InstagramPublisher", "Instagram did not name a valid upload address for the video.")));
    }
    const PublishMedia &media = job->request.media[mediaIndex];
    const qint64 size = QFileInfo(media.path).size();
    if (size > 0 && offset >= size)
        return next();
    QFile file(media.path);
    QByteArray chunk;
    if (size > 0 && file.open(QIODevice::ReadOnly) && file.seek(offset))
        chunk = file.read(qMin(m_uploadChunkBytes, size - offset));
    if (chunk.isEmpty())
        return job->done(uploadRefused(QCoreApplication::translate("cf::PublishHttp", "The media file %1 cannot be read or is empty.")
                                           .arg(QFileInfo(media.path).fileName())));
    HttpCall call;
    call.verb = "POST";
    call.url = uri;
    call.body = chunk;
    call.contentType = "application/octet-stream";
    call.timeoutMs = 5 * 60 * 1000;
    call.header("Authorization", metagraph::authorization(job->request.accessToken))
        .header("offset", QByteArray::number(offset))
        .header("file_size", QByteArray::number(size));
    const qint64 sent = chunk.size();
    m_http.send(call, job->context, [this, job, stepName, mediaIndex, next = std::move(next), checkpointName, uri, offset, sent](const HttpResult &result) mutable {
        if (!result.ok() || !result.object().value(QLatin1String("success")).toBool())
            return job->done(uploadFailure(result)); // the confirmed offset stays checkpointed
        qCDebug(lcPublish) << "instagram video upload at" << offset + sent;
        job->save(checkpointName, instagramjob::uploadCheckpoint(uri.toString(), offset + sent));
        uploadVideo(job, stepName, mediaIndex, std::move(next));
    });
}

} // namespace cf
