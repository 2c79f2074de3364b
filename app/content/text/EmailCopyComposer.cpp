#include "app/content/text/LongFormComposer.h"

#include <QColor>

#include <cmath>

namespace cf {

namespace {

QString colourOr(const QString &value, const char *fallback)
{
    const QColor c = QColor::fromString(value);
    return c.isValid() ? c.name() : QString::fromLatin1(fallback);
}

// Black or white text, whichever reads better on background (WCAG luminance).
QString textOn(const QString &background)
{
    const QColor c = QColor::fromString(background);
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    const double l = 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    return l > 0.35 ? QStringLiteral("#111111") : QStringLiteral("#ffffff");
}

QString fontStack(const QString &font, bool arabic)
{
    const QString fallback = arabic ? QStringLiteral("Tahoma, Arial, sans-serif") : QStringLiteral("Arial, Helvetica, sans-serif");
    QString clean = font;
    clean.remove(QLatin1Char('"')).remove(QLatin1Char(';')).remove(QLatin1Char('<')).remove(QLatin1Char('>'));
    return clean.trimmed().isEmpty() ? fallback : QStringLiteral("'%1', %2").arg(clean.trimmed(), fallback);
}

QString paragraphsHtml(const QStringList &paragraphs)
{
    QString html;
    for (const QString &p : paragraphs) {
        if (!p.trimmed().isEmpty())
            html += QStringLiteral("<p style=\"margin:0 0 16px 0;\">%1</p>").arg(p.toHtmlEscaped());
    }
    return html;
}

} // namespace

EmailCopy EmailCopyComposer::compose(const CopyContext &c, const LanguageCopy &social, quint64 seed) const
{
    PhrasePicker picker(m_bank, c, seed ^ 0xE3A11ULL);
    const bool ar = c.language == QLatin1String("ar");
    const bool formal = c.voice.voice == QLatin1String("formal");
    EmailCopy email;

    // Subject: the headline, with the occasion's emoji for warmer voices,
    // kept within the length inboxes show.
    email.subject = social.headline;
    const QStringList emoji = m_bank.list(c.language, {QStringLiteral("occasions"), c.occasionGroup, QStringLiteral("emoji")});
    if (!formal && !emoji.isEmpty() && picker.chance(60))
        email.subject += QLatin1Char(' ') + picker.pick(emoji);
    if (const FieldLimit *s = m_limits.limit(c.platform, false, QStringLiteral("email_subject"))) {
        const int max = s->recommended > 0 ? s->recommended : s->max;
        email.subject = textmeasure::truncateToFit(email.subject, max, s->count);
    }
    const QString offer = SocialCopyComposer::compactOffer(c);
    email.preheader = !offer.isEmpty() && picker.chance(60)
                          ? offer
                          : picker.pick(picker.candidates({QStringLiteral("email"), QStringLiteral("preheaders")}));
    if (const FieldLimit *p = m_limits.limit(c.platform, false, QStringLiteral("email_preheader")))
        email.preheader = textmeasure::truncateToFit(email.preheader, p->max, p->count);

    const QString greeting = picker.pick(picker.candidates({QStringLiteral("email"), QStringLiteral("greetings")}));
    const QString occasionLine =
        c.occasionGroup == QLatin1String("none")
            ? QString()
            : picker.pick(picker.candidates({QStringLiteral("occasions"), c.occasionGroup, QStringLiteral("greetings")}));
    const QString body = picker.pick(picker.candidates({QStringLiteral("angles"), c.angle, QStringLiteral("bodies")}));
    QStringList offerLines;
    for (const char *kind : {"discount", "offer", "price"}) {
        const QString line = picker.pick(picker.candidates({QStringLiteral("offers"), QLatin1String(kind)}));
        if (!line.isEmpty()) {
            offerLines << line;
            break;
        }
    }
    offerLines << picker.pick(picker.candidates({QStringLiteral("offers"), QStringLiteral("code")}));
    const QString signoff = picker.pick(picker.candidates({QStringLiteral("email"), QStringLiteral("signoffs")}));
    const QString footer = picker.fill(m_bank.text(c.language, {QStringLiteral("email"), QStringLiteral("footer")}));
    const QString unsubscribe = m_bank.text(c.language, {QStringLiteral("email"), QStringLiteral("unsubscribe")});
    const QString tag = m_limits.rules(c.platform).unsubscribeTag;
    const QString cta = social.callToAction;

    // Plain text.
    QStringList text{greeting, occasionLine, body, offerLines.join(QLatin1Char(' ')).trimmed()};
    text << (c.link.isEmpty() ? cta : QStringLiteral("%1: %2").arg(cta, c.link)) << signoff;
    QStringList kept;
    for (const QString &t : text) {
        if (!t.trimmed().isEmpty())
            kept << t.trimmed();
    }
    email.text = kept.join(QStringLiteral("\n\n")) + QStringLiteral("\n\n--\n");
    if (!c.disclaimer.isEmpty())
        email.text += c.disclaimer + QLatin1Char('\n');
    email.text += footer + QLatin1Char('\n') + QStringLiteral("%1: %2\n").arg(unsubscribe, tag);

    // HTML: a single 600px column of tables, inline styles only (what e-mail
    // clients render reliably), direction set for Arabic.
    const QString dir = ar ? QStringLiteral("rtl") : QStringLiteral("ltr");
    const QString align = ar ? QStringLiteral("right") : QStringLiteral("left");
    const QString primary = colourOr(c.brandKit.primaryColor, "#1f4e79");
    const QString button = colourOr(c.brandKit.accentColor.isEmpty() ? c.brandKit.primaryColor : c.brandKit.accentColor, "#1f4e79");
    const QString band = colourOr(c.brandKit.secondaryColor, "#f2f2f2");
    const QString bodyFont = fontStack(c.brandKit.bodyFont, ar);
    const QString headingFont = fontStack(c.brandKit.headingFont.isEmpty() ? c.brandKit.bodyFont : c.brandKit.headingFont, ar);
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\" dir=\"%2\">\n<head>\n<meta charset=\"utf-8\">\n"
                                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                                  "<title>%3</title>\n</head>\n")
                       .arg(c.language, dir, email.subject.toHtmlEscaped());
    html += QStringLiteral("<body style=\"margin:0;padding:0;background:#f6f6f6;\">\n"
                           "<div style=\"display:none;max-height:0;overflow:hidden;\">%1</div>\n")
                .arg(email.preheader.toHtmlEscaped());
    html += QStringLiteral("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\" "
                           "style=\"padding:24px 12px;\">\n<table role=\"presentation\" width=\"600\" cellpadding=\"0\" "
                           "cellspacing=\"0\" dir=\"%1\" style=\"max-width:600px;width:100%;background:#ffffff;"
                           "border-top:6px solid %2;text-align:%3;font-family:%4;\">\n")
                .arg(dir, primary, align, bodyFont);
    html += QStringLiteral("<tr><td style=\"padding:28px 32px 12px 32px;color:%1;font-size:24px;font-weight:bold;"
                           "font-family:%2;\">%3</td></tr>\n")
                .arg(primary, headingFont, social.headline.toHtmlEscaped());
    html += QStringLiteral("<tr><td style=\"padding:0 32px;color:#333333;font-size:16px;line-height:1.7;\">%1</td></tr>\n")
                .arg(paragraphsHtml({greeting, occasionLine, body, offerLines.join(QLatin1Char(' ')).trimmed()}));
    if (!c.link.isEmpty()) {
        html += QStringLiteral("<tr><td align=\"center\" style=\"padding:12px 32px 24px 32px;\"><a href=\"%1\" "
                               "style=\"display:inline-block;background:%2;color:%3;padding:14px 32px;border-radius:6px;"
                               "text-decoration:none;font-weight:bold;font-size:16px;\">%4</a></td></tr>\n")
                    .arg(c.link.toHtmlEscaped(), button, textOn(button), cta.toHtmlEscaped());
    } else {
        html += QStringLiteral("<tr><td style=\"padding:0 32px 16px 32px;font-weight:bold;color:%1;\">%2</td></tr>\n")
                    .arg(primary, cta.toHtmlEscaped());
    }
    QString sign = signoff.toHtmlEscaped();
    sign.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    html += QStringLiteral("<tr><td style=\"padding:0 32px 24px 32px;color:#333333;font-size:16px;\">%1</td></tr>\n").arg(sign);
    QString foot;
    if (!c.disclaimer.isEmpty())
        foot += c.disclaimer.toHtmlEscaped() + QStringLiteral("<br>");
    foot += footer.toHtmlEscaped() + QStringLiteral(" <a href=\"%1\" style=\"color:#555555;\">%2</a>")
                                         .arg(tag, unsubscribe.toHtmlEscaped());
    html += QStringLiteral("<tr><td style=\"padding:16px 32px;background:%1;color:%2;font-size:12px;line-height:1.6;\">%3</td></tr>\n")
                .arg(band, textOn(band) == QLatin1String("#ffffff") ? QStringLiteral("#f0f0f0") : QStringLiteral("#555555"), foot);
    html += QStringLiteral("</table>\n</td></tr></table>\n</body>\n</html>\n");
    email.html = html;
    return email;
}

} // namespace cf
