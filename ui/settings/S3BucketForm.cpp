#include "ui/settings/S3BucketForm.h"

#include "app/publishing/S3MediaHostSetup.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cf {

S3BucketForm::S3BucketForm(AppSettings &settings, const S3BucketServices *services, QWidget *parent)
    : QWidget(parent),
      m_settings(settings),
      m_services(services),
      m_endpointLabel(new QLabel(this)),
      m_endpoint(new QLineEdit(this)),
      m_regionLabel(new QLabel(this)),
      m_region(new QLineEdit(this)),
      m_bucketLabel(new QLabel(this)),
      m_bucket(new QLineEdit(this)),
      m_keyIdLabel(new QLabel(this)),
      m_keyId(new QLineEdit(this)),
      m_secretLabel(new QLabel(this)),
      m_secret(new QLineEdit(this)),
      m_save(new QPushButton(this)),
      m_test(new QPushButton(this)),
      m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("s3BucketForm"));
    m_endpoint->setObjectName(QStringLiteral("s3Endpoint"));
    m_region->setObjectName(QStringLiteral("s3Region"));
    m_bucket->setObjectName(QStringLiteral("s3Bucket"));
    m_keyId->setObjectName(QStringLiteral("s3AccessKeyId"));
    m_secret->setObjectName(QStringLiteral("s3SecretAccessKey"));
    m_save->setObjectName(QStringLiteral("s3Save"));
    m_test->setObjectName(QStringLiteral("s3Test"));
    m_result->setObjectName(QStringLiteral("s3Result"));
    // Addresses and keys are Latin text whatever the interface language.
    for (QLineEdit *edit : {m_endpoint, m_region, m_bucket, m_keyId, m_secret})
        edit->setLayoutDirection(Qt::LeftToRight);
    m_endpoint->setPlaceholderText(QStringLiteral("https://s3.eu-central-1.amazonaws.com"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_endpointLabel->setBuddy(m_endpoint);
    m_regionLabel->setBuddy(m_region);
    m_bucketLabel->setBuddy(m_bucket);
    m_keyIdLabel->setBuddy(m_keyId);
    m_secretLabel->setBuddy(m_secret);
    m_result->setWordWrap(true);
    m_result->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_endpointLabel, m_endpoint);
    form->addRow(m_regionLabel, m_region);
    form->addRow(m_bucketLabel, m_bucket);
    form->addRow(m_keyIdLabel, m_keyId);
    form->addRow(m_secretLabel, m_secret);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_test);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_result);

    connect(m_save, &QPushButton::clicked, this, [this] { saveThen(false); });
    connect(m_test, &QPushButton::clicked, this, [this] { saveThen(true); });
    setBusy(false);
    retranslateUi();
    load();
}

void S3BucketForm::load()
{
    const AppSettings::S3Bucket saved = m_settings.s3Bucket();
    m_endpoint->setText(saved.endpoint);
    m_region->setText(saved.region);
    m_bucket->setText(saved.bucket);
    m_keyId->setText(saved.accessKeyId);
    m_secret->clear();
}

AppSettings::S3Bucket S3BucketForm::bucketFromFields() const
{
    AppSettings::S3Bucket bucket;
    bucket.endpoint = m_endpoint->text().trimmed();
    bucket.region = m_region->text().trimmed();
    bucket.bucket = m_bucket->text().trimmed();
    bucket.accessKeyId = m_keyId->text().trimmed();
    return bucket;
}

void S3BucketForm::saveThen(bool test)
{
    if (!m_services)
        return;
    const AppSettings::S3Bucket bucket = bucketFromFields();
    setBusy(true);
    showResult(test ? tr("Testing the bucket…") : tr("Saving…"), false);
    s3setup::save(m_settings, m_services->keychain, bucket, m_secret->text().toUtf8(), this,
                  [this, bucket, test](const QString &problem) {
                      if (!problem.isEmpty()) {
                          setBusy(false);
                          return showResult(problem, true);
                      }
                      m_secret->clear(); // stored: nothing secret stays in the widget
                      Q_EMIT saved();
                      if (!test) {
                          setBusy(false);
                          return showResult(tr("Saved. Photos for Instagram and TikTok go to this bucket while they "
                                               "are published, and are deleted again afterwards."),
                                            false);
                      }
                      s3setup::test(m_services->network, m_services->endpoints, m_services->keychain, bucket, this,
                                    [this](bool ok, const QString &message) {
                                        setBusy(false);
                                        showResult(message, !ok);
                                    });
                  });
}

void S3BucketForm::showResult(const QString &text, bool error)
{
    m_result->setStyleSheet(error ? QStringLiteral("color: #B91C1C;") : QStringLiteral("color: #166534;"));
    m_result->setText(text);
    m_result->setVisible(!text.isEmpty());
}

void S3BucketForm::setBusy(bool busy)
{
    const bool usable = m_services != nullptr && !busy;
    m_save->setEnabled(usable);
    m_test->setEnabled(usable);
}

void S3BucketForm::retranslateUi()
{
    m_endpointLabel->setText(tr("Endpoint URL:"));
    m_regionLabel->setText(tr("Region:"));
    m_region->setPlaceholderText(tr("us-east-1 when empty; \"auto\" for Cloudflare R2"));
    m_bucketLabel->setText(tr("Bucket:"));
    m_keyIdLabel->setText(tr("Access key ID:"));
    m_secretLabel->setText(tr("Secret access key:"));
    m_secret->setPlaceholderText(tr("Kept in the system keychain; leave empty to keep the stored key"));
    m_save->setText(tr("&Save"));
    m_test->setText(tr("&Test"));
    const QString unavailable = m_services ? QString() : tr("The system keychain is not available here.");
    m_save->setToolTip(unavailable);
    m_test->setToolTip(unavailable.isEmpty() ? tr("Saves, then uploads a tiny test file and deletes it again.")
                                             : unavailable);
}

void S3BucketForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace cf
