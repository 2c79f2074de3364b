#include "app/content/media/MediaJob.h"

#include "app/content/media/AssetStore.h"
#include "app/content/media/CreativeRenderer.h"
#include "app/content/media/MediaLog.h"
#include "app/content/media/VideoComposer.h"
#include "app/content/media/VoiceOver.h"
#include "app/content/media/VoiceTrackCache.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace cf {

namespace {

QJsonObject scriptJson(const VideoScript &script)
{
    QJsonArray scenes;
    for (const VideoScene &scene : script.scenes)
        scenes.append(QJsonObject{{QStringLiteral("text"), scene.onScreenText},
                                  {QStringLiteral("voice"), scene.voiceOver},
                                  {QStringLiteral("seconds"), scene.seconds}});
    return {{QStringLiteral("language"), script.language}, {QStringLiteral("scenes"), scenes}};
}

QJsonObject describe(const MediaJobSpec &spec)
{
    QJsonObject o{{QStringLiteral("kind"), enumId(spec.kind)}};
    if (spec.kind != GenerationKind::Voice) {
        o.insert(QStringLiteral("size"), creativeSizeText(spec.creative.size));
        o.insert(QStringLiteral("language"), spec.creative.language);
        o.insert(QStringLiteral("headline"), spec.creative.headline);
        o.insert(QStringLiteral("offer"), spec.creative.offer);
        o.insert(QStringLiteral("cta"), spec.creative.callToAction);
    }
    if (spec.kind != GenerationKind::Image)
        o.insert(QStringLiteral("script"), scriptJson(spec.script));
    if (spec.kind == GenerationKind::Video)
        o.insert(QStringLiteral("format"), spec.target.formatId);
    return o;
}

QString cancelledText()
{
    return QCoreApplication::translate("cf::ToolProcess", "Cancelled.");
}

MediaJobOutcome failed(const QString &error, const CancelToken &cancel)
{
    if (cancel.isCancelled())
        return {JobStatus::Cancelled, cancelledText(), std::nullopt};
    return {JobStatus::Failed, error, std::nullopt};
}

MediaJobOutcome stored(std::optional<Asset> asset, const QString &error, const CancelToken &cancel)
{
    if (!asset)
        return failed(error, cancel);
    return {JobStatus::Succeeded, QString(), std::move(asset)};
}

MediaJobOutcome runImage(const MediaJobSpec &spec, const MediaEnvironment &env, const std::function<void(int)> &progress,
                         const CancelToken &cancel)
{
    QString error;
    const auto creative = CreativeRenderer(env.fonts).render(spec.creative, &error);
    if (!creative)
        return failed(error, cancel);
    if (progress)
        progress(60);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(creative->image))
        return failed(writer.errorString(), cancel);
    AssetStore::Meta meta{AssetKind::Image, QStringLiteral("image/png"), QStringLiteral("png"),
                          creative->image.width(), creative->image.height(), std::nullopt};
    return stored(AssetStore(env.assetsDir).putBytes(png, meta, &error), error, cancel);
}

// Speech takes the first part of a video's progress, encoding the rest.
std::function<void(int)> scaled(const std::function<void(int)> &progress, int from, int to)
{
    return [=](int p) {
        if (progress)
            progress(from + (to - from) * p / 100);
    };
}

