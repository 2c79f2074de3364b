#include "app/planning/parser/Tokenizer.h"

#include <QTest>

using cf::Token;
using cf::TextNormalizer;
using cf::Tokenizer;

namespace {

QStringList texts(const cf::TokenList &tokens)
{
    QStringList out;
    for (const Token &t : tokens)
        out.append(t.text);
    return out;
}

cf::TokenList tokenize(const QString &text)
{
    return Tokenizer::tokenize(TextNormalizer::normalize(text));
}

} // namespace

class TestTokenizer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void splits_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("tokens");
        QTest::newRow("words and numbers") << QStringLiteral("1000 SAR budget") << QStringList{QStringLiteral("1000"), QStringLiteral("sar"), QStringLiteral("budget")};
        QTest::newRow("5k") << QStringLiteral("5k") << QStringList{QStringLiteral("5"), QStringLiteral("k")};
        QTest::newRow("range") << QStringLiteral("25-40") << QStringList{QStringLiteral("25"), QStringLiteral("-"), QStringLiteral("40")};
        QTest::newRow("money symbol") << QStringLiteral("$800/day") << QStringList{QStringLiteral("$"), QStringLiteral("800"), QStringLiteral("/"), QStringLiteral("day")};
        QTest::newRow("thousands") << QStringLiteral("SAR 2,500") << QStringList{QStringLiteral("sar"), QStringLiteral("2,500")};
        QTest::newRow("arabic thousands") << QString::fromUtf8("١٢٬٥٠٠") << QStringList{QStringLiteral("12,500")};
        QTest::newRow("dotted date") << QStringLiteral("15.08.2027") << QStringList{QStringLiteral("15"), QStringLiteral("."), QStringLiteral("08"), QStringLiteral("."), QStringLiteral("2027")};
        QTest::newRow("not thousands") << QStringLiteral("25,30") << QStringList{QStringLiteral("25"), QStringLiteral(","), QStringLiteral("30")};
        QTest::newRow("hyphenated words") << QStringLiteral("e-mail twenty-five") << QStringList{QStringLiteral("e"), QStringLiteral("mail"), QStringLiteral("twenty"), QStringLiteral("five")};
        QTest::newRow("apostrophe") << QStringLiteral("Mother's Day") << QStringList{QStringLiteral("mothers"), QStringLiteral("day")};
        QTest::newRow("script change") << QString::fromUtf8("بـInstagram") << QStringList{QString::fromUtf8("ب"), QStringLiteral("instagram")};
        QTest::newRow("arabic and digits") << QString::fromUtf8("و٤٠") << QStringList{QString::fromUtf8("و"), QStringLiteral("40")};
    }
    void splits()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, tokens);
        QCOMPARE(texts(tokenize(input)), tokens);
    }

    void numbersCarryValues()
    {
        const cf::TokenList tokens = tokenize(QString::fromUtf8("٢٫٥ 1,000,000 08"));
        QCOMPARE(tokens.size(), std::size_t(3));
        QCOMPARE(tokens[0].value, 2.5);
        QCOMPARE(tokens[1].value, 1000000.0);
        QCOMPARE(tokens[2].value, 8.0);
        QCOMPARE(tokens[2].digitCount, 2);
        QCOMPARE(tokens[0].digitCount, 0); // not a plain integer
    }

    void arabicPrefixesGiveForms_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("form");
        QTest::newRow("conjunction") << QString::fromUtf8("وتيك") << QString::fromUtf8("تيك");
        QTest::newRow("preposition") << QString::fromUtf8("بميزانية") << QString::fromUtf8("ميزانيه");
        QTest::newRow("lam") << QString::fromUtf8("لعيد") << QString::fromUtf8("عيد");
        QTest::newRow("conjunction + article") << QString::fromUtf8("والإسكندرية") << QString::fromUtf8("الاسكندريه");
        QTest::newRow("conjunction + preposition") << QString::fromUtf8("وبالرياض") << QString::fromUtf8("الرياض");
        QTest::newRow("lam + article") << QString::fromUtf8("للعملاء") << QString::fromUtf8("العملاء");
        QTest::newRow("fa") << QString::fromUtf8("فالرياض") << QString::fromUtf8("الرياض");
    }
    void arabicPrefixesGiveForms()
    {
        QFETCH(QString, word);
        QFETCH(QString, form);
        const cf::TokenList tokens = tokenize(word);
        QCOMPARE(tokens.size(), std::size_t(1));
        QVERIFY2(tokens[0].forms.contains(form), qPrintable(tokens[0].forms.join(QLatin1Char(' '))));
        QCOMPARE(tokens[0].forms.first(), tokens[0].text);
        QCOMPARE(tokens[0].forms.size(), qsizetype(tokens[0].prefixes.size()));
    }

    void wordsWithoutPrefixesHaveOneForm()
    {
        const cf::TokenList tokens = tokenize(QString::fromUtf8("سناب"));
        QCOMPARE(tokens[0].forms, QStringList{QString::fromUtf8("سناب")});
    }

    void capitalisationComesFromTheOriginal()
    {
        const cf::TokenList tokens = tokenize(QStringLiteral("Threads threads"));
        QVERIFY(tokens[0].capitalized);
        QVERIFY(!tokens[1].capitalized);
    }
};

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
