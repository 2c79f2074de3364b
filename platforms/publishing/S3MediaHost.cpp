#include "platforms/publishing/S3MediaHost.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRandomGenerator>

namespace cf {

S3MediaHost::S3MediaHost(QNetworkAccessManager &network, const EndpointMap &endpoints, Settings settings)
    : m_http(network, endpoints)
    , m_settings(std::move(settings))
{
}

QUrl S3MediaHost::objectUrl(const QString &key) const
{
    QUrl url(m_settings.endpoint);
    const QString base = url.path().endsWith(QLatin1Char('/')) ? url.path().chopped(1) : url.path();
    if (m_settings.pathStyle) {
        url.setPath(base + QLatin1Char('/') + m_settings.bucket + QLatin1Char('/') + key);
    } else {
        url.setHost(m_settings.bucket + QLatin1Char('.') + url.host());
        url.setPath(base + QLatin1Char('/') + key);
    }
    return url;
}

HttpCall S3MediaHost::signedCall(const QByteArray &verb, const QUrl &url, const QByteArray &body, const QByteArray &contentType) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray payloadHash = sigv4::sha256Hex(body);
    sigv4::Headers headers{{"x-amz-content-sha256", payloadHash}, {"x-amz-date", sigv4::amzDate(now)}};
    if (!contentType.isEmpty())
        headers.append({"content-type", contentType});
    HttpCall call;
    call.verb = verb;
    call.url = url;
    call.body = body;
    call.contentType = contentType;
    for (const auto &[name, value] : headers) {
        if (name != "content-type")
            call.header(name, value);
    }
    call.header("Authorization", sigv4::authorization(verb, url, headers, payloadHash, now, m_settings.credentials));
    return call;
}

void S3MediaHost::upload(const PublishMedia &media, QObject *context, UploadDone done)
{
    PublishOutcome failure;
    QByteArray data;
    if (!readMediaFile(media, &data, &failure))
        return done(std::nullopt, failure);
    // A random folder keeps object names unguessable; the file name stays
    // readable for the user browsing the bucket.
    QString name = QFileInfo(media.path).fileName();
    for (QChar &c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && c != QLatin1Char('.') && c != QLatin1Char('-') && c != QLatin1Char('_'))
            c = QLatin1Char('-');
    }
    const QString key = m_settings.keyPrefix + QString::number(QRandomGenerator::global()->generate64(), 16) + QLatin1Char('/') + name;
    const QUrl url = objectUrl(key);
    HttpCall call = signedCall("PUT", url, data, media.mimeType.toUtf8());
    call.timeoutMs = 5 * 60 * 1000;
    const Settings settings = m_settings;
    m_http.send(call, context, [done = std::move(done), key, url, settings](const HttpResult &result) {
        if (result.ok()) {
            const QUrl shared = sigv4::presign("GET", url, settings.urlLifetimeSeconds, QDateTime::currentDateTimeUtc(), settings.credentials);
            return done(Hosted{shared.toString(QUrl::FullyEncoded), key}, PublishOutcome());
        }
        // Nothing public exists after a failed upload: safe to retry.
        PublishOutcome outcome = transportOutcome(result, false);
        if (!result.transportFailed() && result.status < 500) {
            outcome.status = PublishStatus::FailedPermanent;
            outcome.error = result.status == 403 ? PublishErrorKind::PermissionMissing : PublishErrorKind::MediaRejected;
            outcome.platformMessage = QCoreApplication::translate("cf::S3MediaHost", "The storage bucket refused the upload (HTTP %1).").arg(result.status);
        }
        done(std::nullopt, outcome);
    });
}

void S3MediaHost::remove(const QString &handle, QObject *context, RemoveDone done)
{
    m_http.send(signedCall("DELETE", objectUrl(handle), QByteArray(), QByteArray()), context,
                [done = std::move(done)](const HttpResult &result) { done(result.ok() || result.status == 404); });
}

} // namespace cf
