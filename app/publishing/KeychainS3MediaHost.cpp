#include "app/publishing/KeychainS3MediaHost.h"

#include "platforms/auth/SecretStore.h"
#include "platforms/publishing/S3MediaHost.h"

#include <QCoreApplication>
#include <QUrl>

namespace cf {

namespace {
PublishOutcome hostFailure(PublishStatus status, PublishErrorKind kind, const QString &message)
{
    PublishOutcome outcome;
    outcome.status = status;
    outcome.error = kind;
    outcome.platformMessage = message;
    outcome.unauthorized = false; // the publishing platform's token is not the problem
    return outcome;
}
} // namespace

KeychainS3MediaHost::KeychainS3MediaHost(QNetworkAccessManager &network, const EndpointMap &endpoints,
                                         SecretStore &keychain, AppSettings::S3Bucket bucket)
    : m_network(network), m_endpoints(endpoints), m_keychain(keychain), m_bucket(std::move(bucket))
{
}

KeychainS3MediaHost::~KeychainS3MediaHost() = default;

QString KeychainS3MediaHost::settingsProblem(const AppSettings::S3Bucket &bucket)
{
    const QUrl endpoint(bucket.endpoint);
    if (bucket.endpoint.isEmpty() || !endpoint.isValid() || endpoint.host().isEmpty()
        || (endpoint.scheme() != QLatin1String("https") && endpoint.scheme() != QLatin1String("http")))
        return QCoreApplication::translate("cf::KeychainS3MediaHost",
                                           "The media host's endpoint must be a web address such as "
                                           "https://s3.eu-central-1.amazonaws.com.");
    if (bucket.bucket.isEmpty())
        return QCoreApplication::translate("cf::KeychainS3MediaHost", "The media host's bucket name is missing.");
    if (bucket.accessKeyId.isEmpty())
        return QCoreApplication::translate("cf::KeychainS3MediaHost", "The media host's access key ID is missing.");
    return {};
}

void KeychainS3MediaHost::withHost(QObject *context, Ready ready)
{
    if (m_host)
        return ready(m_host, PublishOutcome());
    if (const QString problem = settingsProblem(m_bucket); !problem.isEmpty())
        return ready(nullptr, hostFailure(PublishStatus::FailedPermanent, PublishErrorKind::MediaRejected,
                                          QCoreApplication::translate("cf::KeychainS3MediaHost",
                                                                      "%1 Correct it in Settings, Publishing.")
                                              .arg(problem)));
    std::weak_ptr<KeychainS3MediaHost> weak = weak_from_this();
    m_keychain.read(secretKeyName(), context,
                    [weak, ready](const std::optional<QByteArray> &secret, const AuthError &error) {
                        const auto self = weak.lock();
                        if (!self)
                            return;
                        if (error.isError()) // a locked keychain: nothing was sent, try again later
                            return ready(nullptr, hostFailure(PublishStatus::FailedRetryable,
                                                              PublishErrorKind::PlatformUnavailable, error.message));
                        if (!secret || secret->isEmpty())
                            return ready(nullptr,
                                         hostFailure(PublishStatus::FailedPermanent,
                                                     PublishErrorKind::TokenExpiredOrInvalid,
                                                     QCoreApplication::translate(
                                                         "cf::KeychainS3MediaHost",
                                                         "The media host's secret access key is not in the keychain. "
                                                         "Enter it again in Settings, Publishing.")));
                        S3MediaHost::Settings settings;
                        settings.endpoint = self->m_bucket.endpoint;
                        settings.bucket = self->m_bucket.bucket;
                        settings.credentials.accessKeyId = self->m_bucket.accessKeyId;
                        settings.credentials.secretAccessKey = QString::fromUtf8(*secret);
                        if (!self->m_bucket.region.isEmpty())
                            settings.credentials.region = self->m_bucket.region;
                        self->m_host = std::make_shared<S3MediaHost>(self->m_network, self->m_endpoints, settings);
                        ready(self->m_host, PublishOutcome());
                    });
}

void KeychainS3MediaHost::upload(const PublishMedia &media, QObject *context, UploadDone done)
{
    withHost(context, [media, context, done = std::move(done)](const std::shared_ptr<S3MediaHost> &host,
                                                              const PublishOutcome &failed) {
        if (!host)
            return done(std::nullopt, failed);
        host->upload(media, context, done);
    });
}

void KeychainS3MediaHost::remove(const QString &handle, QObject *context, RemoveDone done)
{
    withHost(context, [handle, context, done = std::move(done)](const std::shared_ptr<S3MediaHost> &host,
                                                               const PublishOutcome &) {
        if (!host)
            return done(false);
        host->remove(handle, context, done);
    });
}

} // namespace cf
