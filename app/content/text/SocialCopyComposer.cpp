#include "app/content/text/SocialCopyComposer.h"

namespace cf {

namespace {

const QString kParagraph = QStringLiteral("\n\n");

QString joinSentences(const QStringList &parts)
{
    QStringList kept;
    for (const QString &p : parts) {
        if (!p.trimmed().isEmpty())
            kept << p.trimmed();
    }
    return kept.join(QLatin1Char(' '));
}

bool fits(const QString &text, const FieldLimit *limit)
{
    return !limit || textmeasure::measure(text, limit->count) <= limit->max;
}

} // namespace

QString hashtagLine(const QStringList &tags)
{
    QStringList out;
    for (const QString &t : tags)
        out << QLatin1Char('#') + t;
    return out.join(QLatin1Char(' '));
}

QString SocialCopyComposer::compactOffer(const CopyContext &c)
{
    const bool ar = c.language == QLatin1String("ar");
    if (c.discount)
        return ar ? QStringLiteral("خصم %1٪").arg(*c.discount) : QStringLiteral("%1% off").arg(*c.discount);
    if (!c.offer.isEmpty())
        return c.offer;
    if (!c.price.isEmpty())
        return ar ? QStringLiteral("ابتداءً من %1").arg(c.price) : QStringLiteral("From %1").arg(c.price);
    return {};
}

QString SocialCopyComposer::ctaLine(const CopyContext &c, PhrasePicker &picker, const QString &cta) const
{
    const QString formal = c.voice.voice == QLatin1String("formal") ? QStringLiteral("_formal") : QString();
    QMap<QString, QString> extra{{QStringLiteral("cta"), cta}, {QStringLiteral("link"), c.link}};
    extra.insert(QStringLiteral("cta_lower"), cta.isEmpty() ? cta : cta.left(1).toLower() + cta.mid(1));
    if (c.link.isEmpty())
        return cta;
    QString kind = m_limits.rules(c.platform).linkInText ? QStringLiteral("in_text") : QStringLiteral("in_bio");
    QStringList options = picker.plainCandidates({QStringLiteral("link_lines"), kind + formal}, extra);
    if (options.isEmpty())
        options = picker.plainCandidates({QStringLiteral("link_lines"), kind}, extra);
    if (!c.emojiAllowed) {
        for (QString &o : options)
            o = textmeasure::withoutEmoji(o);
    }
    return options.isEmpty() ? cta : picker.pick(options);
}

QString SocialCopyComposer::pickHeadline(const CopyContext &c, PhrasePicker &picker) const
{
    const FieldLimit *limit = m_limits.limit(c.platform, c.isAd, QStringLiteral("headline"));
    const QStringList all = picker.candidates({QStringLiteral("angles"), c.angle, QStringLiteral("headlines")});
    QStringList fitting;
    for (const QString &h : all) {
        if (fits(h, limit))
            fitting << h;
    }
    if (!fitting.isEmpty())
        return picker.pick(fitting);
    const QString chosen = picker.pick(all);
    return limit ? textmeasure::truncateToFit(chosen, limit->max, limit->count) : chosen;
}

QString SocialCopyComposer::assemble(const CopyContext &c, SocialParts parts, QStringList *usedTags) const
{
    const FieldLimit *limit = m_limits.limit(c.platform, c.isAd, QStringLiteral("primary_text"));
    const bool noEmoji = !c.emojiAllowed || (limit && limit->noEmoji);
    const QString separator = c.platform == Platform::X ? QStringLiteral("\n") : kParagraph;
    auto build = [&]() {
        QStringList paragraphs{parts.greeting, joinSentences({parts.body, parts.offer, parts.code}), parts.ctaLine,
                               parts.closer, parts.disclaimer, hashtagLine(parts.hashtags)};
        QStringList kept;
        for (QString &p : paragraphs) {
            if (noEmoji)
                p = textmeasure::withoutEmoji(p);
            if (!p.trimmed().isEmpty())
                kept << p.trimmed();
        }
        return kept.join(separator);
    };
    QString text = build();
    // Optional parts go first, most dispensable first; the disclaimer and the
    // call to action stay.
    while (!fits(text, limit)) {
        if (!parts.closer.isEmpty())
            parts.closer.clear();
        else if (!parts.greeting.isEmpty())
            parts.greeting.clear();
        else if (!parts.code.isEmpty())
            parts.code.clear();
        else if (!parts.hashtags.isEmpty())
            parts.hashtags.removeLast();
        else if (!parts.offer.isEmpty())
            parts.offer.clear();
        else {
            // Cut the body by what is still too long.
            const int over = textmeasure::measure(text, limit->count) - limit->max;
            const int bodyLength = textmeasure::measure(parts.body, limit->count);
            parts.body = textmeasure::truncateToFit(parts.body, std::max(0, bodyLength - over), limit->count);
            text = build();
            if (!fits(text, limit))
                text = textmeasure::truncateToFit(text, limit->max, limit->count);
            break;
        }
        text = build();
    }
    if (usedTags)
        *usedTags = parts.hashtags;
    return text;
}

LanguageCopy SocialCopyComposer::compose(const CopyContext &c, quint64 seed) const
{
    PhrasePicker picker(m_bank, c, seed);
    LanguageCopy copy;
    copy.language = c.language;
    copy.headline = pickHeadline(c, picker);

    SocialParts parts;
    const bool formal = c.voice.voice == QLatin1String("formal");
    const bool occasion = c.occasionGroup != QLatin1String("none");
    if (!c.isAd && (occasion ? picker.chance(85) : picker.chance(45))) {
        parts.greeting = picker.pick(picker.candidates({QStringLiteral("occasions"), c.occasionGroup, QStringLiteral("greetings")}));
        const QStringList emoji = m_bank.list(c.language, {QStringLiteral("occasions"), c.occasionGroup, QStringLiteral("emoji")});
        if (!formal && c.emojiAllowed && !emoji.isEmpty() && !parts.greeting.isEmpty())
            parts.greeting += QLatin1Char(' ') + picker.pick(emoji);
    } else if (c.isAd && occasion && picker.chance(50)) {
        parts.greeting = picker.pick(picker.candidates({QStringLiteral("occasions"), c.occasionGroup, QStringLiteral("greetings")}));
    }
    parts.body = picker.pick(picker.candidates({QStringLiteral("angles"), c.angle, QStringLiteral("bodies")}));

    const bool selling = c.objective == QLatin1String("sales") || c.angle == QLatin1String("offer")
                      || c.angle == QLatin1String("urgency") || c.isAd;
    if (selling) {
        QStringList offers;
        for (const char *kind : {"discount", "offer", "price"})
            offers << picker.candidates({QStringLiteral("offers"), QLatin1String(kind)});
        parts.offer = picker.pick(offers);
        parts.code = picker.pick(picker.candidates({QStringLiteral("offers"), QStringLiteral("code")}));
    }
    copy.callToAction = picker.pick(picker.candidates({QStringLiteral("ctas"), c.objective}));
    if (!c.isAd)
        parts.ctaLine = ctaLine(c, picker, copy.callToAction);
    if (!c.isAd && c.platform != Platform::X && picker.chance(formal ? 30 : 45))
        parts.closer = picker.pick(picker.candidates({QStringLiteral("closers")}));
    parts.disclaimer = c.disclaimer;
    if (!c.isAd) {
        const int target = m_limits.rules(c.platform).hashtagTarget();
        parts.hashtags = c.hashtags.mid(0, target);
    }
    copy.primaryText = assemble(c, parts, &copy.hashtags);

    const QString compact = compactOffer(c);
    copy.description = !compact.isEmpty() ? compact : !c.tagline.isEmpty() ? c.tagline : c.brand;
    if (const FieldLimit *d = m_limits.limit(c.platform, c.isAd, QStringLiteral("description")); d && c.platform == Platform::YouTube)
        copy.description = copy.primaryText;
    else if (d && !fits(copy.description, d))
        copy.description = textmeasure::truncateToFit(copy.description, d->max, d->count);
    return copy;
}

} // namespace cf
