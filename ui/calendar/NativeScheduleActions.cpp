#include "ui/calendar/NativeScheduleActions.h"

#include "app/core/Clock.h"
#include "models/itemmodels/ContentCalendarModel.h"
#include "ui/UiLog.h"

#include <QAction>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace cf {

NativeScheduleActions::NativeScheduleActions(const Clock &clock, const ContentCalendarModel &model, SaveTime saveTime,
                                             QWidget *dialogParent)
    : QObject(dialogParent), m_clock(clock), m_model(model), m_saveTime(std::move(saveTime)), m_dialogParent(dialogParent)
{
}

NativeScheduleActions::~NativeScheduleActions() = default;

bool NativeScheduleActions::canWithdraw(qint64 itemId) const
{
    const int row = m_model.rowOf(itemId);
    return row >= 0 && !isBusy(itemId) && m_model.entry(row).waitsOnPlatform(m_clock.nowUtc());
}

void NativeScheduleActions::addActions(QMenu *menu, qint64 itemId)
{
    if (!canWithdraw(itemId))
        return;
    const CalendarEntry &e = m_model.entry(m_model.rowOf(itemId));
    QAction *action = menu->addAction(tr("Cancel on %1").arg(platformDisplayName(e.platform)));
    action->setObjectName(QStringLiteral("cancelOnPlatform"));
    action->setToolTip(tr("Deletes the post from %1's scheduler so it does not go out.").arg(platformDisplayName(e.platform)));
    connect(action, &QAction::triggered, this, [this, itemId] { cancel(itemId); });
}

void NativeScheduleActions::cancel(qint64 itemId)
{
    const int row = m_model.rowOf(itemId);
    if (row < 0 || !canWithdraw(itemId))
        return;
    start(itemId, false, m_model.entry(row).scheduledUtc);
}

void NativeScheduleActions::askReschedule(qint64 itemId, const QDateTime &newUtc)
{
    const int row = m_model.rowOf(itemId);
    if (row < 0 || !canWithdraw(itemId) || m_question)
        return;
    const CalendarEntry &e = m_model.entry(row);
    const QString platform = platformDisplayName(e.platform);
    const QLocale locale;
    const QDateTime newLocal = newUtc.toTimeZone(m_model.displayZone());
    auto *box = new QMessageBox(QMessageBox::Question, tr("Reschedule on %1?").arg(platform),
                                tr("“%1” is waiting in %2's scheduler for %3. To move it to %4, CampaignForge deletes "
                                   "the scheduled post on %2 and schedules it again at the new time.")
                                    .arg(e.displayTitle(), platform,
                                         locale.toString(m_model.localTime(row), QLocale::ShortFormat),
                                         locale.toString(newLocal, QLocale::ShortFormat)),
                                QMessageBox::NoButton, m_dialogParent);
    box->setObjectName(QStringLiteral("rescheduleOnPlatformQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton *yes = box->addButton(tr("Reschedule on %1").arg(platform), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("rescheduleYes"));
    QPushButton *no = box->addButton(tr("Keep the current time"), QMessageBox::RejectRole);
    no->setObjectName(QStringLiteral("rescheduleNo"));
    box->setDefaultButton(no);
    const QDateTime oldUtc = e.scheduledUtc;
    connect(yes, &QPushButton::clicked, this, [this, itemId, oldUtc, newUtc] {
        // The worker schedules the fresh post at the item's time: save it first.
        if (!canWithdraw(itemId) || !m_saveTime(itemId, newUtc))
            return;
        start(itemId, true, oldUtc);
    });
    m_question = box;
    box->open();
}

void NativeScheduleActions::start(qint64 itemId, bool requeue, const QDateTime &oldUtc)
{
    const CalendarEntry &e = m_model.entry(m_model.rowOf(itemId));
    Operation op;
    op.requeue = requeue;
    op.oldUtc = oldUtc;
    op.title = e.displayTitle();
    op.platform = platformDisplayName(e.platform);
    const std::vector<qint64> targets = e.nativeTargetIds;
    if (!m_withdraw) {
        m_operations.insert(itemId, op);
        m_operations[itemId].errors << tr("Publishing is not available, so nothing can be changed on %1 now.")
                                           .arg(op.platform);
        finish(itemId);
        return;
    }
    op.waiting = int(targets.size());
    m_operations.insert(itemId, op);
    Q_EMIT progress(itemId, requeue ? tr("Moving “%1” on %2…").arg(op.title, op.platform)
                                    : tr("Cancelling “%1” on %2…").arg(op.title, op.platform));
    for (qint64 target : targets) {
        m_itemOfTarget.insert(target, itemId);
        if (!m_withdraw(target, requeue))
            onWithdrawFinished(target, false,
                               tr("Publishing is not available, so nothing can be changed on %1 now.").arg(op.platform));
    }
}

void NativeScheduleActions::onWithdrawFinished(qint64 targetId, bool ok, const QString &message)
{
    const auto found = m_itemOfTarget.constFind(targetId);
    if (found == m_itemOfTarget.constEnd())
        return; // asked by someone else
    const qint64 itemId = found.value();
    m_itemOfTarget.erase(found);
    Operation &op = m_operations[itemId];
    --op.waiting;
    if (ok)
        ++op.done;
    else if (!message.isEmpty() && !op.errors.contains(message))
        op.errors << message;
    if (op.waiting <= 0)
        finish(itemId);
}

void NativeScheduleActions::finish(qint64 itemId)
{
    const Operation op = m_operations.take(itemId);
    const QString why = op.errors.join(QLatin1Char(' '));
    if (op.requeue && op.done == 0) {
        // Nothing was taken back: the platform still holds the old time.
        m_saveTime(itemId, op.oldUtc);
    }
    QString text;
    bool ok = op.errors.isEmpty();
    if (op.requeue) {
        text = ok ? tr("“%1” was taken back from %2's scheduler and is scheduled again at its new time.").arg(op.title, op.platform)
             : op.done == 0 ? tr("“%1” was not moved on %2 and keeps its time: %3").arg(op.title, op.platform, why)
                            : tr("“%1” was only partly moved on %2: %3").arg(op.title, op.platform, why);
    } else {
        text = ok ? tr("“%1” was deleted from %2's scheduler and will not go out.").arg(op.title, op.platform)
             : op.done == 0 ? tr("“%1” was not cancelled on %2: %3").arg(op.title, op.platform, why)
                            : tr("“%1” was only partly cancelled on %2: %3").arg(op.title, op.platform, why);
    }
    qCInfo(lcUi) << "calendar: native" << (op.requeue ? "reschedule" : "cancel") << "of item" << itemId
                 << (ok ? "done" : "failed");
    Q_EMIT finished(itemId, ok, text);
}

} // namespace cf
