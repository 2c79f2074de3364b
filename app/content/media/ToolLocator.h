#pragma once

#include <QString>

#include <optional>

namespace cf {

// The external programs media generation runs.
enum class MediaTool { Ffmpeg, Ffprobe, EspeakNg };

// Where to find the media tools. An explicit path wins (settings, tests,
// CAMPAIGNFORGE_FFMPEG / CAMPAIGNFORGE_FFPROBE / CAMPAIGNFORGE_ESPEAK); otherwise
// the program is searched on PATH. An explicit path that does not exist means
// the tool is missing: it is never silently replaced by another copy.
class ToolLocator
{
public:
    struct Overrides
    {
        QString ffmpeg;
        QString ffprobe;
        QString espeak;
    };

    ToolLocator() = default;
    explicit ToolLocator(Overrides overrides) : m_overrides(std::move(overrides)) {}
    // Overrides read from the CAMPAIGNFORGE_* environment variables.
    static ToolLocator fromEnvironment();

    // The executable's path, or nullopt when it is not installed.
    std::optional<QString> find(MediaTool tool) const;

    // A translated sentence saying what is missing, what it is needed for and
    // how to install it on this operating system.
    static QString missingMessage(MediaTool tool);
    static QString programName(MediaTool tool);

private:
    Overrides m_overrides;
};

} // namespace cf
