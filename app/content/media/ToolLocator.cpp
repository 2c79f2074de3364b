#include "app/content/media/ToolLocator.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStandardPaths>

namespace cf {

namespace {

// The only place that knows which operating system it runs on: how each OS
// installs the tools.
QString installHint(MediaTool tool)
{
    const bool speech = tool == MediaTool::EspeakNg;
#if defined(Q_OS_WIN)
    return speech ? QCoreApplication::translate("cf::ToolLocator",
                                                "Download the espeak-ng installer (.msi) from "
                                                "https://github.com/espeak-ng/espeak-ng/releases and run it.")
                  : QCoreApplication::translate("cf::ToolLocator",
                                                "Install it with \"winget install Gyan.FFmpeg\" (or from "
                                                "https://ffmpeg.org/download.html) and make sure ffmpeg.exe is on PATH.");
#elif defined(Q_OS_MACOS)
    return speech ? QCoreApplication::translate("cf::ToolLocator", "Install it with Homebrew: brew install espeak-ng")
                  : QCoreApplication::translate("cf::ToolLocator", "Install it with Homebrew: brew install ffmpeg");
#else
    return speech ? QCoreApplication::translate("cf::ToolLocator",
                                                "Install it with your package manager, for example "
                                                "\"sudo apt install espeak-ng\" (Debian, Ubuntu) or "
                                                "\"sudo dnf install espeak-ng\" (Fedora).")
                  : QCoreApplication::translate("cf::ToolLocator",
                                                "Install it with your package manager, for example "
                                                "\"sudo apt install ffmpeg\" (Debian, Ubuntu) or "
                                                "\"sudo dnf install ffmpeg\" (Fedora, from RPM Fusion).");
#endif
}

} // namespace

ToolLocator ToolLocator::fromEnvironment()
{
    return ToolLocator(Overrides{qEnvironmentVariable("CAMPAIGNFORGE_FFMPEG"), qEnvironmentVariable("CAMPAIGNFORGE_FFPROBE"),
                                qEnvironmentVariable("CAMPAIGNFORGE_ESPEAK")});
}

QString ToolLocator::programName(MediaTool tool)
{
    switch (tool) {
    case MediaTool::Ffmpeg:
        return QStringLiteral("ffmpeg");
    case MediaTool::Ffprobe:
        return QStringLiteral("ffprobe");
    case MediaTool::EspeakNg:
        return QStringLiteral("espeak-ng");
    }
    return {};
}

std::optional<QString> ToolLocator::find(MediaTool tool) const
{
    const QString &explicitPath = tool == MediaTool::Ffmpeg    ? m_overrides.ffmpeg
                                  : tool == MediaTool::Ffprobe ? m_overrides.ffprobe
                                                               : m_overrides.espeak;
    if (!explicitPath.isEmpty()) {
        const QFileInfo info(explicitPath);
        if (info.isFile() && info.isExecutable())
            return info.absoluteFilePath();
        return std::nullopt;
    }
    const QString found = QStandardPaths::findExecutable(programName(tool));
    if (found.isEmpty())
        return std::nullopt;
    return found;
}

QString ToolLocator::missingMessage(MediaTool tool)
{
    QString purpose;
    switch (tool) {
    case MediaTool::Ffmpeg:
    case MediaTool::Ffprobe:
        purpose = QCoreApplication::translate("cf::ToolLocator",
                                              "Videos need %1, which is not installed. Text and images still work.")
                      .arg(programName(tool));
        break;
    case MediaTool::EspeakNg:
        purpose = QCoreApplication::translate(
                      "cf::ToolLocator", "Voice-overs need %1, which is not installed. Text and images still work.")
                      .arg(programName(tool));
        break;
    }
    return purpose + QLatin1Char(' ') + installHint(tool);
}

} // namespace cf
