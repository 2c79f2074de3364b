#pragma once

#include "platforms/auth/AuthTypes.h"
#include "platforms/auth/OAuthProviderTable.h"
#include "platforms/auth/OAuthState.h"
#include "platforms/auth/Pkce.h"
#include "platforms/auth/TokenExchange.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace cf {
class EndpointMap;
class LoopbackRedirectListener;

// One authorization-code sign-in with one provider, whatever carries the
// redirect back:
//  - Embedded: the UI's web view loads authorizeUrl() and offers every
//    navigation to offerNavigation(); the redirect returns true, so the view
//    blocks it and never loads it.
//  - LoopbackEphemeral / LoopbackFixed: start() opens a 127.0.0.1 listener;
//    the caller opens authorizeUrl() in the system browser.
//  - Paste: the user pastes the URL the browser ended on into submitPastedUrl().
// It makes the PKCE pair and a single-use state, checks the state of the
// redirect, exchanges the code, and emits exactly one of succeeded/failed.
// cancel() and the timeout (an injected UtcNow checked by a QTimer) end it.
// The code, state and verifier never reach a log.
class AuthorizationSession : public QObject
{
    Q_OBJECT
public:
    AuthorizationSession(const OAuthProvider &provider, const AppCredentials &app, RedirectKind kind,
                         const EndpointMap &endpoints, QNetworkAccessManager &network, UtcNow now,
                         QObject *parent = nullptr);
    ~AuthorizationSession() override;

    // How long the user has to finish signing in; default 10 minutes.
    void setTimeoutSecs(qint64 secs) { m_timeoutSecs = secs; }
    // How often the deadline is checked; default 1 s (tests shorten it).
    void setDeadlineCheckIntervalMs(int ms) { m_ticker.setInterval(ms); }

    // Prepares the redirect (opens the listener for loopback kinds) and starts
    // the clock. False with a translated reason when it cannot.
    bool start(QString *error);

    RedirectKind redirectKind() const { return m_kind; }
    // The redirect URI as registered with the provider (not rewritten).
    QUrl redirectUri() const { return m_redirectUri; }
    // The URL to open, already passed through the endpoints map.
    QUrl authorizeUrl() const;
    bool isFinished() const { return m_finished; }
    // System-browser flows: opens authorizeUrl() with openBrowser (the GUI
    // passes QDesktopServices::openUrl, the CLI xdg-open); false when it
    // could not, so the caller shows the address instead.
    bool openInBrowser(const std::function<bool(const QUrl &)> &openBrowser) const;

    // Embedded flow: true when url is the redirect (the view must not load
    // it); the session then handles it.
    bool offerNavigation(const QUrl &url);
    // Paste flow: the URL the browser showed at the end. False with a
    // translated reason when the text is not a redirect of this session
    // (the session keeps waiting for a better paste).
    bool submitPastedUrl(const QString &text, QString *error);
    void cancel();

Q_SIGNALS:
    void succeeded(const cf::TokenSet &tokens);
    void failed(const cf::AuthError &error);

private:
    void handleRedirect(const QUrl &url);
    void checkDeadline();
    void finishWithError(const AuthError &error);
    QUrl configuredRedirect() const;

    OAuthProvider m_provider;
    AppCredentials m_app;
    RedirectKind m_kind;
    const EndpointMap &m_endpoints;
    TokenExchange m_exchange;
    UtcNow m_now;
    OAuthState m_state;
    PkcePair m_pkce;
    QUrl m_redirectUri;
    LoopbackRedirectListener *m_listener = nullptr;
    QTimer m_ticker;
    QDateTime m_deadline;
    qint64 m_timeoutSecs = 600;
    bool m_started = false;
    bool m_exchanging = false;
    bool m_finished = false;
};

} // namespace cf
