#include "ui/settings/PlatformAppsDialog.h"

#include "platforms/auth/OAuthProviderTable.h"
#include "platforms/auth/PlatformAppCredentials.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace cf {
namespace {

QString providerTitle(const OAuthProvider &provider)
{
    QStringList names;
    for (Platform platform : provider.platforms)
        names << platformDisplayName(platform);
    // The id tells TikTok's two apps (Login Kit and Business) apart.
    return QStringLiteral("%1 (%2)").arg(QLocale().createSeparatedList(names), provider.id);
}

QString kindText(RedirectKind kind)
{
    switch (kind) {
    case RedirectKind::Embedded:
        return QCoreApplication::translate("cf::PlatformAppsDialog", "Inside CampaignForge (registered https page)");
    case RedirectKind::LoopbackEphemeral:
        return QCoreApplication::translate("cf::PlatformAppsDialog", "Web browser, any local port");
    case RedirectKind::LoopbackFixed:
        return QCoreApplication::translate("cf::PlatformAppsDialog", "Web browser, fixed local port");
    case RedirectKind::Paste:
        return QCoreApplication::translate("cf::PlatformAppsDialog", "Web browser, then paste the address");
    }
    return {};
}

} // namespace

PlatformAppsDialog::PlatformAppsDialog(PlatformAppCredentials &apps, const OAuthProviderTable &providers, QWidget *parent)
    : QDialog(parent),
      m_apps(apps),
      m_providers(providers),
      m_intro(new QLabel(this)),
      m_providerLabel(new QLabel(this)),
      m_provider(new QComboBox(this)),
      m_clientIdLabel(new QLabel(this)),
      m_clientId(new QLineEdit(this)),
      m_clientSecretLabel(new QLabel(this)),
      m_clientSecret(new QLineEdit(this)),
      m_kindLabel(new QLabel(this)),
      m_kind(new QComboBox(this)),
      m_redirectLabel(new QLabel(this)),
      m_redirect(new QLineEdit(this)),
      m_status(new QLabel(this)),
      m_save(new QPushButton(this)),
      m_clear(new QPushButton(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("platformAppsDialog"));
    m_intro->setWordWrap(true);
    m_provider->setObjectName(QStringLiteral("appProvider"));
    for (const OAuthProvider &provider : m_providers.providers())
        m_provider->addItem(providerTitle(provider), provider.id);
    m_clientId->setObjectName(QStringLiteral("appClientId"));
    m_clientSecret->setObjectName(QStringLiteral("appClientSecret"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_kind->setObjectName(QStringLiteral("appRedirectKind"));
    m_redirect->setObjectName(QStringLiteral("appRedirectUri"));
    m_redirect->setPlaceholderText(QStringLiteral("https://…"));
    m_providerLabel->setBuddy(m_provider);
    m_clientIdLabel->setBuddy(m_clientId);
    m_clientSecretLabel->setBuddy(m_clientSecret);
    m_kindLabel->setBuddy(m_kind);
    m_redirectLabel->setBuddy(m_redirect);
    m_status->setObjectName(QStringLiteral("appStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_save->setObjectName(QStringLiteral("appSave"));
    m_clear->setObjectName(QStringLiteral("appClear"));
    m_buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_clear, QDialogButtonBox::ResetRole);

    auto *form = new QFormLayout;
    form->addRow(m_providerLabel, m_provider);
    form->addRow(m_clientIdLabel, m_clientId);
    form->addRow(m_clientSecretLabel, m_clientSecret);
    form->addRow(m_kindLabel, m_kind);
    form->addRow(m_redirectLabel, m_redirect);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);

    connect(m_provider, &QComboBox::currentIndexChanged, this, &PlatformAppsDialog::load);
    connect(m_save, &QPushButton::clicked, this, &PlatformAppsDialog::save);
    connect(m_clear, &QPushButton::clicked, this, &PlatformAppsDialog::clearStored);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    load();
}

void PlatformAppsDialog::selectProvider(const QString &providerId)
{
    const int index = m_provider->findData(providerId);
    if (index >= 0)
        m_provider->setCurrentIndex(index);
}

QString PlatformAppsDialog::currentProvider() const
{
    return m_provider->currentData().toString();
}

QString PlatformAppsDialog::statusText() const
{
    return m_status->text();
}

void PlatformAppsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PlatformAppsDialog::retranslateUi()
{
    setWindowTitle(tr("Platform apps"));
    m_intro->setText(tr("Most platforms only let registered developer apps sign in. Enter the client id (and, where "
                        "the platform needs one, the client secret) of your or your agency's app. They are kept in "
                        "your system's keychain."));
    m_providerLabel->setText(tr("&Platform:"));
    m_clientIdLabel->setText(tr("Client &id:"));
    m_clientSecretLabel->setText(tr("Client &secret:"));
    m_kindLabel->setText(tr("Sign &in:"));
    m_redirectLabel->setText(tr("&Redirect address (optional):"));
    m_redirect->setToolTip(tr("Only if your app registered a different redirect address than the usual one."));
    m_save->setText(tr("&Save"));
    m_clear->setText(tr("&Forget stored"));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, kindText(RedirectKind(m_kind->itemData(i).toInt())));
}

void PlatformAppsDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *widget : std::initializer_list<QWidget *>{m_provider, m_clientId, m_clientSecret, m_kind, m_redirect,
                                                           m_save, m_clear})
        widget->setEnabled(!busy);
    if (!busy)
        Q_EMIT idle();
}

