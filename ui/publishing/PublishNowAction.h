#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace cf {

class Clock;
class Database;
struct ContentItem;

// The owner's "Publish now" for one approved item, shared by the Review
// page's item actions and the calendar's context menu. check() says whether
// the item may go now and, if not, why (the disabled control's tooltip);
// publish() releases the item's targets through PublishQueue::publishNow on
// the GUI thread's connection and then wakes the publishing thread through
// the function the publishing coordinator installs with setWake() (the
// pages do not own the thread). finished() carries the translated outcome.
class PublishNowAction : public QObject
{
    Q_OBJECT
public:
    // Asks the publishing thread for a pass; false when it is paused or absent
    // (the released item then goes when publishing runs again).
    using Wake = std::function<bool()>;

    struct Check
    {
        bool allowed = false;
        QString reason; // translated; empty when allowed
    };

    PublishNowAction(const Database *database, const Clock &clock, QObject *parent = nullptr);

    void setWake(Wake wake) { m_wake = std::move(wake); }
    bool hasWake() const { return bool(m_wake); }

    Check check(qint64 itemId) const;
    Check check(const ContentItem &item) const;
    // Releases the item now; emits finished() either way. Returns success.
    bool publish(qint64 itemId);
    // Adds "Publish now" for the item to a context menu, disabled with the
    // reason as its tooltip when the item may not go now.
    QAction *addTo(QMenu *menu, qint64 itemId);
    // Shows a message in the status bar of the widget's main window, if any.
    static void showInStatusBar(QWidget *widget, const QString &text);

Q_SIGNALS:
    void finished(qint64 itemId, bool ok, const QString &message);

private:
    const Database *m_database;
    const Clock &m_clock;
    Wake m_wake;
};

} // namespace cf
