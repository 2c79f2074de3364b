#pragma once

#include "app/content/media/CreativeRenderer.h"
#include "models/domain/VideoScript.h"

#include <QImage>

#include <optional>
#include <vector>

namespace cf {

// One still picture of a video and how long it is shown.
struct VideoSegment
{
    QImage frame;
    double seconds = 0;
};

// Builds the frames of a video from its script: each scene is a creative in
// the brand's look with the scene's on-screen text as the headline (the offer
// and call to action appear on the last scene), and the scene's voice-over
// text burned in as captions below it. Long voice-over text is split into
// short caption chunks of at most two lines, each shown for a time in
// proportion to its length. Captions are drawn with QPainter, so the video
// needs no subtitle renderer or fonts in ffmpeg.
//
// `look` gives size, language, colours, logo and photo; sceneSeconds the
// duration of each scene (from the voice-over, or the script).
std::optional<std::vector<VideoSegment>> buildVideoSegments(const CreativeSpec &look, const VideoScript &script,
                                                            const std::vector<double> &sceneSeconds,
                                                            const CreativeRenderer &renderer, QString *error);

// Draws one caption into `band` of `frame`: white text on a dark rounded
// plate, centred, at most two lines.
void paintCaption(QImage &frame, const QRectF &band, const QString &text, const QString &language,
                  const CreativeFonts &fonts);

} // namespace cf
