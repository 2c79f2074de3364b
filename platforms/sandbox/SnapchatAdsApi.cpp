#include "platforms/sandbox/SnapchatAdsApi.h"

#include <QRegularExpression>
#include <QUuid>

namespace cf::sandbox {

namespace {
const QStringList kStatuses{QStringLiteral("ACTIVE"), QStringLiteral("PAUSED")};
const QStringList kObjectives{QStringLiteral("BRAND_AWARENESS"), QStringLiteral("APP_CONVERSION"), QStringLiteral("APP_INSTALL"),
                              QStringLiteral("CATALOG_SALES"), QStringLiteral("ENGAGEMENT"), QStringLiteral("LEAD_GENERATION"),
                              QStringLiteral("VIDEO_VIEW"), QStringLiteral("WEB_CONVERSION"), QStringLiteral("PROMOTE_STORIES"),
                              QStringLiteral("PROMOTE_PLACES")};
const QStringList kGoals{QStringLiteral("IMPRESSIONS"), QStringLiteral("SWIPES"), QStringLiteral("APP_INSTALLS"), QStringLiteral("VIDEO_VIEWS"),
                         QStringLiteral("VIDEO_VIEWS_15_SEC"), QStringLiteral("USES"), QStringLiteral("STORY_OPENS"), QStringLiteral("PIXEL_PAGE_VIEW"),
                         QStringLiteral("PIXEL_ADD_TO_CART"), QStringLiteral("PIXEL_PURCHASE"), QStringLiteral("PIXEL_SIGNUP"),
                         QStringLiteral("LANDING_PAGE_VIEW"), QStringLiteral("APP_PURCHASE")};
const QStringList kBidStrategies{QStringLiteral("AUTO_BID"), QStringLiteral("LOWEST_COST_WITH_MAX_BID"), QStringLiteral("TARGET_COST")};

struct Metro
{
    const char *country;
    const char *id;
    const char *name;
};
// Small fixed tables (EMU ids).
constexpr Metro kMetros[] = {{"sa", "9001", "Riyadh"}, {"sa", "9002", "Jeddah"},    {"sa", "9003", "Dammam"}, {"sa", "9004", "Mecca"},
                             {"sa", "9005", "Medina"}, {"ae", "9101", "Dubai"},     {"ae", "9102", "Abu Dhabi"}, {"qa", "9201", "Doha"},
                             {"eg", "9301", "Cairo"},  {"eg", "9302", "Alexandria"}, {"gb", "826", "London"},  {"us", "501", "New York"}};
constexpr const char *kCountries[][2] = {{"sa", "Saudi Arabia"}, {"ae", "United Arab Emirates"}, {"kw", "Kuwait"}, {"qa", "Qatar"},
                                         {"bh", "Bahrain"},      {"om", "Oman"},                 {"eg", "Egypt"},  {"jo", "Jordan"},
                                         {"gb", "United Kingdom"}, {"us", "United States"}};

bool knownCountry(const QString &code)
{
    for (const auto &country : kCountries) {
        if (code == QLatin1String(country[0]))
            return true;
    }
    return false;
}

SandboxReply refuse(const QString &field, const QString &reason)
{
    return snapchatError(400, "E2002", field + QStringLiteral(": ") + reason);
}

bool isoTime(const Json &item, const char *key)
{
    return item.contains(key) && item[key].is_string() && QDateTime::fromString(fromStd(item[key].get<std::string>()), Qt::ISODateWithMs).isValid();
}

// An immutable field changed by a PUT.
std::optional<SandboxReply> immutable(const Json &item, const Json &stored, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        if (item.contains(key) && stored.contains(key) && item[key] != stored[key])
            return snapchatError(400, "E2023", QStringLiteral("%1 cannot be changed").arg(QLatin1String(key)));
    }
    return std::nullopt;
}
} // namespace

SandboxReply snapchatError(int status, const char *code, const QString &message)
{
    return SandboxReply::json(status, Json{{"request_status", "ERROR"}, {"request_id", toStd(randomToken(12))},
                                           {"debug_message", toStd(message)}, {"display_message", toStd(message)}, {"error_code", code}});
}

