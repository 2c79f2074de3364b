#pragma once

#include "app/core/AppSettings.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QNetworkAccessManager;
class QObject;

namespace cf {
class EndpointMap;
class SecretStore;

// Choosing an S3-compatible bucket as the public media host, shared by
// Settings > Publishing and `campaignforge-cli media-host s3` so both save,
// describe and check it the same way. The secret access key goes only to
// the keychain (KeychainS3MediaHost::secretKeyName()); AppSettings holds the
// endpoint, region, bucket and access key id.
namespace s3setup {

// Called once with an empty string on success, else a translated reason.
using Done = std::function<void(const QString &problem)>;

// Checks the bucket, writes the secret to the keychain when one is given
// (an empty secret keeps the stored one), and only then saves the bucket and
// makes S3 the media host, so a failed keychain write changes nothing.
void save(AppSettings &settings, SecretStore &keychain, const AppSettings::S3Bucket &bucket, const QByteArray &secret,
          QObject *context, Done done);

// One line naming the saved bucket (never the secret), translated.
QString describe(const AppSettings::S3Bucket &bucket);

// Uploads a tiny text object through KeychainS3MediaHost (the secret from
// the keychain) and deletes it again. ok is true only when both worked;
// message says what happened, translated.
using TestDone = std::function<void(bool ok, const QString &message)>;
void test(QNetworkAccessManager &network, const EndpointMap &endpoints, SecretStore &keychain,
          const AppSettings::S3Bucket &bucket, QObject *context, TestDone done);

} // namespace s3setup
} // namespace cf
