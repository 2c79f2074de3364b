#include "tests/support/TestPaths.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestRenderCommand : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    static Run cli(const QStringList &args)
    {
        QProcess p;
        p.start(cf::test::cliPath(), QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("render")} + args);
        Run r;
        if (!p.waitForFinished(60000))
            return r;
        r.code = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

private Q_SLOTS:
    void drawsAnArabicStoryCreative()
    {
        QTemporaryDir dir;
        const QString output = dir.filePath(QStringLiteral("story.png"));
        const Run r = cli({QStringLiteral("--size"), QStringLiteral("1080x1920"), QStringLiteral("--lang"), QStringLiteral("ar"),
                           QStringLiteral("--headline"), QStringLiteral("تخفيضات رمضان"), QStringLiteral("--offer"),
                           QStringLiteral("خصم ٣٠٪"), QStringLiteral("--cta"), QStringLiteral("تسوّقي الآن"),
                           QStringLiteral("--brand-color"), QStringLiteral("#0e5e6f"), QStringLiteral("--output"), output});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(output));
        const QImage image(output);
        QCOMPARE(image.size(), QSize(1080, 1920));
        // The brand colour fills the background at the start (right) corner.
        const QColor corner = image.pixelColor(1074, 5);
        QVERIFY(qAbs(corner.red() - 0x0e) < 12 && qAbs(corner.green() - 0x5e) < 12 && qAbs(corner.blue() - 0x6f) < 12);
    }

    void refusesBadArguments()
    {
        QTemporaryDir dir;
        const QString output = dir.filePath(QStringLiteral("x.png"));
        Run r = cli({QStringLiteral("--size"), QStringLiteral("999x999"), QStringLiteral("--headline"), QStringLiteral("Hi"),
                     QStringLiteral("--output"), output});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("999x999")));
        r = cli({QStringLiteral("--headline"), QStringLiteral("Hi"), QStringLiteral("--brand-color"), QStringLiteral("blue"),
                 QStringLiteral("--output"), output});
        QCOMPARE(r.code, 2);
        r = cli({QStringLiteral("--output"), output});
        QCOMPARE(r.code, 2);
        r = cli({QStringLiteral("--headline"), QStringLiteral("Hi"), QStringLiteral("--photo"), dir.filePath(QStringLiteral("none.jpg")),
                 QStringLiteral("--output"), output});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("none.jpg")));
        QVERIFY(!QFile::exists(output));
    }
};

QTEST_MAIN(TestRenderCommand)
#include "tst_rendercommand.moc"
