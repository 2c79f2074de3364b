#pragma once

#include "platforms/publishing/PublishTypes.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace cf {

// A place that serves a local media file at a public https URL for the time
// a platform needs to fetch it (Instagram containers pull their media from a
// URL). The user configures one host once; adapters upload, hand the URL to
// the platform, and remove the file after publishing.
class PublicMediaHost
{
public:
    virtual ~PublicMediaHost() = default;

    struct Hosted
    {
        QString url;    // public https URL of the file
        QString handle; // what remove() needs (an attachment id, an object key)
    };
    // On success `hosted` is set; otherwise `failure` says why (kind and words).
    using UploadDone = std::function<void(const std::optional<Hosted> &hosted, const PublishOutcome &failure)>;
    using RemoveDone = std::function<void(bool removed)>;

    virtual void upload(const PublishMedia &media, QObject *context, UploadDone done) = 0;
    virtual void remove(const QString &handle, QObject *context, RemoveDone done) = 0;
};

// Implemented by adapters that need a PublicMediaHost; the worker hands them
// the configured host (or nullptr) before publishing.
class UsesPublicMediaHost
{
public:
    virtual ~UsesPublicMediaHost() = default;
    virtual void setPublicMediaHost(std::shared_ptr<PublicMediaHost> host) = 0;
};

} // namespace cf
