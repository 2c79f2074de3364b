#pragma once

#include "platforms/auth/AuthTypes.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QWebEngineProfile;
class QWebEngineView;

namespace cf {

class AuthorizationSession;
class ConnectionService;
class RedirectInterceptingPage;
struct Connection;

// The embedded sign-in window. It shows the provider's own page in a web
// view on an off-the-record profile (no cookies, cache or history on disk)
// and hands the navigation to the registered redirect URI to the
// AuthorizationSession instead of loading it, so the authorization code
// never reaches the screen: there is no address bar, only the host of the
// page being shown and whether the connection is encrypted.
//
// It ends when the ConnectionService reports the account stored (accepted)
// or the sign-in failed (the translated reason stays on screen until the
// user closes it). Cancel stops the session; so does the timeout.
class OAuthBrowserDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr std::chrono::minutes kDefaultTimeout{5};

    OAuthBrowserDialog(AuthorizationSession &session, ConnectionService &service, const QString &platformName,
                       QWidget *parent = nullptr);
    ~OAuthBrowserDialog() override;

    // Starts loading the authorize page and the timeout.
    void start();
    void setTimeout(std::chrono::milliseconds timeout);

    QWebEngineView *view() const { return m_view; }
    RedirectInterceptingPage *page() const { return m_page; }
    // The translated reason the sign-in failed; empty while it runs or after success.
    QString failureMessage() const { return m_failure; }
    AuthError::Code failureCode() const { return m_failureCode; }

Q_SIGNALS:
    void connected(const cf::Connection &connection);

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void retranslateUi();
    void showHost(const QUrl &url);
    void onRedirectTaken();
    void onTimeout();
    void onConnectFailed(const AuthError &error);
    void showFailure(const QString &message);

    QPointer<AuthorizationSession> m_session;
    QString m_platformName;
    QWebEngineProfile *m_profile;
    RedirectInterceptingPage *m_page;
    QWebEngineView *m_view;
    QLabel *m_host;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_cancel;
    QTimer m_timeout;
    QUrl m_shownUrl;
    QString m_failure;
    AuthError::Code m_failureCode = AuthError::Code::None;
    bool m_cancelling = false;
    bool m_timedOut = false;
    bool m_finished = false;
};

} // namespace cf
