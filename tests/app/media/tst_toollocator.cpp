#include "app/content/media/ToolLocator.h"

#include <QTest>

using namespace cf;

class TestToolLocator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void explicitPathThatDoesNotExistMeansMissing()
    {
        const ToolLocator tools(ToolLocator::Overrides{QStringLiteral("/nonexistent/ffmpeg"), QStringLiteral("/nonexistent/ffprobe"),
                                                       QStringLiteral("/nonexistent/espeak-ng")});
        QVERIFY(!tools.find(MediaTool::Ffmpeg));
        QVERIFY(!tools.find(MediaTool::Ffprobe));
        QVERIFY(!tools.find(MediaTool::EspeakNg));
    }

    void missingMessageNamesTheToolAndHowToInstallIt()
    {
        const QString ffmpeg = ToolLocator::missingMessage(MediaTool::Ffmpeg);
        const QString espeak = ToolLocator::missingMessage(MediaTool::EspeakNg);
        QVERIFY(ffmpeg.contains(QLatin1String("ffmpeg")));
        QVERIFY(espeak.contains(QLatin1String("espeak-ng")));
        QVERIFY(ffmpeg.contains(QLatin1String("images still work")));
#if defined(Q_OS_LINUX)
        QVERIFY(ffmpeg.contains(QLatin1String("apt install ffmpeg")));
        QVERIFY(espeak.contains(QLatin1String("apt install espeak-ng")));
#elif defined(Q_OS_MACOS)
        QVERIFY(ffmpeg.contains(QLatin1String("brew install ffmpeg")));
#endif
    }

    void findsInstalledToolsOnPath()
    {
        const ToolLocator tools;
        const auto ffmpeg = tools.find(MediaTool::Ffmpeg);
        if (!ffmpeg)
            QSKIP("ffmpeg is not installed on this machine");
        QVERIFY(ffmpeg->endsWith(QLatin1String("ffmpeg")) || ffmpeg->endsWith(QLatin1String("ffmpeg.exe")));
    }
};

QTEST_MAIN(TestToolLocator)
#include "tst_toollocator.moc"
