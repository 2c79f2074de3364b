#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <QMessageBox>

#include "ui/publishing/PublishingStatusDialog.h"

namespace cf {
class AppSettings;
class Clock;
class Database;
class MainWindow;
class PublishingStatusDialog;
class PublishingSwitch;
class PublishingTray;
class SafetyChecks;

// Connects the publishing thread to the window and the tray (issue #7 §2):
// items the review queued get their targets and wake the thread; the
// tray's counts follow every pass; a target that needs the owner becomes a
// tray notification, a banner and a status-bar entry, and clicking the
// notification opens the item in Review; closing the window follows
// CloseToTrayPolicy. Built by the composition root.
class PublishingCoordinator : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        MainWindow &window;
        PublishingSwitch &publishing;
        PublishingTray &tray;
        AppSettings &settings;
        const Clock &clock;
        const Database *database = nullptr; // the GUI thread's connection; null when unavailable
        const SafetyChecks *safety = nullptr;
    };

    explicit PublishingCoordinator(Parts parts, QObject *parent = nullptr);
    // Removes the window's close guard (it points at this object).
    ~PublishingCoordinator() override;

    // Targets for everything queued, then a pass; returns targets created.
    int enqueueAndWake();
    // Re-reads the counts for the tray (waiting, attention).
    void refreshCounts();
    int waitingTargets() const { return m_waiting; }
    int attentionTargets() const { return m_attention; }

    // Without a tray, closing with items waiting asks first (window-modal,
    // answered asynchronously); the open question, for tests.
    QMessageBox *quitQuestion() const { return m_quitQuestion; }
    // The queue dialog (one at a time, non-modal); null without a database.
    PublishingStatusDialog *showStatus();

    // The close guard's rule with this process's state (quitChosen: the owner picked Quit).
    bool mayClose(bool quitChosen);

Q_SIGNALS:
    // The window accepted a close that ends the application.
    void quitting();

private:
    void onAttention(qint64 targetId, qint64 contentId, const QString &message);
    void openItem(qint64 contentId);
    void showWindow();
    void askBeforeQuitting();

    Parts m_parts;
    int m_waiting = 0;
    int m_attention = 0;
    QPointer<QMessageBox> m_quitQuestion;
    QPointer<PublishingStatusDialog> m_status;
};

} // namespace cf