bool SnapchatAdsApi::handles(const QString &path)
{
    static const QRegularExpression routes(QStringLiteral("^/v1/(targeting/geo/(country|[a-z]{2}/metro)|adaccounts/[^/]+/(campaigns|media|creatives)"
                                                          "|campaigns/[^/]+(/adsquads)?|adsquads/[^/]+(/ads)?|media/[^/]+(/upload)?|creatives/[^/]+|ads/[^/]+)$"));
    return routes.match(path).hasMatch();
}

void SnapchatAdsApi::reset()
{
    m_campaigns.clear();
    m_squads.clear();
    m_media.clear();
    m_creatives.clear();
    m_ads.clear();
    m_recentCalls.clear();
}

bool SnapchatAdsApi::overRateLimit(const QString &token)
{
    // Wall-clock time: the limit is about real request rates, not the test clock.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::deque<qint64> &calls = m_recentCalls[token];
    while (!calls.empty() && calls.front() <= now - 1000)
        calls.pop_front();
    calls.push_back(now);
    return calls.size() > std::size_t(kMaxRequestsPerSecond);
}

SandboxReply SnapchatAdsApi::handle(const SandboxRequest &request, const QString &token)
{
    if (overRateLimit(token))
        return snapchatError(429, "E1008", QStringLiteral("Too many requests")); // no Retry-After, per the docs
    const QStringList s = request.path.mid(4).split(QLatin1Char('/'));
    const QByteArray &method = request.method;
    if (s[0] == QLatin1String("targeting"))
        return method == "GET" ? geo(s) : snapchatError(405, "E1001", QStringLiteral("Method not allowed"));
    if (s[0] == QLatin1String("adaccounts")) {
        bool known = false;
        for (const SandboxSeed::AdAccount &account : m_context.seed.snapchatAdAccounts)
            known = known || account.id == s[1];
        if (!known)
            return snapchatError(403, "E1002", QStringLiteral("You do not have access to ad account %1").arg(s[1]));
    }
    if (s.size() == 2 && method == "GET") {
        const Entities *entities = s[0] == QLatin1String("campaigns") ? &m_campaigns : s[0] == QLatin1String("adsquads") ? &m_squads
                                 : s[0] == QLatin1String("media")     ? &m_media     : s[0] == QLatin1String("creatives") ? &m_creatives
                                                                                                                             : &m_ads;
        const QString singular = s[0] == QLatin1String("media") ? QStringLiteral("media") : s[0].chopped(1);
        return one(*entities, s[1], s[0].toUtf8().constData(), singular.toUtf8().constData());
    }
    if (s.size() == 3 && s[0] == QLatin1String("media") && method == "POST")
        return upload(request, s[1]);
    if (s.size() != 3)
        return snapchatError(405, "E1001", QStringLiteral("Method not allowed"));
    struct Route
    {
        const char *parent;
        const char *child;
        Entities *entities;
        const char *singular;
        Validator validate;
        bool listable;
    };
    const Route routes[] = {{"adaccounts", "campaigns", &m_campaigns, "campaign", &SnapchatAdsApi::checkCampaign, true},
                            {"adaccounts", "media", &m_media, "media", &SnapchatAdsApi::checkMedia, false},
                            {"adaccounts", "creatives", &m_creatives, "creative", &SnapchatAdsApi::checkCreative, false},
                            {"campaigns", "adsquads", &m_squads, "adsquad", &SnapchatAdsApi::checkSquad, true},
                            {"adsquads", "ads", &m_ads, "ad", &SnapchatAdsApi::checkAd, true}};
    for (const Route &route : routes) {
        if (s[0] != QLatin1String(route.parent) || s[2] != QLatin1String(route.child))
            continue;
        if (s[0] == QLatin1String("campaigns") && !m_campaigns.count(s[1]))
            return snapchatError(404, "E3003", QStringLiteral("Campaign not found"));
        if (s[0] == QLatin1String("adsquads") && !m_squads.count(s[1]))
            return snapchatError(404, "E3003", QStringLiteral("Ad Squad not found"));
        if (method == "GET" && route.listable)
            return listUnder(*route.entities, s[1], route.child, route.singular);
        if (method == "POST" || (method == "PUT" && route.listable))
            return write(request, *route.entities, s[1], route.child, route.singular, route.validate);
    }
    return snapchatError(405, "E1001", QStringLiteral("Method not allowed"));
}

