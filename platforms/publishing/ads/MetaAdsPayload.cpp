#include "platforms/publishing/ads/MetaAdsPayload.h"

#include "platforms/publishing/MetaGraphErrors.h"
#include "platforms/publishing/PublishText.h"

#include <QJsonDocument>

#include <cmath>

namespace cf::metaads {

namespace {

// Objective names other networks (or older Meta campaigns) use, mapped to ODAX.
QString odaxObjective(const QString &value)
{
    const QString v = value.trimmed().toUpper();
    if (v.startsWith(QLatin1String("OUTCOME_")))
        return v;
    if (v == QLatin1String("WEB_CONVERSIONS") || v == QLatin1String("WEB_CONVERSION") || v == QLatin1String("CONVERSIONS")
        || v == QLatin1String("SALES") || v == QLatin1String("CATALOG_SALES") || v == QLatin1String("PRODUCT_SALES"))
        return QStringLiteral("OUTCOME_SALES");
    if (v == QLatin1String("REACH") || v == QLatin1String("BRAND_AWARENESS") || v == QLatin1String("AWARENESS"))
        return QStringLiteral("OUTCOME_AWARENESS");
    if (v == QLatin1String("VIDEO_VIEWS") || v == QLatin1String("VIDEO_VIEW") || v == QLatin1String("ENGAGEMENT")
        || v == QLatin1String("POST_ENGAGEMENT"))
        return QStringLiteral("OUTCOME_ENGAGEMENT");
    if (v == QLatin1String("LEAD_GENERATION") || v == QLatin1String("LEADS"))
        return QStringLiteral("OUTCOME_LEADS");
    if (v == QLatin1String("APP_PROMOTION") || v == QLatin1String("APP_INSTALL") || v == QLatin1String("APP_INSTALLS"))
        return QStringLiteral("OUTCOME_APP_PROMOTION");
    return QStringLiteral("OUTCOME_TRAFFIC"); // empty, TRAFFIC, LINK_CLICKS: an ad that sends people to the landing page
}

const QStringList kCallsToAction{QStringLiteral("LEARN_MORE"), QStringLiteral("SHOP_NOW"), QStringLiteral("SIGN_UP"), QStringLiteral("BOOK_NOW"),
                                 QStringLiteral("CONTACT_US"), QStringLiteral("DOWNLOAD"), QStringLiteral("GET_OFFER"), QStringLiteral("SUBSCRIBE"),
                                 QStringLiteral("APPLY_NOW"), QStringLiteral("ORDER_NOW"), QStringLiteral("BUY_NOW"), QStringLiteral("WATCH_MORE")};

struct Placement
{
    QString platform;
    QString position; // empty = every position of the platform
};

// "instagram_stories" -> instagram/story, "facebook" -> facebook/(all).
std::optional<Placement> placementOf(const QString &id)
{
    const QString p = id.trimmed().toLower();
    for (const char *platform : {"facebook", "instagram", "audience_network", "messenger"}) {
        if (p == QLatin1String(platform))
            return Placement{p, {}};
    }
    static const std::vector<std::pair<const char *, Placement>> positions{
        {"facebook_feed", {QStringLiteral("facebook"), QStringLiteral("feed")}},
        {"facebook_story", {QStringLiteral("facebook"), QStringLiteral("story")}},
        {"facebook_stories", {QStringLiteral("facebook"), QStringLiteral("story")}},
        {"facebook_reels", {QStringLiteral("facebook"), QStringLiteral("facebook_reels")}},
        {"facebook_marketplace", {QStringLiteral("facebook"), QStringLiteral("marketplace")}},
        {"facebook_video_feeds", {QStringLiteral("facebook"), QStringLiteral("video_feeds")}},
        {"instagram_feed", {QStringLiteral("instagram"), QStringLiteral("stream")}},
        {"instagram_stream", {QStringLiteral("instagram"), QStringLiteral("stream")}},
        {"instagram_story", {QStringLiteral("instagram"), QStringLiteral("story")}},
        {"instagram_stories", {QStringLiteral("instagram"), QStringLiteral("story")}},
        {"instagram_reels", {QStringLiteral("instagram"), QStringLiteral("reels")}},
        {"instagram_explore", {QStringLiteral("instagram"), QStringLiteral("explore")}},
    };
    for (const auto &[name, placement] : positions) {
        if (p == QLatin1String(name))
            return placement;
    }
    return std::nullopt; // another network's placement (a shared plan lists them all)
}

QString platformName(Platform platform)
{
    return platform == Platform::Instagram ? QStringLiteral("instagram") : QStringLiteral("facebook");
}

} // namespace

std::optional<Objective> objectiveFor(const AdSet &adSet)
{
    const QString objective = odaxObjective(adSet.platformObjective);
    if (objective == QLatin1String("OUTCOME_AWARENESS"))
        return Objective{objective, QStringLiteral("REACH"), QStringLiteral("IMPRESSIONS"), false};
    if (objective == QLatin1String("OUTCOME_ENGAGEMENT"))
        return Objective{objective, QStringLiteral("POST_ENGAGEMENT"), QStringLiteral("IMPRESSIONS"), false};
    if (objective == QLatin1String("OUTCOME_SALES") || objective == QLatin1String("OUTCOME_LEADS"))
        return Objective{QStringLiteral("OUTCOME_TRAFFIC"), QStringLiteral("LINK_CLICKS"), QStringLiteral("IMPRESSIONS"), true};
    if (objective == QLatin1String("OUTCOME_APP_PROMOTION"))
        return std::nullopt;
    return Objective{QStringLiteral("OUTCOME_TRAFFIC"), QStringLiteral("LINK_CLICKS"), QStringLiteral("IMPRESSIONS"), false};
}

QString accountDigits(const Connection &connection)
{
    const QString id = connection.accountId.trimmed();
    return id.startsWith(QLatin1String("act_")) ? id.mid(4) : id;
}

QString accountPath(const Connection &connection)
{
    return QStringLiteral("act_") + accountDigits(connection);
}

qint64 offsetOf(const QString &currency)
{
    static const QStringList zeroDecimal{QStringLiteral("CLP"), QStringLiteral("COP"), QStringLiteral("CRC"), QStringLiteral("HUF"),
                                         QStringLiteral("ISK"), QStringLiteral("IDR"), QStringLiteral("JPY"), QStringLiteral("KRW"),
                                         QStringLiteral("PYG"), QStringLiteral("TWD")};
    return zeroDecimal.contains(currency.toUpper()) ? 1 : 100;
}

qint64 metaAmount(const Money &money)
{
    const qint64 perMajor = minorUnitsPerMajor(money.currency);
    const qint64 offset = offsetOf(money.currency);
    if (perMajor == offset)
        return money.minor;
    // Rounded half up, in integers (budgets are far below overflow).
    return (money.minor * offset * 2 + perMajor) / (perMajor * 2);
}

bool placesOnInstagram(const AdSet &adSet, Platform itemPlatform)
{
    const QJsonArray platforms = targeting(adSet, {}, itemPlatform).value(QLatin1String("publisher_platforms")).toArray();
    return platforms.contains(QStringLiteral("instagram"));
}

QJsonObject targeting(const AdSet &adSet, const QJsonArray &cityKeys, Platform itemPlatform)
{
    QJsonObject spec;
    QJsonArray cities;
    for (const QJsonValue &key : cityKeys)
        cities.append(QJsonObject{{QStringLiteral("key"), key.toString()}});
    spec.insert(QStringLiteral("geo_locations"),
                QJsonObject{{QStringLiteral("cities"), cities}, {QStringLiteral("location_types"), QJsonArray{QStringLiteral("home"), QStringLiteral("recent")}}});
    const Audience &audience = adSet.targeting;
    if (audience.ageMin)
        spec.insert(QStringLiteral("age_min"), qBound(13, *audience.ageMin, 65));
    if (audience.ageMax)
        spec.insert(QStringLiteral("age_max"), qBound(13, *audience.ageMax, 65));
    const bool women = audience.genders.contains(QStringLiteral("female"), Qt::CaseInsensitive);
    const bool men = audience.genders.contains(QStringLiteral("male"), Qt::CaseInsensitive);
    if (women != men) // both or neither: everyone, which Meta spells by leaving genders out
        spec.insert(QStringLiteral("genders"), QJsonArray{women ? 2 : 1});

    QStringList platforms;
    std::map<QString, QStringList> positions;
    std::map<QString, bool> allPositions;
    for (const QString &id : adSet.placements) {
        const std::optional<Placement> placement = placementOf(id);
        if (!placement)
            continue;
        if (!platforms.contains(placement->platform))
            platforms.append(placement->platform);
        if (placement->position.isEmpty())
            allPositions[placement->platform] = true;
        else if (!positions[placement->platform].contains(placement->position))
            positions[placement->platform].append(placement->position);
    }
    if (platforms.isEmpty())
        platforms.append(platformName(itemPlatform));
    spec.insert(QStringLiteral("publisher_platforms"), QJsonArray::fromStringList(platforms));
    for (const auto &[platform, list] : positions) {
        if (allPositions[platform] || (platform != QLatin1String("facebook") && platform != QLatin1String("instagram")))
            continue;
        spec.insert(platform + QStringLiteral("_positions"), QJsonArray::fromStringList(list));
    }
    spec.insert(QStringLiteral("targeting_automation"), QJsonObject{{QStringLiteral("advantage_audience"), 0}});
    return spec;
}

QString graphTime(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss+0000"));
}

QString callToAction(const PublishRequest &request)
{
    const QString type = request.item.copy ? request.item.copy->callToActionType.trimmed().toUpper() : QString();
    return kCallsToAction.contains(type) ? type : QStringLiteral("LEARN_MORE");
}

QString landingUrl(const PublishRequest &request)
{
    if (request.ad && !request.ad->landingUrl.isEmpty())
        return request.ad->landingUrl;
    return publishtext::link(request);
}

QString adsManagerUrl(const Connection &connection, const QString &adId)
{
    return QStringLiteral("https://adsmanager.facebook.com/adsmanager/manage/ads?act=%1&selected_ad_ids=%2").arg(accountDigits(connection), adId);
}

QString nameFilter(const QString &name)
{
    const QJsonArray filter{QJsonObject{{QStringLiteral("field"), QStringLiteral("name")},
                                        {QStringLiteral("operator"), QStringLiteral("EQUAL")},
                                        {QStringLiteral("value"), name}}};
    return QString::fromUtf8(QJsonDocument(filter).toJson(QJsonDocument::Compact));
}

PublishOutcome failure(const HttpResult &result, bool creates, const QDateTime &nowUtc)
{
    PublishOutcome outcome = metagraph::failureOutcome(result, creates, nowUtc);
    const QJsonObject error = result.object().value(QLatin1String("error")).toObject();
    if (error.isEmpty() || outcome.error != PublishErrorKind::Unknown)
        return outcome;
    const int code = error.value(QLatin1String("code")).toInt();
    const int subcode = error.value(QLatin1String("error_subcode")).toInt();
    // error_data is a JSON string: {"blame_field_specs":[["targeting"]]}
    const QJsonObject data = QJsonDocument::fromJson(error.value(QLatin1String("error_data")).toString().toUtf8()).object();
    QStringList blamed;
    const QJsonArray specs = data.value(QLatin1String("blame_field_specs")).toArray();
    for (const QJsonValue &spec : specs) {
        for (const QJsonValue &field : spec.toArray())
            blamed.append(field.toString());
    }
    const auto blames = [&blamed](std::initializer_list<const char *> fields) {
        for (const char *field : fields) {
            if (blamed.contains(QLatin1String(field)))
                return true;
        }
        return false;
    };
    if (code != 100)
        return outcome;
    if (subcode == 1885272)
        outcome.error = PublishErrorKind::InsufficientBudget;
    else if (subcode == 1487694 || blames({"targeting", "geo_locations", "age_min", "age_max", "genders"}))
        outcome.error = PublishErrorKind::InvalidTargeting;
    else if (blames({"image_hash", "filename", "bytes", "picture"}))
        outcome.error = PublishErrorKind::MediaRejected;
    return outcome;
}

} // namespace cf::metaads
