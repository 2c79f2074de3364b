#include "platforms/metrics/MetricsReadSupport.h"

#include <QCoreApplication>
#include <QUrlQuery>

#include <cmath>

namespace cf::metricsread {

PublishOutcome unreadableAnswer(const QString &what)
{
    PublishOutcome o;
    o.status = PublishStatus::FailedRetryable;
    o.error = PublishErrorKind::Unknown;
    o.httpStatus = 200;
    o.platformCode = what;
    o.platformMessage = QCoreApplication::translate("cf::MetricsReader",
                                                    "The platform's answer could not be read (%1 missing or malformed).")
                            .arg(what);
    return o;
}

QUrl urlWithQuery(const QString &base, const QList<std::pair<QString, QString>> &query)
{
    QUrl url(base);
    QUrlQuery items;
    for (const auto &[key, value] : query)
        items.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    url.setQuery(items);
    return url;
}

double numberOf(const QJsonValue &value)
{
    return value.isString() ? value.toString().toDouble() : value.toDouble();
}

std::optional<qint64> majorTextToMicros(const QString &text)
{
    bool ok = false;
    const double major = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(major) || major < 0)
        return std::nullopt;
    return qint64(std::llround(major * 1000000.0));
}

} // namespace cf::metricsread
