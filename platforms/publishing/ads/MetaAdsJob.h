#pragma once

// MetaAdsPublisher's per-publish state, shared by its source files
// (MetaAdsPublisher.cpp, MetaAdsVideo.cpp). Not a public header.

#include "platforms/publishing/ads/MetaAdsPayload.h"
#include "platforms/publishing/ads/MetaAdsPublisher.h"

#include <QJsonArray>

#include <map>
#include <optional>

namespace cf {

struct MetaAdsPublisher::Job
{
    PublishRequest request;
    AdSpec ad;
    QObject *context = nullptr;
    Checkpoint checkpoint;
    Done done;
    QString account; // act_<digits>
    metaads::Objective objective;
    std::map<QString, QString> ids; // checkpoints so far
    QStringList cities;
    QJsonArray geo; // [{"key","name"}] resolved so far
    int nextCity = 0;
    std::optional<PublishMedia> video; // set for a video ad
    QString thumbnailUrl;              // the ready video's picture, when the item has no image

    bool has(const char *step) const { return ids.count(QLatin1String(step)) > 0 && !ids.at(QLatin1String(step)).isEmpty(); }
    QString id(const char *step) const { return has(step) ? ids.at(QLatin1String(step)) : QString(); }
    void save(const char *step, const QString &value)
    {
        ids[QLatin1String(step)] = value;
        checkpoint(QLatin1String(step), value);
    }
    void fail(const HttpResult &result, bool creates) const { done(metaads::failure(result, creates, QDateTime::currentDateTimeUtc())); }
};

} // namespace cf
