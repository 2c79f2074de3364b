#include "platforms/publishing/WordPressPublisher.h"

#include "platforms/publishing/CancelOutcomes.h"
#include "platforms/publishing/EmailCopyParts.h"
#include "platforms/publishing/PublishText.h"
#include "platforms/publishing/RestFailure.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace cf {

namespace {

struct Credentials
{
    QByteArray authorization; // "Basic ..."
    bool valid = false;
};

// accessToken is "user:application password"; application passwords never
// contain ':' and WordPress ignores their grouping spaces.
Credentials credentialsOf(const PublishRequest &request)
{
    Credentials credentials;
    const qsizetype colon = request.accessToken.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon == request.accessToken.size() - 1)
        return credentials;
    const QString user = request.accessToken.left(colon);
    const QString password = request.accessToken.mid(colon + 1).remove(QLatin1Char(' '));
    credentials.authorization = "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
    credentials.valid = true;
    return credentials;
}

QUrl apiUrl(const PublishRequest &request, const QString &path, const QList<std::pair<QString, QString>> &query = {})
{
    QUrl url(request.connection.apiBase);
    url.setPath(url.path() + QStringLiteral("/wp-json/wp/v2/") + path);
    QUrlQuery items;
    for (const auto &[key, value] : query)
        items.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    if (!query.isEmpty())
        url.setQuery(items);
    return url;
}

// WordPress answers {"code":"rest_...","message":"...","data":{"status":N}}.
PublishOutcome wordpressFailure(const HttpResult &result, bool creates)
{
    const QJsonObject body = result.object();
    const QString code = body.value(QLatin1String("code")).toString();
    PublishErrorKind kind = PublishErrorKind::None;
    if (code == QLatin1String("incorrect_password") || code == QLatin1String("invalid_username")
        || code == QLatin1String("rest_not_logged_in"))
        kind = PublishErrorKind::TokenExpiredOrInvalid;
    else if (code.startsWith(QLatin1String("rest_cannot_")) || code == QLatin1String("rest_forbidden"))
        kind = PublishErrorKind::PermissionMissing;
    else if (code.startsWith(QLatin1String("rest_upload_")))
        kind = PublishErrorKind::MediaRejected;
    else if (code == QLatin1String("rest_too_many_requests"))
        kind = PublishErrorKind::RateLimited;
    return restFailure(result, creates, code, body.value(QLatin1String("message")).toString(), kind, QDateTime::currentDateTimeUtc());
}

PublishOutcome badCredentials()
{
    PublishOutcome outcome;
    outcome.status = PublishStatus::FailedPermanent;
    outcome.error = PublishErrorKind::TokenExpiredOrInvalid;
    outcome.platformMessage = QCoreApplication::translate("cf::WordPressPublisher", "The WordPress user name or application password is missing; connect the site again.");
    return outcome;
}

QString slugOf(const PublishRequest &request)
{
    const LanguageCopy *copy = request.item.copy ? &request.item.copy->in(request.language) : nullptr;
    return copy && copy->blog ? copy->blog->slug : QString();
}

bool isImage(const PublishMedia &media)
{
    return media.mimeType.startsWith(QLatin1String("image/"));
}

} // namespace

struct WordPressPublisher::Job
{
    PublishRequest request;
    QObject *context = nullptr;
    Checkpoint checkpoint;
    Done done;
    QByteArray authorization;
    qint64 featuredMedia = 0;
    QStringList tagNames;
    QJsonArray tagIds;
};

WordPressPublisher::WordPressPublisher(QNetworkAccessManager &network, const EndpointMap &endpoints)
    : m_http(network, endpoints)
{
}

QString WordPressPublisher::titleOf(const PublishRequest &request)
{
    const LanguageCopy *copy = request.item.copy ? &request.item.copy->in(request.language) : nullptr;
    if (copy && copy->blog && !copy->blog->title.isEmpty())
        return copy->blog->title;
    return publishtext::headline(request);
}

QString WordPressPublisher::htmlOf(const PublishRequest &request)
{
    const LanguageCopy *copy = request.item.copy ? &request.item.copy->in(request.language) : nullptr;
    if (copy && copy->blog && !copy->blog->html.isEmpty())
        return copy->blog->html;
    return htmlParagraphs(publishtext::postTextWithLink(request));
}

