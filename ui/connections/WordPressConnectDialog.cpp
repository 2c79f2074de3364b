#include "ui/connections/WordPressConnectDialog.h"

#include "platforms/auth/ConnectionService.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cf {

WordPressConnectDialog::WordPressConnectDialog(ConnectionService &service, QWidget *parent)
    : QDialog(parent),
      m_service(service),
      m_intro(new QLabel(this)),
      m_siteLabel(new QLabel(this)),
      m_site(new QLineEdit(this)),
      m_userLabel(new QLabel(this)),
      m_user(new QLineEdit(this)),
      m_passwordLabel(new QLabel(this)),
      m_password(new QLineEdit(this)),
      m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("wordpressConnectDialog"));
    m_intro->setWordWrap(true);
    m_site->setObjectName(QStringLiteral("wordpressSite"));
    m_site->setPlaceholderText(QStringLiteral("https://example.com"));
    m_site->setInputMethodHints(Qt::ImhUrlCharactersOnly);
    m_user->setObjectName(QStringLiteral("wordpressUser"));
    m_password->setObjectName(QStringLiteral("wordpressPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_siteLabel->setBuddy(m_site);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_password);
    m_error->setObjectName(QStringLiteral("wordpressError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #B91C1C;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(m_siteLabel, m_site);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &WordPressConnectDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *field : {m_site, m_user, m_password})
        connect(field, &QLineEdit::textChanged, this, &WordPressConnectDialog::updateButtons);
    connect(&m_service, &ConnectionService::connected, this, [this](const Connection &connection) {
        if (!m_waiting)
            return;
        m_waiting = false;
        Q_EMIT connected(connection);
        accept();
    });
    connect(&m_service, &ConnectionService::connectFailed, this, [this](const AuthError &error) {
        if (!m_waiting)
            return;
        m_waiting = false;
        m_error->setText(error.message);
        m_error->show();
        updateButtons();
    });
    retranslateUi();
    updateButtons();
}

QString WordPressConnectDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void WordPressConnectDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void WordPressConnectDialog::retranslateUi()
{
    setWindowTitle(tr("Connect a WordPress site"));
    m_intro->setText(tr("Create an application password in WordPress (Users → Profile → Application Passwords) and "
                        "enter it here. CampaignForge checks it with the site and keeps it only in your system's "
                        "keychain."));
    m_siteLabel->setText(tr("&Site address:"));
    m_userLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("&Application password:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
}

void WordPressConnectDialog::updateButtons()
{
    const bool filled = !m_site->text().trimmed().isEmpty() && !m_user->text().trimmed().isEmpty()
                        && !m_password->text().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(filled && !m_waiting);
}

void WordPressConnectDialog::submit()
{
    if (m_waiting)
        return;
    m_waiting = true;
    m_error->hide();
    const QString password = m_password->text();
    // The password is not kept on screen while the site is asked.
    m_password->clear();
    updateButtons();
    // A bare host name means https: an application password must not travel in the clear.
    QString site = m_site->text().trimmed();
    if (!site.contains(QLatin1String("://")))
        site.prepend(QStringLiteral("https://"));
    m_service.connectWordPress(QUrl(site), m_user->text().trimmed(), password);
}

} // namespace cf
