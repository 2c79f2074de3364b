#include "app/content/media/VoiceOver.h"
#include "app/content/media/WavAudio.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cf;

class TestVoiceOver : public QObject
{
    Q_OBJECT

    static VideoScript script(const QString &language)
    {
        VideoScript s;
        s.language = language;
        if (language == QLatin1String("ar")) {
            s.scenes = {{QStringLiteral("رمضان كريم"), QStringLiteral("رمضان كريم من متجرنا"), 2.0},
                        {QStringLiteral("خصم ٣٠٪"), QStringLiteral("خصم ثلاثين بالمئة على كل المنتجات حتى نهاية الشهر"), 2.0},
                        {QStringLiteral("تسوّقي الآن"), QString(), 1.5}};
        } else {
            s.scenes = {{QStringLiteral("Ramadan Kareem"), QStringLiteral("Ramadan Kareem from our store"), 2.0},
                        {QStringLiteral("30% off"), QStringLiteral("Thirty percent off everything until the end of the month"), 2.0},
                        {QStringLiteral("Shop now"), QString(), 1.5}};
        }
        return s;
    }

private Q_SLOTS:
    void speaksEachLanguageToAWavWithScenesInStep_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ar") << QStringLiteral("ar");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void speaksEachLanguageToAWavWithScenesInStep()
    {
        QFETCH(QString, language);
        const ToolLocator tools;
        if (!tools.find(MediaTool::EspeakNg))
            QSKIP("espeak-ng is not installed");
        QTemporaryDir dir;
        const QString wav = dir.filePath(QStringLiteral("voice.wav"));
        QString error;
        int lastProgress = -1;
        const auto track = VoiceOver(tools).synthesize(script(language), wav, CancelToken(),
                                                       [&](int p) { lastProgress = p; }, &error);
        QVERIFY2(track, qPrintable(error));
        QCOMPARE(lastProgress, 100);
        QCOMPARE(track->sceneSeconds.size(), size_t(3));
        // The long second sentence takes longer than its planned 2 s; the
        // silent last scene keeps its planned length.
        QVERIFY(track->sceneSeconds[1] > 2.5);
        QVERIFY(track->sceneSeconds[1] < 10);
        QCOMPARE(track->sceneSeconds[2], 1.5);
        QFile file(wav);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto audio = parseWav(file.readAll(), &error);
        QVERIFY2(audio, qPrintable(error));
        QVERIFY(qAbs(audio->seconds() - track->totalSeconds) < 0.05);
        // Plausible speech: between 4 and 20 seconds for these three scenes,
        // and not silence.
        QVERIFY(audio->seconds() > 4 && audio->seconds() < 20);
        qint64 loud = 0;
        const auto *samples = reinterpret_cast<const qint16 *>(audio->pcm.constData());
        for (qint64 i = 0; i < audio->pcm.size() / 2; ++i)
            loud += qAbs(samples[i]) > 1000;
        QVERIFY(loud > audio->sampleRate / 2);
    }

    void missingEngineSaysWhatToInstall()
    {
        const ToolLocator tools(ToolLocator::Overrides{{}, {}, QStringLiteral("/nonexistent/espeak-ng")});
        QTemporaryDir dir;
        QString error;
        const auto track = VoiceOver(tools).synthesize(script(QStringLiteral("en")), dir.filePath(QStringLiteral("v.wav")),
                                                       CancelToken(), {}, &error);
        QVERIFY(!track);
        QVERIFY2(error.contains(QLatin1String("espeak-ng")), qPrintable(error));
        QCOMPARE(error, ToolLocator::missingMessage(MediaTool::EspeakNg));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("v.wav"))));
    }

    void cancelledBeforeStartProducesNothing()
    {
        const ToolLocator tools;
        if (!tools.find(MediaTool::EspeakNg))
            QSKIP("espeak-ng is not installed");
        QTemporaryDir dir;
        CancelToken cancel;
        cancel.cancel();
        QString error;
        QVERIFY(!VoiceOver(tools).synthesize(script(QStringLiteral("ar")), dir.filePath(QStringLiteral("v.wav")), cancel, {},
                                             &error));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("v.wav"))));
    }

    void wavRoundTripAndBadData()
    {
        WavAudio audio;
        audio.sampleRate = 16000;
        audio.padTo(1.5);
        QString error;
        const auto back = parseWav(encodeWav(audio), &error);
        QVERIFY(back);
        QCOMPARE(back->sampleRate, 16000);
        QCOMPARE(back->seconds(), 1.5);
        QVERIFY(!parseWav(QByteArray("RIFF\0\0\0\0WAVEjunk", 16), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!parseWav(QByteArray(), &error));
    }
};

QTEST_MAIN(TestVoiceOver)
#include "tst_voiceover.moc"