QStringList WordPressPublisher::checkLimits(const PublishRequest &request) const
{
    QStringList problems;
    const QString title = titleOf(request);
    if (title.trimmed().isEmpty())
        problems << QCoreApplication::translate("cf::WordPressPublisher", "The blog post has no title.");
    else if (title.size() > kMaxTitleLength)
        problems << QCoreApplication::translate("cf::WordPressPublisher", "The blog post title has %1 characters; at most %2 are allowed.").arg(title.size()).arg(kMaxTitleLength);
    if (htmlOf(request).trimmed().isEmpty())
        problems << QCoreApplication::translate("cf::WordPressPublisher", "The blog post has no text.");
    const QUrl site(request.connection.apiBase);
    if (!site.isValid() || site.host().isEmpty())
        problems << QCoreApplication::translate("cf::WordPressPublisher", "The WordPress connection has no site address; connect the site again.");
    for (const PublishMedia &media : request.media) {
        if (!isImage(media))
            problems << QCoreApplication::translate("cf::WordPressPublisher", "Only images can be attached to a blog post; %1 is %2.")
                            .arg(QFileInfo(media.path).fileName(), media.mimeType);
    }
    if (publishtext::hashtags(request).size() > kMaxTags)
        problems << QCoreApplication::translate("cf::WordPressPublisher", "The post has %1 tags; at most %2 are used.").arg(publishtext::hashtags(request).size()).arg(kMaxTags);
    if (request.publishAtUtc && QDateTime::currentDateTimeUtc().secsTo(*request.publishAtUtc) < kMinScheduleSecs)
        problems << QCoreApplication::translate("cf::WordPressPublisher", "A scheduled blog post must be due at least a minute ahead; this one is due %1.")
                        .arg(request.publishAtUtc->toString(Qt::ISODate));
    return problems;
}

void WordPressPublisher::publish(const PublishRequest &request, QObject *context, Checkpoint checkpoint, Done done)
{
    const Credentials credentials = credentialsOf(request);
    if (!credentials.valid)
        return done(badCredentials());
    auto job = std::make_shared<Job>();
    job->request = request;
    job->context = context;
    job->checkpoint = std::move(checkpoint);
    job->done = std::move(done);
    job->authorization = credentials.authorization;
    job->tagNames = publishtext::hashtags(request);
    const auto media = request.checkpoints.find(QStringLiteral("wp_media"));
    if (media != request.checkpoints.end())
        job->featuredMedia = media->second.toLongLong();
    if (!job->featuredMedia && !request.media.empty() && isImage(request.media.front()))
        return uploadFeaturedImage(job);
    resolveNextTag(job);
}

void WordPressPublisher::uploadFeaturedImage(std::shared_ptr<Job> job)
{
    const PublishMedia &media = job->request.media.front();
    QByteArray data;
    PublishOutcome failure;
    if (!readMediaFile(media, &data, &failure))
        return job->done(failure);
    HttpCall call;
    call.verb = "POST";
    call.url = apiUrl(job->request, QStringLiteral("media"));
    call.body = data;
    call.contentType = media.mimeType.toUtf8();
    call.creates = true;
    call.timeoutMs = 5 * 60 * 1000;
    call.header("Authorization", job->authorization);
    call.header("Content-Disposition", "attachment; filename=\"" + QFileInfo(media.path).fileName().toUtf8() + '"');
    m_http.send(call, job->context, [this, job](const HttpResult &result) {
        const qint64 id = result.object().value(QLatin1String("id")).toInteger();
        if (!result.ok() || id <= 0)
            return job->done(wordpressFailure(result, true));
        job->featuredMedia = id;
        job->checkpoint(QStringLiteral("wp_media"), QString::number(id));
        resolveNextTag(job);
    });
}

