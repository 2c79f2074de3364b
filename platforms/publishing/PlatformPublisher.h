#pragma once

#include "platforms/publishing/PublishTypes.h"

#include <QObject>

#include <functional>

namespace cf {

// One platform's publishing API (issue #7). Adapters are asynchronous: they
// run on the publishing thread with that thread's QNetworkAccessManager, and
// call `done` exactly once. They never touch the database or the keychain;
// the worker gives them everything in the request and persists what they
// report through `checkpoint` before they go on.
class PlatformPublisher
{
public:
    virtual ~PlatformPublisher() = default;

    using Checkpoint = std::function<void(const QString &step, const QString &value)>;
    using Done = std::function<void(const PublishOutcome &outcome)>;
    using ReconcileDone = std::function<void(const ReconcileOutcome &outcome)>;

    virtual Platform platform() const = 0;

    // True where the platform holds a post until a given time itself
    // (Facebook, YouTube, WordPress, Mailchimp, Kit).
    virtual bool schedulesNatively() const = 0;

    // Checks the request against the platform's limits before anything is
    // sent. Returns translated problems; empty when the request may go.
    virtual QStringList checkLimits(const PublishRequest &request) const = 0;

    // Sends the request. `checkpoint(step, id)` is called, synchronously,
    // each time an intermediate entity exists (container id, upload session,
    // ad set id); the caller commits it before returning. `context` bounds
    // the lifetime of callbacks.
    virtual void publish(const PublishRequest &request, QObject *context, Checkpoint checkpoint, Done done) = 0;

    // Decides an Unknown outcome with read-only calls only (container
    // status, upload session, recent posts, an entity looked up by name).
    virtual void reconcile(const PublishRequest &request, QObject *context, ReconcileDone done) = 0;
};

} // namespace cf
