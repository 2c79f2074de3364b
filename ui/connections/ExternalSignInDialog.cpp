#include "ui/connections/ExternalSignInDialog.h"

#include "platforms/auth/AuthorizationSession.h"
#include "platforms/auth/ConnectionService.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cf {

ExternalSignInDialog::ExternalSignInDialog(AuthorizationSession &session, ConnectionService &service,
                                           const QString &platformName, OpenBrowser openBrowser, QWidget *parent)
    : QDialog(parent),
      m_session(&session),
      m_platformName(platformName),
      m_openBrowser(std::move(openBrowser)),
      m_paste(session.redirectKind() == RedirectKind::Paste),
      m_explanation(new QLabel(this)),
      m_pasteLabel(new QLabel(this)),
      m_pasteField(new QLineEdit(this)),
      m_submit(new QPushButton(this)),
      m_status(new QLabel(this)),
      m_copy(new QPushButton(this)),
      m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("externalSignInDialog"));
    m_explanation->setWordWrap(true);
    m_explanation->setObjectName(QStringLiteral("externalExplanation"));
    m_pasteField->setObjectName(QStringLiteral("pastedAddress"));
    m_pasteLabel->setBuddy(m_pasteField);
    m_pasteLabel->setWordWrap(true);
    m_submit->setObjectName(QStringLiteral("submitPastedAddress"));
    m_status->setObjectName(QStringLiteral("externalStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setStyleSheet(QStringLiteral("color: #B91C1C;"));
    m_status->hide();
    m_copy->setObjectName(QStringLiteral("copySignInLink"));
    m_cancel->setObjectName(QStringLiteral("externalCancel"));
    m_pasteLabel->setVisible(m_paste);
    m_pasteField->setVisible(m_paste);
    m_submit->setVisible(m_paste);

    auto *pasteRow = new QHBoxLayout;
    pasteRow->addWidget(m_pasteField, 1);
    pasteRow->addWidget(m_submit);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(m_pasteLabel);
    layout->addLayout(pasteRow);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addLayout(buttons);
    setMinimumWidth(460);

    connect(m_copy, &QPushButton::clicked, this, &ExternalSignInDialog::copyLink);
    connect(m_cancel, &QPushButton::clicked, this, &ExternalSignInDialog::reject);
    connect(m_submit, &QPushButton::clicked, this, &ExternalSignInDialog::submitPaste);
    connect(m_pasteField, &QLineEdit::returnPressed, this, &ExternalSignInDialog::submitPaste);
    connect(&service, &ConnectionService::connected, this, [this](const Connection &connection) {
        if (m_finished)
            return;
        m_finished = true;
        Q_EMIT connected(connection);
        accept();
    });
    connect(&service, &ConnectionService::connectFailed, this, &ExternalSignInDialog::onConnectFailed);
    retranslateUi();
}

ExternalSignInDialog::~ExternalSignInDialog()
{
    if (m_session && !m_session->isFinished())
        m_session->cancel();
}

void ExternalSignInDialog::start()
{
    if (m_session)
        m_browserOpened = m_session->openInBrowser(m_openBrowser);
    retranslateUi();
}

void ExternalSignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ExternalSignInDialog::retranslateUi()
{
    setWindowTitle(tr("Sign in to %1").arg(m_platformName));
    QString text;
    if (!m_browserOpened)
        text = tr("No web browser could be opened. Copy the sign-in link, open it in your browser and sign in to %1 "
                  "there.").arg(m_platformName);
    else if (m_paste)
        text = tr("Continue in your browser: sign in to %1 and allow CampaignForge. The browser then shows a page "
                  "whose address you paste below.").arg(m_platformName);
    else
        text = tr("Continue in your browser: sign in to %1 and allow CampaignForge. This window closes by itself "
                  "when the browser hands the answer back.").arg(m_platformName);
    m_explanation->setText(text);
    m_pasteLabel->setText(tr("&Address the browser ended on:"));
    m_submit->setText(tr("Continue"));
    m_copy->setText(tr("Copy link"));
    m_cancel->setText(m_finished ? tr("Close") : tr("Cancel"));
}

void ExternalSignInDialog::copyLink()
{
    if (m_session)
        QGuiApplication::clipboard()->setText(m_session->authorizeUrl().toString(QUrl::FullyEncoded));
}

void ExternalSignInDialog::submitPaste()
{
    if (!m_session)
        return;
    QString error;
    if (!m_session->submitPastedUrl(m_pasteField->text().trimmed(), &error)) {
        m_status->setText(error);
        m_status->show();
        return;
    }
    // Never keep the pasted code on screen.
    m_pasteField->clear();
    m_status->hide();
}

void ExternalSignInDialog::onConnectFailed(const AuthError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_failure = error.message;
    if (m_cancelling) {
        QDialog::reject();
        return;
    }
    m_pasteField->setEnabled(false);
    m_submit->setEnabled(false);
    m_status->setText(error.message);
    m_status->show();
    m_cancel->setText(tr("Close"));
}

void ExternalSignInDialog::reject()
{
    if (!m_finished && m_session && !m_session->isFinished()) {
        m_cancelling = true;
        m_session->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace cf