// Tags are looked up by name and created when missing. Creating a term is
// safe to repeat (a second create answers term_exists with the id), so
// these calls are not treated as creates.
void WordPressPublisher::resolveNextTag(std::shared_ptr<Job> job)
{
    if (job->tagIds.size() >= job->tagNames.size())
        return createPost(job);
    const QString name = job->tagNames.at(job->tagIds.size());
    HttpCall lookup;
    lookup.url = apiUrl(job->request, QStringLiteral("tags"), {{QStringLiteral("search"), name}, {QStringLiteral("per_page"), QStringLiteral("100")}});
    lookup.header("Authorization", job->authorization);
    m_http.send(lookup, job->context, [this, job, name](const HttpResult &found) {
        if (!found.ok())
            return job->done(wordpressFailure(found, false));
        const QJsonArray terms = found.json.array();
        for (const QJsonValue &term : terms) {
            if (term.toObject().value(QLatin1String("name")).toString().compare(name, Qt::CaseInsensitive) == 0) {
                job->tagIds.append(term.toObject().value(QLatin1String("id")).toInteger());
                return resolveNextTag(job);
            }
        }
        HttpCall create = PublishHttp::jsonCall("POST", apiUrl(job->request, QStringLiteral("tags")), QJsonObject{{QStringLiteral("name"), name}});
        create.header("Authorization", job->authorization);
        m_http.send(create, job->context, [this, job](const HttpResult &created) {
            const QJsonObject body = created.object();
            qint64 id = body.value(QLatin1String("id")).toInteger();
            if (!created.ok() && body.value(QLatin1String("code")).toString() == QLatin1String("term_exists"))
                id = body.value(QLatin1String("data")).toObject().value(QLatin1String("term_id")).toInteger();
            else if (!created.ok())
                return job->done(wordpressFailure(created, false));
            if (id <= 0)
                return job->done(wordpressFailure(created, false));
            job->tagIds.append(id);
            resolveNextTag(job);
        });
    });
}

