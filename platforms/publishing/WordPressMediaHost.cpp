#include "platforms/publishing/WordPressMediaHost.h"

#include "platforms/publishing/RateLimitSignals.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QUrlQuery>

namespace cf {

WordPressMediaHost::WordPressMediaHost(QNetworkAccessManager &network, const EndpointMap &endpoints, const QString &siteUrl,
                                       const QString &username, const QString &applicationPassword)
    : m_http(network, endpoints)
    , m_siteUrl(siteUrl.endsWith(QLatin1Char('/')) ? siteUrl.chopped(1) : siteUrl)
    , m_username(username)
    , m_password(applicationPassword)
{
}

QUrl WordPressMediaHost::apiUrl(const QString &path) const
{
    return QUrl(m_siteUrl + QStringLiteral("/wp-json/wp/v2/") + path);
}

QByteArray WordPressMediaHost::authorization() const
{
    return "Basic " + (m_username + QLatin1Char(':') + m_password).toUtf8().toBase64();
}

void WordPressMediaHost::upload(const PublishMedia &media, QObject *context, UploadDone done)
{
    PublishOutcome failure;
    QByteArray data;
    if (!readMediaFile(media, &data, &failure))
        return done(std::nullopt, failure);
    HttpCall call;
    call.verb = "POST";
    call.url = apiUrl(QStringLiteral("media"));
    call.body = data;
    call.contentType = media.mimeType.toUtf8();
    // The file name is ASCII-safe: WordPress derives the public URL from it.
    QString name = QFileInfo(media.path).fileName();
    for (QChar &c : name) {
        if (c.unicode() > 0x7e || c == QLatin1Char('"') || c.isSpace())
            c = QLatin1Char('-');
    }
    call.header("Content-Disposition", "attachment; filename=\"" + name.toLatin1() + '"');
    call.header("Authorization", authorization());
    call.timeoutMs = 5 * 60 * 1000;
    m_http.send(call, context, [done = std::move(done)](const HttpResult &result) {
        const QJsonObject answer = result.object();
        const QString url = answer.value(QLatin1String("source_url")).toString();
        if (result.ok() && url.startsWith(QLatin1String("https://"))) {
            return done(Hosted{url, QString::number(answer.value(QLatin1String("id")).toInteger())}, PublishOutcome());
        }
        // An upload that is not visible anywhere: nothing public was applied,
        // so a failed upload is safe to retry.
        PublishOutcome outcome = transportOutcome(result, false);
        if (result.ok()) {
            outcome.status = PublishStatus::FailedPermanent;
            outcome.error = PublishErrorKind::MediaRejected;
            outcome.platformMessage = QCoreApplication::translate(
                "cf::WordPressMediaHost", "The WordPress site did not give the file a public https address; Instagram cannot fetch it.");
        } else if (!result.transportFailed() && result.status < 500) {
            outcome.status = PublishStatus::FailedPermanent;
            outcome.platformCode = answer.value(QLatin1String("code")).toString();
            outcome.platformMessage = answer.value(QLatin1String("message")).toString();
            if (result.status == 401)
                outcome.error = PublishErrorKind::TokenExpiredOrInvalid;
            else if (result.status == 403)
                outcome.error = PublishErrorKind::PermissionMissing;
            else if (result.status == 429) {
                outcome.status = PublishStatus::FailedRetryable;
                outcome.error = PublishErrorKind::RateLimited;
                const QDateTime now = QDateTime::currentDateTimeUtc();
                outcome.retryNotBeforeUtc = ratelimit::fromHeaders(result.headers, now).value_or(now.addSecs(ratelimit::kDefaultBackoffSeconds));
            } else
                outcome.error = PublishErrorKind::MediaRejected;
        }
        // A media host's 401 is the WordPress connection's, not the platform's.
        outcome.unauthorized = false;
        done(std::nullopt, outcome);
    });
}

void WordPressMediaHost::remove(const QString &handle, QObject *context, RemoveDone done)
{
    QUrl url = apiUrl(QStringLiteral("media/") + handle);
    url.setQuery(QStringLiteral("force=true"));
    HttpCall call;
    call.verb = "DELETE";
    call.url = url;
    call.header("Authorization", authorization());
    m_http.send(call, context, [done = std::move(done)](const HttpResult &result) { done(result.ok() || result.status == 404 || result.status == 410); });
}

} // namespace cf
