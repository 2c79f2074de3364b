#include "app/content/media/MediaLimits.h"
#include "app/content/media/VideoComposer.h"
#include "app/content/media/VoiceOver.h"
#include "tests/app/media/MediaTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cf;

class TestVideoComposer : public QObject
{
    Q_OBJECT

    struct Probe
    {
        QString videoCodec;
        QString audioCodec;
        QString profile;
        QString pixelFormat;
        QSize size;
        double seconds = 0;
    };

    static std::optional<Probe> probe(const QString &file)
    {
        const auto ffprobe = ToolLocator().find(MediaTool::Ffprobe);
        if (!ffprobe)
            return std::nullopt;
        QProcess p;
        p.start(*ffprobe, {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"),
                           QStringLiteral("format=duration:stream=codec_type,codec_name,profile,width,height,pix_fmt"),
                           QStringLiteral("-of"), QStringLiteral("json"), file});
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return std::nullopt;
        const QJsonObject root = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        Probe result;
        result.seconds = root.value(QLatin1String("format")).toObject().value(QLatin1String("duration")).toString().toDouble();
        for (const QJsonValue &v : root.value(QLatin1String("streams")).toArray()) {
            const QJsonObject s = v.toObject();
            if (s.value(QLatin1String("codec_type")).toString() == QLatin1String("video")) {
                result.videoCodec = s.value(QLatin1String("codec_name")).toString();
                result.profile = s.value(QLatin1String("profile")).toString();
                result.pixelFormat = s.value(QLatin1String("pix_fmt")).toString();
                result.size = QSize(s.value(QLatin1String("width")).toInt(), s.value(QLatin1String("height")).toInt());
            } else if (s.value(QLatin1String("codec_type")).toString() == QLatin1String("audio")) {
                result.audioCodec = s.value(QLatin1String("codec_name")).toString();
            }
        }
        return result;
    }

    static VideoScript script()
    {
        VideoScript s;
        s.language = QStringLiteral("ar");
        s.scenes = {{QStringLiteral("رمضان كريم"), QStringLiteral("أهلاً بكم في تخفيضات رمضان"), 2.0},
                    {QStringLiteral("خصم ٣٠٪"), QStringLiteral("خصم ثلاثين بالمئة على كل العبايات حتى نهاية الشهر الكريم"), 2.5},
                    {QStringLiteral("تسوّقي الآن"), QStringLiteral("تسوّقي الآن"), 1.5}};
        return s;
    }

    static CreativeSpec look(QSize size)
    {
        CreativeSpec s;
        s.size = size;
        s.language = QStringLiteral("ar");
        s.headline = QStringLiteral("تخفيضات رمضان");
        s.offer = QStringLiteral("خصم ٣٠٪");
        s.callToAction = QStringLiteral("تسوّقي الآن");
        s.primaryColor = QColor(QStringLiteral("#6a1b4d"));
        return s;
    }

    static VideoTarget target(Platform platform, ContentType type)
    {
        QString error;
        const auto limits = MediaLimits::loadBuiltIn(&error);
        if (!limits)
            qFatal("%s", qPrintable(error));
        return *limits->videoTarget(platform, type);
    }

private Q_SLOTS:
    void limitsTablePicksTheFormatPerPlatform()
    {
        QString error;
        const auto limits = MediaLimits::loadBuiltIn(&error);
        QVERIFY2(limits, qPrintable(error));
        QCOMPARE(limits->videoTarget(Platform::TikTok, ContentType::ShortVideo)->size, QSize(1080, 1920));
        QCOMPARE(limits->videoTarget(Platform::Instagram, ContentType::Video)->size, QSize(1080, 1920)); // Reels
        QCOMPARE(limits->videoTarget(Platform::Facebook, ContentType::Video)->size, QSize(1080, 1080));
        QCOMPARE(limits->videoTarget(Platform::Facebook, ContentType::Story)->size, QSize(1080, 1920));
        QCOMPARE(limits->videoTarget(Platform::YouTube, ContentType::Video)->size, QSize(1280, 720));
        QCOMPARE(limits->videoTarget(Platform::Snapchat, ContentType::Story)->maxBytes, qint64(32) * 1024 * 1024);
        QCOMPARE(limits->videoTarget(Platform::X, ContentType::Video)->maxSeconds, 140.0);
        QVERIFY(!limits->videoTarget(Platform::WordPress, ContentType::BlogPost));
        QVERIFY(!MediaLimits::fromJson("{\"formats\": 3}", &error));
        QVERIFY(!error.isEmpty());
    }

