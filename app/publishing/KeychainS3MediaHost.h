#pragma once

#include "app/core/AppSettings.h"
#include "platforms/publishing/PublicMediaHost.h"

#include <memory>

class QNetworkAccessManager;

namespace cf {
class EndpointMap;
class S3MediaHost;
class SecretStore;

// The S3-compatible bucket chosen in Settings as the media host, built when
// a file is first uploaded: endpoint, region, bucket and access key id from
// AppSettings (given here), the secret access key from the keychain under
// kSecretKey, so the secret never sits in QSettings or a log. A missing
// secret or incomplete settings become the upload's outcome, in words that
// name the media host. The loaded host is kept for remove().
class KeychainS3MediaHost final : public PublicMediaHost, public std::enable_shared_from_this<KeychainS3MediaHost>
{
public:
    // The keychain entry holding the bucket's secret access key.
    static QString secretKeyName() { return QStringLiteral("media-host/s3/secret-access-key"); }

    KeychainS3MediaHost(QNetworkAccessManager &network, const EndpointMap &endpoints, SecretStore &keychain,
                        AppSettings::S3Bucket bucket);
    ~KeychainS3MediaHost() override;

    void upload(const PublishMedia &media, QObject *context, UploadDone done) override;
    void remove(const QString &handle, QObject *context, RemoveDone done) override;

    // A translated problem with the settings (empty endpoint, not https...), or empty.
    static QString settingsProblem(const AppSettings::S3Bucket &bucket);

private:
    using Ready = std::function<void(const std::shared_ptr<S3MediaHost> &host, const PublishOutcome &failure)>;
    void withHost(QObject *context, Ready ready);

    QNetworkAccessManager &m_network;
    const EndpointMap &m_endpoints;
    SecretStore &m_keychain;
    AppSettings::S3Bucket m_bucket;
    std::shared_ptr<S3MediaHost> m_host; // once the secret is loaded
};

} // namespace cf
