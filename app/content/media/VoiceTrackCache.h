#pragma once

#include "app/content/media/VoiceOver.h"

#include <QString>

namespace cf {

// Voice-overs kept by script next to the asset store
// (<assets>/.voice/<key>.wav plus <key>.json with the scene timings), so an
// item's video is cut to the very voice-over its voice job spoke instead of
// running espeak-ng a second time, in the same batch or a later one. The key
// covers the script, the voice options and the pipeline version. Safe from
// several worker threads and processes: a lock file per key makes a second
// caller wait for the first synthesis and then read its result.
class VoiceTrackCache
{
public:
    explicit VoiceTrackCache(const QString &assetsDir);

    // The track for script: read from the cache, or synthesised with voice
    // and stored. *reused tells which. The returned wavPath is inside the
    // cache: callers copy it before handing it to AssetStore::putFile, which
    // moves files.
    std::optional<VoiceTrack> obtain(const VideoScript &script, const VoiceOver &voice, const CancelToken &cancel,
                                     const std::function<void(int)> &progress, QString *error, bool *reused = nullptr) const;

    static QString keyFor(const VideoScript &script);

private:
    std::optional<VoiceTrack> read(const QString &key) const;

    QString m_dir;
};

} // namespace cf
