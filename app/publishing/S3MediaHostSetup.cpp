#include "app/publishing/S3MediaHostSetup.h"

#include "app/publishing/KeychainS3MediaHost.h"
#include "app/publishing/PublishingLog.h"
#include "platforms/auth/SecretStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace cf::s3setup {

namespace {
void store(AppSettings &settings, const AppSettings::S3Bucket &bucket)
{
    settings.setS3Bucket(bucket);
    settings.setMediaHostS3();
    settings.sync();
}
} // namespace

void save(AppSettings &settings, SecretStore &keychain, const AppSettings::S3Bucket &bucket, const QByteArray &secret,
          QObject *context, Done done)
{
    if (const QString problem = KeychainS3MediaHost::settingsProblem(bucket); !problem.isEmpty())
        return done(problem);
    if (secret.isEmpty()) {
        store(settings, bucket);
        return done(QString());
    }
    AppSettings *target = &settings;
    keychain.write(KeychainS3MediaHost::secretKeyName(), secret, context,
                   [target, bucket, done](const AuthError &error) {
                       if (error.isError()) {
                           qCWarning(lcPublishing) << "S3 media host secret not stored:" << error.message;
                           return done(error.message);
                       }
                       store(*target, bucket);
                       done(QString());
                   });
}

QString describe(const AppSettings::S3Bucket &bucket)
{
    return QCoreApplication::translate("cf::S3MediaHostSetup", "S3-compatible bucket \"%1\" at %2 (region %3), access key ID %4.")
        .arg(bucket.bucket, bucket.endpoint,
             bucket.region.isEmpty() ? QStringLiteral("us-east-1") : bucket.region, bucket.accessKeyId);
}

void test(QNetworkAccessManager &network, const EndpointMap &endpoints, SecretStore &keychain,
          const AppSettings::S3Bucket &bucket, QObject *context, TestDone done)
{
    if (const QString problem = KeychainS3MediaHost::settingsProblem(bucket); !problem.isEmpty())
        return done(false, problem);
    // The tiny object lives in a folder that is kept until the test ends.
    auto dir = std::make_shared<QTemporaryDir>();
    PublishMedia media;
    media.path = dir->filePath(QStringLiteral("campaignforge-test.txt"));
    media.mimeType = QStringLiteral("text/plain");
    QFile file(media.path);
    if (!dir->isValid() || !file.open(QIODevice::WriteOnly) || file.write("CampaignForge media host test\n") < 0) {
        return done(false, QCoreApplication::translate("cf::S3MediaHostSetup", "A test file could not be written in the temporary folder."));
    }
    file.close();
    media.sizeBytes = file.size();
    auto host = std::make_shared<KeychainS3MediaHost>(network, endpoints, keychain, bucket);
    host->upload(media, context, [host, dir, context, done](const std::optional<PublicMediaHost::Hosted> &hosted,
                                                           const PublishOutcome &failure) {
        if (!hosted) {
            QString why = failure.platformMessage;
            if (why.isEmpty())
                why = failure.httpStatus
                          ? QCoreApplication::translate("cf::S3MediaHostSetup", "HTTP status %1.").arg(*failure.httpStatus)
                          : QCoreApplication::translate("cf::S3MediaHostSetup", "The endpoint could not be reached.");
            return done(false, QCoreApplication::translate("cf::S3MediaHostSetup", "The test upload failed: %1").arg(why));
        }
        host->remove(hosted->handle, context, [host, dir, done, key = hosted->handle](bool removed) {
            if (!removed)
                return done(false, QCoreApplication::translate("cf::S3MediaHostSetup", "The test file was uploaded but could not be deleted again; delete %1 "
                                        "from the bucket and check that the key may delete objects.")
                                       .arg(key));
            done(true, QCoreApplication::translate("cf::S3MediaHostSetup", "The bucket works: a test file was uploaded and deleted again."));
        });
    });
}

} // namespace cf::s3setup
