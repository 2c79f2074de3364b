#include "app/content/media/VoiceOver.h"

#include "app/content/media/ToolProcess.h"
#include "app/content/media/WavAudio.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>

namespace cf {

namespace {

QString cancelledText()
{
    return QCoreApplication::translate("cf::ToolProcess", "Cancelled.");
}

} // namespace

QString VoiceOver::voiceFor(const QString &language) const
{
    if (language == QLatin1String("ar"))
        return QStringLiteral("ar");
    if (language == QLatin1String("en"))
        return m_options.englishVoice;
    return {};
}

std::optional<VoiceTrack> VoiceOver::synthesize(const VideoScript &script, const QString &outputWav,
                                                const CancelToken &cancel, const std::function<void(int)> &progress,
                                                QString *error) const
{
    const auto espeak = m_tools.find(MediaTool::EspeakNg);
    if (!espeak) {
        *error = ToolLocator::missingMessage(MediaTool::EspeakNg);
        return std::nullopt;
    }
    const QString voice = voiceFor(script.language);
    if (voice.isEmpty()) {
        *error = QCoreApplication::translate("cf::VoiceOver", "There is no voice for the language \"%1\".")
                     .arg(script.language);
        return std::nullopt;
    }
    if (script.scenes.empty()) {
        *error = QCoreApplication::translate("cf::VoiceOver", "The video script has no scenes.");
        return std::nullopt;
    }
    QTemporaryDir work;
    if (!work.isValid()) {
        *error = QCoreApplication::translate("cf::VoiceOver", "Cannot create a temporary folder: %1").arg(work.errorString());
        return std::nullopt;
    }

    VoiceTrack track;
    WavAudio timeline;
    bool formatKnown = false;
    for (size_t i = 0; i < script.scenes.size(); ++i) {
        if (cancel.isCancelled()) {
            *error = cancelledText();
            return std::nullopt;
        }
        const VideoScene &scene = script.scenes[i];
        WavAudio sceneAudio = timeline; // same format, filled below
        sceneAudio.pcm.clear();
        const QString text = scene.voiceOver.simplified();
        if (!text.isEmpty()) {
            // The text goes through a UTF-8 file, not the command line, so
            // Arabic survives every platform's argument encoding.
            const QString textPath = work.filePath(QStringLiteral("scene%1.txt").arg(i));
            const QString wavPath = work.filePath(QStringLiteral("scene%1.wav").arg(i));
            QFile textFile(textPath);
            if (!textFile.open(QIODevice::WriteOnly) || textFile.write(text.toUtf8()) < 0) {
                *error = textFile.errorString();
                return std::nullopt;
            }
            textFile.close();
            const ToolRunResult run =
                runTool(*espeak,
                        {QStringLiteral("-v"), voice, QStringLiteral("-s"), QString::number(m_options.wordsPerMinute),
                         QStringLiteral("-b"), QStringLiteral("1"), QStringLiteral("-f"), textPath, QStringLiteral("-w"),
                         wavPath},
                        cancel, m_options.timeoutMs);
            if (!run.succeeded()) {
                *error = run.failureText(*espeak);
                return std::nullopt;
            }
            QFile wavFile(wavPath);
            if (!wavFile.open(QIODevice::ReadOnly)) {
                *error = wavFile.errorString();
                return std::nullopt;
            }
            const auto speech = parseWav(wavFile.readAll(), error);
            if (!speech)
                return std::nullopt;
            if (!formatKnown) {
                timeline.sampleRate = speech->sampleRate;
                timeline.channels = speech->channels;
                formatKnown = true;
            } else if (speech->sampleRate != timeline.sampleRate || speech->channels != timeline.channels) {
                *error = QCoreApplication::translate("cf::VoiceOver", "The speech engine changed its audio format.");
                return std::nullopt;
            }
            sceneAudio.sampleRate = speech->sampleRate;
            sceneAudio.channels = speech->channels;
            sceneAudio.padTo(m_options.leadInSeconds);
            sceneAudio.append(*speech);
        }
        const double spoken = sceneAudio.seconds() + (text.isEmpty() ? 0 : m_options.tailSeconds);
        const double seconds = qMax(scene.seconds, spoken);
        track.sceneSeconds.push_back(seconds);
        timeline.padTo(track.totalSeconds);
        timeline.append(sceneAudio);
        track.totalSeconds += seconds;
        if (progress)
            progress(int(100 * (i + 1) / script.scenes.size()));
    }
    timeline.padTo(track.totalSeconds);

    QSaveFile out(outputWav);
    const QByteArray bytes = encodeWav(timeline);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        *error = QCoreApplication::translate("cf::VoiceOver", "Cannot write the voice-over \"%1\": %2")
                     .arg(outputWav, out.errorString());
        return std::nullopt;
    }
    track.wavPath = outputWav;
    return track;
}

} // namespace cf
