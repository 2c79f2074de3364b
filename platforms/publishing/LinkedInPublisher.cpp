#include "platforms/publishing/LinkedInPublisher.h"

#include "platforms/publishing/PublishText.h"
#include "platforms/publishing/RateLimitSignals.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace cf {

namespace {

const QString kRest = QStringLiteral("https://api.linkedin.com/rest/");

QString step(std::size_t index)
{
    return QStringLiteral("li_image_%1").arg(index);
}

} // namespace

struct LinkedInPublisher::Job
{
    PublishRequest request;
    QObject *context = nullptr;
    Checkpoint checkpoint;
    Done done;
    QString author;
    std::vector<QString> images;

    QString checkpointed(const QString &name) const
    {
        const auto it = request.checkpoints.find(name);
        return it == request.checkpoints.end() ? QString() : it->second;
    }
    void fail(const HttpResult &result, bool creates) const
    {
        done(LinkedInPublisher::failureOutcome(result, creates, QDateTime::currentDateTimeUtc()));
    }
};

LinkedInPublisher::LinkedInPublisher(QNetworkAccessManager &network, const EndpointMap &endpoints)
    : m_http(network, endpoints)
{
}

QString LinkedInPublisher::authorUrn(const Connection &connection)
{
    if (connection.accountId.startsWith(QLatin1String("urn:li:")))
        return connection.accountId;
    return (connection.kind == ConnectionKind::Page ? QStringLiteral("urn:li:organization:") : QStringLiteral("urn:li:person:"))
        + connection.accountId;
}

