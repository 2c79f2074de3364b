#include "app/content/text/UtmBuilder.h"

#include <QUrl>
#include <QUrlQuery>

namespace cf::utm {

QString token(const QString &text)
{
    QString out;
    for (const QChar c : text.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            out += c;
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

QString withUtm(const QString &text, const UtmParams &params)
{
    QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return {};
    QUrlQuery query(url);
    const std::pair<const char *, QString> items[] = {{"utm_source", params.source},
                                                      {"utm_medium", params.medium},
                                                      {"utm_campaign", params.campaign},
                                                      {"utm_content", params.content}};
    for (const auto &[key, value] : items) {
        query.removeAllQueryItems(QLatin1String(key));
        if (!value.isEmpty())
            query.addQueryItem(QLatin1String(key), value);
    }
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace cf::utm
