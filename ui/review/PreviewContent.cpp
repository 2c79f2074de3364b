#include "ui/review/PreviewContent.h"

namespace cf {

PreviewContent PreviewContent::from(const ContentItem &item, const QString &language, const QString &accountName,
                                    const QImage &image)
{
    PreviewContent c;
    c.platform = item.platform;
    c.contentType = item.contentType;
    c.isAd = item.adSetId.has_value();
    c.language = language;
    c.accountName = accountName;
    c.image = image;
    const bool ar = language == QLatin1String("ar");
    if (item.copy) {
        const LanguageCopy &copy = item.copy->in(language);
        c.headline = copy.headline;
        c.primaryText = copy.primaryText;
        c.description = copy.description;
        c.callToAction = copy.callToAction;
        c.link = item.copy->link;
        if (copy.email) {
            c.emailSubject = copy.email->subject;
            c.emailPreheader = copy.email->preheader;
            c.html = copy.email->html;
        } else if (copy.blog) {
            c.headline = copy.blog->title;
            c.html = copy.blog->html;
        }
    } else {
        c.headline = ar ? item.title.ar : item.title.en;
        c.primaryText = ar ? item.body.ar : item.body.en;
        c.callToAction = ar ? item.callToAction.ar : item.callToAction.en;
    }
    return c;
}

namespace previewchrome {

QString more(const QString &language)
{
    return language == QLatin1String("ar") ? QStringLiteral("المزيد") : QStringLiteral("more");
}

QString sponsored(const QString &language)
{
    return language == QLatin1String("ar") ? QStringLiteral("مُموَّل") : QStringLiteral("Sponsored");
}

QString swipeUp(const QString &language)
{
    return language == QLatin1String("ar") ? QStringLiteral("اسحب للأعلى") : QStringLiteral("Swipe up");
}

} // namespace previewchrome
} // namespace cf
