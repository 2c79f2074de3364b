// ContentGenerator over a full 10-platform plan: every item within every hard
// limit in both languages, no repeated text per platform, determinism per
// seed, a different variant on regenerate, UTM links per platform and item.
#include "ContentTestSupport.h"

#include <QTextStream>
#include <QUrlQuery>

#include <set>

using namespace cf;

namespace {

// Every field that has a hard limit, measured as the platform counts it.
QStringList hardLimitViolations(const ContentItem &item, const PlatformLimits &limits)
{
    QStringList problems;
    const bool ad = item.adSetId.has_value();
    auto check = [&](const QString &lang, const QString &field, const QString &text) {
        const FieldLimit *limit = limits.limit(item.platform, ad, field);
        if (!limit || !limit->hard)
            return;
        const int length = textmeasure::measure(text, limit->count);
        if (length > limit->max || length < limit->min || (limit->noEmoji && textmeasure::containsEmoji(text)))
            problems << QStringLiteral("item %1 %2 %3.%4 = %5 > %6: %7")
                            .arg(item.id)
                            .arg(platformId(item.platform), lang, field)
                            .arg(length)
                            .arg(limit->max)
                            .arg(text);
    };
    for (const QString &lang : {QStringLiteral("ar"), QStringLiteral("en")}) {
        const LanguageCopy &c = item.copy->in(lang);
        check(lang, QStringLiteral("headline"), c.headline);
        check(lang, QStringLiteral("primary_text"), c.primaryText);
        check(lang, QStringLiteral("description"), c.description);
        if (c.email) {
            check(lang, QStringLiteral("email_subject"), c.email->subject);
            check(lang, QStringLiteral("email_preheader"), c.email->preheader);
        }
        if (c.blog)
            check(lang, QStringLiteral("blog_slug"), c.blog->slug);
        const PlatformTextRules &rules = limits.rules(item.platform);
        if (rules.hashtagHard && c.hashtags.size() > rules.hashtagMax)
            problems << QStringLiteral("item %1: %2 hashtags").arg(item.id).arg(c.hashtags.size());
    }
    check(QStringLiteral("-"), QStringLiteral("brand_name"), item.copy->brandName);
    return problems;
}

} // namespace

