#include "platforms/publishing/EmailCopyParts.h"

#include "platforms/publishing/PublishText.h"

#include <QStringList>

namespace cf {

QString htmlParagraphs(const QString &text)
{
    QString html;
    const QStringList blocks = text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString &block : blocks)
        html += QStringLiteral("<p>") + block.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")) + QStringLiteral("</p>\n");
    return html;
}

EmailCopyParts EmailCopyParts::of(const PublishRequest &request)
{
    EmailCopyParts parts;
    const LanguageCopy *copy = request.item.copy ? &request.item.copy->in(request.language) : nullptr;
    if (copy && copy->email) {
        parts.subject = copy->email->subject;
        parts.previewText = copy->email->preheader;
        parts.html = copy->email->html;
        parts.plainText = copy->email->text;
    }
    if (parts.subject.isEmpty())
        parts.subject = publishtext::headline(request);
    if (parts.plainText.isEmpty())
        parts.plainText = publishtext::postTextWithLink(request);
    if (parts.html.isEmpty()) {
        parts.html = htmlParagraphs(parts.plainText);
        // Arabic mail reads right to left.
        if (request.language == QLatin1String("ar") && !parts.html.isEmpty())
            parts.html = QStringLiteral("<div dir=\"rtl\">") + parts.html + QStringLiteral("</div>");
    }
    return parts;
}

} // namespace cf
