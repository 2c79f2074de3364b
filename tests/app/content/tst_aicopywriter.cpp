// The optional AI copy provider against a fake OpenAI-compatible endpoint on
// 127.0.0.1: accepted AI copy is assembled, checked and recorded as
// "ai:<model>"; HTTP 500 and 401, a silent server (timeout), no server at
// all, malformed JSON, copy over a limit, a banned word and a missing key all
// keep the template copy and record why; at most two requests run at once;
// the prompt carries the item's facts, limits and rules.
#include "ContentTestSupport.h"
#include "FakeChatEndpoint.h"

#include "app/content/text/ai/AiCopyWriter.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>

using namespace cf;
using cf::test::FakeChatEndpoint;

namespace {

const QByteArray kKey = "sk-test-ai-key-7f3a9";

struct Outcome
{
    std::vector<GeneratedItem> items;
    std::vector<GeneratedItem> templates;
    qint64 elapsedMs = 0;
    AiCopyWriter::Counts counts;
};

} // namespace

class TestAiCopyWriter : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;

    AiProviderConfig config(const QString &baseUrl, int timeoutMs = 5000) const
    {
        AiProviderConfig c;
        c.baseUrl = baseUrl;
        c.model = QStringLiteral("fake-model");
        c.apiKey = kKey;
        c.timeoutMs = timeoutMs;
        return c;
    }

    // Generates template copy for (a slice of) the 10-platform campaign and
    // runs the AI step over it.
    Outcome run(const AiProviderConfig &c, GenerationRequest request = cf::test::tenPlatformRequest(), std::size_t itemCount = 24)
    {
        if (request.items.size() > itemCount)
            request.items.resize(itemCount);
        const auto &t = cf::test::contentTables();
        const ContentGenerator generator = cf::test::makeGenerator();
        QString error;
        const auto prompts = AiPromptBuilder::loadBuiltIn(t.limits, &error);
        if (!prompts)
            qFatal("prompt: %s", qPrintable(error));
        AiCopyClient client(m_network, c);
        AiCopyWriter writer(generator, t.bank, t.limits, *prompts, client);
        Outcome out;
        out.templates = generator.generate(request);
        bool done = false;
        QElapsedTimer timer;
        timer.start();
        writer.improve(request, out.templates, [&](std::vector<GeneratedItem> items) {
            out.items = std::move(items);
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 30000))
            qWarning("the AI step did not finish");
        out.elapsedMs = timer.elapsed();
        out.counts = writer.counts();
        return out;
    }

    static void verifyAllFellBack(const Outcome &o, const QString &reasonPart)
    {
        QVERIFY(!o.items.empty());
        QCOMPARE(o.items.size(), o.templates.size());
        for (std::size_t i = 0; i < o.items.size(); ++i) {
            const ContentCopy &copy = *o.items[i].item.copy;
            QCOMPARE(copy.source, QStringLiteral("templates"));
            QVERIFY2(copy.fallbackReason.contains(reasonPart, Qt::CaseInsensitive), qPrintable(copy.fallbackReason));
            // The template text is kept as it was.
            ContentCopy expected = *o.templates[i].item.copy;
            expected.fallbackReason = copy.fallbackReason;
            QCOMPARE(copy, expected);
            QCOMPARE(o.items[i].item.body.en, o.templates[i].item.body.en);
        }
    }

