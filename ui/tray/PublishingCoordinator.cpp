#include "ui/tray/PublishingCoordinator.h"

#include "app/core/AppSettings.h"
#include "app/publishing/PublishQueue.h"
#include "app/publishing/PublishStatusReport.h"
#include "app/publishing/PublishWorker.h"
#include "ui/MainWindow.h"
#include "ui/UiLog.h"
#include "ui/calendar/NativeScheduleActions.h"
#include "ui/pages/CalendarPage.h"
#include "ui/pages/ReviewPage.h"
#include "ui/publishing/PublishNowAction.h"
#include "ui/tray/CloseToTrayPolicy.h"
#include "ui/tray/PublishingSwitch.h"
#include "ui/tray/PublishingTray.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace cf {

PublishingCoordinator::PublishingCoordinator(Parts parts, QObject *parent)
    : QObject(parent), m_parts(std::move(parts))
{
    PublishingSwitch &publishing = m_parts.publishing;
    connect(&publishing, &PublishingSwitch::attentionNeeded, this, &PublishingCoordinator::onAttention);
    connect(&publishing, &PublishingSwitch::passFinished, this, [this](const PublishPassSummary &summary) {
        if (!summary.error.isEmpty())
            m_parts.window.showPublishingAttention(summary.error);
        refreshCounts();
    });
    connect(&publishing, &PublishingSwitch::startFailed, this,
            [this](const QString &error) { m_parts.window.showPublishingAttention(error); });
    connect(&m_parts.tray, &PublishingTray::openRequested, this, &PublishingCoordinator::showWindow);
    connect(&m_parts.tray, &PublishingTray::statusRequested, this, &PublishingCoordinator::showStatus);
    connect(&m_parts.window, &MainWindow::publishingStatusRequested, this, &PublishingCoordinator::showStatus);
    connect(&m_parts.tray, &PublishingTray::itemRequested, this, &PublishingCoordinator::openItem);
    connect(&m_parts.tray, &PublishingTray::quitRequested, &m_parts.window, &MainWindow::quitChosen);

    // Review reloads its queue after every change, final approval included:
    // that is the moment queued items may need their targets.
    if (auto *review = qobject_cast<ReviewPage *>(m_parts.window.pageWidget(MainWindow::Page::Review))) {
        connect(review, &ReviewPage::queueLoaded, this, &PublishingCoordinator::enqueueAndWake);
        connect(review, &ReviewPage::adsDeliveryChanged, &m_parts.publishing, &PublishingSwitch::wake);
        // "Publish now" releases the item on this thread's connection; the pass runs at once.
        PublishNowAction *publishNow = review->publishNowAction();
        publishNow->setWake([this] {
            m_parts.publishing.wake();
            return m_parts.publishing.isOn();
        });
        connect(publishNow, &PublishNowAction::finished, this, &PublishingCoordinator::refreshCounts);
    }

    // The calendar cancels and moves posts held in a platform's scheduler
    // through the publishing thread; the answers come back the same way.
    if (auto *calendar = qobject_cast<CalendarPage *>(m_parts.window.pageWidget(MainWindow::Page::Calendar))) {
        NativeScheduleActions *native = calendar->nativeActions();
        native->setWithdraw([this](qint64 targetId, bool requeue) {
            return m_parts.publishing.withdrawScheduled(targetId, requeue);
        });
        connect(&publishing, &PublishingSwitch::withdrawFinished, native, &NativeScheduleActions::onWithdrawFinished);
        connect(native, &NativeScheduleActions::finished, this, &PublishingCoordinator::refreshCounts);
        PublishNowAction *publishNow = calendar->publishNowAction();
        publishNow->setWake([this] {
            m_parts.publishing.wake();
            return m_parts.publishing.isOn();
        });
        connect(publishNow, &PublishNowAction::finished, this, &PublishingCoordinator::refreshCounts);
    }

    m_parts.window.setCloseGuard([this](bool quitChosen) { return mayClose(quitChosen); });
    refreshCounts();
}

PublishingCoordinator::~PublishingCoordinator()
{
    m_parts.window.setCloseGuard({});
}

int PublishingCoordinator::enqueueAndWake()
{
    if (!m_parts.database)
        return 0;
    const auto queued = PublishQueue(*m_parts.database, m_parts.clock, m_parts.safety).enqueueReady();
    if (!queued) {
        m_parts.window.showPublishingAttention(queued.error().fullText());
        return 0;
    }
    if (!queued->problems.isEmpty())
        m_parts.window.showPublishingAttention(queued->problems.join(QLatin1Char('\n')));
    if (queued->targetsCreated > 0)
        m_parts.publishing.wake();
    refreshCounts();
    return queued->targetsCreated;
}

