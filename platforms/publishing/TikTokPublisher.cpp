#include "platforms/publishing/TikTokPublisher.h"

#include "platforms/publishing/PublishMediaKinds.h"
#include "platforms/publishing/PublishText.h"
#include "platforms/publishing/RestFailure.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

namespace cf {

namespace {

const QString kApi = QStringLiteral("https://open.tiktokapis.com/v2/post/publish/");
const QString kPublishStep = QStringLiteral("tt_publish");
const QString kUploadStep = QStringLiteral("tt_upload_url");

// Every answer is {"data":{..},"error":{"code","message","log_id"}};
// success is error.code == "ok" (creator_info reports spam risks with HTTP 200).
QString errorCode(const HttpResult &result)
{
    return result.object().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
}

bool succeeded(const HttpResult &result)
{
    return result.ok() && errorCode(result) == QLatin1String("ok");
}

PublishOutcome tiktokFailure(const HttpResult &result, bool creates)
{
    const QString code = errorCode(result);
    PublishErrorKind kind = PublishErrorKind::None;
    if (code == QLatin1String("rate_limit_exceeded"))
        kind = PublishErrorKind::RateLimited;
    else if (code == QLatin1String("access_token_invalid"))
        kind = PublishErrorKind::TokenExpiredOrInvalid;
    else if (code == QLatin1String("scope_not_authorized"))
        kind = PublishErrorKind::PermissionMissing;
    else if (code.startsWith(QLatin1String("spam_risk")) || code == QLatin1String("reached_active_user_cap")
             || code == QLatin1String("unaudited_client_can_only_post_to_private_accounts") || code == QLatin1String("privacy_level_option_mismatch"))
        kind = PublishErrorKind::ContentPolicyViolation;
    else if (code == QLatin1String("url_ownership_unverified"))
        kind = PublishErrorKind::MediaRejected;
    else if (result.status >= 200 && result.status < 300)
        kind = PublishErrorKind::Unknown; // an error envelope with HTTP 200
    PublishOutcome outcome = restFailure(result, creates, code, result.object().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString(),
                                         kind, QDateTime::currentDateTimeUtc());
    if (result.ok()) // HTTP 200 with an error code: the platform refused, nothing was applied
        outcome.status = kind == PublishErrorKind::RateLimited ? PublishStatus::FailedRetryable : PublishStatus::FailedPermanent;
    return outcome;
}

PublishOutcome permanent(PublishErrorKind kind, const QString &message, const QString &code = {})
{
    PublishOutcome outcome;
    outcome.status = PublishStatus::FailedPermanent;
    outcome.error = kind;
    outcome.platformCode = code;
    outcome.platformMessage = message;
    return outcome;
}

} // namespace

struct TikTokPublisher::Job
{
    PublishRequest request;
    QObject *context = nullptr;
    Checkpoint checkpoint;
    Done done;
    bool direct = true;
    QString privacy;
    QString username;
    int maxSeconds = 0;
    PublishMedia video;
    QString publishId;
    QString uploadUrl;
    qint64 chunkSize = 0;
    qint64 chunkCount = 0;
    qint64 sent = 0;
    std::vector<PublicMediaHost::Hosted> hosted;
    int polls = 0;
};

TikTokPublisher::TikTokPublisher(QNetworkAccessManager &network, const EndpointMap &endpoints)
    : m_http(network, endpoints)
{
}

QStringList TikTokPublisher::checkLimits(const PublishRequest &request) const
{
    QStringList problems;
    const PublishMedia *video = firstVideo(request);
    const QString text = publishtext::postText(request);
    if (request.media.empty())
        problems << QCoreApplication::translate("cf::TikTokPublisher", "A TikTok post needs a video or photos.");
    if (video) {
        if (request.media.size() > 1)
            problems << QCoreApplication::translate("cf::TikTokPublisher", "A TikTok video post carries one video and nothing else.");
        if (text.size() > kMaxVideoTitle)
            problems << QCoreApplication::translate("cf::TikTokPublisher", "The caption has %1 characters; TikTok allows at most %2.").arg(text.size()).arg(kMaxVideoTitle);
        if (video->sizeBytes > kMaxVideoBytes)
            problems << QCoreApplication::translate("cf::TikTokPublisher", "The video is larger than TikTok's 4 GB limit.");
        if (video->mimeType != QLatin1String("video/mp4") && video->mimeType != QLatin1String("video/quicktime") && video->mimeType != QLatin1String("video/webm"))
            problems << QCoreApplication::translate("cf::TikTokPublisher", "TikTok takes MP4, MOV or WebM videos, not %1.").arg(video->mimeType);
    } else if (!request.media.empty()) {
        if (request.media.size() > std::size_t(kMaxPhotos))
            problems << QCoreApplication::translate("cf::TikTokPublisher", "A TikTok photo post carries at most %1 photos; this one has %2.").arg(kMaxPhotos).arg(request.media.size());
        for (const PublishMedia &media : request.media) {
            if (media.mimeType != QLatin1String("image/jpeg") && media.mimeType != QLatin1String("image/webp"))
                problems << QCoreApplication::translate("cf::TikTokPublisher", "TikTok photo posts take JPEG or WebP images; %1 is %2.").arg(QFileInfo(media.path).fileName(), media.mimeType);
            else if (media.sizeBytes > kMaxPhotoBytes)
                problems << QCoreApplication::translate("cf::TikTokPublisher", "The photo %1 is larger than TikTok's 20 MB limit.").arg(QFileInfo(media.path).fileName());
        }
        if (publishtext::headline(request).size() > kMaxPhotoTitle)
            problems << QCoreApplication::translate("cf::TikTokPublisher", "The photo post title has %1 characters; TikTok allows at most %2.").arg(publishtext::headline(request).size()).arg(kMaxPhotoTitle);
        if (text.size() > kMaxPhotoDescription)
            problems << QCoreApplication::translate("cf::TikTokPublisher", "The description has %1 characters; TikTok allows at most %2.").arg(text.size()).arg(kMaxPhotoDescription);
    }
    return problems;
}

void TikTokPublisher::publish(const PublishRequest &request, QObject *context, Checkpoint checkpoint, Done done)
{
    auto job = std::make_shared<Job>();
    job->request = request;
    job->context = context;
    job->checkpoint = std::move(checkpoint);
    job->done = std::move(done);
    // Direct Post needs video.publish; with only video.upload the video lands in the creator's inbox.
    const QStringList scopes = request.connection.scopes.isEmpty() ? request.parentConnection.scopes : request.connection.scopes;
    job->direct = scopes.isEmpty() || scopes.contains(QLatin1String("video.publish"));
    if (const PublishMedia *video = firstVideo(request)) {
        job->video = *video;
        job->video.sizeBytes = QFileInfo(video->path).size();
    }
    const auto publishId = request.checkpoints.find(kPublishStep);
    if (publishId != request.checkpoints.end()) {
        job->publishId = publishId->second;
        const auto upload = request.checkpoints.find(kUploadStep);
        if (upload != request.checkpoints.end())
            job->uploadUrl = upload->second;
        return poll(job);
    }
    queryCreator(job);
}

void TikTokPublisher::queryCreator(std::shared_ptr<Job> job)
{
    HttpCall call;
    call.verb = "POST";
    call.url = QUrl(kApi + QStringLiteral("creator_info/query/"));
    call.contentType = "application/json; charset=UTF-8";
    call.header("Authorization", PublishHttp::bearer(job->request.accessToken));
    m_http.send(call, job->context, [this, job](const HttpResult &result) {
        if (!succeeded(result))
            return finish(job, tiktokFailure(result, false));
        const QJsonObject data = result.object().value(QLatin1String("data")).toObject();
        QStringList options;
        const QJsonArray levels = data.value(QLatin1String("privacy_level_options")).toArray();
        for (const QJsonValue &level : levels)
            options << level.toString();
        job->privacy = options.contains(QLatin1String("PUBLIC_TO_EVERYONE")) ? QStringLiteral("PUBLIC_TO_EVERYONE") : options.value(0);
        job->username = data.value(QLatin1String("creator_username")).toString();
        job->maxSeconds = data.value(QLatin1String("max_video_post_duration_sec")).toInt();
        if (job->privacy.isEmpty())
            return finish(job, permanent(PublishErrorKind::PermissionMissing, QCoreApplication::translate("cf::TikTokPublisher", "TikTok offers this account no privacy level to post with.")));
        if (!job->video.path.isEmpty()) {
            if (job->maxSeconds > 0 && job->video.durationSeconds > job->maxSeconds)
                return finish(job, permanent(PublishErrorKind::ContentOutOfLimits,
                                             QCoreApplication::translate("cf::TikTokPublisher", "The video lasts %1 s; this TikTok account may post at most %2 s.")
                                                 .arg(qRound(job->video.durationSeconds)).arg(job->maxSeconds)));
            return initVideo(job);
        }
        hostNextPhoto(job);
    });
}

void TikTokPublisher::initVideo(std::shared_ptr<Job> job)
{
    const qint64 size = job->video.sizeBytes;
    // TikTok's rule: below 5 MB one chunk of the whole file; otherwise
    // floor(size / chunk) chunks, the last one taking the remainder.
    job->chunkSize = size < kMinChunk ? size : qMin(size, kChunk);
    job->chunkCount = qMax<qint64>(1, size / job->chunkSize);
    QJsonObject body{{QStringLiteral("source_info"), QJsonObject{{QStringLiteral("source"), QStringLiteral("FILE_UPLOAD")},
                                                                  {QStringLiteral("video_size"), size},
                                                                  {QStringLiteral("chunk_size"), job->chunkSize},
                                                                  {QStringLiteral("total_chunk_count"), job->chunkCount}}}};
    if (job->direct)
        body.insert(QStringLiteral("post_info"), QJsonObject{{QStringLiteral("title"), publishtext::postText(job->request)},
                                                             {QStringLiteral("privacy_level"), job->privacy},
                                                             {QStringLiteral("disable_duet"), false},
                                                             {QStringLiteral("disable_comment"), false},
                                                             {QStringLiteral("disable_stitch"), false},
                                                             {QStringLiteral("brand_content_toggle"), false},
                                                             {QStringLiteral("brand_organic_toggle"), false}});
    const QString path = job->direct ? QStringLiteral("video/init/") : QStringLiteral("inbox/video/init/");
    HttpCall call = PublishHttp::jsonCall("POST", QUrl(kApi + path), body);
    call.contentType = "application/json; charset=UTF-8";
    call.header("Authorization", PublishHttp::bearer(job->request.accessToken));
    call.creates = true;
    m_http.send(call, job->context, [this, job](const HttpResult &result) {
        const QJsonObject data = result.object().value(QLatin1String("data")).toObject();
        job->publishId = data.value(QLatin1String("publish_id")).toString();
        job->uploadUrl = data.value(QLatin1String("upload_url")).toString();
        if (!succeeded(result) || job->publishId.isEmpty() || job->uploadUrl.isEmpty())
            return finish(job, tiktokFailure(result, true));
        job->checkpoint(kPublishStep, job->publishId);
        job->checkpoint(kUploadStep, job->uploadUrl);
        uploadNextChunk(job);
    });
}

// Chunk PUTs replace byte ranges of one upload; a repeated chunk is refused
// with 416, so they are not creates. The post exists from init on.
void TikTokPublisher::uploadNextChunk(std::shared_ptr<Job> job)
{
    if (job->sent >= job->video.sizeBytes)
        return poll(job);
    const qint64 index = job->sent / job->chunkSize;
    const bool last = index + 1 >= job->chunkCount;
    const qint64 length = last ? job->video.sizeBytes - job->sent : job->chunkSize;
    QFile file(job->video.path);
    QByteArray chunk;
    if (file.open(QIODevice::ReadOnly) && file.seek(job->sent))
        chunk = file.read(length);
    if (chunk.size() != length)
        return finish(job, permanent(PublishErrorKind::MediaRejected,
                                     QCoreApplication::translate("cf::TikTokPublisher", "The video %1 could not be read.").arg(QFileInfo(job->video.path).fileName())));
    HttpCall call;
    call.verb = "PUT";
    call.url = QUrl(job->uploadUrl);
    call.body = chunk;
    call.contentType = job->video.mimeType.toUtf8();
    call.timeoutMs = 5 * 60 * 1000;
    const qint64 first = job->sent;
    call.header("Content-Range", "bytes " + QByteArray::number(first) + '-' + QByteArray::number(first + length - 1) + '/' + QByteArray::number(job->video.sizeBytes));
    m_http.send(call, job->context, [this, job, length](const HttpResult &result) {
        if (result.status != 206 && result.status != 201)
            return finish(job, result.status && result.status < 500 ? permanent(PublishErrorKind::MediaRejected,
                                                         QCoreApplication::translate("cf::TikTokPublisher", "TikTok refused a part of the video (HTTP %1).").arg(result.status),
                                                         QString::number(result.status))
                                             : transportOutcome(result, false));
        job->sent += length;
        uploadNextChunk(job);
    });
}

void TikTokPublisher::hostNextPhoto(std::shared_ptr<Job> job)
{
    if (job->hosted.size() >= job->request.media.size())
        return initPhotos(job);
    if (!m_host)
        return finish(job, permanent(PublishErrorKind::MediaRejected,
                                     QCoreApplication::translate("cf::TikTokPublisher", "TikTok fetches photos from a public address: choose a media host (your WordPress site or an S3 bucket) in Settings.")));
    m_host->upload(job->request.media[job->hosted.size()], job->context,
                   [this, job](const std::optional<PublicMediaHost::Hosted> &hosted, const PublishOutcome &failure) {
                       if (!hosted)
                           return finish(job, failure);
                       job->hosted.push_back(*hosted);
                       hostNextPhoto(job);
                   });
}

void TikTokPublisher::initPhotos(std::shared_ptr<Job> job)
{
    QJsonArray urls;
    for (const PublicMediaHost::Hosted &hosted : job->hosted)
        urls.append(hosted.url);
    QJsonObject postInfo{{QStringLiteral("title"), publishtext::headline(job->request).left(kMaxPhotoTitle)},
                         {QStringLiteral("description"), publishtext::postText(job->request)},
                         {QStringLiteral("disable_comment"), false},
                         {QStringLiteral("auto_add_music"), true},
                         {QStringLiteral("brand_content_toggle"), false},
                         {QStringLiteral("brand_organic_toggle"), false}};
    if (job->direct)
        postInfo.insert(QStringLiteral("privacy_level"), job->privacy);
    const QJsonObject body{{QStringLiteral("media_type"), QStringLiteral("PHOTO")},
                           {QStringLiteral("post_mode"), job->direct ? QStringLiteral("DIRECT_POST") : QStringLiteral("MEDIA_UPLOAD")},
                           {QStringLiteral("post_info"), postInfo},
                           {QStringLiteral("source_info"), QJsonObject{{QStringLiteral("source"), QStringLiteral("PULL_FROM_URL")},
                                                                        {QStringLiteral("photo_cover_index"), 0},
                                                                        {QStringLiteral("photo_images"), urls}}}};
    HttpCall call = PublishHttp::jsonCall("POST", QUrl(kApi + QStringLiteral("content/init/")), body);
    call.contentType = "application/json; charset=UTF-8";
    call.header("Authorization", PublishHttp::bearer(job->request.accessToken));
    call.creates = true;
    m_http.send(call, job->context, [this, job](const HttpResult &result) {
        job->publishId = result.object().value(QLatin1String("data")).toObject().value(QLatin1String("publish_id")).toString();
        if (!succeeded(result) || job->publishId.isEmpty())
            return finish(job, tiktokFailure(result, true));
        job->checkpoint(kPublishStep, job->publishId);
        poll(job);
    });
}

void TikTokPublisher::poll(std::shared_ptr<Job> job)
{
    HttpCall call = PublishHttp::jsonCall("POST", QUrl(kApi + QStringLiteral("status/fetch/")), QJsonObject{{QStringLiteral("publish_id"), job->publishId}});
    call.contentType = "application/json; charset=UTF-8";
    call.header("Authorization", PublishHttp::bearer(job->request.accessToken));
    m_http.send(call, job->context, [this, job](const HttpResult &result) {
        if (!succeeded(result)) {
            PublishOutcome failure = tiktokFailure(result, false);
            // The post was initialised: only a definite refusal ends it; anything else leaves it to reconcile.
            if (failure.error != PublishErrorKind::TokenExpiredOrInvalid && failure.error != PublishErrorKind::RateLimited)
                failure.status = PublishStatus::Unknown;
            return finish(job, failure);
        }
        const QJsonObject data = result.object().value(QLatin1String("data")).toObject();
        const QString status = data.value(QLatin1String("status")).toString();
        const QJsonArray posts = data.value(QLatin1String("publicaly_available_post_id")).toArray();
        if (status == QLatin1String("PUBLISH_COMPLETE") && !posts.isEmpty()) {
            PublishOutcome outcome;
            outcome.status = PublishStatus::Published;
            outcome.externalId = QString::number(posts.first().toInteger());
            if (!job->username.isEmpty())
                outcome.permalink = QStringLiteral("https://www.tiktok.com/@%1/video/%2").arg(job->username, outcome.externalId);
            return finish(job, outcome);
        }
        if (status == QLatin1String("SEND_TO_USER_INBOX") && !job->direct) {
            PublishOutcome outcome;
            outcome.status = PublishStatus::Published;
            outcome.externalId = job->publishId;
            outcome.platformMessage = QCoreApplication::translate("cf::TikTokPublisher", "The video is in the creator's TikTok inbox; they finish posting it in the app.");
            return finish(job, outcome);
        }
        if (status == QLatin1String("FAILED")) {
            const QString reason = data.value(QLatin1String("fail_reason")).toString();
            PublishOutcome outcome = permanent(reason.startsWith(QLatin1String("spam_risk")) ? PublishErrorKind::ContentPolicyViolation : PublishErrorKind::MediaRejected,
                                               QCoreApplication::translate("cf::TikTokPublisher", "TikTok did not post it (%1).").arg(reason), reason);
            if (reason == QLatin1String("internal")) {
                outcome.status = PublishStatus::FailedRetryable;
                outcome.error = PublishErrorKind::PlatformUnavailable;
            }
            return finish(job, outcome);
        }
        // A retry holding an unused upload URL resumes the upload where TikTok stands.
        if (status == QLatin1String("PROCESSING_UPLOAD") && !job->uploadUrl.isEmpty() && job->chunkSize == 0 && !job->video.path.isEmpty()) {
            const qint64 size = job->video.sizeBytes;
            job->chunkSize = size < kMinChunk ? size : qMin(size, kChunk);
            job->chunkCount = qMax<qint64>(1, size / job->chunkSize);
            job->sent = data.value(QLatin1String("uploaded_bytes")).toInteger();
            if (job->sent < size)
                return uploadNextChunk(job);
        }
        if (++job->polls >= kMaxPolls) {
            PublishOutcome outcome;
            outcome.status = PublishStatus::Unknown;
            outcome.error = PublishErrorKind::Unknown;
            outcome.platformMessage = QCoreApplication::translate("cf::TikTokPublisher", "TikTok is still processing the post.");
            return finish(job, outcome);
        }
        QTimer::singleShot(kPollIntervalMs, job->context, [this, job] { poll(job); });
    });
}

void TikTokPublisher::finish(std::shared_ptr<Job> job, const PublishOutcome &outcome)
{
    // Hosted photos are only needed until TikTok pulled them (or gave up);
    // they are removed before `done`, while the caller's context still lives.
    // An Unknown outcome keeps them: a reconcile may still need TikTok to pull.
    if (!m_host || outcome.status == PublishStatus::Unknown || job->hosted.empty())
        return job->done(outcome);
    const PublicMediaHost::Hosted hosted = job->hosted.back();
    job->hosted.pop_back();
    m_host->remove(hosted.handle, job->context, [this, job, outcome](bool) { finish(job, outcome); });
}

void TikTokPublisher::reconcile(const PublishRequest &request, QObject *context, ReconcileDone done)
{
    const auto publishId = request.checkpoints.find(kPublishStep);
    if (publishId == request.checkpoints.end()) {
        ReconcileOutcome outcome;
        if (firstVideo(request)) {
            // A FILE_UPLOAD video never posts without its bytes, and none were sent before a publish_id existed.
            outcome.status = ReconcileStatus::NotPublished;
            outcome.detail = QCoreApplication::translate("cf::TikTokPublisher", "The video was never uploaded to TikTok, so it cannot have been posted.");
        } else {
            outcome.detail = QCoreApplication::translate("cf::TikTokPublisher", "TikTok gave no publish id for these photos; check the account's posts in the TikTok app.");
        }
        return done(outcome);
    }
    HttpCall call = PublishHttp::jsonCall("POST", QUrl(kApi + QStringLiteral("status/fetch/")), QJsonObject{{QStringLiteral("publish_id"), publishId->second}});
    call.contentType = "application/json; charset=UTF-8";
    call.header("Authorization", PublishHttp::bearer(request.accessToken));
    m_http.send(call, context, [done = std::move(done), id = publishId->second](const HttpResult &result) {
        ReconcileOutcome outcome;
        const QJsonObject data = result.object().value(QLatin1String("data")).toObject();
        const QString status = data.value(QLatin1String("status")).toString();
        const QJsonArray posts = data.value(QLatin1String("publicaly_available_post_id")).toArray();
        if (succeeded(result) && status == QLatin1String("PUBLISH_COMPLETE") && !posts.isEmpty()) {
            outcome.status = ReconcileStatus::Published;
            outcome.externalId = QString::number(posts.first().toInteger());
            outcome.detail = QCoreApplication::translate("cf::TikTokPublisher", "TikTok reports the post as published.");
        } else if (succeeded(result) && status == QLatin1String("FAILED")) {
            outcome.status = ReconcileStatus::NotPublished;
            outcome.detail = QCoreApplication::translate("cf::TikTokPublisher", "TikTok reports the post as failed (%1).").arg(data.value(QLatin1String("fail_reason")).toString());
        } else {
            outcome.detail = QCoreApplication::translate("cf::TikTokPublisher", "TikTok has not finished the post %1 (status %2); check again later.").arg(id, status);
        }
        done(outcome);
    });
}

} // namespace cf
