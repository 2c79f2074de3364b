#include "platforms/publishing/YouTubePublisher.h"

#include "platforms/publishing/CancelOutcomes.h"
#include "platforms/publishing/PublishMediaKinds.h"
#include "platforms/publishing/PublishText.h"
#include "platforms/publishing/RestFailure.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace cf {

namespace {

const QString kSessionStep = QStringLiteral("yt_session");
const QString kVideoStep = QStringLiteral("yt_video");
const QString kUploadUrl = QStringLiteral("https://www.googleapis.com/upload/youtube/v3/videos?uploadType=resumable&part=snippet,status");

const PublishMedia *thumbnailOf(const PublishRequest &request)
{
    for (const PublishMedia &media : request.media) {
        if (media.mimeType == QLatin1String("image/jpeg") || media.mimeType == QLatin1String("image/png"))
            return &media;
    }
    return nullptr;
}

QString permalinkOf(const QString &videoId)
{
    return QStringLiteral("https://www.youtube.com/watch?v=%1").arg(videoId);
}

// Google's envelope {"error":{"code","message","errors":[{"reason",...}]}}.
PublishOutcome googleFailure(const HttpResult &result, bool creates)
{
    const QJsonObject error = result.object().value(QLatin1String("error")).toObject();
    const QString reason = error.value(QLatin1String("errors")).toArray().first().toObject().value(QLatin1String("reason")).toString();
    PublishErrorKind kind = PublishErrorKind::None;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (reason == QLatin1String("quotaExceeded") || reason == QLatin1String("rateLimitExceeded") || reason == QLatin1String("userRateLimitExceeded")
        || reason == QLatin1String("uploadLimitExceeded"))
        kind = PublishErrorKind::RateLimited;
    else if (reason == QLatin1String("authError") || result.status == 401)
        kind = PublishErrorKind::TokenExpiredOrInvalid;
    else if (reason == QLatin1String("insufficientPermissions") || reason == QLatin1String("forbidden") || reason == QLatin1String("youtubeSignupRequired"))
        kind = PublishErrorKind::PermissionMissing;
    else if (reason == QLatin1String("mediaBodyRequired") || reason == QLatin1String("invalidVideoMetadata") || reason == QLatin1String("mediaBodyTooLarge"))
        kind = PublishErrorKind::MediaRejected;
    PublishOutcome outcome = restFailure(result, creates, reason, error.value(QLatin1String("message")).toString(), kind, now);
    // The channel's daily upload cap resets after a day; quota at midnight Pacific (a day at most).
    if (reason == QLatin1String("uploadLimitExceeded") || reason == QLatin1String("quotaExceeded"))
        outcome.retryNotBeforeUtc = now.addDays(1);
    return outcome;
}

// "bytes=0-N" → N + 1 bytes received; none without a Range header.
qint64 receivedFrom(const HttpResult &result)
{
    static const QRegularExpression range(QStringLiteral("^bytes=0-(\\d+)$"));
    const auto match = range.match(QString::fromLatin1(result.header("Range")));
    return match.hasMatch() ? match.captured(1).toLongLong() + 1 : 0;
}

} // namespace

struct YouTubePublisher::Job
{
    PublishRequest request;
    QObject *context = nullptr;
    Checkpoint checkpoint;
    Done done;
    PublishMedia video;
    QString sessionUrl; // the real URL Google gave; rewritten per call
    qint64 sent = 0;
    QString videoId;
};

YouTubePublisher::YouTubePublisher(QNetworkAccessManager &network, const EndpointMap &endpoints)
    : m_http(network, endpoints)
{
}

QString YouTubePublisher::titleOf(const PublishRequest &request)
{
    return publishtext::headline(request);
}

QString YouTubePublisher::descriptionOf(const PublishRequest &request)
{
    const LanguageCopy *copy = request.item.copy ? &request.item.copy->in(request.language) : nullptr;
    if (copy && !copy->description.isEmpty()) {
        const QString link = publishtext::link(request);
        return link.isEmpty() || copy->description.contains(link) ? copy->description : copy->description + QStringLiteral("\n\n") + link;
    }
    return publishtext::postTextWithLink(request);
}