    void composesAVerticalVideoWithVoiceAndCaptions()
    {
        const ToolLocator tools;
        if (!tools.find(MediaTool::Ffmpeg) || !tools.find(MediaTool::Ffprobe))
            QSKIP("ffmpeg/ffprobe are not installed");
        if (!tools.find(MediaTool::EspeakNg))
            QSKIP("espeak-ng is not installed");
        QTemporaryDir dir;
        QString error;
        const auto voice = VoiceOver(tools).synthesize(script(), dir.filePath(QStringLiteral("voice.wav")), CancelToken(), {},
                                                       &error);
        QVERIFY2(voice, qPrintable(error));
        const VideoTarget tiktok = target(Platform::TikTok, ContentType::ShortVideo);
        const CreativeRenderer renderer(test::bundledFonts());
        const auto segments = buildVideoSegments(look(tiktok.size), script(), voice->sceneSeconds, renderer, &error);
        QVERIFY2(segments, qPrintable(error));
        QVERIFY(segments->size() >= 3); // the long sentence is split into caption chunks
        int lastProgress = 0;
        const VideoRequest request{*segments, voice->wavPath, tiktok, dir.filePath(QStringLiteral("out.mp4"))};
        const auto video = VideoComposer(tools).compose(request, CancelToken(), [&](int p) { lastProgress = p; }, &error);
        QVERIFY2(video, qPrintable(error));
        QCOMPARE(lastProgress, 100);
        const auto probed = probe(video->path);
        QVERIFY(probed);
        QCOMPARE(probed->videoCodec, QStringLiteral("h264"));
        QCOMPARE(probed->audioCodec, QStringLiteral("aac"));
        QCOMPARE(probed->pixelFormat, QStringLiteral("yuv420p"));
        QCOMPARE(probed->size, QSize(1080, 1920));
        QVERIFY2(qAbs(probed->seconds - voice->totalSeconds) < 0.25,
                 qPrintable(QStringLiteral("%1 vs %2").arg(probed->seconds).arg(voice->totalSeconds)));
        QVERIFY(video->bytes < tiktok.maxBytes);
    }

    void shortScriptIsHeldToThePlatformMinimumAndLongOneRefused()
    {
        const ToolLocator tools;
        if (!tools.find(MediaTool::Ffmpeg) || !tools.find(MediaTool::Ffprobe))
            QSKIP("ffmpeg/ffprobe are not installed");
        QTemporaryDir dir;
        QString error;
        VideoTarget square = target(Platform::Facebook, ContentType::Video);
        QImage frame(square.size, QImage::Format_RGB32);
        frame.fill(Qt::darkCyan);
        // 1 s of pictures, silent: the platform minimum (3 s) applies.
        VideoRequest request{{{frame, 1.0}}, QString(), square, dir.filePath(QStringLiteral("short.mp4"))};
        const auto video = VideoComposer(tools).compose(request, CancelToken(), {}, &error);
        QVERIFY2(video, qPrintable(error));
        const auto probed = probe(video->path);
        QVERIFY(probed);
        QVERIFY(qAbs(probed->seconds - square.minSeconds) < 0.2);
        QCOMPARE(probed->audioCodec, QStringLiteral("aac"));

        request.segments = {{frame, square.maxSeconds + 5}};
        request.outputPath = dir.filePath(QStringLiteral("long.mp4"));
        QVERIFY(!VideoComposer(tools).compose(request, CancelToken(), {}, &error));
        QVERIFY(error.contains(QString::number(qRound(square.maxSeconds))));
        QVERIFY(!QFile::exists(request.outputPath));

        // A frame of the wrong size is refused, not stretched.
        request.segments = {{QImage(640, 480, QImage::Format_RGB32), 3.0}};
        QVERIFY(!VideoComposer(tools).compose(request, CancelToken(), {}, &error));
        QVERIFY(error.contains(QLatin1String("640x480")));
    }

    void missingFfmpegSaysWhatToInstall()
    {
        const ToolLocator tools(ToolLocator::Overrides{QStringLiteral("/nonexistent/ffmpeg"), {}, {}});
        QImage frame(1080, 1080, QImage::Format_RGB32);
        QTemporaryDir dir;
        QString error;
        const VideoRequest request{{{frame, 3.0}}, QString(), target(Platform::Facebook, ContentType::Video),
                                   dir.filePath(QStringLiteral("x.mp4"))};
        QVERIFY(!VideoComposer(tools).compose(request, CancelToken(), {}, &error));
        QCOMPARE(error, ToolLocator::missingMessage(MediaTool::Ffmpeg));
    }
};

QTEST_MAIN(TestVideoComposer)
#include "tst_videocomposer.moc"
