#pragma once

// InstagramPublisher's per-publish state, shared by its source files
// (InstagramPublisher.cpp, InstagramVideoUpload.cpp). Not a public header.

#include "platforms/publishing/InstagramPublisher.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace cf {

namespace instagramjob {

// "ig_child_2": a checkpoint name with an index.
inline QString step(const char *name, std::size_t index)
{
    return QStringLiteral("%1_%2").arg(QLatin1String(name)).arg(index);
}

// The "<step>_upload" checkpoint of a resumable video container: where its
// bytes go and how many the upload host has confirmed.
inline QString uploadCheckpoint(const QString &uri, qint64 offset)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("uri"), uri}, {QStringLiteral("offset"), QString::number(offset)}})
                                 .toJson(QJsonDocument::Compact));
}

} // namespace instagramjob

struct InstagramPublisher::Job
{
    PublishRequest request;
    QObject *context = nullptr;
    Checkpoint checkpoint;
    Done done;
    QString igUser;
    Kind kind = Kind::Image;
    QString caption;
    std::vector<PublicMediaHost::Hosted> hosted; // one per media, in order (empty for videos)
    std::vector<QString> children;               // carousel item containers
    QString container;                           // the container that gets published
    std::unique_ptr<QTemporaryDir> scratch;      // JPEG copies of PNG images

    QString checkpointed(const QString &name) const
    {
        const auto it = request.checkpoints.find(name);
        return it == request.checkpoints.end() ? QString() : it->second;
    }
    void save(const QString &name, const QString &value)
    {
        request.checkpoints[name] = value;
        checkpoint(name, value);
    }
};

} // namespace cf
