// BrandGuard on deliberately bad copy, in English and Arabic: banned words,
// risky claims (guaranteed results, health, before/after, personal
// attributes), missing call to action, link, disclaimer and unsubscribe tag,
// limits, emoji where refused, and text in the wrong language.
#include "ContentTestSupport.h"

using namespace cf;

namespace {

ContentCopy cleanCopy()
{
    ContentCopy c;
    c.ar = {QStringLiteral("ar"), QStringLiteral("عرض رمضان"), QStringLiteral("تشكيلة جديدة بانتظاركم هذا الشهر."),
            QStringLiteral("خصم 30٪"), QStringLiteral("تسوّق الآن"), {QStringLiteral("LaylaStyle")}, {}, {}, {}};
    c.en = {QStringLiteral("en"), QStringLiteral("Ramadan offer"), QStringLiteral("A new collection is waiting for you."),
            QStringLiteral("30% off"), QStringLiteral("Shop now"), {QStringLiteral("LaylaStyle")}, {}, {}, {}};
    c.link = QStringLiteral("https://layla.example/?utm_source=instagram");
    c.brandName = QStringLiteral("Layla");
    return c;
}

BrandGuard guard(BrandKit kit = test::sampleWorkspace().brandKit)
{
    return BrandGuard(test::contentTables().bank, test::contentTables().limits, std::move(kit));
}

GuardSubject instagramAd()
{
    GuardSubject s;
    s.platform = Platform::Instagram;
    s.isAd = true;
    s.linkExpected = true;
    s.names = {QStringLiteral("Layla")};
    return s;
}

const GuardFinding *findingFor(const GuardReport &r, const QString &code, const QString &field = {})
{
    for (const GuardFinding &f : r.findings) {
        if (f.code == code && (field.isEmpty() || f.field == field))
            return &f;
    }
    return nullptr;
}

} // namespace

