#include "app/content/text/BrandGuard.h"

#include "app/content/text/SocialCopyComposer.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cf {

namespace {

GuardFinding finding(const char *code, FindingSeverity severity, const QString &message, const QString &field,
                     qsizetype start = -1, qsizetype end = -1)
{
    return GuardFinding{QString::fromLatin1(code), severity, message, field, start, end};
}

bool isArabicLetter(QChar c)
{
    const ushort u = c.unicode();
    return c.isLetter() && ((u >= 0x0600 && u <= 0x06FF) || (u >= 0x0750 && u <= 0x077F) || (u >= 0xFB50 && u <= 0xFDFF)
                            || (u >= 0xFE70 && u <= 0xFEFF));
}

bool isLatinLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

} // namespace

int GuardReport::count(FindingSeverity severity) const
{
    return int(std::count_if(findings.begin(), findings.end(), [&](const GuardFinding &f) { return f.severity == severity; }));
}

bool GuardReport::has(const QString &code) const
{
    return std::any_of(findings.begin(), findings.end(), [&](const GuardFinding &f) { return f.code == code; });
}

QString findingSeverityId(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::Info: return QStringLiteral("info");
    case FindingSeverity::Warning: return QStringLiteral("warning");
    case FindingSeverity::Error: return QStringLiteral("error");
    }
    return {};
}

QString BrandGuard::normalise(const QString &text, std::vector<qsizetype> *map)
{
    QString out;
    out.reserve(text.size());
    if (map)
        map->clear();
    for (qsizetype i = 0; i < text.size(); ++i) {
        QChar c = text.at(i);
        const ushort u = c.unicode();
        if ((u >= 0x064B && u <= 0x065F) || u == 0x0670 || u == 0x0640)
            continue; // harakat, superscript alef, tatweel
        if (u == 0x0623 || u == 0x0625 || u == 0x0622)
            c = QChar(0x0627);
        else if (u == 0x0649)
            c = QChar(0x064A);
        else if (u == 0x0629)
            c = QChar(0x0647);
        else if (u >= 0x0660 && u <= 0x0669)
            c = QChar(ushort('0' + (u - 0x0660))); // Arabic-Indic digits read as digits
        out += c.toLower();
        if (map)
            map->push_back(i);
    }
    if (map)
        map->push_back(text.size());
    return out;
}

BrandGuard::BrandGuard(const PhraseBank &bank, const PlatformLimits &limits, BrandKit brandKit)
    : m_bank(bank), m_limits(limits), m_brandKit(std::move(brandKit))
{
    const auto options = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
    // One alternation per category and language: a few scans per text
    // instead of one per pattern. A pattern that does not compile is skipped.
    for (const QJsonValue &group : bank.guardRules().value(QLatin1String("claims")).toArray()) {
        const QJsonObject g = group.toObject();
        QStringList valid;
        for (const QJsonValue &p : g.value(QLatin1String("patterns")).toArray()) {
            if (QRegularExpression(p.toString(), options).isValid())
                valid << QStringLiteral("(?:%1)").arg(p.toString());
        }
        if (!valid.isEmpty()) {
            m_claims.push_back({g.value(QLatin1String("code")).toString(), g.value(QLatin1String("language")).toString(),
                                QRegularExpression(valid.join(QLatin1Char('|')), options)});
            m_claims.back().pattern.optimize();
        }
    }
    for (const QString &word : std::as_const(m_brandKit.bannedWords)) {
        const QString n = normalise(word.trimmed());
        if (!n.isEmpty())
            m_banned.emplace_back(QStringLiteral("(?<!\\w)%1(?!\\w)").arg(QRegularExpression::escape(n)), options);
    }
}

