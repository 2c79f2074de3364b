#include "ui/settings/PublishingSettingsSection.h"

#include "app/core/AppSettings.h"
#include "app/publishing/KeychainS3MediaHost.h"
#include "models/domain/Connection.h"
#include "models/store/ConnectionRepository.h"
#include "models/store/Database.h"
#include "ui/UiLog.h"
#include "ui/settings/S3BucketForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace cf {

namespace {
// The combo's data for the bucket; WordPress sites carry their connection id.
const QString kS3Choice = QStringLiteral("s3");
} // namespace

PublishingSettingsSection::PublishingSettingsSection(AppSettings &settings, const Database *database, QWidget *parent,
                                                     const S3BucketServices *s3)
    : QWidget(parent),
      m_settings(settings),
      m_database(database),
      m_group(new QGroupBox(this)),
      m_keepPublishing(new QCheckBox(m_group)),
      m_keepNote(new QLabel(m_group)),
      m_hostLabel(new QLabel(m_group)),
      m_host(new QComboBox(m_group)),
      m_s3(new S3BucketForm(settings, s3, m_group)),
      m_hostNote(new QLabel(m_group)),
      m_status(new QLabel(m_group))
{
    setObjectName(QStringLiteral("publishingSettings"));
    m_keepPublishing->setObjectName(QStringLiteral("keepPublishingWhenClosed"));
    m_keepPublishing->setChecked(m_settings.keepPublishingWhenClosed());
    m_host->setObjectName(QStringLiteral("mediaHostChoice"));
    // As wide as its longest choice; the row wraps under its label when the
    // window is narrow, so no choice is cut off at 640 px.
    m_host->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_host->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_hostLabel->setBuddy(m_host);
    for (QLabel *note : {m_keepNote, m_hostNote}) {
        note->setWordWrap(true);
        note->setStyleSheet(QStringLiteral("color: #55606E;"));
    }
    m_status->setObjectName(QStringLiteral("publishingSettingsStatus"));
    m_status->setWordWrap(true);
    m_status->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_hostLabel, m_host);
    auto *inner = new QVBoxLayout(m_group);
    inner->addWidget(m_keepPublishing);
    inner->addWidget(m_keepNote);
    inner->addLayout(form);
    inner->addWidget(m_s3);
    inner->addWidget(m_hostNote);
    inner->addWidget(m_status);
    inner->addStretch(1); // spare height below, not between the rows
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_group);

    connect(m_keepPublishing, &QCheckBox::toggled, this, [this](bool keep) {
        m_settings.setKeepPublishingWhenClosed(keep);
        m_settings.sync();
    });
    // activated: only the owner's choice, not the list being refilled.
    connect(m_host, &QComboBox::activated, this, &PublishingSettingsSection::chooseHost);
    connect(m_s3, &S3BucketForm::saved, this, [this] { m_status->hide(); });

    retranslateUi();
}

void PublishingSettingsSection::reload()
{
    m_keepPublishing->setChecked(m_settings.keepPublishingWhenClosed());
    m_status->hide();
    const std::optional<qint64> chosen = m_settings.mediaHostWordPressConnection();
    m_host->clear();
    m_host->addItem(tr("None (Instagram and TikTok photos cannot be published)"), QVariant());
    bool chosenListed = false;
    if (m_database) {
        // A handful of rows, read on the GUI thread like the other settings.
        const auto connections = ConnectionRepository(*m_database).list();
        if (!connections) {
            qCWarning(lcUi) << "connections unavailable:" << connections.error().fullText();
            showStatus(connections.error().fullText(), true);
        } else {
            for (const Connection &c : *connections) {
                if (c.platform != Platform::WordPress || c.status != ConnectionStatus::Connected)
                    continue;
                m_host->addItem(tr("My WordPress media library: %1 (%2)").arg(c.accountName, c.apiBase), c.id);
                chosenListed = chosenListed || (chosen && *chosen == c.id);
            }
        }
    }
    if (chosen && !chosenListed) {
        // Keep the saved choice visible so the owner sees why photos fail.
        m_host->addItem(tr("WordPress connection %1 (no longer connected)").arg(*chosen), *chosen);
        showStatus(tr("The chosen WordPress site is no longer connected. Connect it again or choose another host."),
                   true);
    }
    // The bucket needs no database: it is always offered.
    m_host->addItem(tr("S3-compatible bucket (Amazon S3, Cloudflare R2, MinIO…)"), kS3Choice);
    const int index = m_settings.mediaHostIsS3() ? m_host->findData(kS3Choice) : chosen ? m_host->findData(*chosen) : 0;
    m_host->setCurrentIndex(qMax(0, index));
    m_s3->load();
    m_s3->setVisible(s3Chosen());
}

bool PublishingSettingsSection::s3Chosen() const
{
    return m_host->currentData() == QVariant(kS3Choice);
}

void PublishingSettingsSection::chooseHost(int index)
{
    const QVariant id = m_host->itemData(index);
    m_s3->setVisible(s3Chosen());
    if (s3Chosen()) {
        m_s3->load();
        // Complete saved settings switch at once; otherwise Save does it.
        const AppSettings::S3Bucket saved = m_settings.s3Bucket();
        if (!KeychainS3MediaHost::settingsProblem(saved).isEmpty()) {
            showStatus(tr("Fill in the bucket's details and press Save to use it."), false);
            return;
        }
        m_settings.setMediaHostS3();
        m_settings.sync();
        showStatus(tr("Saved. Photos for Instagram and TikTok go to the bucket %1 while they are published, and are "
                      "deleted again afterwards.")
                       .arg(saved.bucket),
                   false);
        return;
    }
    if (!id.isValid()) {
        m_settings.clearMediaHost();
        m_settings.sync();
        showStatus(tr("No media host: Instagram and TikTok photos will wait until you choose one."), false);
        return;
    }
    m_settings.setMediaHostWordPressConnection(id.toLongLong());
    m_settings.sync();
    showStatus(tr("Saved. Photos for Instagram and TikTok go to %1 while they are published, and are deleted "
                  "again afterwards.")
                   .arg(m_host->itemText(index)),
               false);
}

void PublishingSettingsSection::showStatus(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("color: #B91C1C;") : QStringLiteral("color: #166534;"));
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void PublishingSettingsSection::retranslateUi()
{
    m_group->setTitle(tr("Publishing"));
    m_keepPublishing->setText(tr("Keep publishing when the window is closed"));
    m_keepNote->setText(tr("CampaignForge stays in the system tray and sends scheduled items on time. Without "
                           "this, closing the window asks first while items are waiting."));
    m_hostLabel->setText(tr("Public media host:"));
    m_hostNote->setText(tr("Instagram and TikTok fetch photos from a public web address. CampaignForge puts each "
                           "photo on this host only while the platform fetches it."));
    reload();
}

void PublishingSettingsSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PublishingSettingsSection::showEvent(QShowEvent *event)
{
    reload();
    QWidget::showEvent(event);
}

} // namespace cf