MediaJobOutcome runVoiceOrVideo(const MediaJobSpec &spec, const MediaEnvironment &env,
                                const std::function<void(int)> &progress, const CancelToken &cancel)
{
    QTemporaryDir work;
    if (!work.isValid())
        return failed(work.errorString(), cancel);
    QString error;
    const bool video = spec.kind == GenerationKind::Video;
    const QString wav = work.filePath(QStringLiteral("voice.wav"));
    std::optional<VoiceTrack> voice;
    // A video without espeak-ng is still made (silent, with captions); only
    // the voice job itself reports the missing engine.
    // The voice job and the video job of an item speak the same script: the
    // cache makes espeak-ng run once and both use that recording.
    if (!video || env.tools.find(MediaTool::EspeakNg)) {
        voice = VoiceTrackCache(env.assetsDir)
                    .obtain(spec.script, VoiceOver(env.tools), cancel, scaled(progress, 0, video ? 30 : 95), &error);
        if (!voice)
            return failed(error, cancel);
    }
    if (!video) {
        // putFile moves its file; the cached recording stays for the video.
        if (!QFile::copy(voice->wavPath, wav))
            return failed(QCoreApplication::translate("cf::MediaJob", "Cannot copy the voice-over to %1.").arg(wav), cancel);
        AssetStore::Meta meta{AssetKind::Audio, QStringLiteral("audio/wav"), QStringLiteral("wav"), std::nullopt,
                              std::nullopt, qint64(voice->totalSeconds * 1000)};
        return stored(AssetStore(env.assetsDir).putFile(wav, meta, &error), error, cancel);
    }
    std::vector<double> sceneSeconds;
    for (const VideoScene &scene : spec.script.scenes)
        sceneSeconds.push_back(scene.seconds);
    if (voice)
        sceneSeconds = voice->sceneSeconds;
    if (cancel.isCancelled())
        return failed(cancelledText(), cancel);
    CreativeSpec look = spec.creative;
    look.size = spec.target.size;
    const auto segments = buildVideoSegments(look, spec.script, sceneSeconds, CreativeRenderer(env.fonts), &error);
    if (!segments)
        return failed(error, cancel);
    if (progress)
        progress(40);
    const VideoRequest request{*segments, voice ? voice->wavPath : QString(), spec.target,
                               work.filePath(QStringLiteral("video.mp4"))};
    const auto composed = VideoComposer(env.tools).compose(request, cancel, scaled(progress, 40, 99), &error);
    if (!composed)
        return failed(error, cancel);
    AssetStore::Meta meta{AssetKind::Video, QStringLiteral("video/mp4"), QStringLiteral("mp4"), spec.target.size.width(),
                          spec.target.size.height(), qint64(composed->seconds * 1000)};
    return stored(AssetStore(env.assetsDir).putFile(composed->path, meta, &error), error, cancel);
}

} // namespace

QString mediaJobCacheKey(const MediaJobSpec &spec, QString *error)
{
    QJsonObject identity = describe(spec);
    identity.insert(QStringLiteral("pipeline"), kMediaPipelineVersion);
    if (spec.kind != GenerationKind::Voice) {
        CreativeSpec look = spec.creative;
        if (spec.kind == GenerationKind::Video)
            look.size = spec.target.size;
        const QString creativeKey = creativeCacheKey(look, CreativeRenderer::kVersion, error);
        if (creativeKey.isEmpty())
            return {};
        identity.insert(QStringLiteral("creative"), creativeKey);
    }
    if (spec.kind == GenerationKind::Video) {
        identity.insert(QStringLiteral("target"),
                        QJsonObject{{QStringLiteral("min"), spec.target.minSeconds},
                                    {QStringLiteral("max"), spec.target.maxSeconds},
                                    {QStringLiteral("bytes"), double(spec.target.maxBytes)},
                                    {QStringLiteral("fps"), spec.target.fps}});
    }
    const QByteArray text = QJsonDocument(identity).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

QString mediaJobParameters(const MediaJobSpec &spec, const QString &cacheKey)
{
    QJsonObject o = describe(spec);
    o.insert(QStringLiteral("cache_key"), cacheKey);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

MediaJobOutcome runMediaJob(const MediaJobSpec &spec, const MediaEnvironment &environment, const CancelToken &cancel,
                            const std::function<void(int)> &progress)
{
    if (cancel.isCancelled())
        return {JobStatus::Cancelled, cancelledText(), std::nullopt};
    qCDebug(lcMedia) << "media job" << enumId(spec.kind) << "starts";
    MediaJobOutcome outcome = spec.kind == GenerationKind::Image ? runImage(spec, environment, progress, cancel)
                              : spec.kind == GenerationKind::Text
                                  ? MediaJobOutcome{JobStatus::Failed,
                                                    QCoreApplication::translate("cf::MediaJob",
                                                                                "Text is not generated by media jobs."),
                                                    std::nullopt}
                                  : runVoiceOrVideo(spec, environment, progress, cancel);
    if (outcome.status == JobStatus::Succeeded && progress)
        progress(100);
    return outcome;
}

} // namespace cf
