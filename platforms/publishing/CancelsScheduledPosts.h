#pragma once

#include "platforms/publishing/PublishTypes.h"

#include <QObject>
#include <QString>

#include <functional>

namespace cf {

// Implemented by adapters whose platform lets an app delete a post it holds
// for later (a native schedule) before it goes out. The worker uses it to
// cancel or reschedule such a post; elsewhere the owner deletes it by hand.
class CancelsScheduledPosts
{
public:
    virtual ~CancelsScheduledPosts() = default;

    struct CancelOutcome
    {
        bool cancelled = false; // the platform no longer holds the post
        bool retryable = false; // nothing was changed and asking again later may work
        QString message;        // translated, when not cancelled
    };
    using CancelDone = std::function<void(const CancelOutcome &outcome)>;

    // Deletes the scheduled post externalId; request carries the account
    // and its token as for publish().
    virtual void cancelScheduled(const PublishRequest &request, const QString &externalId, QObject *context,
                                 CancelDone done) = 0;
};

} // namespace cf
