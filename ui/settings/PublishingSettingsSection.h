#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;

namespace cf {
class AppSettings;
class Database;
class S3BucketForm;
struct S3BucketServices;

// The settings page's "Publishing" section: "Keep publishing when the
// window is closed" (AppSettings::keepPublishingWhenClosed, which
// CloseToTrayPolicy reads on every close) and the public media host that
// Instagram and TikTok fetch photos from: none, or one of the connected
// WordPress sites (the same AppSettings key as `campaignforge-cli
// media-host`; the site's credentials stay in its connection's keychain
// entry). Both apply at once. The site list is re-read from the database
// whenever the section is shown, since sites are connected elsewhere.
// The third choice, an S3-compatible bucket, shows S3BucketForm; it becomes
// the host at once when its saved settings are complete, else on Save.
class PublishingSettingsSection : public QWidget
{
    Q_OBJECT
public:
    // database may be null (no data folder): only None and the bucket are
    // offered. s3 may be null: the bucket's Save and Test are then disabled.
    PublishingSettingsSection(AppSettings &settings, const Database *database, QWidget *parent = nullptr,
                              const S3BucketServices *s3 = nullptr);

    // Re-reads the connected WordPress sites and the saved choice.
    void reload();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void chooseHost(int index);
    void showStatus(const QString &text, bool error);
    bool s3Chosen() const;

    AppSettings &m_settings;
    const Database *m_database;
    QGroupBox *m_group;
    QCheckBox *m_keepPublishing;
    QLabel *m_keepNote;
    QLabel *m_hostLabel;
    QComboBox *m_host;
    S3BucketForm *m_s3;
    QLabel *m_hostNote;
    QLabel *m_status;
};

} // namespace cf
