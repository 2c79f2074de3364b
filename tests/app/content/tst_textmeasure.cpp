// Text measures as the platforms count, and UTM links.
#include "app/content/text/TextMeasure.h"
#include "app/content/text/UtmBuilder.h"

#include <QTest>
#include <QUrlQuery>

using namespace cf;

class TestTextMeasure : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void xWeighting()
    {
        QCOMPARE(textmeasure::xWeighted(QStringLiteral("hello")), 5);
        QCOMPARE(textmeasure::xWeighted(QStringLiteral("مرحبا")), 5);          // Arabic is in U+0000-U+10FF
        QCOMPARE(textmeasure::xWeighted(QStringLiteral("日本")), 4);            // CJK weighs 2
        QCOMPARE(textmeasure::xWeighted(QStringLiteral("👍🏽")), 2);          // emoji + modifier: one sequence
        QCOMPARE(textmeasure::xWeighted(QStringLiteral("👩‍👩‍👧")), 2);       // ZWJ family
        QCOMPARE(textmeasure::xWeighted(QStringLiteral("a “b”")), 5);          // U+201C/D weigh 1
        QCOMPARE(textmeasure::xWeighted(QStringLiteral("see https://example.com/a/very/long/path?x=1 now")), 4 + 23 + 4);
        QCOMPARE(textmeasure::xWeighted(QString(280, QLatin1Char('a'))), 280);
    }

    void otherCounts()
    {
        const QString shadda = QStringLiteral("تسوّق"); // 4 letters + a shadda
        QCOMPARE(textmeasure::codePoints(shadda), 5);
        QCOMPARE(textmeasure::graphemes(shadda), 4);
        QCOMPARE(textmeasure::measure(shadda, CountMethod::Utf16), 5);
        QCOMPARE(textmeasure::measure(QStringLiteral("😀"), CountMethod::Utf16), 2);
        QCOMPARE(textmeasure::codePoints(QStringLiteral("😀")), 1);
        QCOMPARE(textmeasure::utf8Bytes(QStringLiteral("ب")), 2);
        QCOMPARE(textmeasure::tiktokAd(QStringLiteral("ab日")), 4);
        QCOMPARE(textmeasure::measure(QStringLiteral("ب"), CountMethod::UrlEncoded), 6);
    }

    void truncationKeepsGraphemesAndFits()
    {
        const QString text = QStringLiteral("Ramadan Kareem from all of us at Layla");
        const QString cut = textmeasure::truncateToFit(text, 20, CountMethod::Graphemes);
        QVERIFY(textmeasure::graphemes(cut) <= 20);
        QVERIFY(cut.endsWith(QStringLiteral("…")));
        QCOMPARE(textmeasure::truncateToFit(text, 100, CountMethod::Graphemes), text);
        const QString arabic = QStringLiteral("تسوّقي الآن من تشكيلة رمضان");
        const QString arCut = textmeasure::truncateToFit(arabic, 10, CountMethod::CodePoints);
        QVERIFY(textmeasure::codePoints(arCut) <= 10);
        QVERIFY(!arCut.contains(QChar(0xFFFD)));
        QCOMPARE(textmeasure::withoutEmoji(QStringLiteral("Ramadan 🌙 deals ✨")), QStringLiteral("Ramadan deals"));
        QVERIFY(textmeasure::containsEmoji(QStringLiteral("a 🌙")));
        QVERIFY(!textmeasure::containsEmoji(QStringLiteral("رمضان كريم")));
    }

    void utmParameters()
    {
        const QString url = utm::withUtm(QStringLiteral("https://shop.example/p?id=3&utm_source=old#reviews"),
                                         {QStringLiteral("tiktok"), QStringLiteral("paid_social"), QStringLiteral("cf4-ramadan"),
                                          QStringLiteral("item9-offer")});
        const QUrl parsed(url);
        const QUrlQuery q(parsed);
        QCOMPARE(q.queryItemValue(QStringLiteral("id")), QStringLiteral("3"));
        QCOMPARE(q.allQueryItemValues(QStringLiteral("utm_source")), QStringList{QStringLiteral("tiktok")});
        QCOMPARE(q.queryItemValue(QStringLiteral("utm_medium")), QStringLiteral("paid_social"));
        QCOMPARE(q.queryItemValue(QStringLiteral("utm_content")), QStringLiteral("item9-offer"));
        QCOMPARE(parsed.fragment(), QStringLiteral("reviews"));
        QVERIFY(utm::withUtm(QStringLiteral("not a url"), {}).isEmpty());
        QVERIFY(utm::withUtm(QStringLiteral("javascript:alert(1)"), {}).isEmpty());
        QCOMPARE(utm::token(QStringLiteral("Back to School!")), QStringLiteral("back-to-school"));
        QCOMPARE(utm::token(QStringLiteral("رمضان")), QString());
    }
};

QTEST_GUILESS_MAIN(TestTextMeasure)
#include "tst_textmeasure.moc"