void PlatformAppsDialog::showStatus(const QString &text, bool isError)
{
    m_status->setText(text);
    m_status->setStyleSheet(isError ? QStringLiteral("color: #B91C1C;") : QStringLiteral("color: #55606E;"));
}

void PlatformAppsDialog::load()
{
    const OAuthProvider *provider = m_providers.find(currentProvider());
    if (!provider)
        return;
    m_kind->clear();
    for (RedirectKind kind : provider->redirectKinds)
        m_kind->addItem(kindText(kind), int(kind));
    m_clientSecretLabel->setText(provider->secretRequired ? tr("Client &secret (required):") : tr("Client &secret:"));
    m_clientId->clear();
    m_clientSecret->clear();
    m_redirect->clear();
    showStatus(tr("Reading the keychain…"), false);
    setBusy(true);
    const int generation = ++m_loadGeneration;
    QPointer<PlatformAppsDialog> self = this;
    m_apps.get(provider->id, this, [self, generation](const std::optional<AppCredentials> &app, bool fromBuild,
                                                      const AuthError &error) {
        if (!self || generation != self->m_loadGeneration)
            return;
        if (error.isError())
            self->showStatus(error.message, true);
        else if (!app)
            self->showStatus(tr("No app is set up for this platform yet."), false);
        else if (fromBuild)
            self->showStatus(tr("This build carries an app for this platform; what you save here replaces it."), false);
        else
            self->showStatus(tr("Stored in the keychain."), false);
        if (app && !fromBuild) {
            self->m_clientId->setText(app->clientId);
            self->m_clientSecret->setText(app->clientSecret);
            self->m_redirect->setText(app->redirectUri);
            const auto kind = redirectKindFromId(app->redirectKind);
            const int index = kind ? self->m_kind->findData(int(*kind)) : -1;
            if (index >= 0)
                self->m_kind->setCurrentIndex(index);
        }
        self->setBusy(false);
    });
}

void PlatformAppsDialog::save()
{
    const OAuthProvider *provider = m_providers.find(currentProvider());
    if (!provider || m_busy)
        return;
    AppCredentials app;
    app.clientId = m_clientId->text().trimmed();
    app.clientSecret = m_clientSecret->text().trimmed();
    app.redirectUri = m_redirect->text().trimmed();
    if (m_kind->currentIndex() > 0) // the first is the provider's default: stored as "default"
        app.redirectKind = redirectKindId(RedirectKind(m_kind->currentData().toInt()));
    if (app.clientId.isEmpty()) {
        showStatus(tr("Enter the client id."), true);
        return;
    }
    if (provider->secretRequired && app.clientSecret.isEmpty()) {
        showStatus(tr("%1 needs the client secret too.").arg(platformDisplayName(provider->primaryPlatform())), true);
        return;
    }
    if (!app.redirectUri.isEmpty() && !QUrl(app.redirectUri, QUrl::StrictMode).isValid()) {
        showStatus(tr("The redirect address is not a valid address."), true);
        return;
    }
    setBusy(true);
    showStatus(tr("Saving to the keychain…"), false);
    QPointer<PlatformAppsDialog> self = this;
    m_apps.set(provider->id, app, this, [self](const AuthError &error) {
        if (!self)
            return;
        self->showStatus(error.isError() ? error.message : tr("Saved in the keychain."), error.isError());
        self->setBusy(false);
    });
}

void PlatformAppsDialog::clearStored()
{
    const QString providerId = currentProvider();
    if (providerId.isEmpty() || m_busy)
        return;
    setBusy(true);
    QPointer<PlatformAppsDialog> self = this;
    m_apps.clear(providerId, this, [self](const AuthError &error) {
        if (!self)
            return;
        if (error.isError()) {
            self->showStatus(error.message, true);
            self->setBusy(false);
            return;
        }
        self->load();
    });
}

} // namespace cf
