#include "ui/connections/RedirectInterceptingPage.h"

#include "ui/UiLog.h"

namespace cf {

RedirectInterceptingPage::RedirectInterceptingPage(QWebEngineProfile *profile, RedirectCheck isRedirect, QObject *parent)
    : QWebEnginePage(profile, parent), m_isRedirect(std::move(isRedirect))
{
}

bool RedirectInterceptingPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    // Frames are checked too: a provider could bounce the redirect through
    // an iframe, and that must not load it either.
    if (m_isRedirect && m_isRedirect(url)) {
        ++m_intercepted;
        // Never the URL itself: it carries the authorization code.
        qCInfo(lcUi) << "sign-in view: redirect intercepted (navigation type" << int(type) << "main frame" << isMainFrame
                     << ")";
        Q_EMIT redirectIntercepted();
        return false;
    }
    return QWebEnginePage::acceptNavigationRequest(url, type, isMainFrame);
}

QWebEnginePage *RedirectInterceptingPage::createWindow(WebWindowType type)
{
    Q_UNUSED(type)
    return nullptr;
}

} // namespace cf
