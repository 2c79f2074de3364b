#pragma once

#include "app/content/media/CancelToken.h"
#include "app/content/media/ToolLocator.h"
#include "models/domain/VideoScript.h"

#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace cf {

// A finished voice-over: one WAV covering the whole script, and how long
// each scene lasts in it (a scene whose speech runs longer than planned is
// lengthened, so voice and pictures stay together).
struct VoiceTrack
{
    QString wavPath;
    std::vector<double> sceneSeconds;
    double totalSeconds = 0;
};

// Speaks a video script with espeak-ng (Arabic voice "ar", English "en-us"
// or "en-gb"), one scene at a time, and lays the scenes out on one timeline.
// Runs on a worker thread; blocking, cancellable between and during scenes.
class VoiceOver
{
public:
    struct Options
    {
        int wordsPerMinute = 150;
        QString englishVoice = QStringLiteral("en-us"); // or "en-gb"
        double leadInSeconds = 0.2; // quiet before each scene's speech
        double tailSeconds = 0.3;   // quiet after it before the next scene
        int timeoutMs = 60000;      // per scene
    };

    explicit VoiceOver(ToolLocator tools) : m_tools(std::move(tools)) {}
    VoiceOver(ToolLocator tools, Options options) : m_tools(std::move(tools)), m_options(std::move(options)) {}

    // The espeak-ng voice for a script language; empty for an unknown one.
    QString voiceFor(const QString &language) const;

    // Writes the voice-over to outputWav. nullopt with a translated reason
    // (missing espeak-ng with install advice, a failed run, cancellation).
    std::optional<VoiceTrack> synthesize(const VideoScript &script, const QString &outputWav, const CancelToken &cancel,
                                         const std::function<void(int)> &progress, QString *error) const;

private:
    ToolLocator m_tools;
    Options m_options;
};

} // namespace cf