class TestContentGenerator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyItemOfATenPlatformPlanIsWithinLimitsInBothLanguages()
    {
        const GenerationRequest request = test::tenPlatformRequest();
        const auto generated = test::makeGenerator().generate(request);
        QCOMPARE(generated.size(), request.items.size());
        std::set<Platform> platforms;
        QStringList problems;
        int emails = 0, blogs = 0, videos = 0, ads = 0;
        for (const GeneratedItem &g : generated) {
            QVERIFY(g.item.copy.has_value());
            platforms.insert(g.item.platform);
            problems << hardLimitViolations(g.item, test::contentTables().limits);
            for (const QString &lang : {QStringLiteral("ar"), QStringLiteral("en")}) {
                const LanguageCopy &c = g.item.copy->in(lang);
                QVERIFY2(!c.headline.isEmpty() && !c.primaryText.isEmpty() && !c.callToAction.isEmpty(),
                         qPrintable(QString::number(g.item.id)));
                QCOMPARE(c.language, lang);
            }
            emails += g.item.copy->en.email.has_value();
            blogs += g.item.copy->en.blog.has_value();
            videos += g.item.copy->ar.video.has_value();
            ads += g.item.adSetId.has_value();
            // The guard finds no error in template copy.
            for (const GuardFinding &f : g.report.findings)
                QVERIFY2(f.severity != FindingSeverity::Error,
                         qPrintable(QStringLiteral("item %1 %2: %3 %4").arg(g.item.id).arg(platformId(g.item.platform), f.code, f.message)));
            QCOMPARE(g.item.title.en, g.item.copy->en.headline);
            QCOMPARE(g.item.body.ar, g.item.copy->ar.primaryText);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 5).join(QLatin1Char('\n'))));
        QCOMPARE(platforms.size(), std::size_t(10));
        QVERIFY(emails > 0 && blogs > 0 && videos > 0 && ads > 0);
    }

    void noTwoItemsOnAPlatformShareTheirMainText()
    {
        const auto generated = test::makeGenerator().generate(test::tenPlatformRequest());
        std::map<std::pair<Platform, QString>, std::set<QString>> seen;
        for (const GeneratedItem &g : generated) {
            for (const QString &lang : {QStringLiteral("ar"), QStringLiteral("en")}) {
                const QString main = ContentGenerator::mainText(g.item.copy->in(lang), g.item.copy->link);
                auto &texts = seen[std::make_pair(g.item.platform, lang)];
                QVERIFY2(texts.insert(main).second,
                         qPrintable(QStringLiteral("%1 %2 repeats: %3").arg(platformId(g.item.platform), lang, main)));
            }
        }
    }

    void sameSeedGivesSameCopyAndAnotherSeedDiffers()
    {
        const auto generator = test::makeGenerator();
        const auto a = generator.generate(test::tenPlatformRequest(7));
        const auto b = generator.generate(test::tenPlatformRequest(7));
        const auto c = generator.generate(test::tenPlatformRequest(8));
        QCOMPARE(a.size(), b.size());
        int differences = 0;
        for (std::size_t i = 0; i < a.size(); ++i) {
            QCOMPARE(*a[i].item.copy, *b[i].item.copy);
            differences += a[i].item.copy->en.primaryText != c[i].item.copy->en.primaryText;
        }
        QVERIFY(differences > int(a.size()) / 2);
    }

    void regenerateWritesADifferentVariantOfOneItemOnly()
    {
        const auto generator = test::makeGenerator();
        GenerationRequest request = test::tenPlatformRequest();
        const auto first = generator.generate(request);
        request.items.clear();
        for (const GeneratedItem &g : first)
            request.items.push_back(g.item);
        const qint64 target = request.items[3].id;
        request.regenerateItemId = target;
        const auto second = generator.generate(request);
        for (std::size_t i = 0; i < second.size(); ++i) {
            if (second[i].item.id == target) {
                QVERIFY(second[i].changed);
                QCOMPARE(second[i].item.copy->variant, 1);
                for (const QString &lang : {QStringLiteral("ar"), QStringLiteral("en")})
                    QVERIFY(ContentGenerator::mainText(second[i].item.copy->in(lang), second[i].item.copy->link)
                            != ContentGenerator::mainText(first[i].item.copy->in(lang), first[i].item.copy->link));
            } else {
                QVERIFY(!second[i].changed);
                QCOMPARE(*second[i].item.copy, *first[i].item.copy);
            }
        }
        // Regenerating again gives yet another variant, deterministically.
        request.items = {};
        for (const GeneratedItem &g : second)
            request.items.push_back(g.item);
        const auto third = generator.generate(request);
        const auto thirdAgain = generator.generate(request);
        QCOMPARE(third[3].item.copy->variant, 2);
        QCOMPARE(*third[3].item.copy, *thirdAgain[3].item.copy);
    }

    void linksCarryUtmParametersPerPlatformAndItem()
    {
        const auto generated = test::makeGenerator().generate(test::tenPlatformRequest());
        std::set<QString> links;
        for (const GeneratedItem &g : generated) {
            const QUrl url(g.item.copy->link);
            QVERIFY2(url.isValid() && url.host() == QLatin1String("layla.example"), qPrintable(g.item.copy->link));
            const QUrlQuery q(url);
            QCOMPARE(q.queryItemValue(QStringLiteral("utm_source")), platformId(g.item.platform));
            QCOMPARE(q.queryItemValue(QStringLiteral("utm_campaign")), QStringLiteral("cf12-ramadan"));
            QVERIFY(q.queryItemValue(QStringLiteral("utm_content")).startsWith(QStringLiteral("item%1-").arg(g.item.id)));
            QCOMPARE(q.queryItemValue(QStringLiteral("ref")), QStringLiteral("home")); // kept
            QCOMPARE(url.fragment(), QStringLiteral("top"));
            const QString medium = q.queryItemValue(QStringLiteral("utm_medium"));
            if (g.item.adSetId)
                QCOMPARE(medium, QStringLiteral("paid_social"));
            else if (g.item.platform == Platform::Mailchimp || g.item.platform == Platform::Kit)
                QCOMPARE(medium, QStringLiteral("email"));
            else if (g.item.platform == Platform::WordPress)
                QCOMPARE(medium, QStringLiteral("blog"));
            else
                QCOMPARE(medium, QStringLiteral("social"));
            QVERIFY(links.insert(g.item.copy->link).second);
            // Platforms with clickable links carry it in the text; others say "link in bio".
            const bool inText = test::contentTables().limits.rules(g.item.platform).linkInText;
            if (!g.item.adSetId && inText)
                QVERIFY2(g.item.copy->en.primaryText.contains(g.item.copy->link), qPrintable(g.item.copy->en.primaryText));
            if (!g.item.adSetId && !inText)
                QVERIFY(!g.item.copy->en.primaryText.contains(QStringLiteral("http")));
        }
    }

    void emailsCarryBrandColoursAndTheirPlatformsUnsubscribeTag()
    {
        const auto generated = test::makeGenerator().generate(test::tenPlatformRequest());
        int checked = 0;
        for (const GeneratedItem &g : generated) {
            if (!g.item.copy->ar.email)
                continue;
            const QString tag = g.item.platform == Platform::Kit ? QStringLiteral("{{ unsubscribe_url }}") : QStringLiteral("*|UNSUB|*");
            for (const QString &lang : {QStringLiteral("ar"), QStringLiteral("en")}) {
                const EmailCopy &e = *g.item.copy->in(lang).email;
                QVERIFY(e.html.contains(tag) && e.text.contains(tag));
                QVERIFY(e.html.contains(QStringLiteral("#6b2d5c")) && e.html.contains(QStringLiteral("#d4a017")));
                QVERIFY(!e.subject.isEmpty() && !e.preheader.isEmpty());
                QCOMPARE(e.html.contains(QStringLiteral("dir=\"rtl\"")), lang == QLatin1String("ar"));
            }
            ++checked;
        }
        QVERIFY(checked > 0);
    }

    void blogAndVideoPartsAreComplete()
    {
        const auto generated = test::makeGenerator().generate(test::tenPlatformRequest());
        for (const GeneratedItem &g : generated) {
            for (const QString &lang : {QStringLiteral("ar"), QStringLiteral("en")}) {
                const LanguageCopy &c = g.item.copy->in(lang);
                if (c.blog) {
                    QVERIFY(c.blog->html.contains(QStringLiteral("<h2>")));
                    QVERIFY(!c.blog->slug.isEmpty() && !c.blog->slug.contains(QLatin1Char(' ')));
                    QVERIFY(!c.blog->excerpt.isEmpty());
                }
                if (c.video) {
                    QVERIFY(c.video->scenes.size() >= 3);
                    QCOMPARE(c.video->language, lang);
                    for (const VideoScene &s : c.video->scenes) {
                        QVERIFY(s.seconds >= 2.0 && !s.voiceOver.contains(QStringLiteral("http")));
                        QVERIFY(!textmeasure::containsEmoji(s.voiceOver));
                    }
                    QVERIFY(c.video->totalSeconds() <= 60.0);
                }
            }
        }
    }

    void arabicForWomenUsesFeminineCallsToAction()
    {
        GenerationRequest request = test::tenPlatformRequest();
        const auto women = test::makeGenerator().generate(request);
        request.campaign.audience.genders.clear();
        const auto everyone = test::makeGenerator().generate(request);
        bool feminine = false;
        for (const GeneratedItem &g : women)
            feminine |= g.item.copy->ar.callToAction.contains(QStringLiteral("ي ")) || g.item.copy->ar.callToAction.endsWith(QStringLiteral("ي"));
        QVERIFY(feminine);
        for (const GeneratedItem &g : everyone)
            QVERIFY2(!g.item.copy->ar.callToAction.startsWith(QStringLiteral("تسوّقي")), qPrintable(g.item.copy->ar.callToAction));
    }

    // CF_PRINT_SAMPLES=1 prints a few items to read (docs/content-samples.md).
    void printSamples()
    {
        if (qEnvironmentVariableIsEmpty("CF_PRINT_SAMPLES"))
            QSKIP("set CF_PRINT_SAMPLES=1 to print samples");
        for (const QString &tone : {QStringLiteral("formal"), QStringLiteral("friendly"), QStringLiteral("playful"),
                                    QStringLiteral("playful Cairo")}) {
            GenerationRequest request = test::tenPlatformRequest(7, tone.section(QLatin1Char(' '), 0, 0));
            if (tone.contains(QLatin1Char(' '))) {
                request.campaign.audience.locations = {tone.section(QLatin1Char(' '), 1)};
                request.campaign.audience.genders.clear();
            }
            const auto generated = test::makeGenerator().generate(request);
            std::set<Platform> shown;
            for (const GeneratedItem &g : generated) {
                if (!shown.insert(g.item.platform).second)
                    continue;
                QTextStream out(stdout);
                out << "=== " << tone << ' ' << platformId(g.item.platform) << (g.item.adSetId ? " (ad)" : "") << ' '
                    << g.item.theme << '\n';
                for (const QString &lang : {QStringLiteral("ar"), QStringLiteral("en")}) {
                    const LanguageCopy &c = g.item.copy->in(lang);
                    out << "[" << lang << "] " << c.headline << '\n' << c.primaryText << '\n' << "CTA: " << c.callToAction
                        << " | desc: " << c.description << '\n';
                    if (c.email)
                        out << "subject: " << c.email->subject << " | pre: " << c.email->preheader << '\n' << c.email->text << '\n';
                    if (c.blog)
                        out << "blog: " << c.blog->title << " /" << c.blog->slug << "\n" << c.blog->html << '\n';
                    if (c.video) {
                        for (const VideoScene &sc : c.video->scenes)
                            out << "  scene " << sc.seconds << "s [" << sc.onScreenText << "] " << sc.voiceOver << '\n';
                    }
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestContentGenerator)
#include "tst_contentgenerator.moc"
