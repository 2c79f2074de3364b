#pragma once

#include "platforms/publishing/PublishTypes.h"

namespace cf {

// What kind of file a PublishMedia is, by MIME type — shared by the
// adapters that treat videos differently from images.
inline bool isVideoMedia(const PublishMedia &media)
{
    return media.mimeType.startsWith(QLatin1String("video/"));
}

// The request's first video, or null when it carries none.
inline const PublishMedia *firstVideo(const PublishRequest &request)
{
    for (const PublishMedia &media : request.media) {
        if (isVideoMedia(media))
            return &media;
    }
    return nullptr;
}

} // namespace cf
