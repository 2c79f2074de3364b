// Ad set creation for MetaAdsApi: the strictest part of the Marketing API
// contract (ads.md 1.4, 1.12 and section 4).
#include "platforms/sandbox/MetaAdsApi.h"

#include <cmath>

namespace cf::sandbox {

namespace {
const QStringList kBillingEvents{QStringLiteral("IMPRESSIONS"), QStringLiteral("LINK_CLICKS"), QStringLiteral("CLICKS"),
                                 QStringLiteral("APP_INSTALLS"), QStringLiteral("PAGE_LIKES"), QStringLiteral("POST_ENGAGEMENT"),
                                 QStringLiteral("THRUPLAY"), QStringLiteral("PURCHASE"), QStringLiteral("LISTING_INTERACTION"),
                                 QStringLiteral("OFFER_CLAIMS"), QStringLiteral("NONE")};
const QStringList kBidStrategies{QStringLiteral("LOWEST_COST_WITHOUT_CAP"), QStringLiteral("LOWEST_COST_WITH_BID_CAP"),
                                 QStringLiteral("COST_CAP"), QStringLiteral("LOWEST_COST_WITH_MIN_ROAS")};
const QStringList kPublisherPlatforms{QStringLiteral("facebook"), QStringLiteral("instagram"), QStringLiteral("audience_network"),
                                      QStringLiteral("messenger"), QStringLiteral("threads")};
const QStringList kFacebookPositions{QStringLiteral("feed"), QStringLiteral("profile_feed"), QStringLiteral("marketplace"),
                                     QStringLiteral("video_feeds"), QStringLiteral("story"), QStringLiteral("search"),
                                     QStringLiteral("instream_video"), QStringLiteral("facebook_reels")};
const QStringList kInstagramPositions{QStringLiteral("stream"), QStringLiteral("story"), QStringLiteral("explore"),
                                      QStringLiteral("explore_home"), QStringLiteral("reels"), QStringLiteral("profile_feed"),
                                      QStringLiteral("profile_reels"), QStringLiteral("ig_search")};

// The optimization goals each ODAX objective accepts (sandbox table).
QStringList goalsFor(const QString &objective)
{
    if (objective == QLatin1String("OUTCOME_AWARENESS"))
        return {QStringLiteral("REACH"), QStringLiteral("IMPRESSIONS"), QStringLiteral("AD_RECALL_LIFT"), QStringLiteral("THRUPLAY")};
    if (objective == QLatin1String("OUTCOME_TRAFFIC"))
        return {QStringLiteral("LINK_CLICKS"), QStringLiteral("LANDING_PAGE_VIEWS"), QStringLiteral("REACH"), QStringLiteral("IMPRESSIONS"),
                QStringLiteral("CONVERSATIONS")};
    if (objective == QLatin1String("OUTCOME_ENGAGEMENT"))
        return {QStringLiteral("POST_ENGAGEMENT"), QStringLiteral("THRUPLAY"), QStringLiteral("PAGE_LIKES"), QStringLiteral("CONVERSATIONS"),
                QStringLiteral("LINK_CLICKS"), QStringLiteral("IMPRESSIONS"), QStringLiteral("REACH")};
    if (objective == QLatin1String("OUTCOME_LEADS"))
        return {QStringLiteral("LEAD_GENERATION"), QStringLiteral("OFFSITE_CONVERSIONS"), QStringLiteral("CONVERSATIONS")};
    if (objective == QLatin1String("OUTCOME_SALES"))
        return {QStringLiteral("OFFSITE_CONVERSIONS"), QStringLiteral("VALUE"), QStringLiteral("CONVERSATIONS")};
    if (objective == QLatin1String("OUTCOME_APP_PROMOTION"))
        return {QStringLiteral("APP_INSTALLS"), QStringLiteral("OFFSITE_CONVERSIONS")};
    return {};
}

// min_daily_budget_imp / _high_freq / _low_freq of /minimum_budgets, by goal.
qint64 dailyMinimum(const QString &goal)
{
    if (goal == QLatin1String("REACH") || goal == QLatin1String("IMPRESSIONS") || goal == QLatin1String("AD_RECALL_LIFT"))
        return 100;
    if (goal == QLatin1String("OFFSITE_CONVERSIONS") || goal == QLatin1String("VALUE") || goal == QLatin1String("APP_INSTALLS")
        || goal == QLatin1String("LEAD_GENERATION"))
        return 4000;
    return 500;
}

bool stringsIn(const Json &value, const QStringList &allowed)
{
    if (!value.is_array() || value.empty())
        return false;
    for (const Json &item : value) {
        if (!item.is_string() || !allowed.contains(fromStd(item.get<std::string>())))
            return false;
    }
    return true;
}

bool hasString(const Json &array, const char *value)
{
    if (!array.is_array())
        return false;
    for (const Json &item : array) {
        if (item.is_string() && item.get<std::string>() == value)
            return true;
    }
    return false;
}
} // namespace

std::optional<SandboxReply> MetaAdsApi::checkTargeting(const Json &t) const
{
    const QString field = QStringLiteral("targeting");
    if (!t.is_object())
        return adsInvalid(QStringLiteral("targeting is required and must be a JSON object."), field);
    const Json geo = t.value("geo_locations", Json());
    if (!geo.is_object() || (!geo.contains("countries") && !geo.contains("cities") && !geo.contains("regions")))
        return adsInvalid(QStringLiteral("Your audience needs a location: set geo_locations with countries, regions or cities."), field, 0,
                          QStringLiteral("Location Required"));
    if (geo.contains("cities")) {
        const Json &cities = geo["cities"];
        if (!cities.is_array() || cities.empty())
            return adsInvalid(QStringLiteral("geo_locations.cities must be a non-empty array of {key}."), field);
        for (const Json &city : cities) {
            const QString key = city.is_object() ? jsonString(city, "key") : QString();
            if (!metaGeoCityKnown(key))
                return adsInvalid(QStringLiteral("The location key \"%1\" is invalid. Look locations up with /search?type=adgeolocation.").arg(key),
                                  field, 0, QStringLiteral("Invalid Location"));
            if (city.contains("radius") && (!city["radius"].is_number() || city["radius"].get<double>() < 10 || city["radius"].get<double>() > 80))
                return adsInvalid(QStringLiteral("City radius must be between 10 and 80 (kilometres or miles)."), field);
        }
    }
    const Json automation = t.value("targeting_automation", Json());
    if (!automation.is_object() || !automation.contains("advantage_audience") || !automation["advantage_audience"].is_number_integer()
        || (automation["advantage_audience"] != 0 && automation["advantage_audience"] != 1))
        return adsInvalid(QStringLiteral("Advantage Audience Flag Required: set targeting_automation.advantage_audience to 1 (on) or 0 (off)."),
                          field, 0, QStringLiteral("Advantage Audience Flag Required"));
    const int ageMin = t.value("age_min", 18);
    const int ageMax = t.value("age_max", 65);
    if ((t.contains("age_min") && !t["age_min"].is_number_integer()) || (t.contains("age_max") && !t["age_max"].is_number_integer())
        || ageMin < 13 || ageMax > 65 || ageMin > ageMax)
        return adsInvalid(QStringLiteral("age_min and age_max are whole numbers between 13 and 65, age_min no greater than age_max."), field);
    if (automation["advantage_audience"] == 1 && (t.contains("age_max") && ageMax < 65))
        return adsInvalid(QStringLiteral("With Advantage+ audience on, the age maximum is a suggestion: do not set age_max below 65."), field);
    if (t.contains("genders")) {
        const Json &genders = t["genders"];
        if (!genders.is_array() || genders.empty())
            return adsInvalid(QStringLiteral("genders is an array of 1 (male) and 2 (female); omit it for all."), field);
        for (const Json &g : genders) {
            if (!g.is_number_integer() || (g != 1 && g != 2))
                return adsInvalid(QStringLiteral("genders is an array of 1 (male) and 2 (female); omit it for all."), field);
        }
    }
    if (t.contains("publisher_platforms") && !stringsIn(t["publisher_platforms"], kPublisherPlatforms))
        return adsInvalid(QStringLiteral("publisher_platforms must be a subset of {%1}").arg(kPublisherPlatforms.join(QStringLiteral(", "))), field);
    const Json platforms = t.value("publisher_platforms", Json::array());
    if (t.contains("facebook_positions")
        && (!stringsIn(t["facebook_positions"], kFacebookPositions) || (!platforms.empty() && !hasString(platforms, "facebook"))))
        return adsInvalid(QStringLiteral("facebook_positions must be a subset of {%1} and needs facebook in publisher_platforms.")
                              .arg(kFacebookPositions.join(QStringLiteral(", "))), field);
    if (t.contains("instagram_positions")
        && (!stringsIn(t["instagram_positions"], kInstagramPositions) || (!platforms.empty() && !hasString(platforms, "instagram"))))
        return adsInvalid(QStringLiteral("instagram_positions must be a subset of {%1} and needs instagram in publisher_platforms.")
                              .arg(kInstagramPositions.join(QStringLiteral(", "))), field);
    if (t.contains("device_platforms") && !stringsIn(t["device_platforms"], {QStringLiteral("mobile"), QStringLiteral("desktop")}))
        return adsInvalid(QStringLiteral("device_platforms must be a subset of {mobile, desktop}."), field);
    return std::nullopt;
}

std::optional<SandboxReply> MetaAdsApi::checkBudget(const QString &accountId, const QString &field, qint64 amount, const QString &goal,
                                                    qint64 days) const
{
    if (amount <= 0)
        return adsInvalid(QStringLiteral("Budgets are positive integers in the currency's minor unit."), field);
    const qint64 minimum = dailyMinimum(goal) * qMax<qint64>(1, days);
    if (amount >= minimum)
        return std::nullopt;
    const QString currency = currencyOf(accountId);
    return adsInvalid(QStringLiteral("Your ad set budget must be more than %1%2 or your ads may not be delivered.")
                          .arg(currency, QString::number(double(minimum) / 100.0, 'f', 2)),
                      field, 1885272, QStringLiteral("Budget Is Too Low"));
}

SandboxReply MetaAdsApi::createAdSet(MetaCall &call, const QString &accountId)
{
    const GraphParams &p = call.params;
    if (p.str("name").isEmpty())
        return adsInvalid(QStringLiteral("The name field is required."), QStringLiteral("name"));
    const Entity *campaign = entity(p.str("campaign_id"));
    if (!campaign || campaign->kind != Kind::Campaign || campaign->accountId != accountId)
        return adsInvalid(QStringLiteral("The campaign_id \"%1\" is not a campaign of this ad account.").arg(p.str("campaign_id")),
                          QStringLiteral("campaign_id"));
    if (p.has("status") && p.str("status") != QLatin1String("ACTIVE") && p.str("status") != QLatin1String("PAUSED"))
        return adsInvalid(QStringLiteral("New ad sets are created ACTIVE or PAUSED."), QStringLiteral("status"));
    const QString objective = fromStd(campaign->fields.value("objective", std::string()));
    const QString goal = p.str("optimization_goal");
    if (goal.isEmpty())
        return adsInvalid(QStringLiteral("The optimization_goal field is required."), QStringLiteral("optimization_goal"));
    if (!goalsFor(objective).contains(goal))
        return adsInvalid(QStringLiteral("The optimization goal %1 is not available for a campaign with the objective %2.").arg(goal, objective),
                          QStringLiteral("optimization_goal"), 2490408, QStringLiteral("Performance Goal Is Unavailable"));
    const QString billing = p.str("billing_event");
    if (!kBillingEvents.contains(billing))
        return adsInvalid(QStringLiteral("Param billing_event must be one of {%1}").arg(kBillingEvents.join(QStringLiteral(", "))), QStringLiteral("billing_event"));
    if ((billing == QLatin1String("LINK_CLICKS") || billing == QLatin1String("THRUPLAY")) && billing != goal)
        return adsInvalid(QStringLiteral("The billing event %1 needs the optimization goal %1.").arg(billing), QStringLiteral("billing_event"));
    const auto promoted = p.structured("promoted_object").value_or(Json::object());
    if ((goal == QLatin1String("OFFSITE_CONVERSIONS") || goal == QLatin1String("VALUE")) && !promoted.contains("pixel_id"))
        return adsInvalid(QStringLiteral("This optimization goal needs promoted_object with a pixel_id."), QStringLiteral("promoted_object"));
    if (goal == QLatin1String("LEAD_GENERATION") && !promoted.contains("page_id"))
        return adsInvalid(QStringLiteral("Lead generation needs promoted_object with a page_id."), QStringLiteral("promoted_object"));
    if (goal == QLatin1String("APP_INSTALLS") && !promoted.contains("application_id"))
        return adsInvalid(QStringLiteral("App installs need promoted_object with an application_id."), QStringLiteral("promoted_object"));

    const QString bidStrategy = p.has("bid_strategy") ? p.str("bid_strategy") : QStringLiteral("LOWEST_COST_WITHOUT_CAP");
    if (!kBidStrategies.contains(bidStrategy))
        return adsInvalid(QStringLiteral("Param bid_strategy must be one of {%1}").arg(kBidStrategies.join(QStringLiteral(", "))), QStringLiteral("bid_strategy"));
    bool valid = true;
    const auto bid = p.integer("bid_amount", &valid);
    const bool capped = bidStrategy == QLatin1String("LOWEST_COST_WITH_BID_CAP") || bidStrategy == QLatin1String("COST_CAP");
    if (!valid || (capped && (!bid || *bid < 1)))
        return adsInvalid(QStringLiteral("bid_amount (minor units, at least 1) is required with the bid strategy %1.").arg(bidStrategy), QStringLiteral("bid_amount"));

    const auto targeting = p.structured("targeting");
    if (auto problem = checkTargeting(targeting.value_or(Json())))
        return *problem;

    const qint64 now = m_context.clock.nowSecs();
    const qint64 start = p.has("start_time") ? adsParseTime(p.str("start_time")) : now;
    const qint64 end = p.has("end_time") ? adsParseTime(p.str("end_time")) : 0;
    if (start == 0)
        return adsInvalid(QStringLiteral("start_time must be an ISO 8601 time with an offset or UNIX seconds."), QStringLiteral("start_time"));
    if (p.has("end_time") && (end == 0 || end <= start || end <= now))
        return adsInvalid(QStringLiteral("end_time must be in the future and after start_time."), QStringLiteral("end_time"));

    const bool campaignBudget = campaign->fields.contains("daily_budget") || campaign->fields.contains("lifetime_budget");
    const bool daily = p.has("daily_budget");
    const bool lifetime = p.has("lifetime_budget");
    if (campaignBudget && (daily || lifetime))
        return adsInvalid(QStringLiteral("The campaign has a budget (Advantage campaign budget); its ad sets cannot have one too."),
                          daily ? QStringLiteral("daily_budget") : QStringLiteral("lifetime_budget"), 1885621);
    if (!campaignBudget && daily == lifetime)
        return adsInvalid(QStringLiteral("Set exactly one of daily_budget and lifetime_budget."), QStringLiteral("daily_budget"));
    std::optional<qint64> amount;
    if (daily || lifetime) {
        amount = p.integer(daily ? "daily_budget" : "lifetime_budget", &valid);
        if (!valid || !amount)
            return adsInvalid(QStringLiteral("Budgets are positive integers in the currency's minor unit."), QStringLiteral("daily_budget"));
        if (lifetime && end == 0)
            return adsInvalid(QStringLiteral("A lifetime budget needs an end_time."), QStringLiteral("end_time"));
        const qint64 days = lifetime ? qint64(std::ceil(double(end - start) / 86400.0)) : 1;
        if (auto problem = checkBudget(accountId, daily ? QStringLiteral("daily_budget") : QStringLiteral("lifetime_budget"), *amount, goal, days))
            return *problem;
        if (bid && *amount < 5 * *bid)
            return adsInvalid(QStringLiteral("With a manual bid the budget must be at least five times the bid."), QStringLiteral("bid_amount"), 1885272,
                              QStringLiteral("Budget Is Too Low"));
    }

    Json fields{{"name", toStd(p.str("name"))}, {"campaign_id", toStd(campaign->id)}, {"optimization_goal", toStd(goal)},
                {"billing_event", toStd(billing)}, {"bid_strategy", toStd(bidStrategy)}, {"targeting", *targeting},
                {"status", toStd(p.has("status") ? p.str("status") : QStringLiteral("ACTIVE"))},
                {"start_time", toStd(QDateTime::fromSecsSinceEpoch(start, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss+0000")))}};
    if (end)
        fields["end_time"] = toStd(QDateTime::fromSecsSinceEpoch(end, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss+0000")));
    if (amount)
        fields[daily ? "daily_budget" : "lifetime_budget"] = toStd(QString::number(*amount)); // Graph returns numbers as strings
    if (bid)
        fields["bid_amount"] = *bid;
    if (!promoted.empty())
        fields["promoted_object"] = promoted;
    const Entity &adSet = store(Kind::AdSet, accountId, std::move(fields));
    return SandboxReply::json(200, Json{{"id", toStd(adSet.id)}});
}

} // namespace cf::sandbox
