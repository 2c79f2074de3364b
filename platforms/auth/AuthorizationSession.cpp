#include "platforms/auth/AuthorizationSession.h"

#include "platforms/auth/AuthLog.h"
#include "platforms/auth/LoopbackRedirectListener.h"
#include "platforms/net/EndpointMap.h"

#include <QUrlQuery>

namespace cf {

AuthorizationSession::AuthorizationSession(const OAuthProvider &provider, const AppCredentials &app, RedirectKind kind,
                                           const EndpointMap &endpoints, QNetworkAccessManager &network, UtcNow now,
                                           QObject *parent)
    : QObject(parent), m_provider(provider), m_app(app), m_kind(kind), m_endpoints(endpoints),
      m_exchange(provider, app, endpoints, network, now), m_now(std::move(now)), m_pkce(pkce::generate(provider.pkce))
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &AuthorizationSession::checkDeadline);
}

AuthorizationSession::~AuthorizationSession() = default;

QUrl AuthorizationSession::configuredRedirect() const
{
    if (!m_app.redirectUri.isEmpty())
        return QUrl(m_app.redirectUri, QUrl::StrictMode);
    return m_provider.redirectUri;
}

bool AuthorizationSession::start(QString *error)
{
    if (m_started) {
        if (error)
            *error = tr("This sign-in has already started.");
        return false;
    }
    if (m_app.clientId.isEmpty() || (m_provider.secretRequired && m_app.clientSecret.isEmpty())) {
        if (error)
            *error = (m_provider.secretRequired
                          ? tr("%1 needs a client id and a client secret under Platform apps before you can connect.")
                          : tr("%1 needs a client id under Platform apps before you can connect."))
                         .arg(platformDisplayName(m_provider.primaryPlatform()));
        return false;
    }
    if (!m_provider.allowsRedirectKind(m_kind)) {
        if (error)
            *error = tr("%1 does not support this way of returning to CampaignForge.")
                         .arg(platformDisplayName(m_provider.primaryPlatform()));
        return false;
    }
    if (isLoopback(m_kind)) {
        quint16 port = m_kind == RedirectKind::LoopbackFixed ? m_provider.loopbackPort : 0;
        QString path = m_provider.loopbackPath;
        const QUrl configured = QUrl(m_app.redirectUri, QUrl::StrictMode);
        if (m_kind == RedirectKind::LoopbackFixed && configured.isValid() && configured.port() > 0) {
            port = static_cast<quint16>(configured.port());
            path = configured.path().isEmpty() ? QStringLiteral("/") : configured.path();
        }
        m_listener = new LoopbackRedirectListener(
            [this](const QUrlQuery &query) {
                return m_state.matches(query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded).toUtf8());
            },
            this);
        if (!m_listener->listen(port, path, error))
            return false;
        connect(m_listener, &LoopbackRedirectListener::redirectReceived, this, &AuthorizationSession::handleRedirect);
        m_redirectUri = m_listener->redirectUri();
    } else {
        m_redirectUri = configuredRedirect();
        if (!m_redirectUri.isValid() || m_redirectUri.scheme() != QLatin1String("https")) {
            if (error)
                *error = tr("Enter the https redirect URL registered for your %1 app under Platform apps.")
                             .arg(platformDisplayName(m_provider.primaryPlatform()));
            return false;
        }
    }
    m_started = true;
    m_deadline = m_now().addSecs(m_timeoutSecs);
    m_ticker.start();
    qCInfo(lcAuth) << "sign-in started with" << m_provider.id << "redirect kind" << redirectKindId(m_kind);
    return true;
}

