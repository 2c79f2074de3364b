// InstagramPublisher's pre-send limits and its read-only reconcile.
#include "platforms/publishing/InstagramPublisher.h"

#include "platforms/publishing/MetaGraphErrors.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace cf {

QStringList InstagramPublisher::checkLimits(const PublishRequest &request) const
{
    QStringList problems;
    const Kind kind = kindOf(request);
    const QString caption = captionOf(request);
    if (caption.size() > kMaxCaption)
        problems << QCoreApplication::translate("cf::InstagramPublisher", "The caption has %1 characters; Instagram allows at most %2.")
                        .arg(caption.size())
                        .arg(kMaxCaption);
    const int hashtags = int(firstCommentOf(request).count(QLatin1Char('#')));
    if (hashtags > kMaxHashtags)
        problems << QCoreApplication::translate("cf::InstagramPublisher", "The post has %1 hashtags; Instagram allows at most %2.").arg(hashtags).arg(kMaxHashtags);
    const int count = int(request.media.size());
    if (count == 0)
        problems << QCoreApplication::translate("cf::InstagramPublisher", "Instagram posts need an image or a video.");
    if (kind == Kind::Carousel && (count < kMinCarousel || count > kMaxCarousel))
        problems << QCoreApplication::translate("cf::InstagramPublisher", "An Instagram carousel has %1 to %2 items; this one has %3.")
                        .arg(kMinCarousel)
                        .arg(kMaxCarousel)
                        .arg(count);
    if (kind == Kind::Story && count > 1)
        problems << QCoreApplication::translate("cf::InstagramPublisher", "An Instagram story carries one image or video.");
    for (const PublishMedia &media : request.media) {
        const QString name = QFileInfo(media.path).fileName();
        const bool video = media.mimeType.startsWith(QLatin1String("video/"));
        if (!video && !media.mimeType.startsWith(QLatin1String("image/"))) {
            problems << QCoreApplication::translate("cf::InstagramPublisher", "Instagram cannot post the file %1 of type %2.").arg(name, media.mimeType);
            continue;
        }
        if (video) {
            if (media.sizeBytes > kMaxVideoBytes)
                problems << QCoreApplication::translate("cf::InstagramPublisher", "The video %1 is larger than Instagram's 300 MB limit.").arg(name);
            const double maxSeconds = kind == Kind::Story ? kMaxStoryVideoSeconds : kMaxReelSeconds;
            if (media.durationSeconds > 0 && (media.durationSeconds < kMinReelSeconds || media.durationSeconds > maxSeconds))
                problems << QCoreApplication::translate("cf::InstagramPublisher", "The video %1 lasts %2 s; Instagram takes %3 to %4 s here.")
                                .arg(name)
                                .arg(media.durationSeconds, 0, 'f', 1)
                                .arg(kMinReelSeconds, 0, 'f', 0)
                                .arg(maxSeconds, 0, 'f', 0);
            continue;
        }
        if (media.sizeBytes > kMaxImageBytes)
            problems << QCoreApplication::translate("cf::InstagramPublisher", "The image %1 is larger than Instagram's 8 MB limit.").arg(name);
        // Feed images (single and carousel) must be between 4:5 and 1.91:1.
        if (kind != Kind::Story && media.width > 0 && media.height > 0) {
            const double ratio = double(media.width) / media.height;
            if (ratio < 0.8 - 1e-3 || ratio > 1.91 + 1e-3)
                problems << QCoreApplication::translate("cf::InstagramPublisher", "The image %1 is %2×%3; Instagram feed images are between 4:5 and 1.91:1.")
                                .arg(name)
                                .arg(media.width)
                                .arg(media.height);
        }
    }
    if (!m_host && needsMediaHost(request))
        problems << QCoreApplication::translate("cf::InstagramPublisher", "Instagram fetches media from a public web address. Connect a WordPress site or an S3 bucket as the media host in Settings.");
    return problems;
}

