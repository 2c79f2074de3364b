#include "platforms/publishing/FacebookPagePublisher.h"

#include "platforms/publishing/MetaChunkedUpload.h"
#include "platforms/publishing/MetaGraphErrors.h"
#include "platforms/publishing/PublishMediaKinds.h"
#include "platforms/publishing/PublishText.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

#include <memory>

namespace cf {

namespace {

// The message Graph receives: with photos or a video the link goes into the
// text, a text post carries it in the `link` field.
QString messageFor(const PublishRequest &request)
{
    return request.media.empty() ? publishtext::postText(request) : publishtext::postTextWithLink(request);
}

} // namespace

struct FacebookPagePublisher::Job
{
    PublishRequest request;
    QObject *context = nullptr;
    Checkpoint checkpoint;
    Done done;
    QString pageId;
    QString message;
    qint64 scheduledTime = 0; // 0 = publish now
    std::vector<QString> photoIds;
    std::size_t nextPhoto = 0;

    void fail(const HttpResult &result, bool creates) const
    {
        done(metagraph::failureOutcome(result, creates, QDateTime::currentDateTimeUtc()));
    }
    void addPublishing(std::vector<MultipartField> &fields) const
    {
        if (scheduledTime) {
            fields.push_back({"published", "false", {}, {}});
            fields.push_back({"scheduled_publish_time", QByteArray::number(scheduledTime), {}, {}});
        }
    }
    void addPublishing(QList<std::pair<QString, QString>> &fields) const
    {
        if (scheduledTime) {
            fields.append({QStringLiteral("published"), QStringLiteral("false")});
            fields.append({QStringLiteral("scheduled_publish_time"), QString::number(scheduledTime)});
        }
    }
    void addPublishing(QJsonObject &body) const
    {
        if (scheduledTime) {
            body.insert(QStringLiteral("published"), false);
            body.insert(QStringLiteral("scheduled_publish_time"), scheduledTime);
        }
    }
};

FacebookPagePublisher::FacebookPagePublisher(QNetworkAccessManager &network, const EndpointMap &endpoints)
    : m_http(network, endpoints)
{
}

QStringList FacebookPagePublisher::checkLimits(const PublishRequest &request) const
{
    QStringList problems;
    const QString message = messageFor(request);
    if (message.size() > kMaxMessageLength)
        problems << QCoreApplication::translate("cf::FacebookPagePublisher", "The post text has %1 characters; Facebook allows at most %2.").arg(message.size()).arg(kMaxMessageLength);
    int videos = 0;
    int photos = 0;
    for (const PublishMedia &media : request.media) {
        const QString name = QFileInfo(media.path).fileName();
        if (isVideoMedia(media)) {
            ++videos;
            if (media.sizeBytes > kMaxVideoBytes)
                problems << QCoreApplication::translate("cf::FacebookPagePublisher", "The video %1 is larger than Facebook's 10 GB limit.").arg(name);
        } else if (media.mimeType.startsWith(QLatin1String("image/"))) {
            ++photos;
            if (media.sizeBytes > kMaxPhotoBytes)
                problems << QCoreApplication::translate("cf::FacebookPagePublisher", "The photo %1 is larger than Facebook's 4 MB limit.").arg(name);
        } else {
            problems << QCoreApplication::translate("cf::FacebookPagePublisher", "Facebook cannot post the file %1 of type %2.").arg(name, media.mimeType);
        }
    }
    if (videos > 1 || (videos == 1 && photos > 0))
        problems << QCoreApplication::translate("cf::FacebookPagePublisher", "A Facebook post carries either one video or photos, not both or several videos.");
    if (photos > kMaxPhotos)
        problems << QCoreApplication::translate("cf::FacebookPagePublisher", "A Facebook post carries at most %1 photos; this one has %2.").arg(kMaxPhotos).arg(photos);
    if (message.isEmpty() && request.media.empty() && publishtext::link(request).isEmpty())
        problems << QCoreApplication::translate("cf::FacebookPagePublisher", "The post has no text, link or media.");
    if (request.publishAtUtc) {
        const qint64 ahead = QDateTime::currentDateTimeUtc().secsTo(*request.publishAtUtc);
        if (ahead < kMinScheduleSecs || ahead > kMaxScheduleSecs)
            problems << QCoreApplication::translate("cf::FacebookPagePublisher", "Facebook schedules posts between 10 minutes and 30 days ahead; this one is due %1.")
                            .arg(request.publishAtUtc->toString(Qt::ISODate));
    }
    return problems;
}

void FacebookPagePublisher::publish(const PublishRequest &request, QObject *context, Checkpoint checkpoint, Done done)
{
    auto job = std::make_shared<Job>();
    job->request = request;
    job->context = context;
    job->checkpoint = std::move(checkpoint);
    job->done = std::move(done);
    job->pageId = request.connection.accountId;
    job->message = messageFor(request);
    if (request.publishAtUtc && request.publishAtUtc->isValid())
        job->scheduledTime = request.publishAtUtc->toSecsSinceEpoch();

    int videos = 0;
    for (const PublishMedia &media : request.media)
        videos += isVideoMedia(media) ? 1 : 0;
    if (request.media.empty())
        return postText(job);
    if (videos > 0)
        return postVideo(job);
    if (request.media.size() == 1)
        return postSinglePhoto(job);
    // Several photos: unpublished uploads first (each checkpointed, so a
    // retry re-uses them), then one post attaching them.
    for (std::size_t i = 0; i < request.media.size(); ++i) {
        const auto it = request.checkpoints.find(QStringLiteral("fb_photo_%1").arg(i));
        if (it == request.checkpoints.end())
            break;
        job->photoIds.push_back(it->second);
    }
    job->nextPhoto = job->photoIds.size();
    uploadNextPhoto(job);
}

void FacebookPagePublisher::uploadNextPhoto(std::shared_ptr<Job> job)
{
    if (job->nextPhoto >= job->request.media.size())
        return postWithPhotos(job);
    const PublishMedia &media = job->request.media[job->nextPhoto];
    QByteArray data;
    PublishOutcome failure;
    if (!readMediaFile(media, &data, &failure))
        return job->done(failure);
    HttpCall call = PublishHttp::multipartCall("POST", metagraph::graphUrl(job->pageId + QStringLiteral("/photos")),
                                               {{"published", "false", {}, {}},
                                                {"source", data, QFileInfo(media.path).fileName().toUtf8(), media.mimeType.toUtf8()}});
    call.header("Authorization", metagraph::authorization(job->request.accessToken));
    call.creates = true;
    m_http.send(call, job->context, [this, job](const HttpResult &result) {
        const QString id = result.object().value(QLatin1String("id")).toString();
        if (!result.ok() || id.isEmpty())
            return job->fail(result, true);
        job->checkpoint(QStringLiteral("fb_photo_%1").arg(job->nextPhoto), id);
        job->photoIds.push_back(id);
        ++job->nextPhoto;
        uploadNextPhoto(job);
    });
}

void FacebookPagePublisher::postWithPhotos(std::shared_ptr<Job> job)
{
    QJsonArray attached;
    for (const QString &id : job->photoIds)
        attached.append(QJsonObject{{QStringLiteral("media_fbid"), id}});
    QJsonObject body{{QStringLiteral("message"), job->message}, {QStringLiteral("attached_media"), attached}};
    job->addPublishing(body);
    HttpCall call = PublishHttp::jsonCall("POST", metagraph::graphUrl(job->pageId + QStringLiteral("/feed"), {{QStringLiteral("fields"), QStringLiteral("id,permalink_url")}}), body);
    call.header("Authorization", metagraph::authorization(job->request.accessToken));
    call.creates = true;
    m_http.send(call, job->context, [this, job](const HttpResult &result) {
        const QJsonObject answer = result.object();
        if (!result.ok() || answer.value(QLatin1String("id")).toString().isEmpty())
            return job->fail(result, true);
        finishPost(job, answer.value(QLatin1String("id")).toString(), answer.value(QLatin1String("permalink_url")).toString());
    });
}

void FacebookPagePublisher::postText(std::shared_ptr<Job> job)
{
    QJsonObject body;
    if (!job->message.isEmpty())
        body.insert(QStringLiteral("message"), job->message);
    const QString link = publishtext::link(job->request);
    if (!link.isEmpty())
        body.insert(QStringLiteral("link"), link);
    job->addPublishing(body);
    HttpCall call = PublishHttp::jsonCall("POST", metagraph::graphUrl(job->pageId + QStringLiteral("/feed"), {{QStringLiteral("fields"), QStringLiteral("id,permalink_url")}}), body);
    call.header("Authorization", metagraph::authorization(job->request.accessToken));
    call.creates = true;
    m_http.send(call, job->context, [this, job](const HttpResult &result) {
        const QJsonObject answer = result.object();
        if (!result.ok() || answer.value(QLatin1String("id")).toString().isEmpty())
            return job->fail(result, true);
        finishPost(job, answer.value(QLatin1String("id")).toString(), answer.value(QLatin1String("permalink_url")).toString());
    });
}

void FacebookPagePublisher::postSinglePhoto(std::shared_ptr<Job> job)
{
    const PublishMedia &media = job->request.media.front();
    QByteArray data;
    PublishOutcome failure;
    if (!readMediaFile(media, &data, &failure))
        return job->done(failure);
    std::vector<MultipartField> fields{{"caption", job->message.toUtf8(), {}, {}}};
    job->addPublishing(fields);
    fields.push_back({"source", data, QFileInfo(media.path).fileName().toUtf8(), media.mimeType.toUtf8()});
    HttpCall call = PublishHttp::multipartCall("POST", metagraph::graphUrl(job->pageId + QStringLiteral("/photos")), fields);
    call.header("Authorization", metagraph::authorization(job->request.accessToken));
    call.creates = true;
    m_http.send(call, job->context, [this, job](const HttpResult &result) {
        const QJsonObject answer = result.object();
        const QString postId = answer.value(QLatin1String("post_id")).toString();
        if (!result.ok() || answer.value(QLatin1String("id")).toString().isEmpty())
            return job->fail(result, true);
        // Graph names the photo's post in post_id; fall back to the photo id.
        finishPost(job, postId.isEmpty() ? answer.value(QLatin1String("id")).toString() : postId, QString());
    });
}

void FacebookPagePublisher::postVideo(std::shared_ptr<Job> job)
{
    const auto it = job->request.checkpoints.find(QStringLiteral("fb_video_upload"));
    std::optional<MetaChunkedUpload::State> resume;
    if (it != job->request.checkpoints.end())
        resume = MetaChunkedUpload::State::fromCheckpoint(it->second);
    MetaChunkedUpload::upload(
        m_http, metagraph::graphUrl(job->pageId + QStringLiteral("/videos")), job->request.accessToken, job->request.media.front(), resume,
        job->context, [job](const MetaChunkedUpload::State &state) { job->checkpoint(QStringLiteral("fb_video_upload"), state.toCheckpoint()); },
        [this, job](const MetaChunkedUpload::State &state) { finishVideo(job, state); },
        [job](const PublishOutcome &outcome) { job->done(outcome); });
}

void FacebookPagePublisher::finishVideo(std::shared_ptr<Job> job, const MetaChunkedUpload::State &upload)
{
    // Every byte is in; finish makes the video a post (or schedules it).
    QList<std::pair<QString, QString>> fields{{QStringLiteral("upload_phase"), QStringLiteral("finish")},
                                              {QStringLiteral("upload_session_id"), upload.sessionId},
                                              {QStringLiteral("description"), job->message}};
    const QString title = publishtext::headline(job->request);
    if (!title.isEmpty())
        fields.append({QStringLiteral("title"), title});
    job->addPublishing(fields);
    HttpCall call = PublishHttp::formCall("POST", metagraph::graphUrl(job->pageId + QStringLiteral("/videos")), fields);
    call.header("Authorization", metagraph::authorization(job->request.accessToken));
    call.creates = true;
    m_http.send(call, job->context, [this, job, upload](const HttpResult &result) {
        if (result.ok() && result.object().value(QLatin1String("success")).toBool())
            return finishPost(job, upload.videoId, QStringLiteral("https://www.facebook.com/%1/videos/%2").arg(job->pageId, upload.videoId));
        if (const auto expected = MetaChunkedUpload::offsetsFromError(result); expected && result.status < 500) {
            // The platform misses bytes: keep the session at its offset; the retry sends them.
            MetaChunkedUpload::State state = upload;
            state.start = expected->first;
            state.end = expected->second;
            job->checkpoint(QStringLiteral("fb_video_upload"), state.toCheckpoint());
            PublishOutcome outcome = metagraph::failureOutcome(result, false, QDateTime::currentDateTimeUtc());
            outcome.status = PublishStatus::FailedRetryable;
            return job->done(outcome);
        }
        job->fail(result, true);
    });
}

void FacebookPagePublisher::finishPost(std::shared_ptr<Job> job, const QString &postId, const QString &permalink)
{
    PublishOutcome outcome;
    outcome.status = job->scheduledTime ? PublishStatus::ScheduledNatively : PublishStatus::Published;
    outcome.externalId = postId;
    outcome.permalink = permalink;
    if (outcome.permalink.isEmpty() && postId.contains(QLatin1Char('_')))
        outcome.permalink = QStringLiteral("https://www.facebook.com/%1/posts/%2").arg(postId.section(QLatin1Char('_'), 0, 0), postId.section(QLatin1Char('_'), 1));
    job->done(outcome);
}

void FacebookPagePublisher::reconcile(const PublishRequest &request, QObject *context, ReconcileDone done)
{
    if (!request.media.empty() && isVideoMedia(request.media.front()))
        return reconcileVideo(request, context, std::move(done));
    const bool scheduled = request.publishAtUtc.has_value();
    const QString edge = scheduled ? QStringLiteral("/scheduled_posts") : QStringLiteral("/feed");
    HttpCall call;
    call.url = metagraph::graphUrl(request.connection.accountId + edge,
                        {{QStringLiteral("fields"), QStringLiteral("id,message,created_time,permalink_url,scheduled_publish_time")},
                         {QStringLiteral("limit"), QStringLiteral("50")}});
    call.header("Authorization", metagraph::authorization(request.accessToken));
    const QString message = messageFor(request);
    m_http.send(call, context, [done = std::move(done), message, scheduled](const HttpResult &result) {
        ReconcileOutcome outcome;
        if (!result.ok()) {
            outcome.detail = QCoreApplication::translate("cf::FacebookPagePublisher", "The Page's recent posts could not be read (HTTP %1).").arg(result.status);
            return done(outcome);
        }
        const QDateTime windowStart = QDateTime::currentDateTimeUtc().addDays(-2);
        const QJsonArray posts = result.object().value(QLatin1String("data")).toArray();
        for (const QJsonValue &value : posts) {
            const QJsonObject post = value.toObject();
            if (post.value(QLatin1String("message")).toString() != message)
                continue;
            const QDateTime created = metagraph::parseTime(post.value(QLatin1String("created_time")).toString());
            if (created.isValid() && created < windowStart)
                continue;
            outcome.status = ReconcileStatus::Published;
            outcome.externalId = post.value(QLatin1String("id")).toString();
            outcome.permalink = post.value(QLatin1String("permalink_url")).toString();
            outcome.detail = QCoreApplication::translate("cf::FacebookPagePublisher", "Found the post among the Page's recent posts.");
            return done(outcome);
        }
        outcome.status = ReconcileStatus::NotPublished;
        outcome.detail = scheduled ? QCoreApplication::translate("cf::FacebookPagePublisher", "No scheduled post of the Page has this text.")
                                   : QCoreApplication::translate("cf::FacebookPagePublisher", "None of the Page's posts from the last two days has this text.");
        done(outcome);
    });
}

} // namespace cf
