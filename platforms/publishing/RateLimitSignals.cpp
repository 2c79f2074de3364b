#include "platforms/publishing/RateLimitSignals.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace cf::ratelimit {

namespace {

std::optional<QDateTime> later(std::optional<QDateTime> a, std::optional<QDateTime> b)
{
    if (!a)
        return b;
    if (!b)
        return a;
    return *a < *b ? b : a;
}

// estimated_time_to_regain_access as minutes, from a number or numeric text.
std::optional<double> regainMinutes(const QJsonObject &entry)
{
    const QJsonValue value = entry.value(QLatin1String("estimated_time_to_regain_access"));
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double minutes = value.toString().toDouble(&ok);
        if (ok)
            return minutes;
    }
    return std::nullopt;
}

std::optional<QDateTime> afterMinutes(std::optional<double> minutes, const QDateTime &nowUtc)
{
    if (!minutes || *minutes < 0 || !std::isfinite(*minutes))
        return std::nullopt;
    return nowUtc.addSecs(static_cast<qint64>(std::ceil(*minutes * 60)));
}

} // namespace

std::optional<QDateTime> fromRetryAfter(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = text.toLongLong(&isNumber);
    if (isNumber)
        return seconds >= 0 ? std::optional(nowUtc.addSecs(seconds)) : std::nullopt;
    // IMF-fixdate, the form RFC 9110 requires senders to use.
    const QString date = QString::fromLatin1(text);
    QDateTime at = QLocale::c().toDateTime(date, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!at.isValid())
        at = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!at.isValid())
        return std::nullopt;
    at.setTimeSpec(Qt::UTC);
    return at;
}

std::optional<QDateTime> fromRateLimitReset(const QByteArray &value)
{
    bool ok = false;
    const qint64 epoch = value.trimmed().toLongLong(&ok);
    if (!ok || epoch <= 0)
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC);
}

std::optional<QDateTime> fromMetaUsage(const QByteArray &businessUseCaseUsage, const QByteArray &appUsage,
                                       const QDateTime &nowUtc)
{
    std::optional<QDateTime> result;
    const QJsonObject business = QJsonDocument::fromJson(businessUseCaseUsage).object();
    for (auto it = business.begin(); it != business.end(); ++it) {
        const QJsonArray entries = it.value().toArray();
        for (const QJsonValue &entry : entries) {
            const std::optional<double> minutes = regainMinutes(entry.toObject());
            if (minutes && *minutes > 0)
                result = later(result, afterMinutes(minutes, nowUtc));
        }
    }
    const std::optional<double> appMinutes = regainMinutes(QJsonDocument::fromJson(appUsage).object());
    if (appMinutes && *appMinutes > 0)
        result = later(result, afterMinutes(appMinutes, nowUtc));
    return result;
}

std::optional<QDateTime> fromHeaders(const QList<QNetworkReply::RawHeaderPair> &headers, const QDateTime &nowUtc)
{
    std::optional<QDateTime> result;
    QByteArray business;
    QByteArray app;
    for (const auto &[rawName, value] : headers) {
        const QByteArray name = rawName.toLower();
        if (name == "retry-after")
            result = later(result, fromRetryAfter(value, nowUtc));
        else if (name == "x-rate-limit-reset" || name == "x-ratelimit-reset")
            result = later(result, fromRateLimitReset(value));
        else if (name == "x-business-use-case-usage")
            business = value;
        else if (name == "x-app-usage" || name == "x-ad-account-usage")
            app = app.isEmpty() ? value : app;
    }
    return later(result, fromMetaUsage(business, app, nowUtc));
}

bool isMetaRateLimitCode(int code, int subcode)
{
    // 4 app, 17 user, 32 Page, 613 calls per time, 80000-80014 business use case.
    return code == 4 || code == 17 || code == 32 || code == 613 || (code >= 80000 && code <= 80014)
        || subcode == 1487742 || subcode == 2207042 /* Instagram publishing quota */;
}

bool isTikTokBusinessRateLimitCode(int code)
{
    return code == 40100 || code == 40016;
}

bool isSnapchatRateLimitCode(const QString &code)
{
    return code == QLatin1String("E1008");
}

bool isTikTokContentRateLimitCode(const QString &code)
{
    return code == QLatin1String("rate_limit_exceeded");
}

} // namespace cf::ratelimit
