#include "platforms/publishing/PublishText.h"

namespace cf::publishtext {

namespace {
const QString &pick(const BilingualText &text, const QString &language)
{
    return language == QLatin1String("ar") ? text.ar : text.en;
}
} // namespace

QString primaryText(const PublishRequest &request)
{
    if (request.item.copy) {
        const LanguageCopy &copy = request.item.copy->in(request.language);
        if (!copy.primaryText.isEmpty())
            return copy.primaryText;
    }
    return pick(request.item.body, request.language);
}

QString headline(const PublishRequest &request)
{
    if (request.item.copy) {
        const LanguageCopy &copy = request.item.copy->in(request.language);
        if (!copy.headline.isEmpty())
            return copy.headline;
    }
    return pick(request.item.title, request.language);
}

QStringList hashtags(const PublishRequest &request)
{
    if (request.item.copy && !request.item.copy->in(request.language).hashtags.isEmpty())
        return request.item.copy->in(request.language).hashtags;
    return request.item.hashtags;
}

QString link(const PublishRequest &request)
{
    return request.item.copy ? request.item.copy->link : QString();
}

QString postText(const PublishRequest &request)
{
    QString text = primaryText(request).trimmed();
    QStringList tags;
    for (const QString &tag : hashtags(request)) {
        const QString bare = tag.trimmed();
        if (bare.isEmpty())
            continue;
        const QString withHash = bare.startsWith(QLatin1Char('#')) ? bare : QStringLiteral("#") + bare;
        if (!text.contains(withHash))
            tags.append(withHash);
    }
    if (!tags.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral("\n\n")) + tags.join(QLatin1Char(' '));
    return text;
}

QString postTextWithLink(const PublishRequest &request)
{
    QString text = postText(request);
    const QString url = link(request);
    if (!url.isEmpty() && !text.contains(url))
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + url;
    return text;
}

} // namespace cf::publishtext