QString LinkedInPublisher::commentaryOf(const PublishRequest &request)
{
    // Little text: these characters are markup unless escaped, and LinkedIn
    // silently cuts the post at an unescaped one.
    static const QString reserved = QStringLiteral("\\|{}@[]()<>*_~");
    const QString plain = publishtext::postTextWithLink(request);
    QString escaped;
    escaped.reserve(plain.size() + 16);
    for (const QChar c : plain) {
        if (reserved.contains(c))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped;
}

QByteArray LinkedInPublisher::versionFor(const QDateTime &nowUtc)
{
    const QDate month = nowUtc.date().addMonths(-2);
    return QByteArray::number(month.year() * 100 + month.month());
}

HttpCall LinkedInPublisher::restCall(const QByteArray &verb, const QUrl &url, const QString &token) const
{
    HttpCall call;
    call.verb = verb;
    call.url = url;
    call.header("Authorization", PublishHttp::bearer(token));
    call.header("LinkedIn-Version", versionFor(QDateTime::currentDateTimeUtc()));
    call.header("X-Restli-Protocol-Version", "2.0.0");
    return call;
}

QStringList LinkedInPublisher::checkLimits(const PublishRequest &request) const
{
    QStringList problems;
    const QString commentary = commentaryOf(request);
    const qsizetype length = commentary.toUcs4().size();
    if (length > kMaxCommentary)
        problems << QCoreApplication::translate("cf::LinkedInPublisher", "The post text has %1 characters; LinkedIn allows at most %2.").arg(length).arg(kMaxCommentary);
    if (commentary.trimmed().isEmpty() && request.media.empty())
        problems << QCoreApplication::translate("cf::LinkedInPublisher", "The post has no text or image.");
    if (int(request.media.size()) > kMaxImages)
        problems << QCoreApplication::translate("cf::LinkedInPublisher", "A LinkedIn post carries at most %1 images.").arg(kMaxImages);
    for (const PublishMedia &media : request.media) {
        const QString name = QFileInfo(media.path).fileName();
        if (!media.mimeType.startsWith(QLatin1String("image/")))
            problems << QCoreApplication::translate("cf::LinkedInPublisher", "CampaignForge posts images to LinkedIn; %1 (%2) cannot be sent there.").arg(name, media.mimeType);
        else if (media.sizeBytes > kMaxImageBytes)
            problems << QCoreApplication::translate("cf::LinkedInPublisher", "The image %1 is larger than LinkedIn's 36 MB limit.").arg(name);
    }
    return problems;
}

PublishOutcome LinkedInPublisher::failureOutcome(const HttpResult &result, bool creates, const QDateTime &nowUtc)
{
    if (result.transportFailed() || result.status >= 500)
        return transportOutcome(result, creates);
    PublishOutcome outcome;
    outcome.httpStatus = result.status;
    outcome.status = PublishStatus::FailedPermanent;
    const QJsonObject body = result.object();
    outcome.platformMessage = body.value(QLatin1String("message")).toString();
    const QString code = body.value(QLatin1String("code")).toString();
    const int serviceCode = body.value(QLatin1String("serviceErrorCode")).toInt();
    outcome.platformCode = serviceCode ? QString::number(serviceCode) : code.isEmpty() ? QString::number(result.status) : code;
    if (result.status == 401) {
        // Nothing was applied; the worker refreshes (where LinkedIn allows) and may retry once.
        outcome.error = PublishErrorKind::TokenExpiredOrInvalid;
        outcome.status = PublishStatus::FailedRetryable;
        outcome.unauthorized = true;
    } else if (result.status == 429) {
        outcome.error = PublishErrorKind::RateLimited;
        outcome.status = PublishStatus::FailedRetryable;
        // LinkedIn's daily limits reset at midnight UTC when no Retry-After says otherwise.
        const QDateTime midnight(nowUtc.date().addDays(1), QTime(0, 0), Qt::UTC);
        outcome.retryNotBeforeUtc = ratelimit::fromHeaders(result.headers, nowUtc).value_or(midnight);
    } else if (outcome.platformMessage.contains(QLatin1String("duplicate"), Qt::CaseInsensitive) || code == QLatin1String("DUPLICATE_POST")) {
        outcome.error = PublishErrorKind::Duplicate;
    } else if (result.status == 403 && outcome.platformMessage.contains(QLatin1String("restricted"), Qt::CaseInsensitive)) {
        outcome.error = PublishErrorKind::ContentPolicyViolation;
    } else if (result.status == 403) {
        outcome.error = PublishErrorKind::PermissionMissing;
    } else if (result.status == 422 && outcome.platformMessage.contains(QLatin1String("length"), Qt::CaseInsensitive)) {
        outcome.error = PublishErrorKind::ContentOutOfLimits;
    } else if (outcome.platformMessage.contains(QLatin1String("image"), Qt::CaseInsensitive)) {
        outcome.error = PublishErrorKind::MediaRejected;
    } else {
        outcome.error = PublishErrorKind::Unknown;
    }
    return outcome;
}

void LinkedInPublisher::publish(const PublishRequest &request, QObject *context, Checkpoint checkpoint, Done done)
{
    auto job = std::make_shared<Job>();
    job->request = request;
    job->context = context;
    job->checkpoint = std::move(checkpoint);
    job->done = std::move(done);
    job->author = authorUrn(request.connection);
    uploadNextImage(job);
}

void LinkedInPublisher::uploadNextImage(std::shared_ptr<Job> job)
{
    const std::size_t index = job->images.size();
    if (index >= job->request.media.size())
        return createPost(job);
    if (const QString urn = job->checkpointed(step(index)); !urn.isEmpty()) {
        job->images.push_back(urn);
        return uploadNextImage(job);
    }
    const PublishMedia media = job->request.media[index];
    auto data = std::make_shared<QByteArray>();
    PublishOutcome failure;
    if (!readMediaFile(media, data.get(), &failure))
        return job->done(failure);
    QUrl url(kRest + QStringLiteral("images"));
    url.setQuery(QStringLiteral("action=initializeUpload"));
    HttpCall init = restCall("POST", url, job->request.accessToken);
    init.contentType = "application/json";
    init.body = QJsonDocument(QJsonObject{{QStringLiteral("initializeUploadRequest"), QJsonObject{{QStringLiteral("owner"), job->author}}}})
                    .toJson(QJsonDocument::Compact);
    init.creates = true; // an unused upload slot is invisible; never re-sent all the same
    m_http.send(init, job->context, [this, job, index, data, media](const HttpResult &result) {
        const QJsonObject value = result.object().value(QLatin1String("value")).toObject();
        const QString uploadUrl = value.value(QLatin1String("uploadUrl")).toString();
        const QString urn = value.value(QLatin1String("image")).toString();
        if (!result.ok() || uploadUrl.isEmpty() || urn.isEmpty())
            return job->fail(result, false);
        HttpCall put;
        put.verb = "PUT";
        put.url = QUrl(uploadUrl);
        put.header("Authorization", PublishHttp::bearer(job->request.accessToken));
        put.body = *data;
        put.contentType = media.mimeType.toUtf8();
        put.creates = true;
        put.timeoutMs = 5 * 60 * 1000;
        m_http.send(put, job->context, [this, job, index, urn](const HttpResult &uploaded) {
            if (!uploaded.ok())
                return job->fail(uploaded, false);
            job->request.checkpoints[step(index)] = urn;
            job->checkpoint(step(index), urn);
            job->images.push_back(urn);
            uploadNextImage(job);
        });
    });
}

void LinkedInPublisher::createPost(std::shared_ptr<Job> job)
{
    QJsonObject body{{QStringLiteral("author"), job->author},
                     {QStringLiteral("commentary"), commentaryOf(job->request)},
                     {QStringLiteral("visibility"), QStringLiteral("PUBLIC")},
                     {QStringLiteral("distribution"), QJsonObject{{QStringLiteral("feedDistribution"), QStringLiteral("MAIN_FEED")},
                                                                  {QStringLiteral("targetEntities"), QJsonArray()},
                                                                  {QStringLiteral("thirdPartyDistributionChannels"), QJsonArray()}}},
                     {QStringLiteral("lifecycleState"), QStringLiteral("PUBLISHED")},
                     {QStringLiteral("isReshareDisabledByAuthor"), false}};
    if (job->images.size() == 1) {
        body.insert(QStringLiteral("content"), QJsonObject{{QStringLiteral("media"), QJsonObject{{QStringLiteral("id"), job->images.front()}}}});
    } else if (job->images.size() > 1) {
        QJsonArray images;
        for (const QString &urn : job->images)
            images.append(QJsonObject{{QStringLiteral("id"), urn}});
        body.insert(QStringLiteral("content"), QJsonObject{{QStringLiteral("multiImage"), QJsonObject{{QStringLiteral("images"), images}}}});
    }
    HttpCall call = restCall("POST", QUrl(kRest + QStringLiteral("posts")), job->request.accessToken);
    call.contentType = "application/json";
    call.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    call.creates = true;
    m_http.send(call, job->context, [job](const HttpResult &result) {
        const QString urn = QString::fromUtf8(result.header("x-restli-id"));
        if (result.status != 201 || urn.isEmpty())
            return job->fail(result, true);
        PublishOutcome outcome;
        outcome.status = PublishStatus::Published;
        outcome.externalId = urn;
        outcome.permalink = QStringLiteral("https://www.linkedin.com/feed/update/") + urn;
        job->done(outcome);
    });
}

void LinkedInPublisher::reconcile(const PublishRequest &request, QObject *context, ReconcileDone done)
{
    QUrl url(kRest + QStringLiteral("posts"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("q"), QStringLiteral("author"));
    query.addQueryItem(QStringLiteral("author"), QString::fromLatin1(QUrl::toPercentEncoding(authorUrn(request.connection))));
    query.addQueryItem(QStringLiteral("count"), QStringLiteral("50"));
    query.addQueryItem(QStringLiteral("sortBy"), QStringLiteral("LAST_MODIFIED"));
    url.setQuery(query);
    const QString commentary = commentaryOf(request);
    m_http.send(restCall("GET", url, request.accessToken), context, [commentary, done = std::move(done)](const HttpResult &result) {
        ReconcileOutcome outcome;
        if (result.status == 403) {
            outcome.detail = QCoreApplication::translate("cf::LinkedInPublisher", "LinkedIn does not let CampaignForge read this account's posts; check the account on LinkedIn.");
            return done(outcome);
        }
        if (!result.ok()) {
            outcome.detail = QCoreApplication::translate("cf::LinkedInPublisher", "The account's recent posts could not be read (HTTP %1).").arg(result.status);
            return done(outcome);
        }
        const qint64 windowStartMs = QDateTime::currentDateTimeUtc().addDays(-2).toMSecsSinceEpoch();
        for (const QJsonValue &value : result.object().value(QLatin1String("elements")).toArray()) {
            const QJsonObject post = value.toObject();
            if (post.value(QLatin1String("commentary")).toString() != commentary
                || post.value(QLatin1String("createdAt")).toInteger() < windowStartMs)
                continue;
            outcome.status = ReconcileStatus::Published;
            outcome.externalId = post.value(QLatin1String("id")).toString();
            outcome.permalink = QStringLiteral("https://www.linkedin.com/feed/update/") + outcome.externalId;
            outcome.detail = QCoreApplication::translate("cf::LinkedInPublisher", "Found the post among the account's recent posts.");
            return done(outcome);
        }
        outcome.status = ReconcileStatus::NotPublished;
        outcome.detail = QCoreApplication::translate("cf::LinkedInPublisher", "None of the account's posts from the last two days has this text.");
        done(outcome);
    });
}

} // namespace cf
