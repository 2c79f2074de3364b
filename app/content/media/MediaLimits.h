#pragma once

#include "models/domain/ContentItem.h"
#include "models/domain/Platform.h"

#include <QSize>
#include <QString>

#include <map>
#include <optional>

namespace cf {

// What one platform accepts for a video of one content type: the canvas
// (9:16, 1:1 or 16:9), the duration range and the file size limit.
struct VideoTarget
{
    QString formatId; // "vertical", "square", "landscape"
    QSize size;
    double minSeconds = 0;
    double maxSeconds = 0;
    qint64 maxBytes = 0;
    int fps = 30;
};

// The video limits table compiled in from resources/data/media_limits.json,
// where each figure cites the platform notes it comes from.
class MediaLimits
{
public:
    // nullopt with a translated reason when the table is missing or malformed.
    static std::optional<MediaLimits> loadBuiltIn(QString *error);
    static std::optional<MediaLimits> fromJson(const QByteArray &json, QString *error);

    // nullopt when the platform takes no video (WordPress, e-mail).
    std::optional<VideoTarget> videoTarget(Platform platform, ContentType type) const;

private:
    struct PlatformEntry
    {
        std::map<QString, QString> formatByType; // content type id -> format id
        VideoTarget limits;                      // without format and size
    };
    std::map<QString, QSize> m_formats;
    std::map<QString, PlatformEntry> m_platforms;
    int m_fps = 30;
};

} // namespace cf
