#pragma once

#include "models/domain/Connection.h"
#include "models/domain/ContentItem.h"
#include "models/store/StoreError.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace cf {
class Clock;
class Database;
class SafetyChecks;
struct Campaign;

// Turns approved items into publish targets and offers the owner's actions
// on them (publish now, retry, cancel, settle an unknown). Runs on the
// thread that owns `db` (the GUI's or the CLI's); the worker sees the rows.
//
// Automation levels: every level publishes items the review set to Queued;
// manual campaigns only when the owner says "publish now"; semi-automatic
// ones on schedule; automatic (and AI-optimised) ones also approve pending
// items whose copy passes the brand guard, and log that in automation_logs.
class PublishQueue
{
public:
    PublishQueue(const Database &db, const Clock &clock, const SafetyChecks *safety = nullptr);

    struct Result
    {
        int itemsQueued = 0;
        int targetsCreated = 0;
        int autoApproved = 0;
        QStringList problems; // translated, one per item that could not be queued
    };

    // Every campaign: queued items (and guard-clean pending items of
    // automatic campaigns) get their targets.
    StoreResult<Result> enqueueReady() const;
    // One item: a target per selected connection of its platform; returns
    // how many targets it has. Refused (InvalidData) when no account fits.
    StoreResult<int> enqueueItem(qint64 contentId) const;

    // The owner's "publish now": targets are made if needed and released.
    StoreResult<int> publishNow(qint64 contentId) const;
    // Re-sends only the item's failed targets.
    StoreResult<int> retryFailed(qint64 contentId) const;
    StoreResult<int> cancel(qint64 contentId) const;
    // The owner checked an unknown target on the platform.
    StoreResult<bool> markPublished(qint64 targetId, const QString &permalink) const;
    StoreResult<bool> markNotPublished(qint64 targetId) const;

    // Connections an item goes to: selected, of the item's platform, of the
    // kind that publishes it (Pages for Facebook posts, Instagram accounts,
    // ad accounts for ads, the account itself elsewhere), in the campaign's
    // workspace or in none. Instagram ads go to Meta ad accounts, which are
    // Facebook rows.
    static std::vector<Connection> connectionsFor(const ContentItem &item, const Campaign &campaign,
                                                  const std::vector<Connection> &all);
    // Which copy a target gets: the campaign's first language that the item has copy in.
    static QString languageFor(const ContentItem &item, const Campaign &campaign);
    // Platforms whose own scheduler holds a post until its time (issue #7).
    static bool schedulesNatively(Platform platform);

private:
    bool autoApprove(const ContentItem &item, const Campaign &campaign, QStringList *problems) const;

    const Database &m_db;
    const Clock &m_clock;
    const SafetyChecks *m_safety;
};

} // namespace cf
