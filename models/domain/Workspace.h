#pragma once

#include "models/domain/ProductFacts.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace cf {

// The visual and verbal identity content is generated with. Colours are
// "#rrggbb"; the logo is an asset id.
struct BrandKit
{
    QString primaryColor;
    QString secondaryColor;
    QString accentColor;
    std::optional<qint64> logoAssetId;
    QString headingFont;
    QString bodyFont;
    QString voice;        // tone of voice in a few words ("warm, confident")
    QString taglineAr;
    QString taglineEn;
    QStringList hashtags; // always-on brand hashtags, without '#'
    QStringList bannedWords;
    QString tone;         // copy register: "formal", "friendly" or "playful" (empty: friendly)
    QString website;      // default landing page when a campaign names none
    QString disclaimerAr; // must appear in every item when set
    QString disclaimerEn;
    // What the campaign wizard last sold for this brand, offered again next
    // time: product facts and the product photo (an asset id).
    ProductFacts lastProduct {};
    std::optional<qint64> productPhotoAssetId {};

    friend bool operator==(const BrandKit &, const BrandKit &) = default;
};

// A business or brand the owner runs campaigns for. Campaigns belong to one.
struct Workspace
{
    qint64 id = 0; // 0 until stored
    QString name;
    QString defaultCurrency; // ISO 4217
    QString timeZone;        // IANA id, e.g. "Asia/Riyadh"
    QString locale;          // BCP 47-ish Qt locale name, e.g. "ar_SA"
    BrandKit brandKit;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC

    friend bool operator==(const Workspace &, const Workspace &) = default;
};

void to_json(nlohmann::json &j, const BrandKit &value);
void from_json(const nlohmann::json &j, BrandKit &value);
void to_json(nlohmann::json &j, const Workspace &value);
void from_json(const nlohmann::json &j, Workspace &value);

} // namespace cf
