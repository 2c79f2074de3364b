#include "app/content/media/WavAudio.h"

#include <QCoreApplication>
#include <QtEndian>

namespace cf {

namespace {

quint32 le32(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint32>(reinterpret_cast<const uchar *>(b.constData() + at));
}

quint16 le16(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint16>(reinterpret_cast<const uchar *>(b.constData() + at));
}

void put32(QByteArray &b, quint32 v)
{
    uchar raw[4];
    qToLittleEndian(v, raw);
    b.append(reinterpret_cast<const char *>(raw), 4);
}

void put16(QByteArray &b, quint16 v)
{
    uchar raw[2];
    qToLittleEndian(v, raw);
    b.append(reinterpret_cast<const char *>(raw), 2);
}

QString notWav()
{
    return QCoreApplication::translate("cf::WavAudio", "The speech engine did not produce a readable WAV file.");
}

} // namespace

void WavAudio::padTo(double target)
{
    const qint64 frames = qint64(target * sampleRate + 0.5);
    const qint64 missing = frames - frameCount();
    if (missing > 0)
        pcm.append(QByteArray(missing * 2 * channels, '\0'));
}

std::optional<WavAudio> parseWav(const QByteArray &bytes, QString *error)
{
    if (bytes.size() < 12 || !bytes.startsWith("RIFF") || bytes.mid(8, 4) != "WAVE") {
        *error = notWav();
        return std::nullopt;
    }
    WavAudio audio;
    bool haveFormat = false;
    qsizetype at = 12;
    while (at + 8 <= bytes.size()) {
        const QByteArray id = bytes.mid(at, 4);
        const qint64 declared = le32(bytes, at + 4);
        const qsizetype body = at + 8;
        // Streaming writers leave the size at 0 or 0xFFFFFFFF: take what is there.
        const qsizetype size = qsizetype(qMin<qint64>(declared, bytes.size() - body));
        if (id == "fmt " && size >= 16) {
            const quint16 format = le16(bytes, body);
            audio.channels = le16(bytes, body + 2);
            audio.sampleRate = int(le32(bytes, body + 4));
            const quint16 bits = le16(bytes, body + 14);
            if (format != 1 || bits != 16 || audio.channels < 1 || audio.channels > 8 || audio.sampleRate < 1000) {
                *error = QCoreApplication::translate("cf::WavAudio", "The WAV file is not 16-bit PCM audio.");
                return std::nullopt;
            }
            haveFormat = true;
        } else if (id == "data") {
            if (!haveFormat)
                break;
            const qsizetype frameBytes = 2 * audio.channels;
            audio.pcm = bytes.mid(body, size - size % frameBytes);
            return audio;
        }
        at = body + size + (size % 2); // chunks are padded to even sizes
    }
    *error = notWav();
    return std::nullopt;
}

QByteArray encodeWav(const WavAudio &audio)
{
    QByteArray out;
    out.reserve(44 + audio.pcm.size());
    out.append("RIFF");
    put32(out, quint32(36 + audio.pcm.size()));
    out.append("WAVEfmt ");
    put32(out, 16);
    put16(out, 1); // PCM
    put16(out, quint16(audio.channels));
    put32(out, quint32(audio.sampleRate));
    put32(out, quint32(audio.sampleRate * audio.channels * 2));
    put16(out, quint16(audio.channels * 2));
    put16(out, 16);
    out.append("data");
    put32(out, quint32(audio.pcm.size()));
    out.append(audio.pcm);
    return out;
}

} // namespace cf
