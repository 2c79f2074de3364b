#pragma once

#include "models/domain/Audience.h"
#include "models/domain/Money.h"
#include "models/domain/Platform.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>

namespace cf {

// The middle level of a paid campaign on one platform: a Meta ad set, a TikTok
// ad group or a Snapchat ad squad. Its ads are the content items that point
// at it.
struct AdSet
{
    qint64 id = 0; // 0 until stored
    qint64 campaignId = 0;
    Platform platform = Platform::Facebook;
    QString name;
    Audience targeting;
    QStringList placements;    // platform placement ids, e.g. "instagram_stories"
    QString platformObjective; // the platform's own enum value, e.g. "OUTCOME_SALES"
    Budget budget;
    QDateTime startUtc;
    QDateTime endUtc;
    QString externalId; // the platform's id once created there

    friend bool operator==(const AdSet &, const AdSet &) = default;
};

void to_json(nlohmann::json &j, const AdSet &value);
void from_json(const nlohmann::json &j, AdSet &value);

} // namespace cf
