#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace cf {
class PublishingSwitch;

// The tray icon that keeps publishing visible while the window is closed:
// a menu with Open CampaignForge, Publishing on/paused (toggles the
// switch), how many targets wait or need attention, and Quit; and a
// notification for every target that needs the owner. The menu and the
// notification text exist even where no system tray is available (the
// icon is then simply not shown), so the logic stays testable offscreen.
class PublishingTray : public QObject
{
    Q_OBJECT
public:
    // trayWanted false: never create the icon (tests, no tray on this desktop).
    PublishingTray(PublishingSwitch &publishing, bool trayWanted, QObject *parent = nullptr);
    ~PublishingTray() override;

    bool hasIcon() const { return m_icon != nullptr; }
    QMenu *menu() const { return m_menu.get(); }
    QAction *openAction() const { return m_open; }
    QAction *publishingAction() const { return m_publishing; }
    QAction *countsAction() const { return m_counts; }
    QAction *quitAction() const { return m_quit; }

    void setCounts(int waiting, int attention);
    // Shows the message (translated by the worker) with what to do, and
    // remembers the item so clicking the notification opens it.
    void notifyAttention(qint64 contentId, const QString &message);
    // The one-time "still publishing in the tray" explanation.
    void explainStillRunning();

    // Last notification shown (title and body), for tests and the log.
    QString lastTitle() const { return m_lastTitle; }
    QString lastMessage() const { return m_lastMessage; }
    static QString attentionText(const QString &message);

Q_SIGNALS:
    void openRequested();
    // The queue and each target's state (the counts line was clicked).
    void statusRequested();
    void itemRequested(qint64 contentId);
    void quitRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void show(const QString &title, const QString &message, bool warning);

    PublishingSwitch &m_switch;
    std::unique_ptr<QMenu> m_menu; // no parent widget: QMenu needs one or explicit ownership
    QSystemTrayIcon *m_icon = nullptr;
    QAction *m_open = nullptr;
    QAction *m_publishing = nullptr;
    QAction *m_counts = nullptr;
    QAction *m_quit = nullptr;
    int m_waiting = 0;
    int m_attention = 0;
    qint64 m_lastItem = 0;
    QString m_lastTitle;
    QString m_lastMessage;
};

} // namespace cf