SandboxReply SnapchatAdsApi::geo(const QStringList &s) const
{
    Json items = Json::array();
    if (s[2] == QLatin1String("country")) {
        for (const auto &country : kCountries)
            items.push_back({{"sub_request_status", "SUCCESS"}, {"country", {{"id", country[0]}, {"name", country[1]}, {"code", country[0]}}}});
    } else {
        if (!knownCountry(s[2]))
            return refuse(QStringLiteral("country_code"), QStringLiteral("unknown country %1").arg(s[2]));
        for (const Metro &metro : kMetros) {
            if (s[2] == QLatin1String(metro.country))
                items.push_back({{"sub_request_status", "SUCCESS"}, {"metro", {{"id", metro.id}, {"name", metro.name}, {"country_code", metro.country}}}});
        }
    }
    return SandboxReply::json(200, Json{{"request_status", "SUCCESS"}, {"request_id", toStd(randomToken(12))}, {"targeting_dimensions", items}});
}

QString SnapchatAdsApi::accountOf(const QString &parentKind, const QString &parentId) const
{
    if (parentKind == QLatin1String("campaigns")) {
        const auto it = m_campaigns.find(parentId);
        return it == m_campaigns.end() ? QString() : it->second.accountId;
    }
    if (parentKind == QLatin1String("adsquads")) {
        const auto it = m_squads.find(parentId);
        return it == m_squads.end() ? QString() : it->second.accountId;
    }
    return parentId;
}

SandboxReply SnapchatAdsApi::write(const SandboxRequest &request, Entities &entities, const QString &parentId, const char *plural,
                                   const char *singular, Validator validate)
{
    const auto body = request.json();
    if (request.contentType() != "application/json" || !body || !body->is_object())
        return refuse(QLatin1String(plural), QStringLiteral("the body must be a JSON object"));
    const auto items = body->find(plural);
    if (items == body->end() || !items->is_array() || items->empty())
        return refuse(QLatin1String(plural), QStringLiteral("the body must wrap the items in a non-empty \"%1\" array").arg(QLatin1String(plural)));
    const bool update = request.method == "PUT";
    // Every item is checked before anything is stored: a refused request creates nothing.
    for (const Json &item : *items) {
        if (!item.is_object())
            return refuse(QLatin1String(plural), QStringLiteral("items are objects"));
        const Entity *existing = nullptr;
        if (update) {
            const auto found = entities.find(jsonString(item, "id"));
            if (found == entities.end() || found->second.parentId != parentId)
                return snapchatError(404, "E3003", QStringLiteral("%1 %2 not found").arg(QLatin1String(singular), jsonString(item, "id")));
            existing = &found->second;
        }
        if (auto refused = (this->*validate)(item, parentId, existing))
            return *refused;
    }
    const QString parentKind = request.path.mid(4).section(QLatin1Char('/'), 0, 0);
    const QString now = m_context.clock.now().toString(Qt::ISODateWithMs);
    Json out = Json::array();
    for (const Json &item : *items) {
        Entity entity;
        if (update) {
            entity = entities[jsonString(item, "id")];
            const Json created = entity.fields.value("created_at", Json());
            const Json status = entity.fields.value("media_status", Json());
            entity.fields = item;
            entity.fields["created_at"] = created;
            if (!status.is_null())
                entity.fields["media_status"] = status;
        } else {
            entity.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            entity.accountId = accountOf(parentKind, parentId);
            entity.parentId = parentId;
            entity.fields = item;
            entity.fields["id"] = toStd(entity.id);
            entity.fields["created_at"] = toStd(now);
            if (&entities == &m_media)
                entity.fields["media_status"] = "PENDING_UPLOAD";
        }
        entity.fields["updated_at"] = toStd(now);
        if (&entities == &m_ads && entity.reviewStartedAt == 0 && entity.fields.value("status", std::string()) == "ACTIVE")
            entity.reviewStartedAt = m_context.clock.nowSecs();
        entities[entity.id] = entity;
        out.push_back({{"sub_request_status", "SUCCESS"}, {singular, view(entities, entity)}});
    }
    return SandboxReply::json(200, Json{{"request_status", "SUCCESS"}, {"request_id", toStd(randomToken(12))}, {plural, out}});
}

SandboxReply SnapchatAdsApi::listUnder(const Entities &entities, const QString &parentId, const char *plural, const char *singular) const
{
    Json out = Json::array();
    for (const auto &[id, entity] : entities) {
        if (entity.parentId == parentId)
            out.push_back({{"sub_request_status", "SUCCESS"}, {singular, view(entities, entity)}});
    }
    return SandboxReply::json(200, Json{{"request_status", "SUCCESS"}, {"request_id", toStd(randomToken(12))}, {plural, out}});
}