void BrandGuard::checkText(const QString &field, const QString &text, const QString &language, const GuardSubject &subject,
                           std::vector<GuardFinding> *out) const
{
    if (text.isEmpty())
        return;
    std::vector<qsizetype> map;
    const QString n = normalise(text, &map);
    for (const QRegularExpression &re : m_banned) {
        auto it = re.globalMatch(n);
        while (it.hasNext()) {
            const auto m = it.next();
            const qsizetype s = map[std::size_t(m.capturedStart())], e = map[std::size_t(m.capturedEnd())];
            out->push_back(finding("banned_word", FindingSeverity::Error,
                                   QCoreApplication::translate("cf::BrandGuard", "\"%1\" is on the brand's list of banned words.").arg(text.mid(s, e - s)), field, s, e));
        }
    }
    for (const Claim &claim : m_claims) {
        if (claim.language != language)
            continue;
        const auto m = claim.pattern.match(n);
        if (!m.hasMatch())
            continue;
        const qsizetype s = map[std::size_t(m.capturedStart())], e = map[std::size_t(m.capturedEnd())];
        QString message;
        if (claim.code == QLatin1String("guaranteed_results"))
            message = QCoreApplication::translate("cf::BrandGuard", "\"%1\" promises guaranteed or unrealistic results, which ad platforms reject.");
        else if (claim.code == QLatin1String("health_claim"))
            message = QCoreApplication::translate("cf::BrandGuard", "\"%1\" reads as a health or weight-loss claim, which ad platforms restrict.");
        else if (claim.code == QLatin1String("before_after"))
            message = QCoreApplication::translate("cf::BrandGuard", "\"%1\" suggests a before-and-after comparison, which ad platforms restrict.");
        else
            message = QCoreApplication::translate("cf::BrandGuard", "\"%1\" asserts or implies a personal attribute of the reader, which ad platforms forbid.");
        out->push_back(finding("risky_claim", subject.isAd ? FindingSeverity::Error : FindingSeverity::Warning,
                               message.arg(text.mid(s, e - s)), field, s, e));
        out->back().code += QLatin1Char('.') + claim.code;
    }
    // Wrong language: letters of the other script, ignoring links, hashtags,
    // merge tags, markup and the names that are written the same in both.
    QString plain = text;
    static const QRegularExpression ignored(QStringLiteral("https?://\\S+|[#@]\\S+|\\*\\|[^|]*\\|\\*|\\{\\{[^}]*\\}\\}|<[^>]*>"));
    plain.replace(ignored, QStringLiteral(" "));
    for (const QString &name : subject.names) {
        if (!name.isEmpty())
            plain.replace(name, QStringLiteral(" "), Qt::CaseInsensitive);
    }
    int arabic = 0, latin = 0;
    qsizetype firstForeign = -1;
    const bool wantArabic = language == QLatin1String("ar");
    for (qsizetype i = 0; i < plain.size(); ++i) {
        const QChar c = plain.at(i);
        const bool a = isArabicLetter(c), l = isLatinLetter(c);
        arabic += a;
        latin += l;
        if (firstForeign < 0 && (wantArabic ? l : a))
            firstForeign = i;
    }
    const int letters = arabic + latin;
    const double foreign = letters == 0 ? 0.0 : double(wantArabic ? latin : arabic) / letters;
    if (letters >= 4 && foreign > (wantArabic ? 0.3 : 0.1)) {
        out->push_back(finding("wrong_language", FindingSeverity::Error,
                               wantArabic ? QCoreApplication::translate("cf::BrandGuard", "The Arabic text is mostly in another language.")
                                          : QCoreApplication::translate("cf::BrandGuard", "The English text contains Arabic or another language."),
                               field, firstForeign, firstForeign < 0 ? -1 : firstForeign + 1));
    }
}

