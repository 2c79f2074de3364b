#pragma once

#include "models/domain/EnumIds.h"

#include <QDateTime>
#include <QString>

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace cf {

enum class AssetKind { Image, Video, Audio, Document };
template <>
struct EnumIdTable<AssetKind>
{
    static constexpr EnumIdEntries<AssetKind, 4> entries{{
        {AssetKind::Image, "image"},
        {AssetKind::Video, "video"},
        {AssetKind::Audio, "audio"},
        {AssetKind::Document, "document"},
    }};
};

// Metadata of a media file in the content-addressed assets folder; the bytes
// live in the file, never in the database. relativePath is relative to the
// assets folder ("ab/abcdef....png"), so a data folder can move.
struct Asset
{
    qint64 id = 0; // 0 until stored
    std::optional<qint64> workspaceId;
    AssetKind kind = AssetKind::Image;
    QString relativePath;
    QString mimeType;
    qint64 sizeBytes = 0;
    QString sha256; // lower-case hex of the file's bytes
    std::optional<int> width;
    std::optional<int> height;
    std::optional<qint64> durationMs;
    QDateTime createdAt; // UTC

    friend bool operator==(const Asset &, const Asset &) = default;
};

void to_json(nlohmann::json &j, const Asset &value);
void from_json(const nlohmann::json &j, Asset &value);

} // namespace cf
