#include "app/content/media/VideoComposer.h"

#include "app/content/media/ToolProcess.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageWriter>
#include <QTemporaryDir>
#include <QTextStream>

namespace cf {

namespace {

constexpr qint64 kAudioBitsPerSecond = 128000;
constexpr qint64 kMaxVideoBitsPerSecond = 6000000; // plenty for still frames at 1080p
constexpr double kFadeSeconds = 0.35;

QString secondsText(double seconds)
{
    return QString::number(seconds, 'f', 3);
}

} // namespace

std::optional<ComposedVideo> VideoComposer::compose(const VideoRequest &request, const CancelToken &cancel,
                                                    const std::function<void(int)> &progress, QString *error) const
{
    const auto ffmpeg = m_tools.find(MediaTool::Ffmpeg);
    if (!ffmpeg) {
        *error = ToolLocator::missingMessage(MediaTool::Ffmpeg);
        return std::nullopt;
    }
    if (request.segments.empty()) {
        *error = QCoreApplication::translate("cf::VideoComposer", "A video needs at least one frame.");
        return std::nullopt;
    }
    const VideoTarget &target = request.target;
    std::vector<double> seconds;
    double total = 0;
    for (const VideoSegment &segment : request.segments) {
        if (segment.frame.size() != target.size) {
            *error = QCoreApplication::translate("cf::VideoComposer", "A frame is %1x%2 pixels; this video needs %3x%4.")
                         .arg(segment.frame.width())
                         .arg(segment.frame.height())
                         .arg(target.size.width())
                         .arg(target.size.height());
            return std::nullopt;
        }
        seconds.push_back(qMax(0.1, segment.seconds));
        total += seconds.back();
    }
    if (total > target.maxSeconds) {
        *error = QCoreApplication::translate("cf::VideoComposer",
                                             "The video would last %1 seconds; this platform accepts at most %2.")
                     .arg(qRound(total))
                     .arg(qRound(target.maxSeconds));
        return std::nullopt;
    }
    if (total < target.minSeconds) {
        seconds.back() += target.minSeconds - total;
        total = target.minSeconds;
    }

    QTemporaryDir work;
    if (!work.isValid()) {
        *error = QCoreApplication::translate("cf::VoiceOver", "Cannot create a temporary folder: %1").arg(work.errorString());
        return std::nullopt;
    }
    // Frames as lightly compressed PNGs and a concat list that shows each for
    // its duration (the last entry is repeated: the demuxer ignores the
    // duration of the final file otherwise).
    QFile list(work.filePath(QStringLiteral("frames.ffconcat")));
    if (!list.open(QIODevice::WriteOnly | QIODevice::Text)) {
        *error = list.errorString();
        return std::nullopt;
    }
    QTextStream listOut(&list);
    listOut << "ffconcat version 1.0\n";
    QString lastName;
    for (size_t i = 0; i < request.segments.size(); ++i) {
        if (cancel.isCancelled()) {
            *error = QCoreApplication::translate("cf::ToolProcess", "Cancelled.");
            return std::nullopt;
        }
        lastName = QStringLiteral("frame%1.png").arg(i, 3, 10, QLatin1Char('0'));
        QImageWriter writer(work.filePath(lastName), "png");
        writer.setCompression(1);
        if (!writer.write(request.segments[i].frame)) {
            *error = writer.errorString();
            return std::nullopt;
        }
        listOut << "file '" << lastName << "'\nduration " << secondsText(seconds[i]) << '\n';
    }
    listOut << "file '" << lastName << "'\n";
    listOut.flush();
    list.close();

    // Cap the video bitrate so that video + audio fit the platform's size
    // limit with 10 % to spare.
    const qint64 budget = qint64(double(target.maxBytes) * 8 * 0.9 / total) - kAudioBitsPerSecond;
    const qint64 maxRate = qMin(kMaxVideoBitsPerSecond, qMax<qint64>(200000, budget));
    const QString duration = secondsText(total);
    const QString videoFilter =
        QStringLiteral("[0:v]fps=%1,format=yuv420p,fade=t=in:st=0:d=%2,fade=t=out:st=%3:d=%2[v]")
            .arg(target.fps)
            .arg(secondsText(kFadeSeconds), secondsText(qMax(0.0, total - kFadeSeconds)));
    const QString audioFilter = QStringLiteral("[1:a]aresample=44100,apad,atrim=0:%1[a]").arg(duration);

    QStringList args{QStringLiteral("-hide_banner"), QStringLiteral("-nostdin"), QStringLiteral("-y"),
                     QStringLiteral("-f"), QStringLiteral("concat"), QStringLiteral("-safe"), QStringLiteral("0"),
                     QStringLiteral("-i"), list.fileName()};
    if (request.voiceWav.isEmpty())
        args << QStringLiteral("-f") << QStringLiteral("lavfi") << QStringLiteral("-i")
             << QStringLiteral("anullsrc=r=44100:cl=stereo");
    else
        args << QStringLiteral("-i") << request.voiceWav;
    args << QStringLiteral("-filter_complex") << videoFilter + QLatin1Char(';') + audioFilter << QStringLiteral("-map")
         << QStringLiteral("[v]") << QStringLiteral("-map") << QStringLiteral("[a]") << QStringLiteral("-c:v")
         << QStringLiteral("libx264") << QStringLiteral("-preset") << QStringLiteral("veryfast")
         << QStringLiteral("-profile:v") << QStringLiteral("high") << QStringLiteral("-pix_fmt")
         << QStringLiteral("yuv420p") << QStringLiteral("-crf") << QStringLiteral("21") << QStringLiteral("-maxrate")
         << QString::number(maxRate) << QStringLiteral("-bufsize") << QString::number(2 * maxRate)
         << QStringLiteral("-g") << QString::number(2 * target.fps) << QStringLiteral("-c:a") << QStringLiteral("aac")
         << QStringLiteral("-b:a") << QString::number(kAudioBitsPerSecond) << QStringLiteral("-ac")
         << QStringLiteral("2") << QStringLiteral("-t") << duration << QStringLiteral("-movflags")
         << QStringLiteral("+faststart") << QStringLiteral("-progress") << QStringLiteral("pipe:1")
         << QStringLiteral("-nostats") << request.outputPath;

    // ffmpeg reports "out_time_us=…" lines on stdout; turn them into percent.
    QByteArray pending;
    const auto onOutput = [&](const QByteArray &chunk) {
        pending += chunk;
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(newline).trimmed();
            pending.remove(0, newline + 1);
            if (line.startsWith("out_time_us=") && progress) {
                const double done = line.mid(12).toDouble() / 1e6;
                progress(qBound(0, int(100 * done / total), 99));
            }
        }
    };
    // Encoding still frames runs far faster than real time; allow generously.
    const int timeoutMs = int(qMax(120.0, total * 20) * 1000);
    const ToolRunResult run = runTool(*ffmpeg, args, cancel, timeoutMs, onOutput);
    if (!run.succeeded()) {
        QFile::remove(request.outputPath);
        *error = run.failureText(*ffmpeg);
        return std::nullopt;
    }
    ComposedVideo video{request.outputPath, total, QFileInfo(request.outputPath).size()};
    if (video.bytes <= 0 || video.bytes > target.maxBytes) {
        QFile::remove(request.outputPath);
        *error = QCoreApplication::translate("cf::VideoComposer", "The video came out at %1 MB, over the platform's limit of %2 MB.")
                     .arg(video.bytes / 1048576.0, 0, 'f', 1)
                     .arg(target.maxBytes / 1048576.0, 0, 'f', 1);
        return std::nullopt;
    }
    if (progress)
        progress(100);
    return video;
}

} // namespace cf
