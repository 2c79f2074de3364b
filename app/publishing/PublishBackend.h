#pragma once

#include "models/domain/Connection.h"
#include "models/domain/Platform.h"
#include "platforms/publishing/PublicMediaHost.h"

#include <QString>

#include <functional>
#include <memory>

namespace cf {
class AdPublisher;
class PlatformPublisher;

// A token for a send, or why there is none.
struct TokenAnswer
{
    QString accessToken;  // never logged
    QString error;        // translated; empty on success
    bool reloginNeeded = false; // the platform refused the grant: the user must sign in again
};

// What the publishing worker needs from the outside world, created inside
// the worker's thread (with that thread's network manager): the adapter for
// a platform, and usable tokens. The product's backend
// (KeychainPublishBackend) uses PublisherRegistry and TokenRefresher; tests
// pass a double.
class PublishBackend
{
public:
    virtual ~PublishBackend() = default;

    // The adapter for platform, owned by the backend; nullptr when this
    // build has none for it.
    virtual PlatformPublisher *publisherFor(Platform platform) = 0;
    // The ads adapter for ad items (items with an ad set) of `platform`,
    // owned by the backend: Facebook and Instagram ads both get Meta's.
    // nullptr when this build has none (the default: backends that only
    // publish organic posts).
    virtual AdPublisher *adPublisherFor(Platform platform)
    {
        Q_UNUSED(platform);
        return nullptr;
    }

    using TokenDone = std::function<void(const TokenAnswer &answer)>;
    // A token for tokenConnection (the Page for Page posts, the parent
    // account for Instagram accounts and ad accounts).
    virtual void accessToken(const Connection &tokenConnection, TokenDone done) = 0;
    // The platform answered 401 with rejectedToken: renew once.
    virtual void refreshAfterUnauthorized(const Connection &tokenConnection, const QString &rejectedToken,
                                          TokenDone done) = 0;

    // The public media host chosen in Settings, handed to adapters that
    // implement UsesPublicMediaHost before each send; nullptr when none is
    // chosen (those adapters then refuse media that needs one).
    virtual std::shared_ptr<PublicMediaHost> publicMediaHost() { return nullptr; }
};

} // namespace cf
