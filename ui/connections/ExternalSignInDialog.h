#pragma once

#include "platforms/auth/AuthTypes.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cf {

class AuthorizationSession;
class ConnectionService;
struct Connection;

// Sign-in in the system browser, for providers that refuse embedded views
// (Google) or require a loopback redirect (TikTok desktop), and for the
// "paste the address" kind. It opens the authorize URL with openBrowser
// (QDesktopServices::openUrl in the app) and says "Continue in your
// browser…"; the loopback listener brings the answer back by itself. For
// the paste kind a field takes the address the browser ended on. "Copy
// link" helps when no browser opened. Closes like OAuthBrowserDialog.
class ExternalSignInDialog : public QDialog
{
    Q_OBJECT
public:
    using OpenBrowser = std::function<bool(const QUrl &)>;

    ExternalSignInDialog(AuthorizationSession &session, ConnectionService &service, const QString &platformName,
                         OpenBrowser openBrowser, QWidget *parent = nullptr);
    ~ExternalSignInDialog() override;

    // Opens the browser.
    void start();
    QString failureMessage() const { return m_failure; }

Q_SIGNALS:
    void connected(const cf::Connection &connection);

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void retranslateUi();
    void copyLink();
    void submitPaste();
    void onConnectFailed(const AuthError &error);

    QPointer<AuthorizationSession> m_session;
    QString m_platformName;
    OpenBrowser m_openBrowser;
    bool m_paste = false;
    bool m_browserOpened = true;
    bool m_cancelling = false;
    bool m_finished = false;
    QString m_failure;

    QLabel *m_explanation;
    QLabel *m_pasteLabel;
    QLineEdit *m_pasteField;
    QPushButton *m_submit;
    QLabel *m_status;
    QPushButton *m_copy;
    QPushButton *m_cancel;
};

} // namespace cf