SandboxReply SnapchatAdsApi::one(const Entities &entities, const QString &id, const char *plural, const char *singular) const
{
    const auto it = entities.find(id);
    if (it == entities.end())
        return snapchatError(404, "E3003", QStringLiteral("Resource not found"));
    return SandboxReply::json(200, Json{{"request_status", "SUCCESS"}, {"request_id", toStd(randomToken(12))},
                                        {plural, Json::array({{{"sub_request_status", "SUCCESS"}, {singular, view(entities, it->second)}}})}});
}

Json SnapchatAdsApi::view(const Entities &entities, const Entity &entity) const
{
    return &entities == &m_ads ? adView(entity) : entity.fields;
}

std::optional<SandboxReply> SnapchatAdsApi::checkCampaign(const Json &item, const QString &accountId, const Entity *existing)
{
    const QString name = jsonString(item, "name");
    if (name.isEmpty() || codePointLength(name) > 375)
        return refuse(QStringLiteral("name"), QStringLiteral("is required, at most 375 characters"));
    if (jsonString(item, "ad_account_id") != accountId)
        return refuse(QStringLiteral("ad_account_id"), QStringLiteral("must be the ad account in the path"));
    if (!kStatuses.contains(jsonString(item, "status")))
        return refuse(QStringLiteral("status"), QStringLiteral("is required: ACTIVE or PAUSED"));
    if (!isoTime(item, "start_time") || (item.contains("end_time") && !isoTime(item, "end_time")))
        return refuse(QStringLiteral("start_time"), QStringLiteral("is required, ISO-8601"));
    if (item.contains("objective") && !kObjectives.contains(jsonString(item, "objective")))
        return refuse(QStringLiteral("objective"), QStringLiteral("must be one of %1").arg(kObjectives.join(QStringLiteral(", "))));
    if (item.contains("daily_budget_micro") && (!item["daily_budget_micro"].is_number_integer() || item["daily_budget_micro"].get<qint64>() < 20000000))
        return refuse(QStringLiteral("daily_budget_micro"), QStringLiteral("a campaign daily spend cap is at least 20000000 micro-currency"));
    if (existing)
        return immutable(item, existing->fields, {"ad_account_id", "objective"});
    return std::nullopt;
}