void BrandGuard::checkLimit(const QString &field, const QString &fieldName, const QString &text, const GuardSubject &subject,
                            std::vector<GuardFinding> *out) const
{
    const FieldLimit *limit = m_limits.limit(subject.platform, subject.isAd, fieldName);
    if (!limit || text.isEmpty())
        return;
    const int length = textmeasure::measure(text, limit->count);
    if (length > limit->max) {
        out->push_back(finding(limit->hard ? "over_limit" : "over_recommended",
                               limit->hard ? FindingSeverity::Error : FindingSeverity::Warning,
                               QCoreApplication::translate("cf::BrandGuard", "%1 is %2 long; %3 allows %4.")
                                   .arg(field)
                                   .arg(length)
                                   .arg(platformDisplayName(subject.platform))
                                   .arg(limit->max),
                               field));
    } else if (limit->recommended > 0 && length > limit->recommended) {
        out->push_back(finding("over_recommended", FindingSeverity::Info,
                               QCoreApplication::translate("cf::BrandGuard", "%1 is %2 long; inboxes show about %3.").arg(field).arg(length).arg(limit->recommended), field));
    }
    if (length < limit->min)
        out->push_back(finding("under_minimum", FindingSeverity::Error, QCoreApplication::translate("cf::BrandGuard", "%1 is empty or too short.").arg(field), field));
    if (limit->noEmoji && textmeasure::containsEmoji(text))
        out->push_back(finding("emoji_not_allowed", FindingSeverity::Error,
                               QCoreApplication::translate("cf::BrandGuard", "%1 may not contain emoji on %2.").arg(field, platformDisplayName(subject.platform)), field));
    if (limit->noAngleBrackets && (text.contains(QLatin1Char('<')) || text.contains(QLatin1Char('>'))))
        out->push_back(finding("angle_brackets", FindingSeverity::Error,
                               QCoreApplication::translate("cf::BrandGuard", "%1 may not contain < or > on %2.").arg(field, platformDisplayName(subject.platform)), field));
}

void BrandGuard::checkLanguage(const LanguageCopy &copy, const ContentCopy &all, const GuardSubject &subject,
                               std::vector<GuardFinding> *out) const
{
    const QString lang = copy.language;
    const QString prefix = lang + QLatin1Char('.');
    if (copy.isEmpty()) {
        out->push_back(finding("missing_language", FindingSeverity::Error,
                               lang == QLatin1String("ar") ? QCoreApplication::translate("cf::BrandGuard", "There is no Arabic text.") : QCoreApplication::translate("cf::BrandGuard", "There is no English text."),
                               prefix + QStringLiteral("primary_text")));
        return;
    }
    const std::pair<const char *, const QString *> fields[] = {{"headline", &copy.headline},
                                                               {"primary_text", &copy.primaryText},
                                                               {"description", &copy.description},
                                                               {"call_to_action", &copy.callToAction}};
    for (const auto &[name, text] : fields) {
        checkText(prefix + QLatin1String(name), *text, lang, subject, out);
        checkLimit(prefix + QLatin1String(name), QLatin1String(name), *text, subject, out);
    }
    if (copy.callToAction.trimmed().isEmpty())
        out->push_back(finding("missing_call_to_action", FindingSeverity::Error, QCoreApplication::translate("cf::BrandGuard", "There is no call to action."),
                               prefix + QStringLiteral("call_to_action")));
    const PlatformTextRules &rules = m_limits.rules(subject.platform);
    if (rules.hashtagMax > 0 && copy.hashtags.size() > rules.hashtagMax) {
        out->push_back(finding("too_many_hashtags", rules.hashtagHard ? FindingSeverity::Error : FindingSeverity::Warning,
                               QCoreApplication::translate("cf::BrandGuard", "%1 hashtags; %2 takes at most %3.")
                                   .arg(copy.hashtags.size())
                                   .arg(platformDisplayName(subject.platform))
                                   .arg(rules.hashtagMax),
                               prefix + QStringLiteral("hashtags")));
    }
    const QString disclaimer = lang == QLatin1String("ar") ? m_brandKit.disclaimerAr : m_brandKit.disclaimerEn;
    QString whole = copy.primaryText;
    if (copy.email) {
        checkText(prefix + QStringLiteral("email.subject"), copy.email->subject, lang, subject, out);
        checkLimit(prefix + QStringLiteral("email.subject"), QStringLiteral("email_subject"), copy.email->subject, subject, out);
        checkLimit(prefix + QStringLiteral("email.preheader"), QStringLiteral("email_preheader"), copy.email->preheader, subject, out);
        checkText(prefix + QStringLiteral("email.text"), copy.email->text, lang, subject, out);
        if (!rules.unsubscribeTag.isEmpty()
            && (!copy.email->html.contains(rules.unsubscribeTag) || !copy.email->text.contains(rules.unsubscribeTag)))
            out->push_back(finding("missing_unsubscribe", FindingSeverity::Error,
                                   QCoreApplication::translate("cf::BrandGuard", "The e-mail has no unsubscribe link (%1).").arg(rules.unsubscribeTag), prefix + QStringLiteral("email")));
        whole = copy.email->text;
    }
    if (copy.blog) {
        checkText(prefix + QStringLiteral("blog.title"), copy.blog->title, lang, subject, out);
        checkLimit(prefix + QStringLiteral("blog.title"), QStringLiteral("blog_title"), copy.blog->title, subject, out);
        checkLimit(prefix + QStringLiteral("blog.excerpt"), QStringLiteral("blog_excerpt"), copy.blog->excerpt, subject, out);
        checkLimit(prefix + QStringLiteral("blog.slug"), QStringLiteral("blog_slug"), copy.blog->slug, subject, out);
        checkText(prefix + QStringLiteral("blog.html"), copy.blog->html, lang, subject, out);
        whole = copy.blog->html;
    }
    if (copy.video) {
        for (std::size_t i = 0; i < copy.video->scenes.size(); ++i)
            checkText(prefix + QStringLiteral("video.scene%1").arg(i + 1), copy.video->scenes[i].voiceOver, lang, subject, out);
    }
    if (!disclaimer.isEmpty() && !whole.contains(disclaimer))
        out->push_back(finding("missing_disclaimer", FindingSeverity::Error,
                               QCoreApplication::translate("cf::BrandGuard", "The brand's required disclaimer is missing."), prefix + QStringLiteral("primary_text")));
    Q_UNUSED(all);
}

