#pragma once

#include <QString>

#include <nlohmann/json_fwd.hpp>

#include <vector>

namespace cf {

// One scene of a short video: what is written on screen, what the voice says,
// and how long the scene lasts. Written natively per language, so an Arabic
// and an English script of the same item may differ in scenes and timing.
struct VideoScene
{
    QString onScreenText;
    QString voiceOver;
    double seconds = 0;

    friend bool operator==(const VideoScene &, const VideoScene &) = default;
};

// The script of one video item in one language ("ar" or "en"). Text
// generation writes it; voice-over and video composition read it.
struct VideoScript
{
    QString language;
    std::vector<VideoScene> scenes;

    double totalSeconds() const
    {
        double total = 0;
        for (const VideoScene &scene : scenes)
            total += scene.seconds;
        return total;
    }
    friend bool operator==(const VideoScript &, const VideoScript &) = default;
};

void to_json(nlohmann::json &j, const VideoScene &value);
void from_json(const nlohmann::json &j, VideoScene &value);
void to_json(nlohmann::json &j, const VideoScript &value);
void from_json(const nlohmann::json &j, VideoScript &value);

} // namespace cf
