#pragma once

#include "app/core/AppSettings.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;

namespace cf {
class EndpointMap;
class SecretStore;

// What the S3 form needs besides AppSettings: the keychain (the sandbox's
// service in sandbox mode, like the publishing thread's), a network manager
// and the endpoint map for the Test button's upload.
struct S3BucketServices
{
    SecretStore &keychain;
    QNetworkAccessManager &network;
    const EndpointMap &endpoints;
};

// Settings > Publishing, "S3-compatible bucket": endpoint, region, bucket
// and access key id (AppSettings) and a masked secret access key that is
// written only to the keychain (s3setup::save; left empty, the stored key is
// kept). Save makes the bucket the media host; Test saves, then uploads a
// tiny object and deletes it again (s3setup::test) and shows the outcome.
class S3BucketForm : public QWidget
{
    Q_OBJECT
public:
    // services may be null: the fields show, but Save and Test are disabled.
    S3BucketForm(AppSettings &settings, const S3BucketServices *services, QWidget *parent = nullptr);

    // Refills the fields from AppSettings (the secret field stays empty).
    void load();

Q_SIGNALS:
    // The bucket was saved and is now the media host.
    void saved();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    AppSettings::S3Bucket bucketFromFields() const;
    // Saves, then calls next (or reports) on success.
    void saveThen(bool test);
    void showResult(const QString &text, bool error);
    void setBusy(bool busy);

    AppSettings &m_settings;
    const S3BucketServices *m_services;
    QLabel *m_endpointLabel;
    QLineEdit *m_endpoint;
    QLabel *m_regionLabel;
    QLineEdit *m_region;
    QLabel *m_bucketLabel;
    QLineEdit *m_bucket;
    QLabel *m_keyIdLabel;
    QLineEdit *m_keyId;
    QLabel *m_secretLabel;
    QLineEdit *m_secret;
    QPushButton *m_save;
    QPushButton *m_test;
    QLabel *m_result;
};

} // namespace cf
