#include "ui/settings/ConnectionsSettingsSection.h"

#include "app/core/AppSettings.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace cf {

ConnectionsSettingsSection::ConnectionsSettingsSection(AppSettings &settings, bool sandboxActive, QWidget *parent)
    : QWidget(parent),
      m_settings(settings),
      m_sandboxActive(sandboxActive),
      m_heading(new QLabel(this)),
      m_platformApps(new QPushButton(this)),
      m_appsNote(new QLabel(this)),
      m_sandbox(new QCheckBox(this)),
      m_sandboxNote(new QLabel(this))
{
    setObjectName(QStringLiteral("connectionsSettings"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_platformApps->setObjectName(QStringLiteral("openPlatformApps"));
    m_sandbox->setObjectName(QStringLiteral("sandboxMode"));
    m_sandbox->setChecked(m_settings.sandboxMode());
    for (QLabel *note : {m_appsNote, m_sandboxNote}) {
        note->setWordWrap(true);
        note->setStyleSheet(QStringLiteral("color: #55606E;"));
    }
    m_sandboxNote->setObjectName(QStringLiteral("sandboxModeNote"));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setColumnStretch(1, 1);
    layout->addWidget(m_heading, 0, 0, 1, 2);
    layout->addWidget(m_platformApps, 1, 0);
    layout->addWidget(m_appsNote, 1, 1);
    layout->addWidget(m_sandbox, 2, 0, 1, 2);
    layout->addWidget(m_sandboxNote, 3, 0, 1, 2);

    connect(m_platformApps, &QPushButton::clicked, this, &ConnectionsSettingsSection::platformAppsRequested);
    connect(m_sandbox, &QCheckBox::toggled, this, [this](bool on) {
        m_settings.setSandboxMode(on);
        m_settings.sync();
        retranslateUi();
    });
    retranslateUi();
}

void ConnectionsSettingsSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ConnectionsSettingsSection::retranslateUi()
{
    m_heading->setText(tr("Connections"));
    m_platformApps->setText(tr("&Platform apps…"));
    m_appsNote->setText(tr("The developer apps (client id and secret) CampaignForge signs in with, kept in the keychain."));
    m_sandbox->setText(tr("Sandbox mode (rehearse with the local platform emulator)"));
    QString note = tr("Connect test accounts and rehearse whole campaigns against campaignforge-sandbox on this "
                      "computer. Sandbox accounts and campaigns are kept apart from your real ones.");
    if (m_sandbox->isChecked() != m_sandboxActive)
        note = m_sandbox->isChecked()
                   ? tr("Sandbox mode starts the next time you open CampaignForge.")
                   : tr("Sandbox mode ends the next time you open CampaignForge.");
    m_sandboxNote->setText(note);
}

} // namespace cf
