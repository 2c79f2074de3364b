#include "platforms/publishing/MetaGraphErrors.h"

#include "platforms/publishing/RateLimitSignals.h"

#include <QJsonObject>
#include <QUrlQuery>

#include <algorithm>
#include <array>

namespace cf::metagraph {

namespace {

// Subcodes Meta uses for a photo or video it cannot take (size, format,
// fetch failures, aspect ratio, expired container).
constexpr std::array kMediaSubcodes{1366046, 2069019, 2207003, 2207004, 2207005, 2207008, 2207009,
                                    2207020, 2207026, 2207052, 2207053, 2207077, 36003};
constexpr std::array kPolicySubcodes{1346003, 1404102, 2207050, 2207051};

template <std::size_t N>
bool contains(const std::array<int, N> &values, int value)
{
    return std::find(values.begin(), values.end(), value) != values.end();
}

} // namespace

QString graphBase()
{
    return QStringLiteral("https://graph.facebook.com/v21.0");
}

QUrl graphUrl(const QString &path, const QList<std::pair<QString, QString>> &query)
{
    QUrl url(graphBase() + QLatin1Char('/') + path);
    if (!query.isEmpty()) {
        QUrlQuery q;
        for (const auto &[name, value] : query)
            q.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        url.setQuery(q);
    }
    return url;
}

QDateTime parseTime(const QString &text)
{
    QString iso = text;
    // ISO 8601 wants +00:00; Graph writes +0000.
    if (iso.size() > 5 && (iso.at(iso.size() - 5) == QLatin1Char('+') || iso.at(iso.size() - 5) == QLatin1Char('-')))
        iso.insert(iso.size() - 2, QLatin1Char(':'));
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

QByteArray authorization(const QString &token)
{
    return "OAuth " + token.toUtf8();
}

PublishOutcome failureOutcome(const HttpResult &result, bool creates, const QDateTime &nowUtc)
{
    const QJsonObject error = result.object().value(QLatin1String("error")).toObject();
    if (result.transportFailed() || error.isEmpty()) {
        PublishOutcome outcome = transportOutcome(result, creates);
        if (!result.transportFailed() && result.status < 500) {
            // An answer without the Graph envelope: the request was refused as a whole.
            outcome.status = PublishStatus::FailedPermanent;
            outcome.error = PublishErrorKind::Unknown;
            outcome.platformMessage = QString::fromUtf8(result.body.left(300));
        }
        return outcome;
    }
    PublishOutcome outcome;
    outcome.httpStatus = result.status;
    const int code = error.value(QLatin1String("code")).toInt();
    const int subcode = error.value(QLatin1String("error_subcode")).toInt();
    outcome.platformCode = subcode ? QStringLiteral("%1/%2").arg(code).arg(subcode) : QString::number(code);
    const QString userMessage = error.value(QLatin1String("error_user_msg")).toString();
    outcome.platformMessage = userMessage.isEmpty() ? error.value(QLatin1String("message")).toString() : userMessage;
    outcome.status = PublishStatus::FailedPermanent;

    if (code == 190 || code == 102 || code == 463 || code == 467) {
        // Nothing was applied; the worker refreshes the token and may retry once.
        outcome.error = PublishErrorKind::TokenExpiredOrInvalid;
        outcome.status = PublishStatus::FailedRetryable;
        outcome.unauthorized = true;
    } else if (ratelimit::isMetaRateLimitCode(code, subcode)) {
        outcome.error = PublishErrorKind::RateLimited;
        outcome.status = PublishStatus::FailedRetryable;
        outcome.retryNotBeforeUtc = ratelimit::fromHeaders(result.headers, nowUtc);
        if (!outcome.retryNotBeforeUtc)
            outcome.retryNotBeforeUtc = nowUtc.addSecs(ratelimit::kDefaultBackoffSeconds);
    } else if (code == 506) {
        outcome.error = PublishErrorKind::Duplicate;
    } else if (code == 368 || contains(kPolicySubcodes, subcode)) {
        outcome.error = PublishErrorKind::ContentPolicyViolation;
    } else if (code == 10 || (code >= 200 && code <= 299)) {
        outcome.error = PublishErrorKind::PermissionMissing;
    } else if (code == 324 || contains(kMediaSubcodes, subcode)) {
        outcome.error = PublishErrorKind::MediaRejected;
    } else if (subcode == 2207010) {
        outcome.error = PublishErrorKind::ContentOutOfLimits;
    } else if (code == 1 || code == 2 || result.status >= 500 || error.value(QLatin1String("is_transient")).toBool()) {
        // Graph's "temporarily unavailable": a create may have been applied.
        outcome.error = PublishErrorKind::PlatformUnavailable;
        outcome.status = creates ? PublishStatus::Unknown : PublishStatus::FailedRetryable;
    } else {
        outcome.error = PublishErrorKind::Unknown;
    }
    return outcome;
}

} // namespace cf::metagraph
