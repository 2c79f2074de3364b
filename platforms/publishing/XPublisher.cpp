#include "platforms/publishing/XPublisher.h"

#include "platforms/publishing/PublishText.h"
#include "platforms/publishing/RateLimitSignals.h"
#include "platforms/publishing/XText.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>
#include <QUrlQuery>

namespace cf {

namespace {

const QString kApi = QStringLiteral("https://api.x.com/2/");
constexpr int kMaxMediaPolls = 150;

bool isVideo(const PublishMedia &media)
{
    return media.mimeType.startsWith(QLatin1String("video/")) || media.mimeType == QLatin1String("image/gif");
}

QString step(const char *name, std::size_t index)
{
    return QStringLiteral("%1_%2").arg(QLatin1String(name)).arg(index);
}

} // namespace

struct XPublisher::Job
{
    PublishRequest request;
    QObject *context = nullptr;
    Checkpoint checkpoint;
    Done done;
    QStringList posts;
    std::vector<QString> mediaIds;
    std::unique_ptr<QFile> videoFile;

    QString checkpointed(const QString &name) const
    {
        const auto it = request.checkpoints.find(name);
        return it == request.checkpoints.end() ? QString() : it->second;
    }
    void save(const QString &name, const QString &value)
    {
        request.checkpoints[name] = value;
        checkpoint(name, value);
    }
    HttpCall call(const QByteArray &verb, const QString &path) const
    {
        HttpCall c;
        c.verb = verb;
        c.url = QUrl(kApi + path);
        c.header("Authorization", PublishHttp::bearer(request.accessToken));
        return c;
    }
    void fail(const HttpResult &result, bool creates) const { done(XPublisher::failureOutcome(result, creates, QDateTime::currentDateTimeUtc())); }
};

XPublisher::XPublisher(QNetworkAccessManager &network, const EndpointMap &endpoints)
    : m_http(network, endpoints)
{
}

QStringList XPublisher::postsOf(const PublishRequest &request)
{
    if (request.item.contentType != ContentType::Thread)
        return {publishtext::postTextWithLink(request)};
    QStringList posts = xtext::splitThread(publishtext::primaryText(request));
    // Hashtags and link close the thread, on the last post when they fit.
    QString tail = publishtext::postTextWithLink(request).mid(publishtext::primaryText(request).trimmed().size()).trimmed();
    if (!tail.isEmpty()) {
        if (!posts.isEmpty() && xtext::weightedLength(posts.last() + QStringLiteral("\n\n") + tail) <= xtext::kMaxWeightedLength)
            posts.last() += QStringLiteral("\n\n") + tail;
        else
            posts << tail;
    }
    return posts;
}

QStringList XPublisher::checkLimits(const PublishRequest &request) const
{
    QStringList problems;
    const QStringList posts = postsOf(request);
    for (qsizetype i = 0; i < posts.size(); ++i) {
        const int weight = xtext::weightedLength(posts[i]);
        if (weight > xtext::kMaxWeightedLength)
            problems << QCoreApplication::translate("cf::XPublisher", "Post %1 weighs %2 characters on X; the limit is %3.")
                            .arg(i + 1)
                            .arg(weight)
                            .arg(xtext::kMaxWeightedLength);
    }
    if (posts.isEmpty() || (posts.size() == 1 && posts.front().trimmed().isEmpty() && request.media.empty()))
        problems << QCoreApplication::translate("cf::XPublisher", "The post has no text or media.");
    int images = 0;
    int videos = 0;
    for (const PublishMedia &media : request.media) {
        const QString name = QFileInfo(media.path).fileName();
        if (isVideo(media)) {
            ++videos;
            if (media.sizeBytes > kMaxVideoBytes)
                problems << QCoreApplication::translate("cf::XPublisher", "The video %1 is larger than X's 512 MB limit.").arg(name);
            if (media.durationSeconds > 0 && (media.durationSeconds < kMinVideoSeconds || media.durationSeconds > kMaxVideoSeconds))
                problems << QCoreApplication::translate("cf::XPublisher", "The video %1 lasts %2 s; X takes 0.5 to 140 s.").arg(name).arg(media.durationSeconds, 0, 'f', 1);
        } else if (media.mimeType.startsWith(QLatin1String("image/"))) {
            ++images;
            if (media.sizeBytes > kMaxImageBytes)
                problems << QCoreApplication::translate("cf::XPublisher", "The image %1 is larger than X's 5 MB limit.").arg(name);
        } else {
            problems << QCoreApplication::translate("cf::XPublisher", "X cannot post the file %1 of type %2.").arg(name, media.mimeType);
        }
    }
    if (images > kMaxImages || videos > 1 || (videos && images))
        problems << QCoreApplication::translate("cf::XPublisher", "An X post carries up to 4 images or one video.");
    return problems;
}

PublishOutcome XPublisher::failureOutcome(const HttpResult &result, bool creates, const QDateTime &nowUtc)
{
    if (result.transportFailed() || result.status >= 500)
        return transportOutcome(result, creates);
    PublishOutcome outcome;
    outcome.httpStatus = result.status;
    outcome.status = PublishStatus::FailedPermanent;
    const QJsonObject body = result.object();
    const QString type = body.value(QLatin1String("type")).toString();
    QString detail = body.value(QLatin1String("detail")).toString();
    if (detail.isEmpty())
        detail = body.value(QLatin1String("errors")).toArray().first().toObject().value(QLatin1String("message")).toString();
    outcome.platformMessage = detail.isEmpty() ? body.value(QLatin1String("title")).toString() : detail;
    outcome.platformCode = type.isEmpty() || type == QLatin1String("about:blank") ? QString::number(result.status) : type.section(QLatin1Char('/'), -1);
    if (result.status == 401) {
        // Nothing was applied; the worker refreshes the token and may retry once.
        outcome.error = PublishErrorKind::TokenExpiredOrInvalid;
        outcome.status = PublishStatus::FailedRetryable;
        outcome.unauthorized = true;
    } else if (result.status == 429) {
        outcome.error = PublishErrorKind::RateLimited;
        outcome.status = PublishStatus::FailedRetryable;
        outcome.retryNotBeforeUtc = ratelimit::fromHeaders(result.headers, nowUtc).value_or(nowUtc.addSecs(15 * 60));
    } else if (detail.contains(QLatin1String("duplicate"), Qt::CaseInsensitive)) {
        outcome.error = PublishErrorKind::Duplicate;
    } else if (detail.contains(QLatin1String("too long"), Qt::CaseInsensitive)) {
        outcome.error = PublishErrorKind::ContentOutOfLimits;
    } else if (type.endsWith(QLatin1String("client-forbidden")) || type.endsWith(QLatin1String("not-authorized-for-resource"))
               || detail.contains(QLatin1String("scope"), Qt::CaseInsensitive)) {
        outcome.error = PublishErrorKind::PermissionMissing;
    } else if (result.status == 403) {
        // Suspended or blocked accounts and rejected content.
        outcome.error = PublishErrorKind::ContentPolicyViolation;
    } else if (detail.contains(QLatin1String("media"), Qt::CaseInsensitive)) {
        outcome.error = PublishErrorKind::MediaRejected;
    } else {
        outcome.error = PublishErrorKind::Unknown;
    }
    return outcome;
}

void XPublisher::publish(const PublishRequest &request, QObject *context, Checkpoint checkpoint, Done done)
{
    auto job = std::make_shared<Job>();
    job->request = request;
    job->context = context;
    job->checkpoint = std::move(checkpoint);
    job->done = std::move(done);
    job->posts = postsOf(request);
    uploadNextMedia(job);
}

void XPublisher::uploadNextMedia(std::shared_ptr<Job> job)
{
    const std::size_t index = job->mediaIds.size();
    // Media only matter until the first post exists.
    if (index >= job->request.media.size() || !job->checkpointed(QStringLiteral("x_post_0")).isEmpty())
        return postNext(job);
    if (const QString id = job->checkpointed(step("x_media", index)); !id.isEmpty()) {
        job->mediaIds.push_back(id);
        return uploadNextMedia(job);
    }
    if (isVideo(job->request.media[index]))
        uploadVideo(job, index);
    else
        uploadImage(job, index);
}

void XPublisher::uploadImage(std::shared_ptr<Job> job, std::size_t index)
{
    const PublishMedia &media = job->request.media[index];
    QByteArray data;
    PublishOutcome failure;
    if (!readMediaFile(media, &data, &failure))
        return job->done(failure);
    HttpCall call = PublishHttp::multipartCall("POST", QUrl(kApi + QStringLiteral("media/upload")),
                                               {{"media_category", "tweet_image", {}, {}},
                                                {"media", data, QFileInfo(media.path).fileName().toUtf8(), media.mimeType.toUtf8()}});
    call.header("Authorization", PublishHttp::bearer(job->request.accessToken));
    call.creates = true; // never re-sent by the transport; an unused upload harms nothing
    m_http.send(call, job->context, [this, job, index](const HttpResult &result) {
        const QString id = result.object().value(QLatin1String("data")).toObject().value(QLatin1String("id")).toString();
        if (!result.ok() || id.isEmpty())
            return job->fail(result, false);
        job->save(step("x_media", index), id);
        job->mediaIds.push_back(id);
        uploadNextMedia(job);
    });
}

void XPublisher::uploadVideo(std::shared_ptr<Job> job, std::size_t index)
{
    const PublishMedia &media = job->request.media[index];
    job->videoFile = std::make_unique<QFile>(media.path);
    if (!job->videoFile->open(QIODevice::ReadOnly) || job->videoFile->size() == 0) {
        PublishOutcome failure;
        QByteArray unused;
        readMediaFile(media, &unused, &failure);
        return job->done(failure);
    }
    const bool gif = media.mimeType == QLatin1String("image/gif");
    HttpCall call = PublishHttp::jsonCall("POST", QUrl(kApi + QStringLiteral("media/upload/initialize")),
                                          QJsonObject{{QStringLiteral("media_type"), media.mimeType},
                                                      {QStringLiteral("total_bytes"), job->videoFile->size()},
                                                      {QStringLiteral("media_category"), gif ? QStringLiteral("tweet_gif") : QStringLiteral("tweet_video")}});
    call.header("Authorization", PublishHttp::bearer(job->request.accessToken));
    call.creates = true;
    m_http.send(call, job->context, [this, job, index](const HttpResult &result) {
        const QString id = result.object().value(QLatin1String("data")).toObject().value(QLatin1String("id")).toString();
        if (!result.ok() || id.isEmpty())
            return job->fail(result, false);
        appendChunk(job, index, id, 0);
    });
}

void XPublisher::appendChunk(std::shared_ptr<Job> job, std::size_t index, const QString &mediaId, int segment)
{
    const QByteArray chunk = job->videoFile->read(kChunkBytes);
    if (chunk.isEmpty()) {
        job->videoFile.reset();
        HttpCall finalize = job->call("POST", QStringLiteral("media/upload/%1/finalize").arg(mediaId));
        finalize.creates = true;
        m_http.send(finalize, job->context, [this, job, index, mediaId](const HttpResult &result) {
            if (!result.ok())
                return job->fail(result, false);
            const QString state = result.object().value(QLatin1String("data")).toObject().value(QLatin1String("processing_info")).toObject().value(QLatin1String("state")).toString();
            if (state.isEmpty() || state == QLatin1String("succeeded")) {
                job->save(step("x_media", index), mediaId);
                job->mediaIds.push_back(mediaId);
                return uploadNextMedia(job);
            }
            waitForMedia(job, index, mediaId, 0);
        });
        return;
    }
    HttpCall call = PublishHttp::multipartCall("POST", QUrl(kApi + QStringLiteral("media/upload/%1/append").arg(mediaId)),
                                               {{"segment_index", QByteArray::number(segment), {}, {}},
                                                {"media", chunk, "chunk", "application/octet-stream"}});
    call.header("Authorization", PublishHttp::bearer(job->request.accessToken));
    call.creates = true; // a re-sent chunk would corrupt the upload
    m_http.send(call, job->context, [this, job, index, mediaId, segment](const HttpResult &result) {
        if (!result.ok())
            return job->fail(result, false);
        appendChunk(job, index, mediaId, segment + 1);
    });
}

void XPublisher::waitForMedia(std::shared_ptr<Job> job, std::size_t index, const QString &mediaId, int poll)
{
    QUrl url(kApi + QStringLiteral("media/upload"));
    url.setQuery(QStringLiteral("command=STATUS&media_id=") + mediaId);
    HttpCall call = job->call("GET", QString());
    call.url = url;
    m_http.send(call, job->context, [this, job, index, mediaId, poll](const HttpResult &result) {
        if (!result.ok())
            return job->fail(result, false);
        const QJsonObject info = result.object().value(QLatin1String("data")).toObject().value(QLatin1String("processing_info")).toObject();
        const QString state = info.value(QLatin1String("state")).toString();
        if (state.isEmpty() || state == QLatin1String("succeeded")) {
            job->save(step("x_media", index), mediaId);
            job->mediaIds.push_back(mediaId);
            return uploadNextMedia(job);
        }
        if (state == QLatin1String("failed") || poll + 1 >= kMaxMediaPolls) {
            PublishOutcome outcome;
            outcome.status = state == QLatin1String("failed") ? PublishStatus::FailedPermanent : PublishStatus::FailedRetryable;
            outcome.error = state == QLatin1String("failed") ? PublishErrorKind::MediaRejected : PublishErrorKind::PlatformUnavailable;
            outcome.platformCode = state;
            outcome.platformMessage = info.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
            return job->done(outcome);
        }
        const int waitMs = qMax(m_pollIntervalMs, 0);
        QTimer::singleShot(waitMs, job->context, [this, job, index, mediaId, poll] { waitForMedia(job, index, mediaId, poll + 1); });
    });
}

void XPublisher::postNext(std::shared_ptr<Job> job)
{
    qsizetype index = 0;
    while (index < job->posts.size() && !job->checkpointed(step("x_post", std::size_t(index))).isEmpty())
        ++index;
    if (index >= job->posts.size()) {
        PublishOutcome outcome;
        outcome.status = PublishStatus::Published;
        outcome.externalId = job->checkpointed(QStringLiteral("x_post_0"));
        outcome.permalink = QStringLiteral("https://x.com/i/web/status/") + outcome.externalId;
        return job->done(outcome);
    }
    QJsonObject body{{QStringLiteral("text"), job->posts[index]}};
    if (index == 0 && !job->mediaIds.empty()) {
        QJsonArray ids;
        for (const QString &id : job->mediaIds)
            ids.append(id);
        body.insert(QStringLiteral("media"), QJsonObject{{QStringLiteral("media_ids"), ids}});
    }
    if (index > 0)
        body.insert(QStringLiteral("reply"), QJsonObject{{QStringLiteral("in_reply_to_tweet_id"), job->checkpointed(step("x_post", std::size_t(index - 1)))}});
    HttpCall call = PublishHttp::jsonCall("POST", QUrl(kApi + QStringLiteral("tweets")), body);
    call.header("Authorization", PublishHttp::bearer(job->request.accessToken));
    call.creates = true;
    m_http.send(call, job->context, [this, job, index](const HttpResult &result) {
        const QString id = result.object().value(QLatin1String("data")).toObject().value(QLatin1String("id")).toString();
        if (!result.ok() || id.isEmpty())
            return job->fail(result, true);
        job->save(step("x_post", std::size_t(index)), id);
        postNext(job);
    });
}

void XPublisher::reconcile(const PublishRequest &request, QObject *context, ReconcileDone done)
{
    const QStringList posts = postsOf(request);
    // The posts whose fate is unknown: those without a checkpointed id.
    qsizetype firstMissing = 0;
    while (firstMissing < posts.size() && request.checkpoints.count(step("x_post", std::size_t(firstMissing))))
        ++firstMissing;
    QUrl url(kApi + QStringLiteral("users/%1/tweets").arg(request.connection.accountId));
    url.setQuery(QStringLiteral("max_results=100&tweet.fields=created_at"));
    HttpCall call;
    call.url = url;
    call.header("Authorization", PublishHttp::bearer(request.accessToken));
    const QString firstId = request.checkpoints.count(QStringLiteral("x_post_0")) ? request.checkpoints.at(QStringLiteral("x_post_0")) : QString();
    m_http.send(call, context, [posts, firstMissing, firstId, done = std::move(done)](const HttpResult &result) {
        ReconcileOutcome outcome;
        if (!result.ok()) {
            outcome.detail = QCoreApplication::translate("cf::XPublisher", "The account's recent posts could not be read (HTTP %1).").arg(result.status);
            return done(outcome);
        }
        std::map<QString, QString> idByText;
        const QDateTime windowStart = QDateTime::currentDateTimeUtc().addDays(-2);
        for (const QJsonValue &value : result.object().value(QLatin1String("data")).toArray()) {
            const QJsonObject post = value.toObject();
            const QDateTime at = QDateTime::fromString(post.value(QLatin1String("created_at")).toString(), Qt::ISODateWithMs);
            if (at.isValid() && at < windowStart)
                continue;
            idByText.emplace(post.value(QLatin1String("text")).toString(), post.value(QLatin1String("id")).toString());
        }
        qsizetype found = 0;
        QString publishedFirst = firstId;
        for (qsizetype i = firstMissing; i < posts.size(); ++i) {
            const auto it = idByText.find(posts[i]);
            if (it == idByText.end())
                continue;
            ++found;
            if (i == 0)
                publishedFirst = it->second;
        }
        const qsizetype missing = posts.size() - firstMissing;
        if (missing > 0 && found == missing) {
            outcome.status = ReconcileStatus::Published;
            outcome.externalId = publishedFirst;
            outcome.permalink = QStringLiteral("https://x.com/i/web/status/") + publishedFirst;
            outcome.detail = QCoreApplication::translate("cf::XPublisher", "Found the post among the account's recent posts.");
        } else if (found == 0) {
            outcome.status = ReconcileStatus::NotPublished;
            outcome.detail = QCoreApplication::translate("cf::XPublisher", "None of the account's recent posts has this text.");
        } else {
            outcome.detail = QCoreApplication::translate("cf::XPublisher", "Only part of the thread is on X (%1 of %2 posts); check the account before publishing again.")
                                 .arg(firstMissing + found)
                                 .arg(posts.size());
        }
        done(outcome);
    });
}

} // namespace cf
