#pragma once

#include "platforms/publishing/PublicMediaHost.h"
#include "platforms/publishing/PublishHttp.h"
#include "platforms/publishing/SigV4.h"

namespace cf {

// An S3-compatible bucket (AWS S3, Cloudflare R2, MinIO, Wasabi...) as a
// PublicMediaHost. Files are PUT with a Signature V4 Authorization header
// under a random key (the bucket stays private), the platform gets a
// presigned GET URL that expires after urlLifetimeSeconds, and remove()
// deletes the object.
class S3MediaHost : public PublicMediaHost
{
public:
    struct Settings
    {
        QString endpoint; // https://s3.us-east-1.amazonaws.com, https://<account>.r2.cloudflarestorage.com
        QString bucket;
        bool pathStyle = true; // endpoint/bucket/key; false: https://bucket.endpoint-host/key
        QString keyPrefix = QStringLiteral("campaignforge/");
        int urlLifetimeSeconds = 24 * 3600;
        sigv4::Credentials credentials;
    };

    S3MediaHost(QNetworkAccessManager &network, const EndpointMap &endpoints, Settings settings);

    void upload(const PublishMedia &media, QObject *context, UploadDone done) override;
    void remove(const QString &handle, QObject *context, RemoveDone done) override;

    // The object URL for a key (before signing).
    QUrl objectUrl(const QString &key) const;

private:
    HttpCall signedCall(const QByteArray &verb, const QUrl &url, const QByteArray &body, const QByteArray &contentType) const;

    PublishHttp m_http;
    Settings m_settings;
};

} // namespace cf
