#pragma once

#include <QDateTime>
#include <QHash>
#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class QMenu;
class QWidget;

namespace cf {

class Clock;
class ContentCalendarModel;

// The calendar's actions on posts a platform holds in its own scheduler
// (issue #7 §2): "Cancel on <platform>" from an item's context menu, and
// "Reschedule on <platform>?" when such an item is dropped on a new time.
// Both end in PublishWorker::withdrawScheduled on the publishing thread,
// reached through the function the publishing coordinator installs with
// setWithdraw(); its answers come back through onWithdrawFinished().
//
// A reschedule saves the new time on the item first (the worker makes the
// fresh scheduled post at the item's time) and puts the old time back when
// no post could be taken back, so the calendar never shows a time the
// platform does not hold. progress() and finished() carry translated text
// for the page's banner; after finished() the page reloads, so the status
// badge shows the outcome (cancelled, or scheduled again).
class NativeScheduleActions : public QObject
{
    Q_OBJECT
public:
    // Asks the publishing thread to take one target back; false when
    // publishing is not available.
    using Withdraw = std::function<bool(qint64 targetId, bool requeue)>;
    // Writes the item's time (database and model); false after showing why not.
    using SaveTime = std::function<bool(qint64 itemId, const QDateTime &utc)>;

    NativeScheduleActions(const Clock &clock, const ContentCalendarModel &model, SaveTime saveTime,
                          QWidget *dialogParent);
    ~NativeScheduleActions() override;

    void setWithdraw(Withdraw withdraw) { m_withdraw = std::move(withdraw); }
    bool hasWithdraw() const { return bool(m_withdraw); }

    // The item waits in its platform's scheduler and nothing is under way for it.
    bool canWithdraw(qint64 itemId) const;
    bool isBusy(qint64 itemId) const { return m_operations.contains(itemId); }
    // Adds "Cancel on <platform>" for such an item (nothing otherwise).
    void addActions(QMenu *menu, qint64 itemId);

    void cancel(qint64 itemId);
    // Asks "Reschedule on <platform>?" (window-modal, answered later).
    void askReschedule(qint64 itemId, const QDateTime &newUtc);
    QMessageBox *question() const { return m_question; }

public Q_SLOTS:
    void onWithdrawFinished(qint64 targetId, bool ok, const QString &message);

Q_SIGNALS:
    void progress(qint64 itemId, const QString &text);
    void finished(qint64 itemId, bool ok, const QString &text);

private:
    struct Operation
    {
        bool requeue = false;
        QDateTime oldUtc;
        QString title;
        QString platform;
        int waiting = 0;
        int done = 0;
        QStringList errors;
    };

    void start(qint64 itemId, bool requeue, const QDateTime &oldUtc);
    void finish(qint64 itemId);

    const Clock &m_clock;
    const ContentCalendarModel &m_model;
    SaveTime m_saveTime;
    QWidget *m_dialogParent;
    Withdraw m_withdraw;
    QHash<qint64, Operation> m_operations; // by item id
    QHash<qint64, qint64> m_itemOfTarget;  // target id -> item id, while asked
    QPointer<QMessageBox> m_question;
};

} // namespace cf
