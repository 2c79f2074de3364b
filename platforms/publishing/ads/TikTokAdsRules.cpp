#include "platforms/publishing/ads/TikTokAdsRules.h"

#include "platforms/publishing/RateLimitSignals.h"
#include "platforms/publishing/PublishText.h"
#include "platforms/publishing/RestFailure.h"

#include <QCryptographicHash>
#include <QJsonValue>
#include <QtEndian>

namespace cf::tiktokads {

std::optional<double> minimumDailyBudget(const QString &currency)
{
    struct Row
    {
        const char *currency;
        double minimum;
    };
    // USD is documented; the rest are configurable defaults (about $20).
    static constexpr Row kRows[] = {{"USD", 20}, {"SAR", 75}, {"AED", 75}, {"QAR", 75},  {"KWD", 6},  {"BHD", 8},
                                    {"OMR", 8},  {"EGP", 1000}, {"JOD", 15}, {"EUR", 20}, {"GBP", 20}};
    for (const Row &row : kRows) {
        if (currency.compare(QLatin1String(row.currency), Qt::CaseInsensitive) == 0)
            return row.minimum;
    }
    return std::nullopt;
}

int budgetDays(const QDateTime &startUtc, const QDateTime &endUtc)
{
    if (!startUtc.isValid() || !endUtc.isValid() || endUtc <= startUtc)
        return 1;
    const qint64 seconds = startUtc.secsTo(endUtc);
    return int(qMax<qint64>(1, (seconds + 86399) / 86400));
}

std::optional<Goal> goalFor(const QString &objectiveType)
{
    if (objectiveType == QLatin1String("TRAFFIC"))
        return Goal{QStringLiteral("CLICK"), QStringLiteral("CPC")};
    if (objectiveType == QLatin1String("REACH"))
        return Goal{QStringLiteral("REACH"), QStringLiteral("CPM")};
    if (objectiveType == QLatin1String("VIDEO_VIEWS") || objectiveType == QLatin1String("ENGAGEMENT"))
        return Goal{QStringLiteral("ENGAGED_VIEW"), QStringLiteral("OCPM")};
    if (objectiveType == QLatin1String("LEAD_GENERATION"))
        return Goal{QStringLiteral("LEAD_GENERATION"), QStringLiteral("OCPM")};
    if (objectiveType == QLatin1String("WEB_CONVERSIONS"))
        return Goal{QStringLiteral("CONVERT"), QStringLiteral("OCPM"), true, false};
    if (objectiveType == QLatin1String("APP_PROMOTION"))
        return Goal{QStringLiteral("INSTALL"), QStringLiteral("OCPM"), false, true};
    return std::nullopt;
}

QString effectiveObjective(const QString &objectiveType)
{
    if (objectiveType == QLatin1String("WEB_CONVERSIONS") || objectiveType == QLatin1String("PRODUCT_SALES")
        || objectiveType == QLatin1String("LEAD_GENERATION"))
        return QStringLiteral("TRAFFIC");
    return objectiveType;
}

bool promotionTypeRequired(const QString &objectiveType)
{
    return objectiveType != QLatin1String("REACH") && objectiveType != QLatin1String("VIDEO_VIEWS")
           && objectiveType != QLatin1String("ENGAGEMENT");
}

QStringList ageGroups(std::optional<int> ageMin, std::optional<int> ageMax)
{
    if (!ageMin && !ageMax)
        return {};
    struct Bucket
    {
        int min;
        int max;
        const char *id;
    };
    // AGE_13_17 is left out: it is restricted in most markets and the
    // planner never aims ads at minors.
    static constexpr Bucket kBuckets[] = {{18, 24, "AGE_18_24"}, {25, 34, "AGE_25_34"}, {35, 44, "AGE_35_44"},
                                          {45, 54, "AGE_45_54"}, {55, 100, "AGE_55_100"}};
    const int low = ageMin.value_or(18);
    const int high = ageMax.value_or(100);
    QStringList groups;
    for (const Bucket &bucket : kBuckets) {
        if (bucket.max >= low && bucket.min <= high)
            groups << QLatin1String(bucket.id);
    }
    return groups;
}

QString gender(const QStringList &genders)
{
    if (genders.size() == 1 && genders.first() == QLatin1String("female"))
        return QStringLiteral("GENDER_FEMALE");
    if (genders.size() == 1 && genders.first() == QLatin1String("male"))
        return QStringLiteral("GENDER_MALE");
    return QStringLiteral("GENDER_UNLIMITED");
}

QString callToAction(const QString &requested)
{
    static const QStringList kKnown{QStringLiteral("LEARN_MORE"), QStringLiteral("SHOP_NOW"), QStringLiteral("SIGN_UP"),
                                    QStringLiteral("DOWNLOAD_NOW"), QStringLiteral("CONTACT_US"), QStringLiteral("APPLY_NOW"),
                                    QStringLiteral("BOOK_NOW"), QStringLiteral("ORDER_NOW"), QStringLiteral("GET_QUOTE"),
                                    QStringLiteral("SUBSCRIBE"), QStringLiteral("WATCH_NOW")};
    return kKnown.contains(requested) ? requested : QStringLiteral("LEARN_MORE");
}

QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

namespace {
bool isCjk(char32_t c)
{
    return (c >= 0x1100 && c <= 0x11FF) || (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF)
           || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x20000 && c <= 0x2FA1F);
}
} // namespace

