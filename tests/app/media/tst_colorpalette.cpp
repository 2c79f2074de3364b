#include "app/content/media/ColorPalette.h"

#include <QTest>

using namespace cf;

class TestColorPalette : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contrastRatioMatchesWcag()
    {
        QCOMPARE(qRound(contrastRatio(Qt::black, Qt::white) * 10), 210);
        QCOMPARE(contrastRatio(Qt::red, Qt::red), 1.0);
        // #777777 on white is the classic just-failing grey (4.48:1).
        QVERIFY(qAbs(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) - 4.48) < 0.01);
    }

    void everyBrandColourGetsReadableText_data()
    {
        QTest::addColumn<QString>("primary");
        QTest::addColumn<QString>("accent");
        for (const char *color : {"#ffffff", "#000000", "#777777", "#808080", "#ffd400", "#e91e63", "#1b3a5c", "#00a86b",
                                  "#7f7f00", "#ff6600"})
            for (const char *accent : {"", "#ffffff", "#1b3a5c", "#f0c000"})
                QTest::addRow("%s/%s", color, accent) << QString::fromLatin1(color) << QString::fromLatin1(accent);
    }

    void everyBrandColourGetsReadableText()
    {
        QFETCH(QString, primary);
        QFETCH(QString, accent);
        const CreativePalette p =
            makeCreativePalette(QColor::fromString(primary), QColor(), accent.isEmpty() ? QColor() : QColor::fromString(accent));
        QVERIFY(contrastRatio(p.text, p.background) >= 4.5);
        QVERIFY(contrastRatio(p.text, p.backgroundDeep) >= 4.5);
        QVERIFY(contrastRatio(p.onAccent, p.accent) >= 4.5);
        QVERIFY(contrastRatio(p.onButton, p.button) >= 4.5);
        // The badge stands out from the background it sits on.
        QVERIFY(contrastRatio(p.accent, p.background) >= 1.5);
    }

    void readableColoursKeepTheBrandHue()
    {
        // A mid grey-blue is darkened for white text, not replaced.
        const QColor brand(0x5b, 0x7f, 0xa6);
        const CreativePalette p = makeCreativePalette(brand, QColor(), QColor());
        QVERIFY(contrastRatio(p.text, p.background) >= 4.5);
        QVERIFY(qAbs(p.background.hslHue() - brand.hslHue()) <= 3);
    }

    void givenAccentIsUsedWhenItStandsOut()
    {
        const CreativePalette p = makeCreativePalette(QColor(0x1b, 0x3a, 0x5c), QColor(), QColor(0xf0, 0xc0, 0x00));
        QCOMPARE(p.accent, QColor(0xf0, 0xc0, 0x00));
    }
};

QTEST_MAIN(TestColorPalette)
#include "tst_colorpalette.moc"