QUrl AuthorizationSession::authorizeUrl() const
{
    QUrl url = m_provider.authorizeUrl;
    QUrlQuery query;
    auto add = [&query](const QString &name, const QString &value) {
        query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(m_provider.clientIdParam, m_app.clientId);
    if (!m_provider.tiktokBusinessEnvelope)
        add(QStringLiteral("response_type"), QStringLiteral("code"));
    add(QStringLiteral("redirect_uri"), m_redirectUri.toString(QUrl::FullyEncoded));
    if (!m_provider.scopes.isEmpty())
        add(QStringLiteral("scope"), m_provider.scopes.join(m_provider.scopeSeparator));
    add(QStringLiteral("state"), QString::fromLatin1(m_state.value()));
    if (m_provider.pkce != PkceMethod::None) {
        add(QStringLiteral("code_challenge"), QString::fromLatin1(m_pkce.challenge));
        add(QStringLiteral("code_challenge_method"), QString::fromLatin1(pkce::methodParameter(m_provider.pkce)));
    }
    for (auto it = m_provider.authorizeExtra.begin(); it != m_provider.authorizeExtra.end(); ++it)
        add(it.key(), it.value());
    url.setQuery(query);
    return m_endpoints.rewrite(url);
}

bool AuthorizationSession::openInBrowser(const std::function<bool(const QUrl &)> &openBrowser) const
{
    if (!m_started || m_finished || !openBrowser)
        return false;
    const bool opened = openBrowser(authorizeUrl());
    qCInfo(lcAuth) << "system browser for" << m_provider.id << (opened ? "opened" : "could not be opened");
    return opened;
}

bool AuthorizationSession::offerNavigation(const QUrl &url)
{
    if (!m_started || m_finished || !m_endpoints.sameEndpoint(url, m_redirectUri))
        return false;
    handleRedirect(url);
    return true;
}

bool AuthorizationSession::submitPastedUrl(const QString &text, QString *error)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!m_started || m_finished) {
        if (error)
            *error = tr("This sign-in is over. Start again.");
        return false;
    }
    if (!url.isValid() || !m_endpoints.sameEndpoint(url, m_redirectUri) || !url.hasQuery()) {
        if (error)
            *error = tr("That is not the address the sign-in ended on. Copy the whole address from the browser's "
                        "address bar; it starts with %1")
                         .arg(m_redirectUri.toString());
        return false;
    }
    handleRedirect(url);
    return true;
}

void AuthorizationSession::cancel()
{
    finishWithError(AuthError::make(AuthError::Code::Cancelled, tr("The sign-in was cancelled.")));
}

void AuthorizationSession::checkDeadline()
{
    if (!m_finished && !m_exchanging && m_now() >= m_deadline)
        finishWithError(AuthError::make(AuthError::Code::TimedOut,
                                        tr("The sign-in took too long and was stopped. Start again when you are ready.")));
}

void AuthorizationSession::finishWithError(const AuthError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_ticker.stop();
    if (m_listener)
        m_listener->close();
    qCInfo(lcAuth) << "sign-in with" << m_provider.id << "ended without tokens, reason" << static_cast<int>(error.code);
    Q_EMIT failed(error);
}

void AuthorizationSession::handleRedirect(const QUrl &url)
{
    if (m_finished || m_exchanging)
        return;
    // Providers answer in the query; a few (implicit-style) in the fragment.
    QUrlQuery query(url);
    if (!query.hasQueryItem(QStringLiteral("state")) && url.hasFragment())
        query = QUrlQuery(url.fragment(QUrl::FullyEncoded));
    const QByteArray state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded).toUtf8();
    if (!m_state.consume(state)) {
        finishWithError(AuthError::make(AuthError::Code::StateMismatch,
                                        tr("The sign-in answer did not match the request CampaignForge made, so it "
                                           "was refused. Start again.")));
        return;
    }
    if (query.hasQueryItem(QStringLiteral("error"))) {
        finishWithError(AuthError::make(AuthError::Code::Denied,
                                        tr("%1 did not grant access: the sign-in was declined or failed.")
                                            .arg(platformDisplayName(m_provider.primaryPlatform()))));
        return;
    }
    QString code = query.queryItemValue(m_provider.codeParam, QUrl::FullyDecoded);
    if (code.isEmpty())
        code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty()) {
        finishWithError(AuthError::make(AuthError::Code::BadRedirect,
                                        tr("The sign-in answer carries no authorization code. Start again.")));
        return;
    }
    m_exchanging = true;
    if (m_listener)
        m_listener->close();
    m_exchange.exchangeCode(code, m_pkce.verifier, m_redirectUri, this,
                            [this](const TokenSet &tokens, const AuthError &error) {
                                m_exchanging = false;
                                if (m_finished) // cancelled while the exchange ran
                                    return;
                                if (error.isError()) {
                                    finishWithError(error);
                                    return;
                                }
                                m_finished = true;
                                m_ticker.stop();
                                Q_EMIT succeeded(tokens);
                            });
}

} // namespace cf
