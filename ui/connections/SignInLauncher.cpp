#include "ui/connections/SignInLauncher.h"

#include "platforms/auth/AuthorizationSession.h"
#include "platforms/auth/ConnectionService.h"
#include "ui/connections/ExternalSignInDialog.h"
#include "ui/connections/OAuthBrowserDialog.h"

#include <QWidget>

namespace cf {

SignInLauncher::SignInLauncher(const ConnectionsServices &services, QWidget *dialogParent)
    : QObject(dialogParent), m_services(services), m_dialogParent(dialogParent)
{
}

bool SignInLauncher::start(const QString &providerId, std::optional<RedirectKind> kind)
{
    if (m_busy)
        return false;
    m_busy = true;
    QPointer<SignInLauncher> self = this;
    m_services.service.beginSignIn(providerId, kind, [self, providerId](AuthorizationSession *session, const AuthError &error) {
        if (!self)
            return;
        if (!session) {
            self->m_busy = false;
            Q_EMIT self->finished(providerId, error);
            return;
        }
        self->openDialog(session, providerId);
    });
    return true;
}

void SignInLauncher::openDialog(AuthorizationSession *session, const QString &providerId)
{
    const OAuthProvider *provider = m_services.service.providers().find(providerId);
    const QString platformName = provider ? platformDisplayName(provider->primaryPlatform()) : providerId;
    QDialog *dialog = nullptr;
    if (session->redirectKind() == RedirectKind::Embedded) {
        auto *browser = new OAuthBrowserDialog(*session, m_services.service, platformName, m_dialogParent);
        browser->setTimeout(m_services.signInTimeout);
        connect(browser, &OAuthBrowserDialog::connected, this, [this, providerId] {
            m_busy = false;
            Q_EMIT finished(providerId, {});
        });
        connect(browser, &QDialog::rejected, this, [this, providerId, browser] {
            m_busy = false;
            Q_EMIT finished(providerId, AuthError::make(browser->failureCode() == AuthError::Code::None
                                                            ? AuthError::Code::Cancelled
                                                            : browser->failureCode(),
                                                        browser->failureMessage()));
        });
        browser->start();
        dialog = browser;
    } else {
        auto *external = new ExternalSignInDialog(*session, m_services.service, platformName, m_services.openBrowser,
                                                  m_dialogParent);
        connect(external, &ExternalSignInDialog::connected, this, [this, providerId] {
            m_busy = false;
            Q_EMIT finished(providerId, {});
        });
        connect(external, &QDialog::rejected, this, [this, providerId, external] {
            m_busy = false;
            Q_EMIT finished(providerId, AuthError::make(AuthError::Code::Cancelled, external->failureMessage()));
        });
        external->start();
        dialog = external;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    m_dialog = dialog;
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

} // namespace cf
