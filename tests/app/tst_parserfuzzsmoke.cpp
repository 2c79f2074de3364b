#include "tests/fuzz/ParserFuzzTarget.h"
#include "tests/support/TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

// Runs the fuzz entry over a few thousand seeded mutations of the shared
// examples, so every build (gcc included) checks the parser's invariants on
// odd input: byte flips, truncations, splices and random runs of Arabic,
// Latin, digits and separators. The seed is fixed: failures reproduce.
class TestParserFuzzSmoke : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        auto loaded = cf::ParserVocabulary::loadBuiltIn(&error);
        QVERIFY2(loaded, qPrintable(error));
        m_vocab = std::make_unique<cf::ParserVocabulary>(std::move(*loaded));
        m_parser = std::make_unique<cf::InstructionParser>(*m_vocab);
        QFile file(cf::test::sharedDir() + QStringLiteral("/parser/examples.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        for (const QJsonValue &v : QJsonDocument::fromJson(file.readAll()).array())
            m_seeds.append(v.toObject().value(QStringLiteral("text")).toString().toUtf8());
        QVERIFY(m_seeds.size() >= 25);
    }

    void seedsHoldTheInvariants()
    {
        for (const QByteArray &seed : std::as_const(m_seeds))
            QCOMPARE(cf::fuzz::parseAndCheck(*m_parser, seed), QString());
    }

    void mutationsHoldTheInvariants()
    {
        QRandomGenerator random(20261121);
        const int rounds = 3000;
        for (int round = 0; round < rounds; ++round) {
            QByteArray input = m_seeds.at(random.bounded(int(m_seeds.size())));
            const int steps = 1 + random.bounded(4);
            for (int s = 0; s < steps; ++s)
                mutate(input, random);
            const QString broken = cf::fuzz::parseAndCheck(*m_parser, input);
            if (!broken.isEmpty())
                QFAIL(qPrintable(QStringLiteral("%1 for input %2").arg(broken, QString::fromLatin1(input.toBase64()))));
        }
    }

    // A checker that cannot fail proves nothing: feed it a parse it must reject.
    void invariantCheckerCatchesBrokenInput()
    {
        QVERIFY(cf::fuzz::parseAndCheck(*m_parser, QByteArray()).isEmpty());
        QVERIFY(cf::fuzz::parseAndCheck(*m_parser, QByteArray("\xff\xfe\x00\x01", 4)).isEmpty());
    }

private:
    void mutate(QByteArray &input, QRandomGenerator &random) const
    {
        static const QList<QByteArray> runs{
            QByteArray("\xd9\xa0\xd9\xa1\xd9\xa2"),                       // ٠١٢
            QByteArray("\xd9\xab"),                                       // ٫
            QByteArray("\xd9\xac"),                                       // ٬
            QByteArray("\xd9\x80\xd9\x80"),                               // tatweel
            QByteArray("\xd9\x8e\xd9\x91"),                               // fatha, shadda
            QByteArray("\xd8\xa8\xd8\xa7\xd9\x84"),                       // بال
            QByteArray("\xd9\x88"),                                       // و
            QByteArray("\xd8\xa3\xd9\x84\xd9\x81 "),                      // ألف
            QByteArray("\xd9\x85\xd9\x84\xd9\x8a\xd9\x88\xd9\x86 "),      // مليون
            QByteArray("-"), QByteArray("+"), QByteArray("/"), QByteArray(","), QByteArray("."), QByteArray("$"),
            QByteArray("k "), QByteArray(" to "), QByteArray(" and "), QByteArray(" 99999999999999999999 "),
            QByteArray("2026-02-30"), QByteArray("31/31/2027"), QByteArray(" 0 "), QByteArray("1e308"),
            QByteArray("\xf0\x9f\x94\xa5"),                               // emoji
            QByteArray("\xed\xa0\x80"),                                   // encoded lone surrogate
            QByteArray("\xef\xbb\xbb"),                                   // ligature ﻻ
        };
        switch (random.bounded(6)) {
        case 0: // flip a byte
            if (!input.isEmpty())
                input[random.bounded(int(input.size()))] = char(random.bounded(256));
            break;
        case 1: // truncate
            input.truncate(random.bounded(int(input.size()) + 1));
            break;
        case 2: { // splice with another seed
            const QByteArray &other = m_seeds.at(random.bounded(int(m_seeds.size())));
            input = input.left(random.bounded(int(input.size()) + 1)) + other.mid(random.bounded(int(other.size()) + 1));
            break;
        }
        case 3: // insert a run of Arabic, digits or separators
            input.insert(random.bounded(int(input.size()) + 1), runs.at(random.bounded(int(runs.size()))));
            break;
        case 4: { // random Latin letters and digits
            QByteArray run;
            const int length = 1 + random.bounded(8);
            for (int i = 0; i < length; ++i)
                run.append("abcdefghijklmnopqrstuvwxyz0123456789 "[random.bounded(37)]);
            input.insert(random.bounded(int(input.size()) + 1), run);
            break;
        }
        default: // duplicate a slice
            if (!input.isEmpty()) {
                const int from = random.bounded(int(input.size()));
                input.insert(from, input.mid(from, 1 + random.bounded(20)));
            }
            break;
        }
    }

    std::unique_ptr<cf::ParserVocabulary> m_vocab;
    std::unique_ptr<cf::InstructionParser> m_parser;
    QList<QByteArray> m_seeds;
};

QTEST_GUILESS_MAIN(TestParserFuzzSmoke)
#include "tst_parserfuzzsmoke.moc"
