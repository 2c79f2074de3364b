#pragma once

#include <QWebEnginePage>

#include <functional>

namespace cf {

// A web page that never loads the OAuth redirect. Every top-level
// navigation (links, form posts, server redirects) is first offered to
// isRedirect; when it claims the URL the navigation is refused, so the
// authorization code in it is neither requested from the network nor shown.
// Pop-up windows are refused too: a sign-in must stay in this one view.
class RedirectInterceptingPage : public QWebEnginePage
{
    Q_OBJECT
public:
    using RedirectCheck = std::function<bool(const QUrl &url)>;

    RedirectInterceptingPage(QWebEngineProfile *profile, RedirectCheck isRedirect, QObject *parent = nullptr);

    // How many navigations were refused as the redirect (for tests and logs).
    int interceptedCount() const { return m_intercepted; }

Q_SIGNALS:
    void redirectIntercepted();

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;

private:
    RedirectCheck m_isRedirect;
    int m_intercepted = 0;
};

} // namespace cf
