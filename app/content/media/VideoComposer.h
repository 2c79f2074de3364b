#pragma once

#include "app/content/media/CancelToken.h"
#include "app/content/media/MediaLimits.h"
#include "app/content/media/ToolLocator.h"
#include "app/content/media/VideoFrames.h"

#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace cf {

// What to compose: the frames in order, an optional voice-over WAV, and the
// platform target whose size, duration and file-size limits apply.
struct VideoRequest
{
    std::vector<VideoSegment> segments;
    QString voiceWav; // empty: a silent AAC track (platforms expect audio)
    VideoTarget target;
    QString outputPath; // .mp4
};

struct ComposedVideo
{
    QString path;
    double seconds = 0;
    qint64 bytes = 0;
};

// Turns still frames and a voice-over into an H.264 (yuv420p, High profile)
// + AAC-LC MP4 with ffmpeg: frames through the concat demuxer at the target
// frame rate, short fades in and out, the bitrate capped so the file stays
// under the platform's size limit, faststart for streaming uploads. A script
// shorter than the platform's minimum holds its last frame; a longer one is
// refused with the limit, never silently cut.
class VideoComposer
{
public:
    explicit VideoComposer(ToolLocator tools) : m_tools(std::move(tools)) {}

    std::optional<ComposedVideo> compose(const VideoRequest &request, const CancelToken &cancel,
                                         const std::function<void(int)> &progress, QString *error) const;

private:
    ToolLocator m_tools;
};

} // namespace cf
