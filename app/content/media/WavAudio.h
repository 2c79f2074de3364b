#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace cf {

// 16-bit PCM audio as read from or written to a RIFF/WAVE file. espeak-ng
// writes one such file per scene; the voice-over joins them on a timeline.
struct WavAudio
{
    int sampleRate = 22050;
    int channels = 1;
    QByteArray pcm; // interleaved little-endian 16-bit samples

    qint64 frameCount() const { return channels > 0 ? pcm.size() / (2 * channels) : 0; }
    double seconds() const { return sampleRate > 0 ? double(frameCount()) / sampleRate : 0; }
    // Appends silence until the audio lasts `seconds` (never shortens it).
    void padTo(double seconds);
    void append(const WavAudio &other) { pcm += other.pcm; }
};

// Parses a 16-bit PCM WAV file's bytes; nullopt with a translated reason for
// anything else (other encodings, truncated or foreign data).
std::optional<WavAudio> parseWav(const QByteArray &bytes, QString *error);
QByteArray encodeWav(const WavAudio &audio);

} // namespace cf
