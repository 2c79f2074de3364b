#include "platforms/sandbox/MetaAdsApi.h"

#include <QDateTime>

namespace cf::sandbox {

namespace {
const QStringList kObjectives{QStringLiteral("OUTCOME_AWARENESS"), QStringLiteral("OUTCOME_TRAFFIC"), QStringLiteral("OUTCOME_ENGAGEMENT"),
                              QStringLiteral("OUTCOME_LEADS"), QStringLiteral("OUTCOME_SALES"), QStringLiteral("OUTCOME_APP_PROMOTION")};
const QStringList kStatuses{QStringLiteral("ACTIVE"), QStringLiteral("PAUSED"), QStringLiteral("ARCHIVED"), QStringLiteral("DELETED")};
const QStringList kCategories{QStringLiteral("NONE"), QStringLiteral("HOUSING"), QStringLiteral("EMPLOYMENT"), QStringLiteral("CREDIT"),
                              QStringLiteral("ISSUES_ELECTIONS_POLITICS"), QStringLiteral("FINANCIAL_PRODUCTS_SERVICES"),
                              QStringLiteral("ONLINE_GAMBLING_AND_GAMING")};
const QStringList kBidStrategies{QStringLiteral("LOWEST_COST_WITHOUT_CAP"), QStringLiteral("LOWEST_COST_WITH_BID_CAP"),
                                 QStringLiteral("COST_CAP"), QStringLiteral("LOWEST_COST_WITH_MIN_ROAS")};
const QStringList kBuyingTypes{QStringLiteral("AUCTION"), QStringLiteral("RESERVED")};

// Only the requested fields (plus id), as Graph does with ?fields=.
Json pick(const Json &full, const QStringList &fields)
{
    Json out = Json::object();
    for (const QString &field : fields) {
        const std::string key = toStd(field);
        if (full.contains(key))
            out[key] = full[key];
    }
    if (full.contains("id"))
        out["id"] = full["id"];
    return out;
}

} // namespace

SandboxReply adsInvalid(const QString &userMessage, const QString &field, int subcode, const QString &title)
{
    const Json data{{"blame_field_specs", Json::array({Json::array({toStd(field)})})}};
    return graphError(400, 100, QStringLiteral("Invalid parameter"), subcode, QStringLiteral("OAuthException"),
                      Json{{"error_user_title", toStd(title)}, {"error_user_msg", toStd(userMessage)}, {"error_data", data.dump()},
                           {"is_transient", false}});
}

qint64 adsParseTime(const QString &text)
{
    bool number = false;
    const qint64 secs = text.toLongLong(&number);
    if (number)
        return secs > 0 ? secs : 0;
    QString iso = text.trimmed();
    // ISO 8601 wants +03:00; Graph writes +0300.
    if (iso.size() > 5 && (iso.at(iso.size() - 5) == QLatin1Char('+') || iso.at(iso.size() - 5) == QLatin1Char('-'))
        && iso.at(iso.size() - 3) != QLatin1Char(':'))
        iso.insert(iso.size() - 2, QLatin1Char(':'));
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    return at.isValid() && at.timeSpec() != Qt::LocalTime ? at.toSecsSinceEpoch() : 0;
}

void MetaAdsApi::reset()
{
    m_entities.clear();
    m_images.clear();
    m_videos.reset();
}

const MetaAdsApi::Entity *MetaAdsApi::entity(const QString &id) const
{
    const auto it = m_entities.find(id);
    return it == m_entities.end() ? nullptr : &it->second;
}

MetaAdsApi::Entity &MetaAdsApi::store(Kind kind, const QString &accountId, Json fields)
{
    Entity entity;
    entity.kind = kind;
    entity.id = m_context.numericId(QStringLiteral("1202"));
    entity.accountId = accountId;
    fields["id"] = toStd(entity.id);
    fields["account_id"] = toStd(accountId);
    fields["created_time"] = toStd(m_context.clock.now().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss+0000")));
    entity.fields = std::move(fields);
    return m_entities[entity.id] = std::move(entity);
}

bool MetaAdsApi::ownsPath(const QString &path) const
{
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &segment : segments) {
        if (segment.startsWith(QLatin1String("act_")) || segment == QLatin1String("search") || m_entities.count(segment) || m_videos.find(segment))
            return true;
    }
    return false;
}

QString MetaAdsApi::currencyOf(const QString &accountId) const
{
    for (const SandboxSeed::AdAccount &account : m_context.seed.metaAdAccounts) {
        if (account.id == accountId)
            return account.currency;
    }
    return QStringLiteral("USD");
}

QString MetaAdsApi::effectiveStatus(const Entity &entity) const
{
    const QString status = fromStd(entity.fields.value("status", std::string("ACTIVE")));
    if (status != QLatin1String("ACTIVE"))
        return status;
    if (entity.kind == Kind::Ad) {
        if (m_context.clock.nowSecs() - entity.activatedAtSecs < kReviewSecs)
            return QStringLiteral("PENDING_REVIEW");
        if (entity.disapproved)
            return QStringLiteral("DISAPPROVED");
    }
    const auto parentPaused = [this](const std::string &key, const Json &fields) {
        const Entity *parent = this->entity(fromStd(fields.value(key, std::string())));
        return parent && parent->fields.value("status", std::string("ACTIVE")) != "ACTIVE";
    };
    if (entity.kind == Kind::Ad || entity.kind == Kind::AdSet) {
        if (parentPaused("campaign_id", entity.fields))
            return QStringLiteral("CAMPAIGN_PAUSED");
        if (entity.kind == Kind::Ad && parentPaused("adset_id", entity.fields))
            return QStringLiteral("ADSET_PAUSED");
    }
    return QStringLiteral("ACTIVE");
}

std::optional<SandboxReply> MetaAdsApi::handle(MetaCall &call)
{
    const QStringList &s = call.segments;
    const bool writes = call.request.method != "GET";
    const auto permission = [&call, writes]() -> std::optional<SandboxReply> {
        if (writes && !call.token.hasScope(QStringLiteral("ads_management")))
            return graphError(403, 294, QStringLiteral("(#294) Managing advertisements requires the extended permission ads_management and an application that is whitelisted to access the Marketing API"));
        if (!writes && !call.token.hasScope(QStringLiteral("ads_read")) && !call.token.hasScope(QStringLiteral("ads_management")))
            return graphMissingPermission(QStringLiteral("ads_read"));
        return std::nullopt;
    };
    if (s.first().startsWith(QLatin1String("act_"))) {
        if (auto denied = permission())
            return denied;
        return handleAccount(call, s.first().mid(4));
    }
    if (s.first() == QLatin1String("search") && s.size() == 1) {
        if (call.params.str("type") != QLatin1String("adgeolocation"))
            return std::nullopt;
        if (call.request.method != "GET")
            return graphUnsupported(call.request.method, s.first());
        return searchGeo(call);
    }
    if (const MetaVideoUploads::Video *video = m_videos.find(s.first()); video && s.size() == 1) {
        if (auto denied = permission())
            return denied;
        return call.request.method == "GET" ? readVideo(call, *video) : graphUnsupported(call.request.method, s.first());
    }
    const auto it = m_entities.find(s.first());
    if (it == m_entities.end() || s.size() != 1)
        return std::nullopt; // not ours (Pages, Instagram, insights edges)
    if (auto denied = permission())
        return denied;
    if (call.request.method == "GET")
        return readEntity(call, it->second);
    if (call.request.method == "POST")
        return updateEntity(call, it->second);
    return graphUnsupported(call.request.method, s.first());
}

std::optional<SandboxReply> MetaAdsApi::handleAccount(MetaCall &call, const QString &accountId)
{
    const QStringList &s = call.segments;
    bool known = false;
    for (const SandboxSeed::AdAccount &account : m_context.seed.metaAdAccounts)
        known = known || account.id == accountId;
    if (!known || s.size() > 2)
        return graphUnsupported(call.request.method, s.first());
    const QByteArray &method = call.request.method;
    if (s.size() == 1)
        return method == "GET" ? account(call, accountId) : graphUnsupported(method, s.first());
    const QString &edge = s[1];
    if (edge == QLatin1String("campaigns"))
        return method == "POST" ? createCampaign(call, accountId) : list(call, accountId, Kind::Campaign);
    if (edge == QLatin1String("adsets"))
        return method == "POST" ? createAdSet(call, accountId) : list(call, accountId, Kind::AdSet);
    if (edge == QLatin1String("ads"))
        return method == "POST" ? createAd(call, accountId) : list(call, accountId, Kind::Ad);
    if (edge == QLatin1String("adcreatives"))
        return method == "POST" ? createCreative(call, accountId) : list(call, accountId, Kind::Creative);
    if (edge == QLatin1String("adimages") && method == "POST")
        return uploadImages(call, accountId);
    if (edge == QLatin1String("advideos") && method == "POST")
        return uploadVideo(call, accountId);
    if (edge == QLatin1String("minimum_budgets") && method == "GET") {
        return SandboxReply::json(200, Json{{"data", Json::array({{{"currency", toStd(currencyOf(accountId))}, {"min_daily_budget_imp", 100},
                                                                   {"min_daily_budget_high_freq", 500}, {"min_daily_budget_low_freq", 4000},
                                                                   {"min_daily_budget_video_views", 500}}})}});
    }
    return graphUnsupported(method, s.first());
}

SandboxReply MetaAdsApi::account(const MetaCall &call, const QString &accountId) const
{
    for (const SandboxSeed::AdAccount &seeded : m_context.seed.metaAdAccounts) {
        if (seeded.id != accountId)
            continue;
        const Json full{{"id", toStd(QStringLiteral("act_") + accountId)}, {"account_id", toStd(accountId)}, {"name", toStd(seeded.name)},
                        {"currency", toStd(seeded.currency)}, {"account_status", 1}, {"timezone_name", toStd(seeded.timezone)}};
        const QStringList fields = call.params.fields();
        return SandboxReply::json(200, pick(full, fields.isEmpty() ? QStringList{QStringLiteral("account_id")} : fields));
    }
    return graphUnsupported(call.request.method, QStringLiteral("act_") + accountId);
}

SandboxReply MetaAdsApi::createCampaign(MetaCall &call, const QString &accountId)
{
    const GraphParams &p = call.params;
    if (p.str("name").isEmpty())
        return adsInvalid(QStringLiteral("The name field is required."), QStringLiteral("name"));
    if (!kObjectives.contains(p.str("objective")))
        return adsInvalid(QStringLiteral("Param objective must be one of {%1}").arg(kObjectives.join(QStringLiteral(", "))), QStringLiteral("objective"));
    if (p.has("status") && !kStatuses.mid(0, 2).contains(p.str("status")))
        return adsInvalid(QStringLiteral("New campaigns are created ACTIVE or PAUSED."), QStringLiteral("status"));
    if (p.has("buying_type") && !kBuyingTypes.contains(p.str("buying_type")))
        return adsInvalid(QStringLiteral("Param buying_type must be one of {AUCTION, RESERVED}"), QStringLiteral("buying_type"));
    const auto categories = p.structured("special_ad_categories");
    if (!categories || !categories->is_array())
        return adsInvalid(QStringLiteral("The special_ad_categories field is required: send [] when none apply."), QStringLiteral("special_ad_categories"));
    for (const Json &category : *categories) {
        if (!category.is_string() || !kCategories.contains(fromStd(category.get<std::string>())))
            return adsInvalid(QStringLiteral("Param special_ad_categories[] must be one of {%1}").arg(kCategories.join(QStringLiteral(", "))),
                              QStringLiteral("special_ad_categories"));
    }
    const bool daily = p.has("daily_budget");
    const bool lifetime = p.has("lifetime_budget");
    if (daily && lifetime)
        return adsInvalid(QStringLiteral("Only one of daily_budget and lifetime_budget may be set."), QStringLiteral("daily_budget"));
    bool valid = true;
    const auto budget = daily ? p.integer("daily_budget", &valid) : p.integer("lifetime_budget", &valid);
    if (!valid || (budget && *budget <= 0))
        return adsInvalid(QStringLiteral("Budgets are positive integers in the currency's minor unit."),
                          daily ? QStringLiteral("daily_budget") : QStringLiteral("lifetime_budget"));
    if (p.has("bid_strategy") && !kBidStrategies.contains(p.str("bid_strategy")))
        return adsInvalid(QStringLiteral("Param bid_strategy must be one of {%1}").arg(kBidStrategies.join(QStringLiteral(", "))), QStringLiteral("bid_strategy"));
    if (p.has("bid_strategy") && !budget)
        return adsInvalid(QStringLiteral("bid_strategy is only allowed together with a campaign budget."), QStringLiteral("bid_strategy"));
    const auto sharing = p.boolean("is_adset_budget_sharing_enabled", &valid);
    if (!valid || (!budget && !sharing))
        return adsInvalid(QStringLiteral("Must specify True or False in is_adset_budget_sharing_enabled field"), QStringLiteral("is_adset_budget_sharing_enabled"));
    Json fields{{"name", toStd(p.str("name"))}, {"objective", toStd(p.str("objective"))},
                {"status", toStd(p.has("status") ? p.str("status") : QStringLiteral("ACTIVE"))}, {"special_ad_categories", *categories},
                {"buying_type", toStd(p.has("buying_type") ? p.str("buying_type") : QStringLiteral("AUCTION"))}};
    if (budget)
        fields[daily ? "daily_budget" : "lifetime_budget"] = toStd(QString::number(*budget));
    const Entity &campaign = store(Kind::Campaign, accountId, std::move(fields));
    return SandboxReply::json(200, Json{{"id", toStd(campaign.id)}});
}

SandboxReply MetaAdsApi::list(const MetaCall &call, const QString &accountId, Kind kind) const
{
    // filtering=[{"field":"name","operator":"EQUAL"|"CONTAIN","value":"..."}]
    QString nameEquals;
    QString nameContains;
    if (call.params.has("filtering")) {
        const auto filtering = call.params.structured("filtering");
        if (!filtering || !filtering->is_array())
            return adsInvalid(QStringLiteral("filtering must be a JSON array of {field, operator, value}."), QStringLiteral("filtering"));
        for (const Json &rule : *filtering) {
            const QString field = rule.is_object() ? jsonString(rule, "field") : QString();
            const QString op = rule.is_object() ? jsonString(rule, "operator") : QString();
            if (field != QLatin1String("name") || (op != QLatin1String("EQUAL") && op != QLatin1String("CONTAIN")) || !rule.contains("value"))
                return adsInvalid(QStringLiteral("The sandbox filters by name with EQUAL or CONTAIN only."), QStringLiteral("filtering"));
            (op == QLatin1String("EQUAL") ? nameEquals : nameContains) = jsonString(rule, "value");
        }
    }
    QStringList fields = call.params.fields();
    if (fields.isEmpty())
        fields = {QStringLiteral("id")};
    Json data = Json::array();
    for (const auto &[id, entity] : m_entities) {
        if (entity.kind != kind || entity.accountId != accountId)
            continue;
        const QString name = fromStd(entity.fields.value("name", std::string()));
        if ((!nameEquals.isEmpty() && name != nameEquals) || (!nameContains.isEmpty() && !name.contains(nameContains)))
            continue;
        Json full = entity.fields;
        full["effective_status"] = toStd(effectiveStatus(entity));
        full["configured_status"] = full.value("status", std::string("ACTIVE"));
        data.push_back(pick(full, fields));
    }
    return SandboxReply::json(200, Json{{"data", data}, {"paging", {{"cursors", {{"before", "MAZDZD"}, {"after", "MAZDZD"}}}}}});
}

} // namespace cf::sandbox