QStringList YouTubePublisher::checkLimits(const PublishRequest &request) const
{
    QStringList problems;
    const QString title = titleOf(request);
    if (title.trimmed().isEmpty())
        problems << QCoreApplication::translate("cf::YouTubePublisher", "The video has no title.");
    else if (title.size() > kMaxTitleLength)
        problems << QCoreApplication::translate("cf::YouTubePublisher", "The video title has %1 characters; YouTube allows at most %2.").arg(title.size()).arg(kMaxTitleLength);
    const QString description = descriptionOf(request);
    if (description.toUtf8().size() > kMaxDescriptionBytes)
        problems << QCoreApplication::translate("cf::YouTubePublisher", "The description is %1 bytes long; YouTube allows at most %2.").arg(description.toUtf8().size()).arg(kMaxDescriptionBytes);
    for (const QString &text : {title, description}) {
        if (text.contains(QLatin1Char('<')) || text.contains(QLatin1Char('>'))) {
            problems << QCoreApplication::translate("cf::YouTubePublisher", "YouTube titles and descriptions cannot contain < or >.");
            break;
        }
    }
    int videos = 0;
    for (const PublishMedia &media : request.media)
        videos += isVideoMedia(media) ? 1 : 0;
    if (videos != 1)
        problems << QCoreApplication::translate("cf::YouTubePublisher", "A YouTube upload needs exactly one video; this item has %1.").arg(videos);
    const PublishMedia *thumbnail = thumbnailOf(request);
    if (thumbnail && thumbnail->sizeBytes > kMaxThumbnailBytes)
        problems << QCoreApplication::translate("cf::YouTubePublisher", "The thumbnail %1 is larger than YouTube's 2 MB limit.").arg(QFileInfo(thumbnail->path).fileName());
    if (request.publishAtUtc && *request.publishAtUtc <= QDateTime::currentDateTimeUtc())
        problems << QCoreApplication::translate("cf::YouTubePublisher", "The video is due %1, which has passed.").arg(request.publishAtUtc->toString(Qt::ISODate));
    return problems;
}

void YouTubePublisher::publish(const PublishRequest &request, QObject *context, Checkpoint checkpoint, Done done)
{
    auto job = std::make_shared<Job>();
    job->request = request;
    job->context = context;
    job->checkpoint = std::move(checkpoint);
    job->done = std::move(done);
    const PublishMedia *video = firstVideo(request);
    if (!video) {
        PublishOutcome outcome;
        outcome.status = PublishStatus::FailedPermanent;
        outcome.error = PublishErrorKind::ContentOutOfLimits;
        outcome.platformMessage = QCoreApplication::translate("cf::YouTubePublisher", "A YouTube upload needs exactly one video; this item has %1.").arg(0);
        return job->done(outcome);
    }
    job->video = *video;
    job->video.sizeBytes = QFileInfo(video->path).size();
    const auto session = request.checkpoints.find(kSessionStep);
    if (session != request.checkpoints.end()) {
        job->sessionUrl = session->second;
        return querySession(job);
    }
    openSession(job);
}

// Opening a session creates no video (that happens at the last byte), so a
// lost answer here is safe to retry.
void YouTubePublisher::openSession(std::shared_ptr<Job> job)
{
    QJsonObject status{{QStringLiteral("selfDeclaredMadeForKids"), false}};
    if (job->request.publishAtUtc) {
        status.insert(QStringLiteral("privacyStatus"), QStringLiteral("private"));
        status.insert(QStringLiteral("publishAt"), job->request.publishAtUtc->toUTC().toString(Qt::ISODate));
    } else {
        status.insert(QStringLiteral("privacyStatus"), QStringLiteral("public"));
    }
    QJsonObject snippet{{QStringLiteral("title"), titleOf(job->request)}, {QStringLiteral("description"), descriptionOf(job->request)},
                        {QStringLiteral("categoryId"), QStringLiteral("22")}};
    const QStringList tags = publishtext::hashtags(job->request);
    if (!tags.isEmpty())
        snippet.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
    HttpCall call = PublishHttp::jsonCall("POST", QUrl(kUploadUrl), QJsonObject{{QStringLiteral("snippet"), snippet}, {QStringLiteral("status"), status}});
    call.header("Authorization", PublishHttp::bearer(job->request.accessToken));
    call.header("X-Upload-Content-Length", QByteArray::number(job->video.sizeBytes));
    call.header("X-Upload-Content-Type", job->video.mimeType.toUtf8());
    m_http.send(call, job->context, [this, job](const HttpResult &result) {
        const QString location = QString::fromUtf8(result.header("Location"));
        if (!result.ok() || location.isEmpty())
            return job->done(googleFailure(result, false));
        job->sessionUrl = location;
        job->checkpoint(kSessionStep, location);
        sendNextChunk(job);
    });
}