std::optional<SandboxReply> SnapchatAdsApi::checkSquad(const Json &item, const QString &campaignId, const Entity *existing)
{
    const QString name = jsonString(item, "name");
    if (name.isEmpty() || codePointLength(name) > 375)
        return refuse(QStringLiteral("name"), QStringLiteral("is required, at most 375 characters"));
    if (jsonString(item, "campaign_id") != campaignId)
        return refuse(QStringLiteral("campaign_id"), QStringLiteral("must be the campaign in the path"));
    if (jsonString(item, "type") != QLatin1String("SNAP_ADS"))
        return refuse(QStringLiteral("type"), QStringLiteral("is required: SNAP_ADS"));
    if (!kStatuses.contains(jsonString(item, "status")))
        return refuse(QStringLiteral("status"), QStringLiteral("is required: ACTIVE or PAUSED"));
    const Json placement = item.value("placement_v2", Json());
    if (!placement.is_object() || (jsonString(placement, "config") != QLatin1String("AUTOMATIC") && jsonString(placement, "config") != QLatin1String("CUSTOM")))
        return refuse(QStringLiteral("placement_v2"), QStringLiteral("is required: {\"config\":\"AUTOMATIC\"} or CUSTOM"));
    if (jsonString(item, "billing_event") != QLatin1String("IMPRESSION"))
        return refuse(QStringLiteral("billing_event"), QStringLiteral("is required: IMPRESSION"));
    if (!kGoals.contains(jsonString(item, "optimization_goal")))
        return refuse(QStringLiteral("optimization_goal"), QStringLiteral("is required, one of %1").arg(kGoals.join(QStringLiteral(", "))));
    const QString bidStrategy = jsonString(item, "bid_strategy");
    if (item.contains("bid_strategy") && !kBidStrategies.contains(bidStrategy))
        return refuse(QStringLiteral("bid_strategy"), QStringLiteral("must be one of %1").arg(kBidStrategies.join(QStringLiteral(", "))));
    if (bidStrategy != QLatin1String("AUTO_BID") && !item.value("bid_micro", Json()).is_number_integer())
        return refuse(QStringLiteral("bid_micro"), QStringLiteral("is required unless bid_strategy is AUTO_BID"));
    const bool daily = item.contains("daily_budget_micro");
    const bool lifetime = item.contains("lifetime_budget_micro");
    if (daily == lifetime)
        return refuse(QStringLiteral("daily_budget_micro"), QStringLiteral("exactly one of daily_budget_micro and lifetime_budget_micro is required"));
    const Json &budget = item[daily ? "daily_budget_micro" : "lifetime_budget_micro"];
    if (!budget.is_number_integer() || budget.get<qint64>() <= 0)
        return refuse(QStringLiteral("budget"), QStringLiteral("budgets are positive integers in micro-currency"));
    if (daily && budget.get<qint64>() < kMinDailyBudgetMicro)
        return refuse(QStringLiteral("daily_budget_micro"), QStringLiteral("the daily budget must be at least %1 micro-currency").arg(kMinDailyBudgetMicro));
    if (!isoTime(item, "start_time") || (item.contains("end_time") && !isoTime(item, "end_time")))
        return refuse(QStringLiteral("start_time"), QStringLiteral("is required, ISO-8601"));
    if (lifetime && !item.contains("end_time"))
        return refuse(QStringLiteral("end_time"), QStringLiteral("is required with a lifetime budget"));
    const Json targeting = item.value("targeting", Json());
    const Json geos = targeting.is_object() ? targeting.value("geos", Json()) : Json();
    if (!geos.is_array() || geos.empty())
        return refuse(QStringLiteral("targeting.geos"), QStringLiteral("at least one geo is required"));
    QStringList countries;
    for (const Json &geo : geos) {
        const QString country = geo.is_object() ? jsonString(geo, "country_code") : QString();
        if (!knownCountry(country))
            return refuse(QStringLiteral("targeting.geos"), QStringLiteral("unknown country_code %1").arg(country));
        const QString operation = jsonString(geo, "operation");
        if (geo.contains("operation") && operation != QLatin1String("INCLUDE") && operation != QLatin1String("EXCLUDE"))
            return refuse(QStringLiteral("targeting.geos"), QStringLiteral("operation must be INCLUDE or EXCLUDE"));
        if (geo.contains("metro_id")) {
            bool found = false;
            for (const Metro &metro : kMetros)
                found = found || (country == QLatin1String(metro.country) && jsonString(geo, "metro_id") == QLatin1String(metro.id));
            if (!found)
                return refuse(QStringLiteral("targeting.geos"), QStringLiteral("unknown metro_id %1 in %2").arg(jsonString(geo, "metro_id"), country));
        }
        if (operation != QLatin1String("EXCLUDE") && !countries.contains(country))
            countries << country;
    }
    const Json demographics = targeting.value("demographics", Json::array());
    int languages = 0;
    for (const Json &entry : demographics) {
        if (!entry.is_object())
            return refuse(QStringLiteral("targeting.demographics"), QStringLiteral("entries are objects"));
        for (const char *key : {"min_age", "max_age"}) {
            if (entry.contains(key) && (!entry[key].is_number_integer() || entry[key].get<int>() < 13 || entry[key].get<int>() > 55))
                return refuse(QStringLiteral("targeting.demographics"), QStringLiteral("%1 must be 13-55").arg(QLatin1String(key)));
        }
        if (entry.contains("min_age") && entry.contains("max_age") && entry["min_age"].get<int>() > entry["max_age"].get<int>())
            return refuse(QStringLiteral("targeting.demographics"), QStringLiteral("min_age is above max_age"));
        if (entry.contains("gender") && jsonString(entry, "gender") != QLatin1String("MALE") && jsonString(entry, "gender") != QLatin1String("FEMALE"))
            return refuse(QStringLiteral("targeting.demographics"), QStringLiteral("gender must be MALE or FEMALE"));
        if (entry.contains("languages"))
            languages = entry["languages"].is_array() ? int(entry["languages"].size()) : -1;
    }
    if (countries.size() > 1 && languages != 1)
        return refuse(QStringLiteral("targeting.demographics"), QStringLiteral("targeting several countries needs a demographics entry with exactly one language"));
    if (existing)
        return immutable(item, existing->fields, {"campaign_id", "type"});
    return std::nullopt;
}

} // namespace cf::sandbox
