#pragma once

#include "models/domain/EnumIds.h"

#include <QDateTime>
#include <QString>

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace cf {

enum class GenerationKind { Text, Image, Video, Voice };
template <>
struct EnumIdTable<GenerationKind>
{
    static constexpr EnumIdEntries<GenerationKind, 4> entries{{
        {GenerationKind::Text, "text"},
        {GenerationKind::Image, "image"},
        {GenerationKind::Video, "video"},
        {GenerationKind::Voice, "voice"},
    }};
};

enum class JobStatus { Queued, Running, Succeeded, Failed, Cancelled };
template <>
struct EnumIdTable<JobStatus>
{
    static constexpr EnumIdEntries<JobStatus, 5> entries{{
        {JobStatus::Queued, "queued"},
        {JobStatus::Running, "running"},
        {JobStatus::Succeeded, "succeeded"},
        {JobStatus::Failed, "failed"},
        {JobStatus::Cancelled, "cancelled"},
    }};
};

// One piece of generation work (copy, a creative, a video, a voice-over) so
// progress and failures survive a restart. parametersJson is the generator's
// own input, kept as compact JSON text.
struct GenerationJob
{
    qint64 id = 0; // 0 until stored
    qint64 campaignId = 0;
    std::optional<qint64> contentItemId;
    GenerationKind kind = GenerationKind::Text;
    JobStatus status = JobStatus::Queued;
    int progressPercent = 0;
    QString parametersJson;
    std::optional<qint64> resultAssetId;
    QString error; // translated, for people; empty unless failed
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime finishedAt;

    friend bool operator==(const GenerationJob &, const GenerationJob &) = default;
};

void to_json(nlohmann::json &j, const GenerationJob &value);
void from_json(const nlohmann::json &j, GenerationJob &value);

} // namespace cf
