#include "app/content/text/LongFormComposer.h"

#include <QUrl>

namespace cf {

QString BlogCopyComposer::slugify(const QString &title, int maxEncoded)
{
    QStringList words;
    QString word;
    for (const QChar c : title.toLower()) {
        // Letters and digits of any script; Arabic marks and tatweel are dropped.
        if (c.isLetterOrNumber() && c != QChar(0x0640))
            word += c;
        else if (!c.isMark() && !word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        words << word;
    QString slug;
    for (const QString &w : std::as_const(words)) {
        const QString next = slug.isEmpty() ? w : slug + QLatin1Char('-') + w;
        if (QUrl::toPercentEncoding(next).size() > maxEncoded)
            break;
        slug = next;
    }
    return slug;
}

BlogCopy BlogCopyComposer::compose(const CopyContext &c, const LanguageCopy &social, quint64 seed) const
{
    PhrasePicker picker(m_bank, c, seed ^ 0xB106ULL);
    BlogCopy blog;
    blog.title = social.headline;
    if (!c.product.isEmpty() && !blog.title.contains(c.product)) {
        QString base = blog.title;
        while (!base.isEmpty() && (base.back().isPunct() || base.back().isSpace()))
            base.chop(1);
        const QString withProduct = QStringLiteral("%1: %2").arg(base, c.product);
        if (const FieldLimit *t = m_limits.limit(c.platform, false, QStringLiteral("blog_title"));
            !t || textmeasure::measure(withProduct, t->count) <= t->max)
            blog.title = withProduct;
    }
    const FieldLimit *slugLimit = m_limits.limit(c.platform, false, QStringLiteral("blog_slug"));
    blog.slug = slugify(blog.title, slugLimit ? slugLimit->max : 200);

    const QStringList bodies = picker.candidates({QStringLiteral("angles"), c.angle, QStringLiteral("bodies")});
    const QString first = picker.pick(bodies);
    QStringList others = bodies;
    others.removeAll(first);
    const QString second = picker.pick(others);
    blog.excerpt = first;
    if (const FieldLimit *e = m_limits.limit(c.platform, false, QStringLiteral("blog_excerpt")))
        blog.excerpt = textmeasure::truncateToFit(blog.excerpt, e->max, e->count);

    auto heading = [&](const char *key) {
        return picker.pick(m_bank.list(c.language, {QStringLiteral("blog"), QStringLiteral("headings"), QLatin1String(key)}));
    };
    auto para = [](const QString &text) {
        return text.trimmed().isEmpty() ? QString() : QStringLiteral("<p>%1</p>\n").arg(text.toHtmlEscaped());
    };
    const QString greeting =
        c.occasionGroup == QLatin1String("none")
            ? QString()
            : picker.pick(picker.candidates({QStringLiteral("occasions"), c.occasionGroup, QStringLiteral("greetings")}));
    QString html = para(greeting.isEmpty() ? first : greeting + QLatin1Char(' ') + first);
    html += QStringLiteral("<h2>%1</h2>\n").arg(heading("intro").toHtmlEscaped()) + para(second);

    QStringList offerLines;
    for (const char *kind : {"discount", "offer", "price", "code"})
        offerLines << picker.pick(picker.candidates({QStringLiteral("offers"), QLatin1String(kind)}));
    offerLines.removeAll(QString());
    if (!offerLines.isEmpty())
        html += QStringLiteral("<h2>%1</h2>\n").arg(heading("offer").toHtmlEscaped()) + para(offerLines.join(QLatin1Char(' ')));

    html += QStringLiteral("<h2>%1</h2>\n").arg(heading("how").toHtmlEscaped());
    if (c.link.isEmpty()) {
        html += para(picker.pick(m_bank.list(c.language, {QStringLiteral("blog"), QStringLiteral("how_bodies_no_link")})));
    } else {
        // The link becomes an anchor inside the escaped sentence.
        const QString marker = QStringLiteral("\x01");
        const QString sentence = picker.pick(picker.plainCandidates({QStringLiteral("blog"), QStringLiteral("how_bodies")},
                                                                    {{QStringLiteral("link"), marker}}));
        QString escaped = sentence.toHtmlEscaped();
        // The anchor reads as the site's address, as a reader would type it.
        const QString host = QUrl(c.link).host();
        escaped.replace(marker, QStringLiteral("<a href=\"%1\">%2</a>").arg(c.link.toHtmlEscaped(), host.toHtmlEscaped()));
        html += QStringLiteral("<p>%1</p>\n").arg(escaped);
    }
    html += para(picker.pick(picker.candidates({QStringLiteral("closers")})));
    html += para(c.disclaimer);
    blog.html = html;
    return blog;
}

} // namespace cf
