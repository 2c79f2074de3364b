#include "app/content/media/CreativeRenderer.h"
#include "tests/app/media/MediaTestSupport.h"

#include <QFile>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace cf;

class TestCreativeRenderer : public QObject
{
    Q_OBJECT

    static CreativeSpec spec(const QString &language, QSize size = QSize(1080, 1080))
    {
        CreativeSpec s;
        s.size = size;
        s.language = language;
        s.primaryColor = QColor(QStringLiteral("#1b3a5c"));
        if (language == QLatin1String("ar")) {
            s.headline = QStringLiteral("عروض");
            s.offer = QStringLiteral("خصم ٣٠٪");
            s.callToAction = QStringLiteral("تسوّقي الآن");
        } else {
            s.headline = QStringLiteral("Sale");
            s.offer = QStringLiteral("30% off");
            s.callToAction = QStringLiteral("Shop now");
        }
        return s;
    }

    static QString writePhoto(const QTemporaryDir &dir)
    {
        QImage photo(640, 480, QImage::Format_RGB32);
        photo.fill(QColor(QStringLiteral("#d9a066")));
        const QString path = dir.filePath(QStringLiteral("photo.png"));
        photo.save(path);
        return path;
    }

private Q_SLOTS:
    void drawsEveryPlatformSize_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("withPhoto");
        for (const QSize &size : standardCreativeSizes())
            for (const char *language : {"en", "ar"})
                for (bool photo : {false, true})
                    QTest::addRow("%dx%d %s%s", size.width(), size.height(), language, photo ? " photo" : "")
                        << size << QString::fromLatin1(language) << photo;
    }

    void drawsEveryPlatformSize()
    {
        QFETCH(QSize, size);
        QFETCH(QString, language);
        QFETCH(bool, withPhoto);
        QTemporaryDir dir;
        CreativeSpec s = spec(language, size);
        if (withPhoto)
            s.photoPath = writePhoto(dir);
        QString error;
        const auto creative = CreativeRenderer(test::bundledFonts()).render(s, &error);
        QVERIFY2(creative, qPrintable(error));
        QCOMPARE(creative->image.size(), size);
        QVERIFY(!creative->headlineCut);
        const QRectF canvas(QPointF(0, 0), QSizeF(size));
        for (const QRectF &box : {creative->headlineBox, creative->offerBox, creative->ctaBox}) {
            QVERIFY(!box.isEmpty());
            QVERIFY2(canvas.contains(box), "a text box leaves the canvas");
        }
        // Nothing overlaps: headline above the offer above the button.
        QVERIFY(creative->headlineBox.bottom() <= creative->offerBox.top());
        QVERIFY(creative->offerBox.bottom() <= creative->ctaBox.top());
        if (size.height() * 9 == size.width() * 16) {
            // 9:16: text stays out of the platform UI at the top and bottom.
            QVERIFY(creative->headlineBox.top() >= size.height() * 0.12);
            QVERIFY(creative->ctaBox.bottom() <= size.height() * 0.82);
        }
    }

    void arabicTextIsRightAlignedAndEnglishLeftAligned()
    {
        for (const char *language : {"ar", "en"}) {
            const CreativeSpec s = spec(QString::fromLatin1(language));
            QString error;
            const auto creative = CreativeRenderer(test::bundledFonts()).render(s, &error);
            QVERIFY2(creative, qPrintable(error));
            const QRectF box = creative->headlineBox;
            const QRectF ink = test::inkExtent(creative->image, box, creative->palette.text);
            QVERIFY2(!ink.isEmpty(), "no headline ink found");
            // A one-word headline takes well under half of its box...
            QVERIFY(ink.width() < box.width() * 0.6);
            if (QLatin1String(language) == QLatin1String("ar")) {
                // ...and Arabic hugs the right edge, English the left.
                QVERIFY2(box.right() - ink.right() < box.width() * 0.04, "Arabic ink is not at the right");
                QVERIFY(ink.left() - box.left() > box.width() * 0.3);
            } else {
                QVERIFY2(ink.left() - box.left() < box.width() * 0.04, "English ink is not at the left");
                QVERIFY(box.right() - ink.right() > box.width() * 0.3);
            }
        }
    }

    void arabicCreativeMirrorsTheButton()
    {
        QString error;
        const CreativeRenderer renderer(test::bundledFonts());
        const auto ar = renderer.render(spec(QStringLiteral("ar")), &error);
        const auto en = renderer.render(spec(QStringLiteral("en")), &error);
        QVERIFY(ar && en);
        QVERIFY(ar->ctaBox.center().x() > 1080 / 2.0);
        QVERIFY(en->ctaBox.center().x() < 1080 / 2.0);
    }

    // The button's chevron points the way the reader goes: left in Arabic,
    // right in English. Measured on pixels: along a chevron the ink's
    // vertical spread grows from the tip to the open back, so the tip is the
    // side with the narrow first or last column.
    void buttonChevronPointsInTheReadingDirection()
    {
        const CreativeRenderer renderer(test::bundledFonts());
        for (const char *language : {"ar", "en"}) {
            const bool rtl = QLatin1String(language) == QLatin1String("ar");
            QString error;
            const auto creative = renderer.render(spec(QString::fromLatin1(language)), &error);
            QVERIFY2(creative, qPrintable(error));
            const QRectF cta = creative->ctaBox;
            const qreal unit = 1080;
            // The chevron sits at the button's end side, before the label:
            // padding 0.045, chevron 0.6 x 0.024, gap 0.022 (fractions of the short side).
            // Only the rows around the chevron, away from the button's rounded
            // ends (the background there may share the label's colour).
            const qreal inner = unit * 0.03, outer = unit * (0.045 + 0.024 * 0.6 + 0.011), rows = unit * 0.024;
            const qreal bandTop = cta.center().y() - rows;
            const QRectF band = rtl ? QRectF(cta.left() + inner, bandTop, outer - inner, 2 * rows)
                                    : QRectF(cta.right() - outer, bandTop, outer - inner, 2 * rows);
            const QImage image = creative->image.convertToFormat(QImage::Format_ARGB32);
            const QColor ink = creative->palette.onButton;
            QList<int> spreads; // per ink column, left to right
            for (int x = int(band.left()); x < int(band.right()); ++x) {
                int top = -1, bottom = -1;
                for (int y = int(band.top()); y < int(band.bottom()); ++y) {
                    const QRgb px = image.pixel(x, y);
                    if (qAbs(qRed(px) - ink.red()) < 40 && qAbs(qGreen(px) - ink.green()) < 40 && qAbs(qBlue(px) - ink.blue()) < 40) {
                        top = top < 0 ? y : top;
                        bottom = y;
                    }
                }
                if (top >= 0)
                    spreads << bottom - top + 1;
            }
            QVERIFY2(spreads.size() >= 8, "no chevron ink found");
            const int first = spreads.first(), last = spreads.last();
            if (rtl)
                QVERIFY2(first * 2 < last, qPrintable(QStringLiteral("ar: tip %1, back %2").arg(first).arg(last)));
            else
                QVERIFY2(last * 2 < first, qPrintable(QStringLiteral("en: back %1, tip %2").arg(first).arg(last)));
        }
    }

    void longHeadlineShrinksToFit()
    {
        CreativeSpec s = spec(QStringLiteral("en"));
        const auto shortOne = CreativeRenderer(test::bundledFonts()).render(s, nullptr);
        s.headline = QStringLiteral("Everything you need for a generous Ramadan table, delivered before iftar");
        QString error;
        const auto longOne = CreativeRenderer(test::bundledFonts()).render(s, &error);
        QVERIFY2(longOne, qPrintable(error));
        QVERIFY(!longOne->headlineCut);
        QVERIFY(longOne->headlineBox.height() > shortOne->headlineBox.height());
        QVERIFY(longOne->headlineBox.bottom() <= longOne->offerBox.top());
    }

    void textContrastsWithTheBackground()
    {
        QString error;
        CreativeSpec s = spec(QStringLiteral("en"));
        s.primaryColor = QColor(QStringLiteral("#ffd400")); // bright yellow: needs dark text
        const auto creative = CreativeRenderer(test::bundledFonts()).render(s, &error);
        QVERIFY(creative);
        QVERIFY(contrastRatio(creative->palette.text, creative->palette.background) >= 4.5);
        const QRectF ink = test::inkExtent(creative->image, creative->headlineBox, creative->palette.text);
        QVERIFY2(!ink.isEmpty(), "headline not drawn in the contrasting colour");
    }

    void badInputGivesAReason()
    {
        const CreativeRenderer renderer(test::bundledFonts());
        QString error;
        CreativeSpec s = spec(QStringLiteral("en"));
        s.photoPath = QStringLiteral("/nonexistent/photo.jpg");
        QVERIFY(!renderer.render(s, &error));
        QVERIFY(error.contains(QLatin1String("/nonexistent/photo.jpg")));

        QTemporaryDir dir;
        const QString notAnImage = dir.filePath(QStringLiteral("logo.png"));
        QFile file(notAnImage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a PNG");
        file.close();
        s = spec(QStringLiteral("en"));
        s.logoPath = notAnImage;
        error.clear();
        QVERIFY(!renderer.render(s, &error));
        QVERIFY(error.contains(notAnImage));

        s = spec(QStringLiteral("en"), QSize(1000, 1000));
        error.clear();
        QVERIFY(!renderer.render(s, &error));
        QVERIFY(error.contains(QLatin1String("1000x1000")));

        s = spec(QStringLiteral("en"));
        s.headline = QStringLiteral("   ");
        error.clear();
        QVERIFY(!renderer.render(s, &error));
        QVERIFY(!error.isEmpty());
    }

    void logoIsDrawnAtTheStartEdge()
    {
        QTemporaryDir dir;
        QImage logo(300, 100, QImage::Format_ARGB32);
        logo.fill(Qt::transparent);
        {
            QPainter p(&logo);
            p.fillRect(QRect(100, 20, 100, 60), QColor(255, 0, 0)); // padding is trimmed away
        }
        const QString path = dir.filePath(QStringLiteral("logo.png"));
        QVERIFY(logo.save(path));
        for (const char *language : {"en", "ar"}) {
            CreativeSpec s = spec(QString::fromLatin1(language));
            s.logoPath = path;
            const auto creative = CreativeRenderer(test::bundledFonts()).render(s, nullptr);
            QVERIFY(creative);
            const QRectF red = test::inkExtent(creative->image, QRectF(0, 0, 1080, 300), QColor(255, 0, 0));
            QVERIFY2(!red.isEmpty(), "logo not drawn");
            if (QLatin1String(language) == QLatin1String("ar"))
                QVERIFY(red.right() > 1080 - 81 - 4);
            else
                QVERIFY(red.left() < 81 + 4);
        }
    }

    void cacheKeyFollowsContentNotPaths()
    {
        QTemporaryDir dir;
        CreativeSpec s = spec(QStringLiteral("en"));
        s.photoPath = writePhoto(dir);
        QString error;
        const QString first = creativeCacheKey(s, 1, &error);
        QCOMPARE(first.size(), 64);
        QCOMPARE(creativeCacheKey(s, 1, &error), first);
        QVERIFY(creativeCacheKey(s, 2, &error) != first);
        // Same path, different bytes: a different creative.
        QImage other(640, 480, QImage::Format_RGB32);
        other.fill(Qt::blue);
        QVERIFY(other.save(s.photoPath));
        QVERIFY(creativeCacheKey(s, 1, &error) != first);
        CreativeSpec changed = s;
        changed.offer = QStringLiteral("40% off");
        QVERIFY(creativeCacheKey(changed, 1, &error) != creativeCacheKey(s, 1, &error));
        s.photoPath = dir.filePath(QStringLiteral("missing.png"));
        QVERIFY(creativeCacheKey(s, 1, &error).isEmpty());
        QVERIFY(error.contains(QLatin1String("missing.png")));
    }
};

QTEST_MAIN(TestCreativeRenderer)
#include "tst_creativerenderer.moc"