GuardReport BrandGuard::check(const ContentCopy &copy, const GuardSubject &subject) const
{
    GuardReport report;
    for (const QString &lang : subject.languages)
        checkLanguage(copy.in(lang), copy, subject, &report.findings);
    checkLimit(QStringLiteral("brand_name"), QStringLiteral("brand_name"), copy.brandName, subject, &report.findings);
    if (subject.linkExpected && copy.link.isEmpty()) {
        report.findings.push_back(finding("missing_link", subject.isAd ? FindingSeverity::Error : FindingSeverity::Warning,
                                          QCoreApplication::translate("cf::BrandGuard", "There is no landing page: add the product's URL or the brand's website."),
                                          QStringLiteral("link")));
    }
    // Organic social posts should carry at least one of the brand's own hashtags.
    if (!subject.isAd && m_limits.rules(subject.platform).hashtagMax > 0 && !m_brandKit.hashtags.isEmpty()) {
        for (const QString &lang : subject.languages) {
            const QStringList used = copy.in(lang).hashtags;
            const bool any = std::any_of(m_brandKit.hashtags.begin(), m_brandKit.hashtags.end(),
                                         [&](const QString &t) { return used.contains(t, Qt::CaseInsensitive); });
            if (!any)
                report.findings.push_back(finding("brand_hashtag_missing", FindingSeverity::Info,
                                                  QCoreApplication::translate("cf::BrandGuard", "None of the brand's hashtags is used."), lang + QStringLiteral(".hashtags")));
        }
    }
    int score = 100;
    for (const GuardFinding &f : report.findings)
        score -= f.severity == FindingSeverity::Error ? 15 : f.severity == FindingSeverity::Warning ? 5 : 1;
    report.score = std::max(0, score);
    return report;
}

} // namespace cf