// "How far did the upload get?": 308 with Range to resume, 200/201 when the
// video already exists, 404 when the session expired (no video was made).
void YouTubePublisher::querySession(std::shared_ptr<Job> job)
{
    HttpCall call;
    call.verb = "PUT";
    call.url = QUrl(job->sessionUrl);
    call.header("Authorization", PublishHttp::bearer(job->request.accessToken));
    call.header("Content-Range", "bytes */" + QByteArray::number(job->video.sizeBytes));
    m_http.send(call, job->context, [this, job](const HttpResult &result) {
        if (result.status == 308) {
            job->sent = receivedFrom(result);
            return sendNextChunk(job);
        }
        const QString id = result.object().value(QLatin1String("id")).toString();
        if (result.ok() && !id.isEmpty()) {
            job->videoId = id;
            job->checkpoint(kVideoStep, id);
            return setThumbnail(job);
        }
        if (result.status == 404 || result.status == 410)
            return openSession(job);
        job->done(googleFailure(result, false));
    });
}

void YouTubePublisher::sendNextChunk(std::shared_ptr<Job> job)
{
    QFile file(job->video.path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(job->sent)) {
        PublishOutcome failure;
        failure.platformMessage = QCoreApplication::translate("cf::YouTubePublisher", "The video %1 could not be read.").arg(QFileInfo(job->video.path).fileName());
        failure.status = PublishStatus::FailedPermanent;
        failure.error = PublishErrorKind::MediaRejected;
        return job->done(failure);
    }
    const QByteArray chunk = file.read(kChunkBytes);
    const qint64 first = job->sent;
    const qint64 last = first + chunk.size() - 1;
    const bool final = last + 1 >= job->video.sizeBytes;
    HttpCall call;
    call.verb = "PUT";
    call.url = QUrl(job->sessionUrl);
    call.body = chunk;
    call.contentType = job->video.mimeType.toUtf8();
    call.timeoutMs = 5 * 60 * 1000;
    // The last byte creates the video: that call must never be replayed.
    call.creates = final;
    call.header("Authorization", PublishHttp::bearer(job->request.accessToken));
    call.header("Content-Range", "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/' + QByteArray::number(job->video.sizeBytes));
    m_http.send(call, job->context, [this, job, final, last](const HttpResult &result) {
        if (result.status == 308 && !final) {
            job->sent = result.header("Range").isEmpty() ? last + 1 : receivedFrom(result);
            return sendNextChunk(job);
        }
        const QString id = result.object().value(QLatin1String("id")).toString();
        if (!result.ok() || id.isEmpty())
            return job->done(googleFailure(result, final));
        job->videoId = id;
        job->checkpoint(kVideoStep, id);
        setThumbnail(job);
    });
}

void YouTubePublisher::setThumbnail(std::shared_ptr<Job> job)
{
    const PublishMedia *thumbnail = thumbnailOf(job->request);
    if (!thumbnail)
        return finish(job);
    QByteArray data;
    PublishOutcome failure;
    if (!readMediaFile(*thumbnail, &data, &failure))
        return finish(job, failure.platformMessage);
    HttpCall call;
    call.verb = "POST";
    call.url = QUrl(QStringLiteral("https://www.googleapis.com/upload/youtube/v3/thumbnails/set?videoId=") + job->videoId);
    call.body = data;
    call.contentType = thumbnail->mimeType.toUtf8();
    call.header("Authorization", PublishHttp::bearer(job->request.accessToken));
    m_http.send(call, job->context, [this, job](const HttpResult &result) {
        // The video is up either way; a refused thumbnail is only noted.
        if (result.ok())
            return finish(job);
        finish(job, QCoreApplication::translate("cf::YouTubePublisher", "The video was uploaded but its thumbnail was refused (HTTP %1); set it in YouTube Studio.")
                        .arg(result.status));
    });
}

void YouTubePublisher::finish(std::shared_ptr<Job> job, const QString &note)
{
    PublishOutcome outcome;
    outcome.status = job->request.publishAtUtc ? PublishStatus::ScheduledNatively : PublishStatus::Published;
    outcome.externalId = job->videoId;
    outcome.permalink = permalinkOf(job->videoId);
    outcome.platformMessage = note;
    job->done(outcome);
}

void YouTubePublisher::reconcile(const PublishRequest &request, QObject *context, ReconcileDone done)
{
    const auto video = request.checkpoints.find(kVideoStep);
    const auto session = request.checkpoints.find(kSessionStep);
    HttpCall call;
    call.header("Authorization", PublishHttp::bearer(request.accessToken));
    if (video != request.checkpoints.end()) {
        call.url = QUrl(QStringLiteral("https://www.googleapis.com/youtube/v3/videos?part=id,status&id=") + video->second);
    } else if (session != request.checkpoints.end()) {
        const PublishMedia *media = firstVideo(request);
        call.verb = "PUT";
        call.url = QUrl(session->second);
        call.header("Content-Range", "bytes */" + QByteArray::number(media ? QFileInfo(media->path).size() : 0));
    } else {
        // No session was ever opened, so no bytes went up and no video exists.
        ReconcileOutcome outcome;
        outcome.status = ReconcileStatus::NotPublished;
        outcome.detail = QCoreApplication::translate("cf::YouTubePublisher", "No upload to YouTube was started for this item.");
        return done(outcome);
    }
    m_http.send(call, context, [done = std::move(done)](const HttpResult &result) {
        ReconcileOutcome outcome;
        QJsonObject resource = result.object();
        const QJsonArray items = resource.value(QLatin1String("items")).toArray();
        if (resource.value(QLatin1String("kind")).toString() == QLatin1String("youtube#videoListResponse"))
            resource = items.isEmpty() ? QJsonObject() : items.first().toObject();
        const QString id = resource.value(QLatin1String("id")).toString();
        if (result.ok() && !id.isEmpty()) {
            outcome.status = ReconcileStatus::Published;
            outcome.externalId = id;
            outcome.permalink = permalinkOf(id);
            outcome.detail = QCoreApplication::translate("cf::YouTubePublisher", "The upload finished and the video exists on YouTube.");
        } else if (result.status == 308) {
            outcome.status = ReconcileStatus::NotPublished;
            outcome.detail = QCoreApplication::translate("cf::YouTubePublisher", "The upload session is incomplete: YouTube has not created the video.");
        } else {
            outcome.detail = QCoreApplication::translate("cf::YouTubePublisher", "YouTube could not say whether the video exists (HTTP %1); check YouTube Studio.").arg(result.status);
        }
        done(outcome);
    });
}

void YouTubePublisher::cancelScheduled(const PublishRequest &request, const QString &externalId, QObject *context,
                                       CancelDone done)
{
    const QString id = QString::fromLatin1(QUrl::toPercentEncoding(externalId));
    const QByteArray authorization = PublishHttp::bearer(request.accessToken);
    HttpCall read;
    read.url = QUrl(QStringLiteral("https://www.googleapis.com/youtube/v3/videos?part=id,status&id=") + id);
    read.header("Authorization", authorization);
    m_http.send(read, context, [this, context, done, id, authorization](const HttpResult &list) {
        if (!list.ok())
            return done(cancel::failed(googleFailure(list, false),
                                       QCoreApplication::translate("cf::YouTubePublisher", "The scheduled video could not be read.")));
        const QJsonArray items = list.object().value(QLatin1String("items")).toArray();
        if (items.isEmpty())
            return done(cancel::cancelled()); // deleted on YouTube already
        const QJsonObject status = items.first().toObject().value(QLatin1String("status")).toObject();
        // At publishAt YouTube makes the video public and drops publishAt.
        if (status.value(QLatin1String("privacyStatus")).toString() != QLatin1String("private")
            || status.value(QLatin1String("publishAt")).toString().isEmpty())
            return done(cancel::alreadyLive(platformDisplayName(Platform::YouTube)));
        HttpCall remove;
        remove.verb = "DELETE";
        remove.url = QUrl(QStringLiteral("https://www.googleapis.com/youtube/v3/videos?id=") + id);
        remove.header("Authorization", authorization);
        m_http.send(remove, context, [done](const HttpResult &result) {
            if (result.ok() || result.status == 404)
                return done(cancel::cancelled());
            done(cancel::failed(googleFailure(result, false),
                                QCoreApplication::translate("cf::YouTubePublisher", "The scheduled video was not deleted.")));
        });
    });
}

} // namespace cf
