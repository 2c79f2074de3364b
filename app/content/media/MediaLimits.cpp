#include "app/content/media/MediaLimits.h"

#include "resources/ResourceFile.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace cf {

std::optional<MediaLimits> MediaLimits::loadBuiltIn(QString *error)
{
    const QByteArray json = readResource(QStringLiteral("data/media_limits.json"), error);
    if (json.isEmpty())
        return std::nullopt;
    return fromJson(json, error);
}

std::optional<MediaLimits> MediaLimits::fromJson(const QByteArray &json, QString *error)
{
    try {
        const nlohmann::json root = nlohmann::json::parse(json.toStdString());
        MediaLimits limits;
        limits.m_fps = root.at("encoding").at("fps").get<int>();
        for (const auto &[id, format] : root.at("formats").items())
            limits.m_formats[QString::fromStdString(id)] = QSize(format.at("width").get<int>(), format.at("height").get<int>());
        for (const auto &[id, entry] : root.at("platforms").items()) {
            PlatformEntry e;
            for (const auto &[type, format] : entry.at("formats").items()) {
                const QString formatId = QString::fromStdString(format.get<std::string>());
                if (!limits.m_formats.count(formatId))
                    throw std::invalid_argument("unknown format " + format.get<std::string>());
                e.formatByType[QString::fromStdString(type)] = formatId;
            }
            e.limits.minSeconds = entry.at("min_seconds").get<double>();
            e.limits.maxSeconds = entry.at("max_seconds").get<double>();
            e.limits.maxBytes = entry.at("max_bytes").get<qint64>();
            if (e.limits.minSeconds <= 0 || e.limits.maxSeconds < e.limits.minSeconds || e.limits.maxBytes <= 0)
                throw std::invalid_argument("bad limits for " + id);
            limits.m_platforms[QString::fromStdString(id)] = e;
        }
        return limits;
    } catch (const std::exception &e) {
        *error = QCoreApplication::translate("cf::MediaLimits", "The built-in video limits table is damaged: %1")
                     .arg(QString::fromUtf8(e.what()));
        return std::nullopt;
    }
}

std::optional<VideoTarget> MediaLimits::videoTarget(Platform platform, ContentType type) const
{
    const auto entry = m_platforms.find(platformId(platform));
    if (entry == m_platforms.end())
        return std::nullopt;
    // Items that are not videos themselves (an image post) fall back to the
    // platform's main video format.
    auto format = entry->second.formatByType.find(enumId(type));
    if (format == entry->second.formatByType.end())
        format = entry->second.formatByType.find(QStringLiteral("video"));
    if (format == entry->second.formatByType.end())
        return std::nullopt;
    VideoTarget target = entry->second.limits;
    target.formatId = format->second;
    target.size = m_formats.at(format->second);
    target.fps = m_fps;
    return target;
}

} // namespace cf