private Q_SLOTS:
    void aiCopyIsUsedWhenItPassesTheChecks()
    {
        FakeChatEndpoint server;
        int n = 0;
        server.setHandler([&](const cf::test::RecordedRequest &) {
            return FakeChatEndpoint::Answer{200, FakeChatEndpoint::completion(cf::test::sampleCopy(++n), QStringLiteral("fake-model-2026")), false};
        });
        const Outcome o = run(config(server.baseUrl()));
        QCOMPARE(o.counts.asked, int(o.items.size()));
        QCOMPARE(o.counts.accepted, int(o.items.size()));
        QVERIFY(server.maxConcurrent() <= 2);
        QVERIFY(server.maxConcurrent() >= 1);
        for (const GeneratedItem &g : o.items) {
            const ContentCopy &copy = *g.item.copy;
            QCOMPARE(copy.source, QStringLiteral("ai:fake-model-2026"));
            QVERIFY(copy.fallbackReason.isEmpty());
            QVERIFY(copy.en.headline.startsWith(QStringLiteral("Ramadan picks ")));
            QVERIFY(copy.ar.headline.startsWith(QStringLiteral("عروض رمضان")));
            QVERIFY(copy.en.primaryText.contains(QStringLiteral("Our new abaya collection is here")));
            QCOMPARE(g.item.title.en, copy.en.headline);
            QVERIFY2(!g.report.hasErrors(), qPrintable(g.report.findings.empty() ? QString() : g.report.findings.front().message));
            if (!g.item.adSetId) {
                // Organic posts keep the brand's hashtag and get the model's.
                QVERIFY(copy.en.hashtags.contains(QStringLiteral("LaylaStyle")));
                QVERIFY(copy.en.primaryText.contains(QStringLiteral("#LaylaStyle")));
            }
        }
        // The request is OpenAI-shaped and carries the key only in the header.
        QVERIFY(!server.requests().isEmpty());
        const cf::test::RecordedRequest &r = server.requests().first();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, QByteArray("/v1/chat/completions"));
        QCOMPARE(r.authorization, QByteArray("Bearer ") + kKey);
        QCOMPARE(r.body.value(QStringLiteral("model")).toString(), QStringLiteral("fake-model"));
        QCOMPARE(r.body.value(QStringLiteral("response_format")).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("json_object"));
        const QJsonArray messages = r.body.value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("system"));
        QVERIFY(messages.at(0).toObject().value(QStringLiteral("content")).toString().contains(QStringLiteral("Arabic natively")));
        const QString user = messages.at(1).toObject().value(QStringLiteral("content")).toString();
        QVERIFY(user.contains(QStringLiteral("Ramadan abayas")));
        QVERIFY(user.contains(QStringLiteral("العبايات")));
        QVERIFY(user.contains(QStringLiteral("RAMADAN30")));
        // Requests state their platform's limits (where the platform has them).
        int withHeadlineLimit = 0, withBodyLimit = 0;
        for (const cf::test::RecordedRequest &each : server.requests()) {
            const QString text = each.body.value(QStringLiteral("messages")).toArray().at(1).toObject().value(QStringLiteral("content")).toString();
            withHeadlineLimit += text.contains(QStringLiteral("Headline: at most"));
            withBodyLimit += text.contains(QStringLiteral("Body: at most"));
            if (text.contains(QStringLiteral("Platform: X.")))
                QVERIFY(text.contains(QStringLiteral("every URL as 23")));
        }
        QVERIFY(withHeadlineLimit > 0);
        QVERIFY(withBodyLimit > 0);
        QVERIFY(!QJsonDocument(r.body).toJson().contains(kKey));
    }

    void http500KeepsTemplates()
    {
        FakeChatEndpoint server;
        server.setHandler([](const cf::test::RecordedRequest &) {
            return FakeChatEndpoint::Answer{500, "{\"error\":{\"message\":\"boom\"}}", false};
        });
        const Outcome o = run(config(server.baseUrl()), cf::test::tenPlatformRequest(), 6);
        verifyAllFellBack(o, QStringLiteral("HTTP 500"));
        QCOMPARE(o.counts.accepted, 0);
    }

    void http401StopsAskingAfterTheFirstAnswers()
    {
        FakeChatEndpoint server;
        server.setHandler([](const cf::test::RecordedRequest &) {
            return FakeChatEndpoint::Answer{401, "{\"error\":{\"message\":\"bad key\"}}", false};
        });
        const Outcome o = run(config(server.baseUrl()), cf::test::tenPlatformRequest(), 12);
        verifyAllFellBack(o, QStringLiteral("refused the key (HTTP 401)"));
        QVERIFY(server.requests().size() <= 2);
    }

    void silentServerTimesOutOnce()
    {
        FakeChatEndpoint server;
        server.setHandler([](const cf::test::RecordedRequest &) { return FakeChatEndpoint::Answer{0, {}, true}; });
        const Outcome o = run(config(server.baseUrl(), 400), cf::test::tenPlatformRequest(), 12);
        verifyAllFellBack(o, QStringLiteral("did not answer in time"));
        // One round of timeouts, not one per item.
        QVERIFY2(o.elapsedMs < 3000, qPrintable(QString::number(o.elapsedMs)));
        QVERIFY(server.requests().size() <= 2);
    }

    void noServerIsANetworkFailure()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        const Outcome o = run(config(QStringLiteral("http://127.0.0.1:%1/v1").arg(port)), cf::test::tenPlatformRequest(), 4);
        verifyAllFellBack(o, QStringLiteral("could not be reached"));
    }

    void malformedAnswersKeepTemplates_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not json") << QByteArray("<html>oops</html>");
        QTest::newRow("no choices") << QByteArray("{\"choices\":[]}");
        QTest::newRow("content not json") << FakeChatEndpoint::completion("Sure! Here is your copy: great abayas.");
        QTest::newRow("field missing") << FakeChatEndpoint::completion("{\"ar\":{\"headline\":\"x\"},\"en\":{}}");
    }

    void malformedAnswersKeepTemplates()
    {
        QFETCH(QByteArray, body);
        FakeChatEndpoint server;
        server.setHandler([body](const cf::test::RecordedRequest &) { return FakeChatEndpoint::Answer{200, body, false}; });
        const Outcome o = run(config(server.baseUrl()), cf::test::tenPlatformRequest(), 4);
        verifyAllFellBack(o, QStringLiteral("not the expected JSON"));
    }

    void fencedJsonIsAccepted()
    {
        const AiResult r = AiCopyClient::parseResponse(FakeChatEndpoint::completion("```json\n{\"ar\":{},\"en\":{}}\n```"), QStringLiteral("m"));
        QVERIFY(r.ok());
        QVERIFY(r.content.contains(QStringLiteral("ar")));
        QCOMPARE(r.model, QStringLiteral("fake-model"));
    }

    void copyOverTheLimitIsRejected()
    {
        FakeChatEndpoint server;
        int n = 0;
        const QString longText = QStringLiteral(" More words to read.").repeated(300); // 6,000 characters
        server.setHandler([&](const cf::test::RecordedRequest &) {
            return FakeChatEndpoint::Answer{200, FakeChatEndpoint::completion(cf::test::sampleCopy(++n, longText)), false};
        });
        // Platforms whose post text has a limit under 6,000 characters.
        GenerationRequest request = cf::test::tenPlatformRequest();
        std::vector<ContentItem> limited;
        for (const ContentItem &item : request.items) {
            if (item.platform == Platform::X || item.platform == Platform::Instagram || item.platform == Platform::TikTok
                || item.platform == Platform::LinkedIn)
                limited.push_back(item);
        }
        request.items = limited;
        const Outcome o = run(config(server.baseUrl()), request, 8);
        QVERIFY(o.items.size() >= 4);
        verifyAllFellBack(o, QStringLiteral("too long"));
    }

    void bannedWordIsRejected()
    {
        GenerationRequest request = cf::test::tenPlatformRequest();
        request.workspace.brandKit.bannedWords = {QStringLiteral("waiting")};
        FakeChatEndpoint server;
        int n = 0;
        server.setHandler([&](const cf::test::RecordedRequest &) {
            return FakeChatEndpoint::Answer{200, FakeChatEndpoint::completion(cf::test::sampleCopy(++n)), false};
        });
        const Outcome o = run(config(server.baseUrl()), request, 6);
        verifyAllFellBack(o, QStringLiteral("did not pass the checks"));
        QVERIFY(o.items.front().item.copy->fallbackReason.contains(QStringLiteral("waiting")));
        // The banned word is in the prompt so the model can avoid it.
        QVERIFY(server.requests().first().body.value(QStringLiteral("messages")).toArray().at(1).toObject().value(QStringLiteral("content"))
                    .toString().contains(QStringLiteral("Never use these words in either language: waiting")));
    }

    void riskyClaimIsRejected()
    {
        FakeChatEndpoint server;
        int n = 0;
        server.setHandler([&](const cf::test::RecordedRequest &) {
            return FakeChatEndpoint::Answer{200, FakeChatEndpoint::completion(cf::test::sampleCopy(++n, QStringLiteral(" Guaranteed results!"))), false};
        });
        const Outcome o = run(config(server.baseUrl()), cf::test::tenPlatformRequest(), 4);
        verifyAllFellBack(o, QStringLiteral("did not pass the checks"));
    }

    void repeatedTextIsRejected()
    {
        FakeChatEndpoint server;
        server.setHandler([](const cf::test::RecordedRequest &) {
            return FakeChatEndpoint::Answer{200, FakeChatEndpoint::completion(cf::test::sampleCopy(1)), false};
        });
        GenerationRequest request = cf::test::tenPlatformRequest();
        // Three items on one platform, all answered with the same text.
        std::vector<ContentItem> same;
        for (const ContentItem &item : request.items) {
            if (item.platform == request.items.front().platform && same.size() < 3)
                same.push_back(item);
        }
        request.items = same;
        QCOMPARE(request.items.size(), std::size_t(3));
        const Outcome o = run(config(server.baseUrl()), request);
        QCOMPARE(o.counts.accepted, 1);
        int repeats = 0;
        for (const GeneratedItem &g : o.items)
            repeats += g.item.copy->fallbackReason.contains(QStringLiteral("repeats"));
        QCOMPARE(repeats, 2);
    }

    void runBudgetStopsNewRequests()
    {
        FakeChatEndpoint server; // answers each request after about 20 ms
        int n = 0;
        server.setHandler([&](const cf::test::RecordedRequest &) {
            return FakeChatEndpoint::Answer{200, FakeChatEndpoint::completion(cf::test::sampleCopy(++n)), false};
        });
        AiProviderConfig c = config(server.baseUrl());
        c.runBudgetMs = 50;
        const Outcome o = run(c, cf::test::tenPlatformRequest(), 24);
        QVERIFY(o.counts.asked < int(o.items.size()));
        QVERIFY(o.counts.fellBack >= 1);
        QCOMPARE(o.counts.accepted + o.counts.fellBack, int(o.items.size()));
        QVERIFY(o.items.back().item.copy->fallbackReason.contains(QStringLiteral("did not answer in time")));
    }

    void missingKeyNeverAsks()
    {
        FakeChatEndpoint server;
        AiProviderConfig c = config(server.baseUrl());
        c.apiKey.clear();
        const Outcome o = run(c, cf::test::tenPlatformRequest(), 4);
        verifyAllFellBack(o, QStringLiteral("not set up"));
        QVERIFY(server.requests().isEmpty());
    }

    void baseUrlValidation()
    {
        QVERIFY(ai::validateBaseUrl(QStringLiteral("https://api.openai.com/v1")).isEmpty());
        QVERIFY(ai::validateBaseUrl(QStringLiteral("http://127.0.0.1:11434/v1")).isEmpty());
        QVERIFY(!ai::validateBaseUrl(QString()).isEmpty());
        QVERIFY(!ai::validateBaseUrl(QStringLiteral("ftp://x.example")).isEmpty());
        QVERIFY(!ai::validateBaseUrl(QStringLiteral("https://x.example/v1?key=1")).isEmpty());
        AiProviderConfig c;
        c.baseUrl = QStringLiteral("https://api.example/v1/");
        QCOMPARE(c.completionsUrl().toString(), QStringLiteral("https://api.example/v1/chat/completions"));
    }
};

QTEST_GUILESS_MAIN(TestAiCopyWriter)
#include "tst_aicopywriter.moc"
