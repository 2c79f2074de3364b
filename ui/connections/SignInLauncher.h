#pragma once

#include "platforms/auth/AuthTypes.h"
#include "platforms/auth/OAuthProviderTable.h"
#include "ui/connections/ConnectionsServices.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QDialog;
class QWidget;


namespace cf {

class AuthorizationSession;

// Starts one sign-in and shows the window that fits its redirect kind: the
// embedded OAuthBrowserDialog, or ExternalSignInDialog for the system
// browser (loopback) and paste kinds. The dialogs are window-modal but
// opened with open(), never exec(): the event loop keeps running.
class SignInLauncher : public QObject
{
    Q_OBJECT
public:
    SignInLauncher(const ConnectionsServices &services, QWidget *dialogParent);

    // False (and nothing started) while another sign-in is running.
    bool start(const QString &providerId, std::optional<RedirectKind> kind);
    bool isBusy() const { return m_busy; }
    // The sign-in window on screen, if any (tests drive it).
    QDialog *dialog() const { return m_dialog; }

Q_SIGNALS:
    void dialogOpened(QDialog *dialog);
    // The end of a sign-in: error.code is None when the account was stored.
    void finished(const QString &providerId, const cf::AuthError &error);

private:
    void openDialog(AuthorizationSession *session, const QString &providerId);

    const ConnectionsServices &m_services;
    QWidget *m_dialogParent;
    QPointer<QDialog> m_dialog;
    bool m_busy = false;
};

} // namespace cf
