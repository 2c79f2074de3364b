#include "ui/pages/SettingsPage.h"

#include "app/core/AppSettings.h"
#include "app/core/LanguageController.h"
#include "app/core/SandboxMode.h"
#include "platforms/auth/KeychainStore.h"
#include "ui/UiLog.h"
#include "ui/settings/ConnectionsSettingsSection.h"
#include "ui/settings/AiProviderSection.h"
#include "ui/settings/PublishingSettingsSection.h"
#include "ui/settings/S3BucketForm.h"
#include "platforms/net/EndpointMap.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScrollArea>
#include <QUrl>
#include <QVBoxLayout>

namespace cf {

SettingsPage::SettingsPage(AppSettings &settings, LanguageController &language, const QString &dataDir, QWidget *parent,
                           const Database *database)
    : QWidget(parent),
      m_settings(settings),
      m_language(language),
      m_dataDir(dataDir),
      m_heading(new QLabel(this)),
      m_languageLabel(new QLabel(this)),
      m_languageChoice(new QComboBox(this)),
      m_languageNote(new QLabel(this)),
      m_calendarLabel(new QLabel(this)),
      m_showHijri(new QCheckBox(this)),
      m_dataLabel(new QLabel(this)),
      m_dataPath(new QLineEdit(this)),
      m_openFolder(new QPushButton(this)),
      m_versionLabel(new QLabel(this)),
      m_version(new QLabel(this)),
      m_error(new QLabel(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_languageChoice->setObjectName(QStringLiteral("languageChoice"));
    for (const QString &code : LanguageController::supportedLanguages())
        m_languageChoice->addItem(nativeLanguageName(code), code);
    m_languageLabel->setBuddy(m_languageChoice);
    m_languageNote->setWordWrap(true);
    m_languageNote->setStyleSheet(QStringLiteral("color: #55606E;"));

    m_showHijri->setObjectName(QStringLiteral("showHijriDates"));
    m_showHijri->setChecked(m_settings.showHijriDates());
    m_calendarLabel->setBuddy(m_showHijri);

    m_dataPath->setObjectName(QStringLiteral("dataFolder"));
    m_dataPath->setReadOnly(true);
    m_dataPath->setText(QDir::toNativeSeparators(m_dataDir));
    m_dataPath->setCursorPosition(0);
    m_dataLabel->setBuddy(m_dataPath);
    m_openFolder->setObjectName(QStringLiteral("openDataFolder"));
    m_openFolder->setIcon(QIcon(QStringLiteral(":/icons/action-folder.svg")));

    m_version->setObjectName(QStringLiteral("applicationVersion"));
    m_version->setText(QCoreApplication::applicationVersion());
    m_version->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #B91C1C;"));
    m_error->hide();

    auto *dataRow = new QHBoxLayout;
    dataRow->addWidget(m_dataPath, 1);
    dataRow->addWidget(m_openFolder);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(14);
    form->addRow(m_languageLabel, m_languageChoice);
    // A row of its own: a wrapped label shares a row badly with the combo.
    form->addRow(QString(), m_languageNote);
    form->addRow(m_calendarLabel, m_showHijri);
    form->addRow(m_dataLabel, dataRow);
    form->addRow(m_versionLabel, m_version);

    // The sections sit in a scroll area: with long (Arabic) labels and the
    // connection and AI sections they are taller than a small window, and a
    // page's minimum height must not force the whole window to grow.
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(18);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(m_error);
    // Platform apps and sandbox mode; the saved mode is the running one at start.
    auto *connectionsSection = new ConnectionsSettingsSection(m_settings, m_settings.sandboxMode(), this);
    connect(connectionsSection, &ConnectionsSettingsSection::platformAppsRequested, this,
            &SettingsPage::platformAppsRequested);
    layout->addWidget(connectionsSection);
    // The optional AI copy provider; its key goes to the OS keychain.
    auto *keychain = new KeychainStore(QStringLiteral("CampaignForge"), this);
    layout->addWidget(new AiProviderSection(m_settings, *keychain, *new QNetworkAccessManager(this), this));
    // Keep publishing in the tray; the public media host for Instagram and TikTok photos.
    // The bucket's secret goes where the publishing thread reads it: the
    // sandbox's keychain service in sandbox mode. The bucket's own endpoint
    // is the owner's, so no platform endpoint map applies to it.
    auto *publishingKeychain = new KeychainStore(
        m_settings.sandboxMode() ? SandboxMode::keychainService() : QStringLiteral("CampaignForge"), this);
    m_s3Endpoints = std::make_unique<EndpointMap>();
    m_s3Services = std::make_unique<S3BucketServices>(
        S3BucketServices{*publishingKeychain, *new QNetworkAccessManager(this), *m_s3Endpoints});
    layout->addWidget(new PublishingSettingsSection(m_settings, database, this, m_s3Services.get()));
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    // activated() fires only for the user's choice, not when syncLanguageChoice
    // moves the selection, so a switch made elsewhere does not echo back.
    connect(m_languageChoice, &QComboBox::activated, this, &SettingsPage::chooseLanguage);
    connect(&m_language, &LanguageController::languageChanged, this, &SettingsPage::syncLanguageChoice);
    connect(m_showHijri, &QCheckBox::toggled, this, [this](bool show) {
        m_settings.setShowHijriDates(show);
        m_settings.sync();
        Q_EMIT showHijriDatesChanged(show);
    });
    connect(m_openFolder, &QPushButton::clicked, this, &SettingsPage::openDataFolder);

    setTabOrder(m_languageChoice, m_showHijri);
    setTabOrder(m_showHijri, m_dataPath);
    setTabOrder(m_dataPath, m_openFolder);

    syncLanguageChoice();
    retranslateUi();
}

SettingsPage::~SettingsPage() = default;

QString SettingsPage::nativeLanguageName(const QString &language)
{
    // Qt calls English "American English" in its native name; the plain name
    // is what people look for in a language list.
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    const QString name = QLocale(language).nativeLanguageName();
    return name.isEmpty() ? language : name;
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SettingsPage::retranslateUi()
{
    m_heading->setText(tr("Settings"));
    m_languageLabel->setText(tr("&Language:"));
    m_languageNote->setText(tr("The interface switches at once and keeps this language the next time you start."));
    m_calendarLabel->setText(tr("&Dates:"));
    m_showHijri->setText(tr("Show Hijri dates next to Gregorian dates"));
    m_dataLabel->setText(tr("Data &folder:"));
    m_dataPath->setToolTip(tr("Campaigns, generated images and backups are kept in this folder."));
    m_openFolder->setText(tr("&Open folder"));
    m_versionLabel->setText(tr("Version:"));
    m_error->clear();
    m_error->hide();
}

void SettingsPage::chooseLanguage(int index)
{
    const QString code = m_languageChoice->itemData(index).toString();
    if (!m_language.setLanguage(code)) {
        showError(tr("The language \"%1\" is not available in this build.").arg(nativeLanguageName(code)));
        syncLanguageChoice();
        return;
    }
    m_settings.setLanguage(code);
    m_settings.sync();
}

void SettingsPage::syncLanguageChoice()
{
    const int index = m_languageChoice->findData(m_language.currentLanguage());
    if (index >= 0)
        m_languageChoice->setCurrentIndex(index);
}

void SettingsPage::openDataFolder()
{
    // The folder exists unless it could not be created at start, in which
    // case the file manager would only show its own, less helpful error.
    if (!QDir(m_dataDir).exists()) {
        showError(tr("The data folder %1 does not exist.").arg(QDir::toNativeSeparators(m_dataDir)));
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(m_dataDir))) {
        qCWarning(lcUi) << "no handler opened the data folder";
        showError(tr("No file manager could open %1.").arg(QDir::toNativeSeparators(m_dataDir)));
    }
}

void SettingsPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace cf