class TestBrandGuard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanCopyHasNoErrorsAndFullScore()
    {
        const GuardReport r = guard().check(cleanCopy(), instagramAd());
        QVERIFY2(!r.hasErrors(), qPrintable(r.findings.empty() ? QString() : r.findings.front().message));
        QCOMPARE(r.score, 100);
    }

    void riskyClaims_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("flagged");
        QTest::newRow("en guaranteed") << "en" << "Guaranteed results in a week!" << "risky_claim.guaranteed_results" << "Guaranteed";
        QTest::newRow("en health") << "en" << "This cream cures acne for good." << "risky_claim.health_claim" << "cures";
        QTest::newRow("en weight") << "en" << "Lose 10 kg before Eid." << "risky_claim.health_claim" << "Lose 10 kg";
        QTest::newRow("en before after") << "en" << "See our before and after photos." << "risky_claim.before_after" << "before and after";
        QTest::newRow("en personal") << "en" << "Are you overweight? Try this." << "risky_claim.personal_attributes" << "Are you overweight";
        QTest::newRow("ar guaranteed") << "ar" << "نتائج مضمونة خلال أسبوع!" << "risky_claim.guaranteed_results" << "مضمون";
        QTest::newRow("ar health") << "ar" << "كريم يعالج حب الشباب نهائياً." << "risky_claim.health_claim" << "يعالج";
        QTest::newRow("ar before after") << "ar" << "شاهدوا صور قبل وبعد." << "risky_claim.before_after" << "قبل وبعد";
        QTest::newRow("ar personal") << "ar" << "هل تعانين من الوزن الزائد؟" << "risky_claim.personal_attributes" << "هل تعانين من";
        QTest::newRow("ar personal diacritics") << "ar" << "هَلْ أَنْتِ سَمِينَة؟" << "risky_claim.personal_attributes" << "هَلْ أَنْتِ سَمِينَة";
    }
    void riskyClaims()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(QString, flagged);
        ContentCopy copy = cleanCopy();
        copy.in(language).primaryText = text;
        const GuardReport ad = guard().check(copy, instagramAd());
        const GuardFinding *f = findingFor(ad, code, language + QStringLiteral(".primary_text"));
        QVERIFY2(f, qPrintable(text));
        QCOMPARE(f->severity, FindingSeverity::Error);
        QVERIFY2(text.mid(f->start, f->end - f->start).startsWith(flagged), qPrintable(text.mid(f->start, f->end - f->start)));
        QVERIFY(!f->message.isEmpty());
        QVERIFY(ad.score < 100);
        // The same words in an organic post are a warning, not an error.
        GuardSubject organic = instagramAd();
        organic.isAd = false;
        QCOMPARE(findingFor(guard().check(copy, organic), code)->severity, FindingSeverity::Warning);
    }

    void bannedWordsMatchWholeWordsInBothScripts()
    {
        BrandKit kit = test::sampleWorkspace().brandKit;
        kit.bannedWords = {QStringLiteral("cheap"), QStringLiteral("رخيص")};
        ContentCopy copy = cleanCopy();
        copy.en.headline = QStringLiteral("Cheap abayas");
        copy.ar.primaryText = QStringLiteral("عبايات رخيصة وجميلة");
        copy.en.primaryText = QStringLiteral("Cheapest prices? No: cheapskates welcome."); // not whole words
        const GuardReport r = guard(kit).check(copy, instagramAd());
        const GuardFinding *en = findingFor(r, QStringLiteral("banned_word"), QStringLiteral("en.headline"));
        QVERIFY(en);
        QCOMPARE(en->start, 0);
        QCOMPARE(en->end, 5);
        QVERIFY(!findingFor(r, QStringLiteral("banned_word"), QStringLiteral("en.primary_text")));
        // Arabic: "رخيصة" normalises to "رخيصه", which is not the whole word "رخيص".
        QVERIFY(!findingFor(r, QStringLiteral("banned_word"), QStringLiteral("ar.primary_text")));
        copy.ar.primaryText = QStringLiteral("سعر رخيص جداً");
        QVERIFY(findingFor(guard(kit).check(copy, instagramAd()), QStringLiteral("banned_word"), QStringLiteral("ar.primary_text")));
    }

    void missingCallToActionLinkAndDisclaimer()
    {
        BrandKit kit = test::sampleWorkspace().brandKit;
        kit.disclaimerEn = QStringLiteral("Prices include VAT.");
        ContentCopy copy = cleanCopy();
        copy.en.callToAction.clear();
        copy.link.clear();
        const GuardReport r = guard(kit).check(copy, instagramAd());
        QVERIFY(findingFor(r, QStringLiteral("missing_call_to_action"), QStringLiteral("en.call_to_action")));
        QCOMPARE(findingFor(r, QStringLiteral("missing_link"))->severity, FindingSeverity::Error);
        QVERIFY(findingFor(r, QStringLiteral("missing_disclaimer"), QStringLiteral("en.primary_text")));
        QVERIFY(!findingFor(r, QStringLiteral("missing_disclaimer"), QStringLiteral("ar.primary_text")));
        QVERIFY(r.score <= 100 - 3 * 15);
    }

    void limitsAndEmojiFollowThePlatformTable()
    {
        ContentCopy copy = cleanCopy();
        copy.en.headline = QStringLiteral("A headline that is far too long for Snapchat");
        copy.brandName = QStringLiteral("A brand name longer than twenty-five");
        GuardSubject snap = instagramAd();
        snap.platform = Platform::Snapchat;
        GuardReport r = guard().check(copy, snap);
        QCOMPARE(findingFor(r, QStringLiteral("over_limit"), QStringLiteral("en.headline"))->severity, FindingSeverity::Error);
        QVERIFY(findingFor(r, QStringLiteral("over_limit"), QStringLiteral("brand_name")));
        // Meta's headline limit is a recommendation: a warning.
        r = guard().check(copy, instagramAd());
        QCOMPARE(findingFor(r, QStringLiteral("over_recommended"), QStringLiteral("en.headline"))->severity, FindingSeverity::Warning);
        // TikTok ad text: 100 characters, no emoji.
        GuardSubject tiktok = instagramAd();
        tiktok.platform = Platform::TikTok;
        copy = cleanCopy();
        copy.en.primaryText = QStringLiteral("Ramadan deals 🌙");
        QVERIFY(findingFor(guard().check(copy, tiktok), QStringLiteral("emoji_not_allowed"), QStringLiteral("en.primary_text")));
        copy.ar.primaryText = QString(101, QChar(0x0628));
        QVERIFY(findingFor(guard().check(copy, tiktok), QStringLiteral("over_limit"), QStringLiteral("ar.primary_text")));
    }

    void textInTheWrongLanguageIsFound()
    {
        ContentCopy copy = cleanCopy();
        copy.ar.primaryText = QStringLiteral("A new collection is waiting for you this month.");
        copy.en.headline = QStringLiteral("عرض رمضان الكبير");
        const GuardReport r = guard().check(copy, instagramAd());
        QVERIFY(findingFor(r, QStringLiteral("wrong_language"), QStringLiteral("ar.primary_text")));
        QVERIFY(findingFor(r, QStringLiteral("wrong_language"), QStringLiteral("en.headline")));
        // Brand names, links and hashtags do not count against the language.
        copy = cleanCopy();
        copy.ar.primaryText = QStringLiteral("جديد Layla وصل #LaylaStyle https://layla.example/new-arrivals-this-week");
        QVERIFY(!guard().check(copy, instagramAd()).has(QStringLiteral("wrong_language")));
    }

    void emailsNeedTheirPlatformsUnsubscribeTag()
    {
        ContentCopy copy = cleanCopy();
        copy.en.email = EmailCopy{QStringLiteral("Subject"), QStringLiteral("Pre"), QStringLiteral("<p>Hi</p>"), QStringLiteral("Hi")};
        copy.ar.email = EmailCopy{QStringLiteral("موضوع"), QStringLiteral("تمهيد"), QStringLiteral("<a href=\"*|UNSUB|*\">x</a>"),
                                  QStringLiteral("*|UNSUB|*")};
        GuardSubject mail;
        mail.platform = Platform::Mailchimp;
        mail.linkExpected = true;
        const GuardReport r = guard().check(copy, mail);
        QVERIFY(findingFor(r, QStringLiteral("missing_unsubscribe"), QStringLiteral("en.email")));
        QVERIFY(!findingFor(r, QStringLiteral("missing_unsubscribe"), QStringLiteral("ar.email")));
        mail.platform = Platform::Kit; // Kit wants {{ unsubscribe_url }}
        QVERIFY(findingFor(guard().check(copy, mail), QStringLiteral("missing_unsubscribe"), QStringLiteral("ar.email")));
    }

    void normaliseFoldsArabicSpellingsAndKeepsOffsets()
    {
        std::vector<qsizetype> map;
        const QString text = QStringLiteral("إِطلالـة أنيقة");
        const QString n = BrandGuard::normalise(text, &map);
        QCOMPARE(n, QStringLiteral("اطلاله انيقه"));
        QCOMPARE(map.size(), std::size_t(n.size() + 1));
        QCOMPARE(text.at(map[7]), QChar(0x0623)); // "أ" of the second word
    }
};

QTEST_GUILESS_MAIN(TestBrandGuard)
#include "tst_brandguard.moc"
