#include "app/planning/parser/InstructionParser.h"
#include "app/planning/parser/ParsedInstructionJson.h"
#include "tests/support/TestPaths.h"

#include <QFile>
#include <QTest>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <memory>
#include <string>
#include <vector>

using cf::InstructionParser;
using cf::ParsedInstruction;
using cf::ParserVocabulary;
using nlohmann::json;

namespace {

const QDate kToday(2026, 11, 21);

// The fields every case states, in the order of examples.json.
const std::vector<std::string> kFields{"platforms", "budget",         "budget_period", "genders",
                                       "age_min",   "age_max",        "locations",     "theme",
                                       "objective", "campaign_type",  "duration_days", "start_date"};

QString fromStd(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

json sortedCodes(const ParsedInstruction &p)
{
    std::vector<std::string> codes;
    for (const cf::ParseError &e : p.errors) {
        const std::string code = e.code.toStdString();
        if (std::find(codes.begin(), codes.end(), code) == codes.end())
            codes.push_back(code);
    }
    std::sort(codes.begin(), codes.end());
    return codes;
}

// Every field of `got` that differs from the case's expectation, with both
// values, e.g. "age_max: expected 24, got null".
QStringList differences(const json &testCase, const ParsedInstruction &parsed)
{
    const json got = cf::parsedInstructionToJson(parsed);
    const json &expect = testCase.at("expect");
    QStringList out;
    for (const std::string &field : kFields) {
        if (got.at(field) != expect.at(field))
            out.append(QStringLiteral("%1: expected %2, got %3")
                           .arg(fromStd(field), fromStd(expect.at(field).dump()), fromStd(got.at(field).dump())));
    }
    json expectedCodes = testCase.at("errors");
    std::sort(expectedCodes.begin(), expectedCodes.end());
    const json codes = sortedCodes(parsed);
    if (codes != expectedCodes)
        out.append(QStringLiteral("errors: expected %1, got %2")
                       .arg(fromStd(expectedCodes.dump()), fromStd(codes.dump())));
    return out;
}

} // namespace

// The extra corpus (tests/app/data/parser_cases_extra.json): instructions
// written and annotated by hand, independently of the parser, in the format
// of ../shared/parser/examples.json, with the reference date 2026-11-21. Every
// case must match exactly; optional "error_spans" name the original words each
// error must underline.
class TestParserCorpus : public QObject
{
    Q_OBJECT
public:
    TestParserCorpus()
    {
        QString error;
        auto loaded = ParserVocabulary::loadBuiltIn(&error);
        if (!loaded)
            qFatal("vocabulary: %s", qPrintable(error));
        m_vocab = std::make_unique<ParserVocabulary>(std::move(*loaded));
        m_parser = std::make_unique<InstructionParser>(*m_vocab);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(cf::test::sourceDir() + QStringLiteral("/tests/app/data/parser_cases_extra.json"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QByteArray bytes = file.readAll();
        m_cases = json::parse(bytes.begin(), bytes.end(), nullptr, false);
        QVERIFY2(m_cases.is_array(), "the corpus is not a JSON array");
        QVERIFY2(m_cases.size() >= 150, "the corpus must hold at least 150 cases");
    }

    void corpusCase_data()
    {
        QTest::addColumn<int>("index");
        for (std::size_t i = 0; i < m_cases.size(); ++i)
            QTest::newRow(m_cases[i].at("id").get<std::string>().c_str()) << int(i);
    }
    void corpusCase()
    {
        QFETCH(int, index);
        const json &testCase = m_cases[std::size_t(index)];
        const QString text = fromStd(testCase.at("text").get<std::string>());
        const QStringList diff = differences(testCase, m_parser->parse(text, kToday));
        QVERIFY2(diff.isEmpty(), qPrintable(text + QStringLiteral("\n   ") + diff.join(QStringLiteral("\n   "))));
    }

    // Spans are UTF-16 offsets into the original text, inside it, and errors
    // come sorted by start; where the case names the words, they match exactly.
    void errorSpans_data() { corpusCase_data(); }
    void errorSpans()
    {
        QFETCH(int, index);
        const json &testCase = m_cases[std::size_t(index)];
        const QString text = fromStd(testCase.at("text").get<std::string>());
        const ParsedInstruction p = m_parser->parse(text, kToday);
        qsizetype previousStart = 0;
        for (const cf::ParseError &e : p.errors) {
            QVERIFY2(0 <= e.start && e.start <= e.end && e.end <= text.size(), qPrintable(e.code));
            QVERIFY2(e.start >= previousStart, "errors are not sorted by start");
            previousStart = e.start;
            QVERIFY(!e.message.isEmpty());
            if (e.code == QLatin1String("no_platform") || e.code == QLatin1String("empty_instruction")) {
                QCOMPARE(e.start, qsizetype(0));
                QCOMPARE(e.end, text.size());
            } else {
                // Words, not the gaps around them.
                const QString underlined = text.mid(e.start, e.end - e.start);
                QVERIFY2(!underlined.isEmpty() && !underlined.front().isSpace() && !underlined.back().isSpace(),
                         qPrintable(e.code + QStringLiteral(": \"") + underlined + QLatin1Char('"')));
            }
        }
        if (!testCase.contains("error_spans"))
            return;
        for (const json &span : testCase.at("error_spans")) {
            const QString code = fromStd(span.at("code").get<std::string>());
            const QString expected = fromStd(span.at("text").get<std::string>());
            bool found = false;
            for (const cf::ParseError &e : p.errors) {
                if (e.code == code) {
                    found = true;
                    QCOMPARE(text.mid(e.start, e.end - e.start), expected);
                }
            }
            QVERIFY2(found, qPrintable(code));
        }
    }

    // Exact-match rate per field and overall; all of them must be 100%.
    void fieldAccuracy()
    {
        std::vector<int> right(kFields.size() + 1, 0);
        int exact = 0;
        for (const json &testCase : m_cases) {
            const ParsedInstruction p = m_parser->parse(fromStd(testCase.at("text").get<std::string>()), kToday);
            const QStringList diff = differences(testCase, p);
            exact += diff.isEmpty() ? 1 : 0;
            for (std::size_t f = 0; f <= kFields.size(); ++f) {
                const QString name = f < kFields.size() ? fromStd(kFields[f]) : QStringLiteral("errors");
                bool wrong = false;
                for (const QString &line : diff)
                    wrong = wrong || line.startsWith(name + QLatin1Char(':'));
                right[f] += wrong ? 0 : 1;
            }
        }
        const int total = int(m_cases.size());
        for (std::size_t f = 0; f <= kFields.size(); ++f) {
            const std::string name = f < kFields.size() ? kFields[f] : std::string("errors");
            qInfo("%-14s %3d/%d", name.c_str(), right[f], total);
        }
        qInfo("exact match    %3d/%d", exact, total);
        QCOMPARE(exact, total);
    }

    // Speed stays low on long and mixed instructions too.
    void isFast()
    {
        QStringList texts;
        for (const json &testCase : m_cases)
            texts.append(fromStd(testCase.at("text").get<std::string>()));
        const int rounds = 5;
        int parsed = 0;
        const auto started = std::chrono::steady_clock::now();
        for (int round = 0; round < rounds; ++round) {
            for (const QString &text : texts)
                parsed += int(m_parser->parse(text, kToday).platforms.size());
        }
        const double micros = std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - started).count()
                              / (rounds * double(texts.size()));
        qInfo("mean parse time over the corpus: %.0f us per instruction", micros);
        QVERIFY(parsed > 0);
        QVERIFY2(micros < 5000, "parsing is far slower than expected");
    }

private:
    std::unique_ptr<ParserVocabulary> m_vocab;
    std::unique_ptr<InstructionParser> m_parser;
    json m_cases;
};

QTEST_GUILESS_MAIN(TestParserCorpus)
#include "tst_parsercorpus.moc"