int textLength(const QString &text)
{
    int length = 0;
    for (const char32_t c : text.toUcs4())
        length += isCjk(c) ? 2 : 1;
    return length;
}

bool hasEmoji(const QString &text)
{
    for (const char32_t c : text.toUcs4()) {
        if ((c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) || c == 0xFE0F)
            return true;
    }
    return false;
}

QString requestId(const QString &identity)
{
    const QByteArray digest = QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha256);
    const quint64 value = qFromBigEndian<quint64>(digest.constData()) & 0x7FFFFFFFFFFFFFFFULL;
    return QString::number(value);
}

bool succeeded(const HttpResult &result)
{
    const QJsonValue code = result.object().value(QLatin1String("code"));
    return result.ok() && code.isDouble() && code.toInteger() == 0;
}

QJsonObject data(const HttpResult &result)
{
    return result.object().value(QLatin1String("data")).toObject();
}

namespace {
PublishErrorKind kindOfParameterError(const QString &message)
{
    const QString text = message.toLower();
    auto any = [&text](std::initializer_list<const char *> words) {
        for (const char *word : words) {
            if (text.contains(QLatin1String(word)))
                return true;
        }
        return false;
    };
    if (any({"policy", "prohibited", "violat"}))
        return PublishErrorKind::ContentPolicyViolation;
    if (text.contains(QLatin1String("budget")) && any({"greater", "minimum", "at least", "too low", "must be"}))
        return PublishErrorKind::InsufficientBudget;
    if (any({"location", "region", "age_groups", "gender", "targeting"}))
        return PublishErrorKind::InvalidTargeting;
    if (any({"already exists", "duplicate"}))
        return PublishErrorKind::Duplicate;
    if (any({"image", "video", "signature", "file"}))
        return PublishErrorKind::MediaRejected;
    return PublishErrorKind::Unknown;
}
} // namespace

PublishOutcome failure(const HttpResult &result, bool creates, const QDateTime &nowUtc)
{
    const QJsonObject body = result.object();
    const QJsonValue codeValue = body.value(QLatin1String("code"));
    const QString message = body.value(QLatin1String("message")).toString();
    if (result.transportFailed() || result.status >= 500 || !codeValue.isDouble()) {
        PublishOutcome outcome = restFailure(result, creates, codeValue.isDouble() ? QString::number(codeValue.toInteger()) : QString(),
                                             message, PublishErrorKind::None, nowUtc);
        return outcome;
    }
    const qint64 code = codeValue.toInteger();
    PublishErrorKind kind = PublishErrorKind::Unknown;
    if (ratelimit::isTikTokBusinessRateLimitCode(int(code)))
        kind = PublishErrorKind::RateLimited;
    else if (code == 40102 || code == 40104 || code == 40105)
        kind = PublishErrorKind::TokenExpiredOrInvalid;
    else if (code == 40001)
        kind = PublishErrorKind::PermissionMissing;
    else if (code == 40002)
        kind = kindOfParameterError(message);
    else if (code >= 50000 && code < 60000)
        kind = PublishErrorKind::PlatformUnavailable;
    PublishOutcome outcome = restFailure(result, creates, QString::number(code), message, kind, nowUtc);
    if (kind == PublishErrorKind::PlatformUnavailable)
        // A system error on a create may have come after TikTok applied it.
        outcome.status = creates ? PublishStatus::Unknown : PublishStatus::FailedRetryable;
    return outcome;
}

QStringList placementsOf(const AdSet &adSet)
{
    QStringList placements;
    for (const QString &placement : adSet.placements) {
        if (placement.startsWith(QLatin1String("PLACEMENT_")))
            placements << placement;
    }
    return placements.isEmpty() ? QStringList{QStringLiteral("PLACEMENT_TIKTOK")} : placements;
}

const PublishMedia *firstImage(const PublishRequest &request)
{
    for (const PublishMedia &media : request.media) {
        if (media.mimeType.startsWith(QLatin1String("image/")))
            return &media;
    }
    return nullptr;
}

QString displayName(const PublishRequest &request)
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

} // namespace cf::tiktokads