void InstagramPublisher::reconcile(const PublishRequest &request, QObject *context, ReconcileDone done)
{
    const auto checkpoint = [&request](const char *name) {
        const auto it = request.checkpoints.find(QLatin1String(name));
        return it == request.checkpoints.end() ? QString() : it->second;
    };
    if (const QString media = checkpoint("ig_media"); !media.isEmpty()) {
        ReconcileOutcome outcome;
        outcome.status = ReconcileStatus::Published;
        outcome.externalId = media;
        outcome.detail = QCoreApplication::translate("cf::InstagramPublisher", "Instagram had already returned the post's id.");
        return done(outcome);
    }
    const QByteArray auth = metagraph::authorization(request.accessToken);
    const QString caption = captionOf(request);
    const QString igUser = request.connection.accountId;
    // Looks for the caption among the account's recent media.
    auto findInMedia = [this, auth, caption, igUser, context](bool containerPublished, ReconcileDone finish) {
        HttpCall list;
        list.url = metagraph::graphUrl(igUser + QStringLiteral("/media"), {{QStringLiteral("fields"), QStringLiteral("id,caption,timestamp,permalink")},
                                                                              {QStringLiteral("limit"), QStringLiteral("50")}});
        list.header("Authorization", auth);
        m_http.send(list, context, [caption, containerPublished, finish = std::move(finish)](const HttpResult &result) {
            ReconcileOutcome outcome;
            if (!result.ok()) {
                outcome.detail = QCoreApplication::translate("cf::InstagramPublisher", "The account's recent posts could not be read (HTTP %1).").arg(result.status);
                return finish(outcome);
            }
            const QDateTime windowStart = QDateTime::currentDateTimeUtc().addDays(-2);
            for (const QJsonValue &value : result.object().value(QLatin1String("data")).toArray()) {
                const QJsonObject media = value.toObject();
                const QDateTime at = metagraph::parseTime(media.value(QLatin1String("timestamp")).toString());
                if (media.value(QLatin1String("caption")).toString() != caption || (at.isValid() && at < windowStart))
                    continue;
                outcome.status = ReconcileStatus::Published;
                outcome.externalId = media.value(QLatin1String("id")).toString();
                outcome.permalink = media.value(QLatin1String("permalink")).toString();
                outcome.detail = QCoreApplication::translate("cf::InstagramPublisher", "Found the post among the account's recent posts.");
                return finish(outcome);
            }
            if (containerPublished) {
                outcome.detail = QCoreApplication::translate("cf::InstagramPublisher", "Instagram says the post was published, but it is not among the recent posts; check the account.");
                return finish(outcome);
            }
            outcome.status = ReconcileStatus::NotPublished;
            outcome.detail = QCoreApplication::translate("cf::InstagramPublisher", "None of the account's posts from the last two days has this caption.");
            finish(outcome);
        });
    };
    const QString container = checkpoint("ig_container");
    if (container.isEmpty())
        return findInMedia(false, std::move(done));
    HttpCall status;
    status.url = metagraph::graphUrl(container, {{QStringLiteral("fields"), QStringLiteral("status_code")}});
    status.header("Authorization", auth);
    m_http.send(status, context, [findInMedia, done = std::move(done)](const HttpResult &result) mutable {
        ReconcileOutcome outcome;
        if (!result.ok()) {
            outcome.detail = QCoreApplication::translate("cf::InstagramPublisher", "The media container's status could not be read (HTTP %1).").arg(result.status);
            return done(outcome);
        }
        const QString code = result.object().value(QLatin1String("status_code")).toString();
        if (code == QLatin1String("PUBLISHED"))
            return findInMedia(true, std::move(done));
        // FINISHED, IN_PROGRESS, ERROR, EXPIRED: the container never became a post.
        outcome.status = ReconcileStatus::NotPublished;
        outcome.detail = QCoreApplication::translate("cf::InstagramPublisher", "The media container was not published (status %1).").arg(code);
        done(outcome);
    });
}

} // namespace cf
