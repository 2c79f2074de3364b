#pragma once

#include "app/content/text/CopyContext.h"
#include "app/content/text/PlatformLimits.h"
#include "models/domain/ContentCopy.h"

namespace cf {

// The pieces a post or ad text is built from, before they are fitted to the
// platform. Template copy and AI copy both go through assemble(), so both
// get the same link placement, hashtags, disclaimer and limits.
struct SocialParts
{
    QString greeting;
    QString body;
    QString offer;
    QString code;
    QString ctaLine;
    QString closer;
    QString disclaimer;
    QStringList hashtags; // without '#'
};

// Writes the headline, primary text (caption / post / ad text), description,
// call to action and hashtags of one social item or ad in one language, from
// the phrase bank, fitted to the platform's limits (PlatformLimits).
class SocialCopyComposer
{
public:
    SocialCopyComposer(const PhraseBank &bank, const PlatformLimits &limits) : m_bank(bank), m_limits(limits) {}

    // attempt varies the choice for the same seed (used to avoid repeats).
    LanguageCopy compose(const CopyContext &context, quint64 seed) const;
    // Joins parts into the platform's text, dropping optional parts (closer,
    // greeting, code, hashtags, offer) until it fits, and cutting the body
    // only as a last resort. Hashtags actually used are written to *usedTags.
    QString assemble(const CopyContext &context, SocialParts parts, QStringList *usedTags = nullptr) const;
    // The short offer ("30% off", "خصم 30٪") or "" when there is none.
    static QString compactOffer(const CopyContext &context);
    // The call-to-action line: with the link where the platform allows it,
    // "link in bio" where it does not, the bare CTA without a link.
    QString ctaLine(const CopyContext &context, PhrasePicker &picker, const QString &cta) const;
    // Headline candidates that fit the platform's headline limit.
    QString pickHeadline(const CopyContext &context, PhrasePicker &picker) const;

private:
    const PhraseBank &m_bank;
    const PlatformLimits &m_limits;
};

QString hashtagLine(const QStringList &tags);

} // namespace cf