void PublishingCoordinator::refreshCounts()
{
    if (!m_parts.database)
        return;
    // After every pass: a grouped count, not the full status rows.
    const auto counts = countPublishQueue(*m_parts.database);
    if (!counts) {
        qCWarning(lcUi) << "publishing counts unavailable:" << counts.error().fullText();
        return;
    }
    const int waiting = counts->waiting;
    const int attention = counts->attention;
    m_waiting = waiting;
    m_attention = attention;
    m_parts.tray.setCounts(waiting, attention);
    if (attention == 0)
        m_parts.window.showPublishingAttention(QString());
}

bool PublishingCoordinator::mayClose(bool quitChosen)
{
    refreshCounts();
    CloseToTrayPolicy::Situation situation;
    situation.quitChosen = quitChosen;
    situation.trayAvailable = m_parts.tray.hasIcon();
    situation.keepPublishingSetting = m_parts.settings.keepPublishingWhenClosed();
    situation.waitingTargets = m_parts.publishing.isOn() ? m_waiting : 0;
    const auto decision = CloseToTrayPolicy::decide(situation);
    switch (decision) {
    case CloseToTrayPolicy::Decision::Quit: break;
    case CloseToTrayPolicy::Decision::HideToTray:
        if (CloseToTrayPolicy::shouldExplain(decision, m_parts.settings.trayExplained())) {
            m_parts.tray.explainStillRunning();
            m_parts.settings.setTrayExplained(true);
            m_parts.settings.sync();
        }
        m_parts.window.hide();
        return false;
    case CloseToTrayPolicy::Decision::AskBeforeQuitting:
        askBeforeQuitting();
        return false;
    }
    // The window is going away for good: with a tray the application does
    // not quit on the last window by itself, so main.cpp quits on this.
    Q_EMIT quitting();
    return true;
}

PublishingStatusDialog *PublishingCoordinator::showStatus()
{
    if (!m_parts.database)
        return nullptr;
    showWindow();
    if (!m_status) {
        m_status = new PublishingStatusDialog(*m_parts.database, m_parts.clock, &m_parts.window);
        m_status->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_status, &PublishingStatusDialog::queueChanged, this, [this] {
            m_parts.publishing.wake();
            refreshCounts();
        });
    }
    m_status->show();
    m_status->raise();
    return m_status;
}

void PublishingCoordinator::askBeforeQuitting()
{
    if (m_quitQuestion)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Quit CampaignForge?"),
                                tr("%1 publishing targets are waiting. If you quit now they are sent the next time "
                                   "CampaignForge starts (or when campaignforge-cli publish-due runs).")
                                    .arg(QLocale().toString(m_waiting)),
                                QMessageBox::NoButton, &m_parts.window);
    box->setObjectName(QStringLiteral("quitQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton *quit = box->addButton(tr("Quit"), QMessageBox::AcceptRole);
    box->addButton(tr("Keep open"), QMessageBox::RejectRole);
    connect(quit, &QPushButton::clicked, &m_parts.window, [this] {
        // Quitting was chosen: the guard lets the window close now.
        QMetaObject::invokeMethod(&m_parts.window, &MainWindow::quitChosen, Qt::QueuedConnection);
    });
    m_quitQuestion = box;
    box->open();
}

void PublishingCoordinator::onAttention(qint64 targetId, qint64 contentId, const QString &message)
{
    qCInfo(lcUi) << "publishing target" << targetId << "needs attention";
    m_parts.tray.notifyAttention(contentId, message);
    m_parts.window.showPublishingAttention(message);
    refreshCounts();
    // refreshCounts clears the banner only when nothing needs attention;
    // a target may already be settled in between: the message stays anyway.
    m_parts.window.showPublishingAttention(message);
}

void PublishingCoordinator::showWindow()
{
    m_parts.window.show();
    m_parts.window.raise();
    m_parts.window.activateWindow();
}

void PublishingCoordinator::openItem(qint64 contentId)
{
    showWindow();
    if (auto *review = qobject_cast<ReviewPage *>(m_parts.window.pageWidget(MainWindow::Page::Review)))
        review->showItem(contentId);
    m_parts.window.showPage(MainWindow::Page::Review);
}

} // namespace cf
