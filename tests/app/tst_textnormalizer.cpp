#include "app/planning/parser/TextNormalizer.h"

#include <QTest>

using cf::NormalizedText;
using cf::TextNormalizer;

class TestTextNormalizer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void folds_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("folded");
        QTest::newRow("latin case") << QStringLiteral("TikTok") << QStringLiteral("tiktok");
        QTest::newRow("latin accents") << QStringLiteral("Montréal São") << QStringLiteral("montreal sao");
        QTest::newRow("alef variants") << QString::fromUtf8("أإآٱا") << QString::fromUtf8("ااااا");
        QTest::newRow("teh marbuta and alef maksura") << QString::fromUtf8("مدينة مستشفى") << QString::fromUtf8("مدينه مستشفي");
        QTest::newRow("hamza seats") << QString::fromUtf8("مؤتمر رئيس") << QString::fromUtf8("موتمر رييس");
        QTest::newRow("diacritics") << QString::fromUtf8("حَمْلَةٌ") << QString::fromUtf8("حمله");
        QTest::newRow("shadda and superscript alef") << QString::fromUtf8("الرِّياض هٰذا") << QString::fromUtf8("الرياض هذا");
        QTest::newRow("tatweel") << QString::fromUtf8("ميزانيـــة") << QString::fromUtf8("ميزانيه");
        QTest::newRow("persian letters") << QString::fromUtf8("انستگرام چای ی ک") << QString::fromUtf8("انستكرام جاي ي ك");
        QTest::newRow("arabic-indic digits") << QString::fromUtf8("٠١٢٣٤٥٦٧٨٩") << QStringLiteral("0123456789");
        QTest::newRow("eastern arabic-indic digits") << QString::fromUtf8("۰۱۲۳۴۵۶۷۸۹") << QStringLiteral("0123456789");
        QTest::newRow("decimal and thousands separators") << QString::fromUtf8("٢٫٥ ١٢٬٥٠٠") << QStringLiteral("2.5 12,500");
        QTest::newRow("arabic punctuation") << QString::fromUtf8("نعم، لا؛ لماذا؟ ٥٠٪") << QString::fromUtf8("نعم, لا; لماذا? 50%");
        QTest::newRow("dashes and spaces") << QString::fromUtf8("25–40\u00A018—24") << QStringLiteral("25-40 18-24");
        QTest::newRow("presentation form ligature") << QString::fromUtf8("\uFEFB") << QString::fromUtf8("لا");
        QTest::newRow("full width") << QString::fromUtf8("ＩＧ") << QStringLiteral("ig");
        QTest::newRow("invisible marks") << QString::fromUtf8("a\u200Fb\u200Dc") << QStringLiteral("abc");
    }
    void folds()
    {
        QFETCH(QString, input);
        QFETCH(QString, folded);
        QCOMPARE(TextNormalizer::fold(input), folded);
    }

    void offsetMapPointsBackAtTheOriginal()
    {
        // Diacritics and tatweel disappear; each folded letter still maps
        // to the letter it came from.
        const QString original = QString::fromUtf8("بِمِيزَانِيَّـــة ٥٠");
        const NormalizedText n = TextNormalizer::normalize(original);
        QCOMPARE(n.text, QString::fromUtf8("بميزانيه 50"));
        QCOMPARE(n.sourceStart.size(), std::size_t(n.text.size()));
        QCOMPARE(n.sourceEnd.size(), std::size_t(n.text.size()));
        const qsizetype digits = n.text.indexOf(QStringLiteral("50"));
        const cf::TextSpan span = n.originalSpan(digits, digits + 2);
        QCOMPARE(original.mid(span.start, span.end - span.start), QString::fromUtf8("٥٠"));
        const cf::TextSpan word = n.originalSpan(0, 8);
        QCOMPARE(original.mid(word.start, word.end - word.start), QString::fromUtf8("بِمِيزَانِيَّـــة"));
    }

    void offsetsAreMonotonicAndInBounds()
    {
        const QString original = QString::fromUtf8("🔥 Ｉnstagram ﻻ حَمْلَة é ٢٫٥");
        const NormalizedText n = TextNormalizer::normalize(original);
        qsizetype previous = 0;
        for (std::size_t i = 0; i < n.sourceStart.size(); ++i) {
            QVERIFY(n.sourceStart[i] >= previous);
            QVERIFY(n.sourceStart[i] < n.sourceEnd[i]);
            QVERIFY(n.sourceEnd[i] <= original.size());
            previous = n.sourceStart[i];
        }
    }

    void surrogatePairsStayWhole()
    {
        const QString original = QString::fromUtf8("a😀b");
        const NormalizedText n = TextNormalizer::normalize(original);
        const qsizetype b = n.text.indexOf(QLatin1Char('b'));
        const cf::TextSpan emoji = n.originalSpan(1, b);
        QCOMPARE(emoji.start, 1);
        QCOMPARE(emoji.end, 3);
    }

    void loneSurrogateDoesNotBreakFolding()
    {
        QString broken = QStringLiteral("ab");
        broken.insert(1, QChar(0xD800));
        const NormalizedText n = TextNormalizer::normalize(broken);
        QCOMPARE(n.sourceStart.size(), std::size_t(n.text.size()));
        QVERIFY(n.text.startsWith(QLatin1Char('a')));
        QVERIFY(n.text.endsWith(QLatin1Char('b')));
    }

    void emptySpanMapsToAPosition()
    {
        const NormalizedText n = TextNormalizer::normalize(QStringLiteral("abc"));
        const cf::TextSpan atEnd = n.originalSpan(3, 3);
        QCOMPARE(atEnd.start, 3);
        QCOMPARE(atEnd.end, 3);
        const cf::TextSpan clamped = n.originalSpan(-5, 99);
        QCOMPARE(clamped.start, 0);
        QCOMPARE(clamped.end, 3);
    }
};

QTEST_GUILESS_MAIN(TestTextNormalizer)
#include "tst_textnormalizer.moc"
