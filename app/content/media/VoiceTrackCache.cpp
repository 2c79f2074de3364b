#include "app/content/media/VoiceTrackCache.h"

#include "app/content/media/MediaJob.h"
#include "app/content/media/MediaLog.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>

namespace cf {

VoiceTrackCache::VoiceTrackCache(const QString &assetsDir) : m_dir(QDir(assetsDir).filePath(QStringLiteral(".voice"))) {}

QString VoiceTrackCache::keyFor(const VideoScript &script)
{
    QJsonArray scenes;
    for (const VideoScene &scene : script.scenes)
        scenes.append(QJsonObject{{QStringLiteral("voice"), scene.voiceOver}, {QStringLiteral("seconds"), scene.seconds}});
    const QJsonObject identity{{QStringLiteral("language"), script.language},
                               {QStringLiteral("scenes"), scenes},
                               {QStringLiteral("pipeline"), kMediaPipelineVersion}};
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(identity).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256).toHex().left(40));
}

std::optional<VoiceTrack> VoiceTrackCache::read(const QString &key) const
{
    QFile json(QDir(m_dir).filePath(key + QStringLiteral(".json")));
    const QString wav = QDir(m_dir).filePath(key + QStringLiteral(".wav"));
    if (!json.open(QIODevice::ReadOnly) || !QFileInfo::exists(wav))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(json.readAll()).object();
    VoiceTrack track;
    track.wavPath = wav;
    track.totalSeconds = o.value(QLatin1String("total_seconds")).toDouble();
    for (const QJsonValue &v : o.value(QLatin1String("scene_seconds")).toArray())
        track.sceneSeconds.push_back(v.toDouble());
    // A damaged entry is made again rather than trusted.
    if (track.sceneSeconds.empty() || track.totalSeconds <= 0
        || QFileInfo(wav).size() != o.value(QLatin1String("wav_bytes")).toInteger(-1))
        return std::nullopt;
    return track;
}

std::optional<VoiceTrack> VoiceTrackCache::obtain(const VideoScript &script, const VoiceOver &voice, const CancelToken &cancel,
                                                  const std::function<void(int)> &progress, QString *error, bool *reused) const
{
    if (reused)
        *reused = false;
    if (!QDir().mkpath(m_dir)) {
        *error = QCoreApplication::translate("cf::VoiceTrackCache", "Cannot create the folder %1.").arg(QDir::toNativeSeparators(m_dir));
        return std::nullopt;
    }
    const QString key = keyFor(script);
    // Held while reading or speaking, so the voice and the video job of one
    // item never both run espeak-ng for the same script.
    QLockFile lock(QDir(m_dir).filePath(key + QStringLiteral(".lock")));
    lock.setStaleLockTime(5 * 60 * 1000);
    if (!lock.tryLock(10 * 60 * 1000)) {
        *error = QCoreApplication::translate("cf::VoiceTrackCache", "The voice-over cache is locked by another program.");
        return std::nullopt;
    }
    if (auto cached = read(key)) {
        qCDebug(lcMedia) << "voice-over reused" << key;
        if (reused)
            *reused = true;
        return cached;
    }
    const QString wav = QDir(m_dir).filePath(key + QStringLiteral(".wav"));
    auto track = voice.synthesize(script, wav, cancel, progress, error);
    if (!track)
        return std::nullopt;
    QJsonArray scenes;
    for (double s : track->sceneSeconds)
        scenes.append(s);
    QSaveFile json(QDir(m_dir).filePath(key + QStringLiteral(".json")));
    if (json.open(QIODevice::WriteOnly)) {
        json.write(QJsonDocument(QJsonObject{{QStringLiteral("scene_seconds"), scenes},
                                             {QStringLiteral("total_seconds"), track->totalSeconds},
                                             {QStringLiteral("wav_bytes"), QFileInfo(wav).size()}})
                       .toJson(QJsonDocument::Compact));
        // Without the index the track is still used now, only not next time.
        if (!json.commit())
            qCWarning(lcMedia) << "voice-over cache index not written" << json.errorString();
    }
    track->wavPath = wav;
    return track;
}

} // namespace cf