void WordPressPublisher::createPost(std::shared_ptr<Job> job)
{
    const PublishRequest &request = job->request;
    QJsonObject body{{QStringLiteral("title"), titleOf(request)}, {QStringLiteral("content"), htmlOf(request)}};
    const LanguageCopy *copy = request.item.copy ? &request.item.copy->in(request.language) : nullptr;
    if (copy && copy->blog && !copy->blog->excerpt.isEmpty())
        body.insert(QStringLiteral("excerpt"), copy->blog->excerpt);
    if (!slugOf(request).isEmpty())
        body.insert(QStringLiteral("slug"), slugOf(request));
    if (request.publishAtUtc) {
        body.insert(QStringLiteral("status"), QStringLiteral("future"));
        body.insert(QStringLiteral("date_gmt"), request.publishAtUtc->toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
    } else {
        body.insert(QStringLiteral("status"), QStringLiteral("publish"));
    }
    if (!job->tagIds.isEmpty())
        body.insert(QStringLiteral("tags"), job->tagIds);
    if (job->featuredMedia)
        body.insert(QStringLiteral("featured_media"), job->featuredMedia);
    HttpCall call = PublishHttp::jsonCall("POST", apiUrl(request, QStringLiteral("posts")), body);
    call.header("Authorization", job->authorization);
    call.creates = true;
    m_http.send(call, job->context, [job](const HttpResult &result) {
        const QJsonObject post = result.object();
        const qint64 id = post.value(QLatin1String("id")).toInteger();
        if (!result.ok() || id <= 0)
            return job->done(wordpressFailure(result, true));
        PublishOutcome outcome;
        outcome.status = post.value(QLatin1String("status")).toString() == QLatin1String("future") ? PublishStatus::ScheduledNatively
                                                                                                  : PublishStatus::Published;
        outcome.externalId = QString::number(id);
        outcome.permalink = post.value(QLatin1String("link")).toString();
        outcome.httpStatus = result.status;
        job->done(outcome);
    });
}

void WordPressPublisher::reconcile(const PublishRequest &request, QObject *context, ReconcileDone done)
{
    const Credentials credentials = credentialsOf(request);
    if (!credentials.valid) {
        ReconcileOutcome outcome;
        outcome.detail = badCredentials().platformMessage;
        return done(outcome);
    }
    const QString slug = slugOf(request);
    const QString title = titleOf(request);
    QList<std::pair<QString, QString>> query{{QStringLiteral("status"), QStringLiteral("publish,future")},
                                             {QStringLiteral("context"), QStringLiteral("edit")},
                                             {QStringLiteral("per_page"), QStringLiteral("20")}};
    query.append(slug.isEmpty() ? std::pair{QStringLiteral("search"), title} : std::pair{QStringLiteral("slug"), slug});
    HttpCall call;
    call.url = apiUrl(request, QStringLiteral("posts"), query);
    call.header("Authorization", credentials.authorization);
    m_http.send(call, context, [done = std::move(done), title, slug](const HttpResult &result) {
        ReconcileOutcome outcome;
        if (!result.ok()) {
            outcome.detail = QCoreApplication::translate("cf::WordPressPublisher", "The site's posts could not be read (HTTP %1).").arg(result.status);
            return done(outcome);
        }
        const QJsonArray posts = result.json.array();
        for (const QJsonValue &value : posts) {
            const QJsonObject post = value.toObject();
            const QJsonObject postTitle = post.value(QLatin1String("title")).toObject();
            const QString raw = postTitle.value(QLatin1String("raw")).toString(postTitle.value(QLatin1String("rendered")).toString());
            if (slug.isEmpty() ? raw != title : post.value(QLatin1String("slug")).toString() != slug)
                continue;
            outcome.status = ReconcileStatus::Published;
            outcome.externalId = QString::number(post.value(QLatin1String("id")).toInteger());
            outcome.permalink = post.value(QLatin1String("link")).toString();
            outcome.detail = QCoreApplication::translate("cf::WordPressPublisher", "Found the post on the site.");
            return done(outcome);
        }
        outcome.status = ReconcileStatus::NotPublished;
        outcome.detail = QCoreApplication::translate("cf::WordPressPublisher", "No published or scheduled post on the site has this title.");
        done(outcome);
    });
}

namespace {

// 404 rest_post_invalid_id: no such post (deleted on the site); 410
// rest_already_trashed: in the trash already. Any other 404 (rest_no_route)
// means the REST API is not where it should be, which is a failure.
bool postIsGone(const HttpResult &result)
{
    const QString code = result.object().value(QLatin1String("code")).toString();
    return (result.status == 404 && code == QLatin1String("rest_post_invalid_id")) || result.status == 410;
}

} // namespace

void WordPressPublisher::cancelScheduled(const PublishRequest &request, const QString &externalId, QObject *context,
                                         CancelDone done)
{
    const Credentials credentials = credentialsOf(request);
    if (!credentials.valid)
        return done(cancel::failed(badCredentials(), QCoreApplication::translate("cf::WordPressPublisher",
                                                                                 "The scheduled post was not moved to the trash.")));
    HttpCall read;
    read.url = apiUrl(request, QStringLiteral("posts/") + externalId, {{QStringLiteral("context"), QStringLiteral("edit")}});
    read.header("Authorization", credentials.authorization);
    const QUrl removeUrl = apiUrl(request, QStringLiteral("posts/") + externalId);
    m_http.send(read, context, [this, context, done, removeUrl, authorization = credentials.authorization](const HttpResult &post) {
        if (postIsGone(post))
            return done(cancel::cancelled());
        if (!post.ok())
            return done(cancel::failed(wordpressFailure(post, false),
                                       QCoreApplication::translate("cf::WordPressPublisher", "The scheduled post could not be read.")));
        const QString status = post.object().value(QLatin1String("status")).toString();
        if (status == QLatin1String("trash"))
            return done(cancel::cancelled());
        // Anything but "future" is on the site or was never ours to withdraw.
        if (status != QLatin1String("future"))
            return done(cancel::alreadyLive(platformDisplayName(Platform::WordPress)));
        HttpCall remove;
        remove.verb = "DELETE";
        remove.url = removeUrl;
        remove.header("Authorization", authorization);
        m_http.send(remove, context, [done](const HttpResult &result) {
            if (result.ok() || postIsGone(result))
                return done(cancel::cancelled());
            done(cancel::failed(wordpressFailure(result, false),
                                QCoreApplication::translate("cf::WordPressPublisher", "The scheduled post was not moved to the trash.")));
        });
    });
}

} // namespace cf
