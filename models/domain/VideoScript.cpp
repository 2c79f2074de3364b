#include "models/domain/VideoScript.h"

#include <nlohmann/json.hpp>

namespace cf {

void to_json(nlohmann::json &j, const VideoScene &value)
{
    j = nlohmann::json{{"on_screen_text", value.onScreenText.toStdString()},
                       {"voice_over", value.voiceOver.toStdString()},
                       {"seconds", value.seconds}};
}

void from_json(const nlohmann::json &j, VideoScene &value)
{
    value.onScreenText = QString::fromStdString(j.at("on_screen_text").get<std::string>());
    value.voiceOver = QString::fromStdString(j.at("voice_over").get<std::string>());
    value.seconds = j.at("seconds").get<double>();
}

void to_json(nlohmann::json &j, const VideoScript &value)
{
    j = nlohmann::json{{"language", value.language.toStdString()}, {"scenes", value.scenes}};
}

void from_json(const nlohmann::json &j, VideoScript &value)
{
    value.language = QString::fromStdString(j.at("language").get<std::string>());
    value.scenes = j.at("scenes").get<std::vector<VideoScene>>();
}

} // namespace cf
