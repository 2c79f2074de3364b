#include "ui/publishing/PublishNowAction.h"

#include "app/core/Clock.h"
#include "app/publishing/PublishQueue.h"
#include "models/domain/Campaign.h"
#include "models/domain/ContentItem.h"
#include "models/store/CampaignRepository.h"
#include "models/store/ConnectionRepository.h"
#include "models/store/ContentRepository.h"
#include "models/store/Database.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

namespace cf {

namespace {
// Long enough to be read after the click; the badge keeps the state after.
constexpr int kStatusMessageMs = 10000;
} // namespace

PublishNowAction::PublishNowAction(const Database *database, const Clock &clock, QObject *parent)
    : QObject(parent), m_database(database), m_clock(clock)
{
}

PublishNowAction::Check PublishNowAction::check(qint64 itemId) const
{
    if (!m_database || !m_database->isOpen())
        return {false, tr("Publishing is unavailable: the campaign database is not open.")};
    auto item = ContentRepository(*m_database).find(itemId);
    if (!item)
        return {false, item.error().message};
    return check(*item);
}

PublishNowAction::Check PublishNowAction::check(const ContentItem &item) const
{
    if (!m_database || !m_database->isOpen())
        return {false, tr("Publishing is unavailable: the campaign database is not open.")};
    if (item.approval != ApprovalState::Approved)
        return {false, tr("Only approved items are published: approve this item first.")};
    // Items already on their way or finished are locked for "publish now".
    switch (item.publishState) {
    case PublishState::Draft:
    case PublishState::Queued:
    case PublishState::Failed:
        break;
    case PublishState::Publishing:
        return {false, tr("This item is being published right now.")};
    case PublishState::Published:
        return {false, tr("This item is already published.")};
    case PublishState::Unknown:
        return {false, tr("It is not known whether this item was published: settle it in Publishing status first.")};
    case PublishState::Cancelled:
        return {false, tr("Publishing of this item was cancelled.")};
    }
    auto campaign = CampaignRepository(*m_database).find(item.campaignId);
    if (!campaign)
        return {false, campaign.error().message};
    if (campaign->status == CampaignStatus::Cancelled || campaign->status == CampaignStatus::Archived)
        return {false, tr("The campaign is cancelled or archived, so nothing of it is published.")};
    auto connections = ConnectionRepository(*m_database).list();
    if (!connections)
        return {false, connections.error().message};
    if (PublishQueue::connectionsFor(item, *campaign, *connections).empty())
        return {false, tr("No %1 account that can publish this item is connected and selected.")
                           .arg(platformDisplayName(item.platform))};
    return {true, QString()};
}

bool PublishNowAction::publish(qint64 itemId)
{
    const Check allowed = check(itemId);
    if (!allowed.allowed) {
        Q_EMIT finished(itemId, false, tr("Not published: %1").arg(allowed.reason));
        return false;
    }
    const auto released = PublishQueue(*m_database, m_clock).publishNow(itemId);
    if (!released) {
        Q_EMIT finished(itemId, false, tr("Not published: %1").arg(released.error().message));
        return false;
    }
    if (*released == 0) {
        // Targets exist but none waits (all sent, held by a platform, or in flight).
        Q_EMIT finished(itemId, false, tr("Nothing was released: every account of this item is already handled."));
        return false;
    }
    const bool running = m_wake && m_wake();
    Q_EMIT finished(itemId, true,
                    running ? tr("Publishing now to %n account(s).", nullptr, *released)
                            : tr("Released to %n account(s); it is sent when publishing is resumed.", nullptr, *released));
    return true;
}

QAction *PublishNowAction::addTo(QMenu *menu, qint64 itemId)
{
    QAction *action = menu->addAction(tr("Publish now"));
    action->setObjectName(QStringLiteral("publishNow"));
    const Check allowed = check(itemId);
    action->setEnabled(allowed.allowed);
    action->setToolTip(allowed.allowed ? tr("Send this item to its accounts now, before its scheduled time.")
                                       : allowed.reason);
    menu->setToolTipsVisible(true);
    connect(action, &QAction::triggered, this, [this, itemId] { publish(itemId); });
    return action;
}

void PublishNowAction::showInStatusBar(QWidget *widget, const QString &text)
{
    if (auto *window = qobject_cast<QMainWindow *>(widget ? widget->window() : nullptr))
        window->statusBar()->showMessage(text, kStatusMessageMs);
}

} // namespace cf
