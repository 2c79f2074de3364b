#pragma once

#include "app/content/text/PhraseBank.h"
#include "app/content/text/PlatformLimits.h"
#include "models/domain/ContentCopy.h"
#include "models/domain/ContentItem.h"
#include "models/domain/Workspace.h"

#include <QRegularExpression>
#include <QString>

#include <vector>

namespace cf {

enum class FindingSeverity { Info, Warning, Error };

// One problem in generated copy. field names the place ("en.primary_text",
// "ar.email.subject"); start/end are UTF-16 offsets into that field's text
// (end exclusive), or -1 when the finding is about the field as a whole.
struct GuardFinding
{
    QString code;    // banned_word, missing_call_to_action, over_limit, risky_claim.health_claim, ...
    FindingSeverity severity = FindingSeverity::Warning;
    QString message; // translated
    QString field;
    qsizetype start = -1;
    qsizetype end = -1;
};

struct GuardReport
{
    std::vector<GuardFinding> findings;
    int score = 100; // consistency with the brand and the platform, 0..100

    int count(FindingSeverity severity) const;
    bool hasErrors() const { return count(FindingSeverity::Error) > 0; }
    bool has(const QString &code) const;
};

// What the guard needs to know about the item besides its copy.
struct GuardSubject
{
    Platform platform = Platform::Facebook;
    bool isAd = false;
    ContentType contentType = ContentType::TextPost;
    QStringList languages{QStringLiteral("ar"), QStringLiteral("en")};
    bool linkExpected = false;
    // Names that may appear in either script (brand, product, promo code).
    QStringList names;
};

// Checks copy against the brand kit and the platform: banned words, missing
// call to action or link, limits, risky ad claims in both languages (guaranteed
// results, health claims, before/after, personal attributes), text in the wrong
// language, the required disclaimer and the e-mail unsubscribe tag. Used for
// template and AI copy alike; pure and thread-safe once built.
class BrandGuard
{
public:
    BrandGuard(const PhraseBank &bank, const PlatformLimits &limits, BrandKit brandKit);

    GuardReport check(const ContentCopy &copy, const GuardSubject &subject) const;

    // Arabic-insensitive, case-insensitive normal form used for matching:
    // no diacritics or tatweel, أ/إ/آ -> ا, ى -> ي, ة -> ه, Latin lower-cased.
    // map[i] is the offset in text of normalised character i.
    static QString normalise(const QString &text, std::vector<qsizetype> *map = nullptr);

private:
    struct Claim
    {
        QString code;
        QString language;
        QRegularExpression pattern;
    };
    void checkLanguage(const LanguageCopy &copy, const ContentCopy &all, const GuardSubject &subject,
                       std::vector<GuardFinding> *out) const;
    void checkText(const QString &field, const QString &text, const QString &language, const GuardSubject &subject,
                   std::vector<GuardFinding> *out) const;
    void checkLimit(const QString &field, const QString &fieldName, const QString &text, const GuardSubject &subject,
                    std::vector<GuardFinding> *out) const;

    const PhraseBank &m_bank;
    const PlatformLimits &m_limits;
    BrandKit m_brandKit;
    std::vector<Claim> m_claims;
    std::vector<QRegularExpression> m_banned;
};

QString findingSeverityId(FindingSeverity severity);

} // namespace cf
