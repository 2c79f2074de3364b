#include "platforms/publishing/InstagramPublisher.h"

#include "platforms/publishing/InstagramPublisherJob.h"
#include "platforms/publishing/PublishMediaKinds.h"
#include "platforms/publishing/MetaGraphErrors.h"
#include "platforms/publishing/PublishLog.h"
#include "platforms/publishing/PublishText.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimer>

namespace cf {

using instagramjob::step;

InstagramPublisher::InstagramPublisher(QNetworkAccessManager &network, const EndpointMap &endpoints)
    : m_http(network, endpoints)
{
}

InstagramPublisher::Kind InstagramPublisher::kindOf(const PublishRequest &request)
{
    if (request.item.contentType == ContentType::Story)
        return Kind::Story;
    if (request.media.size() > 1 || request.item.contentType == ContentType::Carousel)
        return Kind::Carousel;
    if (!request.media.empty() && isVideoMedia(request.media.front()))
        return Kind::Reel;
    return Kind::Image;
}

QString InstagramPublisher::captionOf(const PublishRequest &request)
{
    // Links in captions are not clickable but people copy them; the
    // hashtags go into the first comment, where they do not crowd the text.
    QString caption = publishtext::primaryText(request).trimmed();
    const QString link = publishtext::link(request);
    if (!link.isEmpty() && !caption.contains(link))
        caption += (caption.isEmpty() ? QString() : QStringLiteral("\n\n")) + link;
    return caption;
}

bool InstagramPublisher::needsMediaHost(const PublishRequest &request)
{
    for (const PublishMedia &media : request.media) {
        if (!isVideoMedia(media))
            return true;
    }
    return false;
}

QString InstagramPublisher::firstCommentOf(const PublishRequest &request)
{
    QStringList tags;
    for (const QString &tag : publishtext::hashtags(request)) {
        const QString bare = tag.trimmed();
        if (!bare.isEmpty())
            tags << (bare.startsWith(QLatin1Char('#')) ? bare : QStringLiteral("#") + bare);
    }
    return tags.join(QLatin1Char(' '));
}

void InstagramPublisher::publish(const PublishRequest &request, QObject *context, Checkpoint checkpoint, Done done)
{
    auto job = std::make_shared<Job>();
    job->request = request;
    job->context = context;
    job->checkpoint = std::move(checkpoint);
    job->done = std::move(done);
    job->igUser = request.connection.accountId;
    job->kind = kindOf(request);
    job->caption = captionOf(request);
    if (const QString media = job->checkpointed(QStringLiteral("ig_media")); !media.isEmpty())
        return finish(job, media); // published by an earlier attempt
    if (!m_host && needsMediaHost(request) && job->checkpointed(QStringLiteral("ig_container")).isEmpty()) {
        PublishOutcome outcome;
        outcome.status = PublishStatus::FailedPermanent;
        outcome.error = PublishErrorKind::MediaRejected;
        outcome.platformMessage = QCoreApplication::translate(
            "cf::InstagramPublisher", "Instagram fetches media from a public web address. Connect a WordPress site or an S3 bucket as the media host in Settings.");
        return job->done(outcome);
    }
    hostNext(job);
}

void InstagramPublisher::hostNext(std::shared_ptr<Job> job)
{
    const std::size_t index = job->hosted.size();
    if (index >= job->request.media.size() || !job->checkpointed(QStringLiteral("ig_container")).isEmpty())
        return createChildren(job);
    const QString url = job->checkpointed(step("ig_hosted_url", index));
    if (!url.isEmpty()) {
        job->hosted.push_back({url, job->checkpointed(step("ig_hosted_handle", index))});
        return hostNext(job);
    }
    PublishMedia media = job->request.media[index];
    if (isVideoMedia(media)) {
        // Videos go straight to Instagram's upload host (uploadVideo).
        job->hosted.push_back({});
        return hostNext(job);
    }
    if (media.mimeType == QLatin1String("image/png") || media.mimeType == QLatin1String("image/webp")) {
        // Instagram takes JPEG images only.
        if (!job->scratch)
            job->scratch = std::make_unique<QTemporaryDir>();
        const QImage image(media.path);
        const QString jpeg = job->scratch->filePath(QFileInfo(media.path).completeBaseName() + QStringLiteral(".jpg"));
        if (!image.isNull() && image.convertToFormat(QImage::Format_RGB32).save(jpeg, "JPEG", 92)) {
            media.path = jpeg;
            media.mimeType = QStringLiteral("image/jpeg");
            media.sizeBytes = QFileInfo(jpeg).size();
        }
    }
    m_host->upload(media, job->context, [this, job, index](const std::optional<PublicMediaHost::Hosted> &hosted, const PublishOutcome &failure) {
        if (!hosted)
            return job->done(failure);
        job->save(step("ig_hosted_url", index), hosted->url);
        job->save(step("ig_hosted_handle", index), hosted->handle);
        job->hosted.push_back(*hosted);
        hostNext(job);
    });
}

void InstagramPublisher::createContainer(std::shared_ptr<Job> job, const QList<std::pair<QString, QString>> &params,
                                         const QString &stepName, std::function<void(const QString &id)> next)
{
    HttpCall call = PublishHttp::formCall("POST", metagraph::graphUrl(job->igUser + QStringLiteral("/media")), params);
    call.header("Authorization", metagraph::authorization(job->request.accessToken));
    call.creates = true;
    const bool resumable = params.contains(std::pair{QStringLiteral("upload_type"), QStringLiteral("resumable")});
    m_http.send(call, job->context, [job, stepName, resumable, next = std::move(next)](const HttpResult &result) {
        const QString id = result.object().value(QLatin1String("id")).toString();
        const QString uri = result.object().value(QLatin1String("uri")).toString();
        if (result.ok() && !id.isEmpty() && resumable && uri.isEmpty()) {
            PublishOutcome outcome;
            outcome.status = PublishStatus::FailedRetryable; // the container is invisible; a later attempt makes another
            outcome.error = PublishErrorKind::PlatformUnavailable;
            outcome.platformMessage = QCoreApplication::translate("cf::InstagramPublisher", "Instagram did not name a valid upload address for the video.");
            return job->done(outcome);
        }
        if (!result.ok() || id.isEmpty()) {
            // A container is invisible until published: even if this one was
            // created, a retry that makes another duplicates nothing.
            return job->done(metagraph::failureOutcome(result, false, QDateTime::currentDateTimeUtc()));
        }
        job->save(stepName, id);
        // A resumable video container names where its bytes go.
        if (!uri.isEmpty())
            job->save(stepName + QStringLiteral("_upload"), instagramjob::uploadCheckpoint(uri, 0));
        next(id);
    });
}

void InstagramPublisher::createChildren(std::shared_ptr<Job> job)
{
    if (job->kind != Kind::Carousel || !job->checkpointed(QStringLiteral("ig_container")).isEmpty())
        return createParent(job);
    const std::size_t index = job->children.size();
    if (index >= job->hosted.size())
        return createParent(job);
    const bool video = isVideoMedia(job->request.media[index]);
    const QString childStep = step("ig_child", index);
    // Uploads a video child's bytes (if any are missing), waits for it, then goes on.
    auto readyThenNext = [this, job, index, video, childStep](const QString &id) {
        auto wait = [this, job, id] {
            waitUntilFinished(job, id, 0, [this, job, id] {
                job->children.push_back(id);
                createChildren(job);
            });
        };
        if (video)
            return uploadVideo(job, childStep, index, wait);
        wait();
    };
    if (const QString existing = job->checkpointed(childStep); !existing.isEmpty()) {
        if (video)
            return readyThenNext(existing);
        job->children.push_back(existing);
        return createChildren(job);
    }
    QList<std::pair<QString, QString>> params{{QStringLiteral("is_carousel_item"), QStringLiteral("true")}};
    if (video)
        params << std::pair{QStringLiteral("media_type"), QStringLiteral("VIDEO")} << std::pair{QStringLiteral("upload_type"), QStringLiteral("resumable")};
    else
        params << std::pair{QStringLiteral("image_url"), job->hosted[index].url};
    createContainer(job, params, childStep, readyThenNext);
}

void InstagramPublisher::createParent(std::shared_ptr<Job> job)
{
    const bool video = job->kind != Kind::Carousel && isVideoMedia(job->request.media.front());
    // Uploads the video's missing bytes (none for images), waits, publishes.
    auto readyThenPublish = [this, job, video] {
        auto wait = [this, job] { waitUntilFinished(job, job->container, 0, [this, job] { publishContainer(job); }); };
        if (video)
            return uploadVideo(job, QStringLiteral("ig_container"), 0, wait);
        wait();
    };
    job->container = job->checkpointed(QStringLiteral("ig_container"));
    if (!job->container.isEmpty())
        return readyThenPublish();
    QList<std::pair<QString, QString>> params;
    switch (job->kind) {
    case Kind::Carousel:
        params << std::pair{QStringLiteral("media_type"), QStringLiteral("CAROUSEL")}
               << std::pair{QStringLiteral("children"), QStringList(job->children.begin(), job->children.end()).join(QLatin1Char(','))};
        break;
    case Kind::Reel:
        params << std::pair{QStringLiteral("media_type"), QStringLiteral("REELS")} << std::pair{QStringLiteral("upload_type"), QStringLiteral("resumable")}
               << std::pair{QStringLiteral("share_to_feed"), QStringLiteral("true")};
        break;
    case Kind::Story:
        params << std::pair{QStringLiteral("media_type"), QStringLiteral("STORIES")};
        if (video)
            params << std::pair{QStringLiteral("upload_type"), QStringLiteral("resumable")};
        else
            params << std::pair{QStringLiteral("image_url"), job->hosted.front().url};
        break;
    case Kind::Image:
        params << std::pair{QStringLiteral("image_url"), job->hosted.front().url};
        break;
    }
    if (job->kind != Kind::Story && !job->caption.isEmpty())
        params << std::pair{QStringLiteral("caption"), job->caption};
    createContainer(job, params, QStringLiteral("ig_container"), [job, readyThenPublish](const QString &id) {
        job->container = id;
        readyThenPublish();
    });
}

void InstagramPublisher::waitUntilFinished(std::shared_ptr<Job> job, const QString &containerId, int poll, std::function<void()> next)
{
    HttpCall call;
    call.url = metagraph::graphUrl(containerId, {{QStringLiteral("fields"), QStringLiteral("status_code,status")}});
    call.header("Authorization", metagraph::authorization(job->request.accessToken));
    m_http.send(call, job->context, [this, job, containerId, poll, next = std::move(next)](const HttpResult &result) mutable {
        if (!result.ok())
            return job->done(metagraph::failureOutcome(result, false, QDateTime::currentDateTimeUtc()));
        const QString code = result.object().value(QLatin1String("status_code")).toString();
        if (code == QLatin1String("FINISHED"))
            return next();
        if (code == QLatin1String("PUBLISHED")) {
            // An earlier attempt published it; find the media rather than fail.
            PublishOutcome outcome;
            outcome.status = PublishStatus::Unknown;
            outcome.error = PublishErrorKind::Unknown;
            outcome.platformMessage = QCoreApplication::translate("cf::InstagramPublisher", "The container was already published by an earlier attempt.");
            return job->done(outcome);
        }
        if (code == QLatin1String("ERROR") || code == QLatin1String("EXPIRED")) {
            // The containers are dead; forget them so the next attempt makes new ones.
            job->save(QStringLiteral("ig_container"), QString());
            for (std::size_t i = 0; i < job->request.media.size(); ++i) {
                if (!job->checkpointed(step("ig_child", i)).isEmpty())
                    job->save(step("ig_child", i), QString());
            }
            PublishOutcome outcome;
            outcome.status = PublishStatus::FailedPermanent;
            outcome.error = PublishErrorKind::MediaRejected;
            outcome.platformCode = code;
            outcome.platformMessage = result.object().value(QLatin1String("status")).toString();
            return job->done(outcome);
        }
        if (poll + 1 >= m_maxPolls) {
            // Still processing: nothing is published; the container id is
            // checkpointed, so the retry goes on waiting for it.
            PublishOutcome outcome;
            outcome.status = PublishStatus::FailedRetryable;
            outcome.error = PublishErrorKind::PlatformUnavailable;
            outcome.platformCode = code;
            outcome.retryNotBeforeUtc = QDateTime::currentDateTimeUtc().addSecs(60);
            return job->done(outcome);
        }
        QTimer::singleShot(m_pollIntervalMs, job->context, [this, job, containerId, poll, next = std::move(next)]() mutable {
            waitUntilFinished(job, containerId, poll + 1, std::move(next));
        });
    });
}

void InstagramPublisher::publishContainer(std::shared_ptr<Job> job)
{
    HttpCall call = PublishHttp::formCall("POST", metagraph::graphUrl(job->igUser + QStringLiteral("/media_publish")),
                                          {{QStringLiteral("creation_id"), job->container}});
    call.header("Authorization", metagraph::authorization(job->request.accessToken));
    call.creates = true;
    m_http.send(call, job->context, [this, job](const HttpResult &result) {
        const QString id = result.object().value(QLatin1String("id")).toString();
        if (!result.ok() || id.isEmpty())
            return job->done(metagraph::failureOutcome(result, true, QDateTime::currentDateTimeUtc()));
        job->save(QStringLiteral("ig_media"), id);
        finish(job, id);
    });
}

void InstagramPublisher::finish(std::shared_ptr<Job> job, const QString &mediaId)
{
    // Permalink, first comment and clean-up are best effort: the post is
    // live whatever they answer.
    HttpCall call;
    call.url = metagraph::graphUrl(mediaId, {{QStringLiteral("fields"), QStringLiteral("permalink")}});
    call.header("Authorization", metagraph::authorization(job->request.accessToken));
    m_http.send(call, job->context, [this, job, mediaId](const HttpResult &result) {
        PublishOutcome outcome;
        outcome.status = PublishStatus::Published;
        outcome.externalId = mediaId;
        outcome.permalink = result.object().value(QLatin1String("permalink")).toString();
        const QString comment = firstCommentOf(job->request);
        if (comment.isEmpty() || job->kind == Kind::Story || !job->checkpointed(QStringLiteral("ig_first_comment")).isEmpty()) {
            removeHostedFiles(job);
            return job->done(outcome);
        }
        HttpCall commentCall = PublishHttp::formCall("POST", metagraph::graphUrl(mediaId + QStringLiteral("/comments")),
                                                     {{QStringLiteral("message"), comment}});
        commentCall.header("Authorization", metagraph::authorization(job->request.accessToken));
        commentCall.creates = true;
        m_http.send(commentCall, job->context, [this, job, outcome](const HttpResult &answer) mutable {
            const QString id = answer.object().value(QLatin1String("id")).toString();
            if (answer.ok() && !id.isEmpty())
                job->save(QStringLiteral("ig_first_comment"), id);
            else
                qCWarning(lcPublish) << "Instagram first comment failed with HTTP" << answer.status;
            removeHostedFiles(job);
            job->done(outcome);
        });
    });
}

void InstagramPublisher::removeHostedFiles(std::shared_ptr<Job> job)
{
    if (!m_host)
        return;
    for (const PublicMediaHost::Hosted &hosted : job->hosted) {
        if (hosted.handle.isEmpty())
            continue;
        // Not bound to the job's context: the clean-up may outlive the job.
        m_host->remove(hosted.handle, &m_cleanupContext, [](bool removed) {
            if (!removed)
                qCWarning(lcPublish) << "a hosted media file could not be removed";
        });
    }
}

} // namespace cf
