#include "ui/connections/OAuthBrowserDialog.h"

#include "platforms/auth/AuthorizationSession.h"
#include "platforms/auth/ConnectionService.h"
#include "ui/UiLog.h"
#include "ui/connections/RedirectInterceptingPage.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>

namespace cf {

OAuthBrowserDialog::OAuthBrowserDialog(AuthorizationSession &session, ConnectionService &service,
                                       const QString &platformName, QWidget *parent)
    : QDialog(parent),
      m_session(&session),
      m_platformName(platformName),
      // A profile without a storage name is off the record: cookies, cache
      // and history stay in memory and die with this dialog.
      m_profile(new QWebEngineProfile(this)),
      m_page(nullptr),
      m_view(new QWebEngineView(this)),
      m_host(new QLabel(this)),
      m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)),
      m_buttons(new QDialogButtonBox(this)),
      m_cancel(m_buttons->addButton(QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("oauthBrowserDialog"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);

    QPointer<AuthorizationSession> guarded = &session;
    m_page = new RedirectInterceptingPage(
        m_profile, [guarded](const QUrl &url) { return guarded && guarded->offerNavigation(url); }, m_view);
    m_page->settings()->setAttribute(QWebEngineSettings::LocalStorageEnabled, false);
    m_view->setPage(m_page);
    m_view->setObjectName(QStringLiteral("oauthView"));
    m_view->setContextMenuPolicy(Qt::NoContextMenu);

    m_host->setObjectName(QStringLiteral("oauthHost"));
    m_host->setTextFormat(Qt::PlainText);
    m_progress->setObjectName(QStringLiteral("oauthProgress"));
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_status->setObjectName(QStringLiteral("oauthStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();
    m_cancel->setObjectName(QStringLiteral("oauthCancel"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_host);
    layout->addWidget(m_progress);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(760, 720);

    m_timeout.setSingleShot(true);
    m_timeout.setInterval(kDefaultTimeout);

    connect(m_view, &QWebEngineView::urlChanged, this, &OAuthBrowserDialog::showHost);
    connect(m_view, &QWebEngineView::loadStarted, this, [this] { m_progress->setValue(0); m_progress->show(); });
    connect(m_view, &QWebEngineView::loadProgress, m_progress, &QProgressBar::setValue);
    connect(m_view, &QWebEngineView::loadFinished, this, [this](bool) { m_progress->hide(); });
    connect(m_page, &RedirectInterceptingPage::redirectIntercepted, this, &OAuthBrowserDialog::onRedirectTaken);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OAuthBrowserDialog::reject);
    connect(&m_timeout, &QTimer::timeout, this, &OAuthBrowserDialog::onTimeout);
    connect(&service, &ConnectionService::connected, this, [this](const Connection &connection) {
        if (m_finished)
            return;
        m_finished = true;
        m_timeout.stop();
        Q_EMIT connected(connection);
        accept();
    });
    connect(&service, &ConnectionService::connectFailed, this, &OAuthBrowserDialog::onConnectFailed);

    retranslateUi();
}

OAuthBrowserDialog::~OAuthBrowserDialog()
{
    // The page must go before its profile, or WebEngine keeps the profile alive.
    delete m_view;
    if (m_session && !m_session->isFinished())
        m_session->cancel();
}

void OAuthBrowserDialog::start()
{
    if (!m_session)
        return;
    m_timeout.start();
    m_view->load(m_session->authorizeUrl());
}

void OAuthBrowserDialog::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout.setInterval(timeout);
}

void OAuthBrowserDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void OAuthBrowserDialog::retranslateUi()
{
    setWindowTitle(tr("Sign in to %1").arg(m_platformName));
    m_cancel->setText(m_failure.isEmpty() && !m_finished ? tr("Cancel") : tr("Close"));
    m_progress->setAccessibleName(tr("Page loading"));
    showHost(m_shownUrl);
}

void OAuthBrowserDialog::showHost(const QUrl &url)
{
    // Only the host: the path and query may hold codes or tokens.
    m_shownUrl = url;
    if (url.isEmpty()) {
        m_host->setText(tr("Opening the %1 sign-in page…").arg(m_platformName));
        return;
    }
    const QString host = url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
    if (url.scheme() == QLatin1String("https"))
        m_host->setText(QStringLiteral("\U0001F512 ") + tr("Encrypted connection to %1").arg(host));
    else
        m_host->setText(tr("Unencrypted connection to %1 (only expected for the local sandbox)").arg(host));
}

void OAuthBrowserDialog::onRedirectTaken()
{
    // A refusal (declined, wrong state) is settled while the navigation is
    // still being offered: its message must stay.
    if (m_finished)
        return;
    // The code is being exchanged and the account read: the provider's page
    // has done its job, so the view is hidden rather than left clickable.
    m_view->hide();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Signed in. Reading your %1 account…").arg(m_platformName));
    m_status->show();
}

void OAuthBrowserDialog::onTimeout()
{
    if (m_finished)
        return;
    m_timedOut = true;
    qCInfo(lcUi) << "sign-in window timed out";
    if (m_session && !m_session->isFinished())
        m_session->cancel(); // answered by connectFailed
    else
        onConnectFailed(AuthError::make(AuthError::Code::TimedOut, QString()));
}

void OAuthBrowserDialog::onConnectFailed(const AuthError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    if (m_cancelling) {
        m_failureCode = AuthError::Code::Cancelled;
        m_failure = error.message;
        QDialog::reject();
        return;
    }
    if (m_timedOut) {
        m_failureCode = AuthError::Code::TimedOut;
        const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(m_timeout.intervalAsDuration()).count();
        showFailure(minutes >= 2
                        ? tr("Nobody finished signing in to %1 within %2 minutes, so the sign-in was stopped. "
                             "Connect again when you are ready.").arg(m_platformName, QLocale().toString(minutes))
                        : tr("Nobody finished signing in to %1 in time, so the sign-in was stopped. Connect again "
                             "when you are ready.").arg(m_platformName));
        return;
    }
    m_failureCode = error.code;
    showFailure(error.message);
}

void OAuthBrowserDialog::showFailure(const QString &message)
{
    m_failure = message;
    m_view->stop();
    m_view->hide();
    m_progress->hide();
    m_status->setStyleSheet(QStringLiteral("color: #B91C1C;"));
    m_status->setText(message);
    m_status->show();
    m_cancel->setText(tr("Close"));
    // The dialog must be able to shrink now that the page is gone.
    adjustSize();
}

void OAuthBrowserDialog::reject()
{
    if (!m_finished && m_session && !m_session->isFinished()) {
        // The session answers with connectFailed(Cancelled), which closes us.
        m_cancelling = true;
        m_session->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace cf
