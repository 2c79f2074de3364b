#include "ui/tray/PublishingTray.h"

#include "ui/tray/PublishingSwitch.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QIcon>
#include <QLocale>
#include <QMenu>
#include <QSystemTrayIcon>

namespace cf {

PublishingTray::PublishingTray(PublishingSwitch &publishing, bool trayWanted, QObject *parent)
    : QObject(parent), m_switch(publishing), m_menu(std::make_unique<QMenu>())
{
    m_open = m_menu->addAction(QString());
    m_open->setObjectName(QStringLiteral("trayOpen"));
    m_menu->addSeparator();
    m_publishing = m_menu->addAction(QString());
    m_publishing->setObjectName(QStringLiteral("trayPublishing"));
    m_publishing->setCheckable(true);
    m_counts = m_menu->addAction(QString());
    m_counts->setObjectName(QStringLiteral("trayCounts"));
    m_menu->addSeparator();
    m_quit = m_menu->addAction(QString());
    m_quit->setObjectName(QStringLiteral("trayQuit"));

    m_menu->installEventFilter(this);
    connect(m_open, &QAction::triggered, this, &PublishingTray::openRequested);
    connect(m_quit, &QAction::triggered, this, &PublishingTray::quitRequested);
    connect(m_counts, &QAction::triggered, this, &PublishingTray::statusRequested);
    connect(m_publishing, &QAction::triggered, this, [this](bool on) { m_switch.setOn(on); });
    connect(&m_switch, &PublishingSwitch::onChanged, this, &PublishingTray::retranslate);

    if (trayWanted && QSystemTrayIcon::isSystemTrayAvailable()) {
        m_icon = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/campaignforge.svg")), this);
        m_icon->setContextMenu(m_menu.get());
        connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                Q_EMIT openRequested();
        });
        connect(m_icon, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_lastItem > 0)
                Q_EMIT itemRequested(m_lastItem);
            else
                Q_EMIT openRequested();
        });
        m_icon->show();
    }
    retranslate();
}

PublishingTray::~PublishingTray()
{
    if (m_icon)
        m_icon->setContextMenu(nullptr);
}

void PublishingTray::setCounts(int waiting, int attention)
{
    m_waiting = waiting;
    m_attention = attention;
    retranslate();
}

QString PublishingTray::attentionText(const QString &message)
{
    return QCoreApplication::translate("cf::PublishingTray", "%1\nClick to open the item.").arg(message);
}

void PublishingTray::notifyAttention(qint64 contentId, const QString &message)
{
    m_lastItem = contentId;
    show(tr("Publishing needs your attention"), attentionText(message), true);
}

void PublishingTray::explainStillRunning()
{
    m_lastItem = 0;
    show(tr("CampaignForge is still publishing"),
         tr("Queued items keep going out while the window is closed. Use Quit in this menu to stop."),
         false);
}

void PublishingTray::show(const QString &title, const QString &message, bool warning)
{
    m_lastTitle = title;
    m_lastMessage = message;
    if (m_icon)
        m_icon->showMessage(title, message, warning ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
}

bool PublishingTray::eventFilter(QObject *watched, QEvent *event)
{
    // The menu is a top-level widget, so it is told about a language change.
    if (watched == m_menu.get() && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void PublishingTray::retranslate()
{
    const QLocale locale;
    m_open->setText(tr("Open CampaignForge"));
    m_publishing->setChecked(m_switch.isOn());
    m_publishing->setText(m_switch.isOn() ? tr("Publishing: on (click to pause)")
                                          : tr("Publishing: paused (click to resume)"));
    m_counts->setText(tr("%1 items waiting / %2 need attention")
                          .arg(locale.toString(m_waiting), locale.toString(m_attention)));
    m_quit->setText(tr("Quit"));
    if (m_icon)
        m_icon->setToolTip(m_attention > 0 ? tr("CampaignForge: %1 need attention").arg(locale.toString(m_attention))
                                           : tr("CampaignForge: %1 items waiting").arg(locale.toString(m_waiting)));
}

} // namespace cf
