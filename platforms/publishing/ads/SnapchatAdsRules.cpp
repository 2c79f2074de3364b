#include "platforms/publishing/ads/SnapchatAdsRules.h"

#include "platforms/publishing/PublishMediaKinds.h"
#include "platforms/publishing/PublishText.h"
#include "platforms/publishing/RateLimitSignals.h"
#include "platforms/publishing/RestFailure.h"

#include <QJsonArray>

namespace cf::snapchatads {

qint64 toMicro(const Money &money)
{
    // Exact in integers: minor * 10^6 / 10^exponent.
    return money.minor * 1000000 / minorUnitsPerMajor(money.currency);
}

std::optional<QString> optimizationGoalFor(const QString &objective)
{
    if (objective == QLatin1String("BRAND_AWARENESS") || objective == QLatin1String("PROMOTE_STORIES"))
        return QStringLiteral("IMPRESSIONS");
    if (objective == QLatin1String("WEB_CONVERSION") || objective == QLatin1String("ENGAGEMENT"))
        return QStringLiteral("SWIPES");
    if (objective == QLatin1String("VIDEO_VIEW"))
        return QStringLiteral("VIDEO_VIEWS");
    return std::nullopt; // APP_INSTALL, APP_CONVERSION, PROMOTE_PLACES need an app or a place
}

QString effectiveObjective(const QString &objective)
{
    if (objective == QLatin1String("LEAD_GENERATION") || objective == QLatin1String("CATALOG_SALES"))
        return QStringLiteral("WEB_CONVERSION");
    return objective;
}

QString callToAction(const QString &requested)
{
    static const QStringList kWebView{QStringLiteral("VIEW"), QStringLiteral("MORE"), QStringLiteral("SHOP_NOW"), QStringLiteral("SIGN_UP"),
                                      QStringLiteral("BUY_NOW"), QStringLiteral("BOOK_NOW"), QStringLiteral("APPLY_NOW"), QStringLiteral("ORDER_NOW")};
    return kWebView.contains(requested) ? requested : QStringLiteral("MORE");
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

const PublishMedia *topSnapMedia(const PublishRequest &request)
{
    if (const PublishMedia *video = firstVideo(request))
        return video;
    for (const PublishMedia &media : request.media) {
        if (media.mimeType.startsWith(QLatin1String("image/")))
            return &media;
    }
    return nullptr;
}

QString brandName(const PublishRequest &request)
{
    if (request.ad && !request.ad->brandName.isEmpty())
        return request.ad->brandName;
    if (request.item.copy && !request.item.copy->brandName.isEmpty())
        return request.item.copy->brandName;
    return request.connection.accountName;
}

QString landingUrl(const PublishRequest &request)
{
    return request.ad && !request.ad->landingUrl.isEmpty() ? request.ad->landingUrl : publishtext::link(request);
}

namespace {
bool isSuccess(const QJsonValue &status)
{
    return status.toString().compare(QLatin1String("SUCCESS"), Qt::CaseInsensitive) == 0;
}
} // namespace

QList<QJsonObject> entities(const HttpResult &result, const QString &plural, const QString &singular)
{
    QList<QJsonObject> out;
    const QJsonObject body = result.object();
    if (!result.ok() || !isSuccess(body.value(QLatin1String("request_status"))))
        return out;
    const QJsonArray items = body.value(plural).toArray();
    for (const QJsonValue &item : items) {
        const QJsonObject object = item.toObject();
        if (isSuccess(object.value(QLatin1String("sub_request_status"))))
            out.append(object.value(singular).toObject());
    }
    return out;
}

std::optional<QJsonObject> firstEntity(const HttpResult &result, const QString &plural, const QString &singular)
{
    const QJsonObject body = result.object();
    if (!result.ok() || !isSuccess(body.value(QLatin1String("request_status"))))
        return std::nullopt;
    const QJsonObject item = body.value(plural).toArray().at(0).toObject();
    if (!isSuccess(item.value(QLatin1String("sub_request_status"))))
        return std::nullopt;
    const QJsonObject entity = item.value(singular).toObject();
    if (entity.value(QLatin1String("id")).toString().isEmpty())
        return std::nullopt;
    return entity;
}

namespace {
PublishErrorKind kindOfWords(const QString &words)
{
    const QString text = words.toLower();
    auto any = [&text](std::initializer_list<const char *> list) {
        for (const char *word : list) {
            if (text.contains(QLatin1String(word)))
                return true;
        }
        return false;
    };
    if (any({"policy", "prohibited", "violat"}))
        return PublishErrorKind::ContentPolicyViolation;
    if (any({"budget", "spend cap"}))
        return PublishErrorKind::InsufficientBudget;
    if (any({"geo", "targeting", "metro", "country_code", "region", "age", "gender"}))
        return PublishErrorKind::InvalidTargeting;
    if (any({"media", "upload", "file"}))
        return PublishErrorKind::MediaRejected;
    return PublishErrorKind::Unknown;
}

// An ERROR item inside an answer that was otherwise accepted.
QString itemError(const QJsonObject &body)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!it.value().isArray())
            continue;
        const QJsonArray items = it.value().toArray();
        for (const QJsonValue &item : items) {
            const QJsonObject object = item.toObject();
            if (object.contains(QLatin1String("sub_request_status")) && !isSuccess(object.value(QLatin1String("sub_request_status"))))
                return object.value(QLatin1String("sub_request_error_reason")).toString();
        }
    }
    return {};
}
} // namespace

PublishOutcome failure(const HttpResult &result, bool creates, const QDateTime &nowUtc)
{
    const QJsonObject body = result.object();
    const QString code = body.value(QLatin1String("error_code")).toString();
    QString message = body.value(QLatin1String("display_message")).toString();
    if (message.isEmpty())
        message = body.value(QLatin1String("debug_message")).toString();
    if (message.isEmpty())
        message = itemError(body);
    PublishErrorKind kind = PublishErrorKind::None;
    if (result.status == 401)
        kind = PublishErrorKind::TokenExpiredOrInvalid;
    else if (result.status == 429 || ratelimit::isSnapchatRateLimitCode(code))
        kind = PublishErrorKind::RateLimited;
    else if (result.status == 403)
        kind = kindOfWords(message) == PublishErrorKind::ContentPolicyViolation ? PublishErrorKind::ContentPolicyViolation : PublishErrorKind::PermissionMissing;
    else if (result.status >= 200 && result.status < 500)
        kind = code == QLatin1String("E3003") ? PublishErrorKind::Unknown : kindOfWords(message);
    PublishOutcome outcome = restFailure(result, creates, code, message, kind, nowUtc);
    if (result.ok() && outcome.status != PublishStatus::FailedRetryable)
        outcome.status = PublishStatus::FailedPermanent; // an ERROR item: nothing was applied
    return outcome;
}

} // namespace cf::snapchatads
