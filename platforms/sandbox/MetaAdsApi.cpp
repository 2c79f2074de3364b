#include "platforms/sandbox/MetaAdsApi.h"

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

SandboxReply blame(const QString &message, const char *field, int subcode = 0)
{
    const Json data{{"blame_field_specs", Json::array({Json::array({field})})}};
    return graphError(400, 100, QStringLiteral("Invalid parameter"), subcode, QStringLiteral("OAuthException"),
                      Json{{"error_user_title", "Invalid parameter"}, {"error_user_msg", toStd(message)}, {"error_data", data.dump()},
                           {"is_transient", false}});
}
} // namespace

std::optional<SandboxReply> MetaAdsApi::handle(MetaCall &call)
{
    const QStringList &s = call.segments;
    if (!s.first().startsWith(QLatin1String("act_")))
        return std::nullopt;
    const QString accountId = s.first().mid(4);
    bool known = false;
    for (const SandboxSeed::AdAccount &account : m_context.seed.metaAdAccounts)
        known = known || account.id == accountId;
    if (!known || s.size() != 2)
        return graphUnsupported(call.request.method, s.first());
    const bool writes = call.request.method != "GET";
    if (writes && !call.token.hasScope(QStringLiteral("ads_management")))
        return graphError(403, 294, QStringLiteral("(#294) Managing advertisements requires the extended permission ads_management and an application that is whitelisted to access the Marketing API"));
    if (!writes && !call.token.hasScope(QStringLiteral("ads_read")) && !call.token.hasScope(QStringLiteral("ads_management")))
        return graphMissingPermission(QStringLiteral("ads_read"));
    if (s[1] == QLatin1String("campaigns") && call.request.method == "POST")
        return createCampaign(call, accountId);
    if (s[1] == QLatin1String("campaigns") && call.request.method == "GET")
        return listCampaigns(call, accountId);
    if (s[1] == QLatin1String("minimum_budgets") && call.request.method == "GET") {
        QString currency = QStringLiteral("USD");
        for (const SandboxSeed::AdAccount &account : m_context.seed.metaAdAccounts) {
            if (account.id == accountId)
                currency = account.currency;
        }
        return SandboxReply::json(200, Json{{"data", Json::array({{{"currency", toStd(currency)}, {"min_daily_budget_imp", 100},
                                                                   {"min_daily_budget_high_freq", 500}, {"min_daily_budget_low_freq", 4000},
                                                                   {"min_daily_budget_video_views", 500}}})}});
    }
    return graphUnsupported(call.request.method, s.first());
}

SandboxReply MetaAdsApi::createCampaign(MetaCall &call, const QString &accountId)
{
    const GraphParams &p = call.params;
    if (p.str("name").isEmpty())
        return blame(QStringLiteral("The name field is required."), "name");
    if (!kObjectives.contains(p.str("objective")))
        return blame(QStringLiteral("Param objective must be one of {%1}").arg(kObjectives.join(QStringLiteral(", "))), "objective");
    if (p.has("status") && !kStatuses.contains(p.str("status")))
        return blame(QStringLiteral("Param status must be one of {%1}").arg(kStatuses.join(QStringLiteral(", "))), "status");
    const auto categories = p.structured("special_ad_categories");
    if (!categories || !categories->is_array())
        return blame(QStringLiteral("The special_ad_categories field is required: send [] when none apply."), "special_ad_categories");
    for (const Json &category : *categories) {
        if (!category.is_string() || !kCategories.contains(fromStd(category.get<std::string>())))
            return blame(QStringLiteral("Param special_ad_categories[] must be one of {%1}").arg(kCategories.join(QStringLiteral(", "))),
                         "special_ad_categories");
    }
    const bool daily = p.has("daily_budget");
    const bool lifetime = p.has("lifetime_budget");
    if (daily && lifetime)
        return blame(QStringLiteral("Only one of daily_budget and lifetime_budget may be set."), "daily_budget");
    bool valid = true;
    const auto budget = daily ? p.integer("daily_budget", &valid) : p.integer("lifetime_budget", &valid);
    if (!valid || (budget && *budget <= 0))
        return blame(QStringLiteral("Budgets are positive integers in the currency's minor unit."), daily ? "daily_budget" : "lifetime_budget");
    if (p.has("bid_strategy") && !kBidStrategies.contains(p.str("bid_strategy")))
        return blame(QStringLiteral("Param bid_strategy must be one of {%1}").arg(kBidStrategies.join(QStringLiteral(", "))), "bid_strategy");
    if (p.has("bid_strategy") && !budget)
        return blame(QStringLiteral("bid_strategy is only allowed together with a campaign budget."), "bid_strategy");
    const auto sharing = p.boolean("is_adset_budget_sharing_enabled", &valid);
    if (!valid || (!budget && !sharing))
        return blame(QStringLiteral("Must specify True or False in is_adset_budget_sharing_enabled field"), "is_adset_budget_sharing_enabled");
    Campaign campaign;
    campaign.id = m_context.numericId(QStringLiteral("1202"));
    campaign.accountId = accountId;
    campaign.fields = Json{{"id", toStd(campaign.id)}, {"name", toStd(p.str("name"))}, {"objective", toStd(p.str("objective"))},
                           {"status", toStd(p.has("status") ? p.str("status") : QStringLiteral("ACTIVE"))},
                           {"special_ad_categories", *categories}, {"account_id", toStd(accountId)}};
    if (budget)
        campaign.fields[daily ? "daily_budget" : "lifetime_budget"] = toStd(QString::number(*budget));
    m_campaigns[campaign.id] = campaign;
    return SandboxReply::json(200, Json{{"id", toStd(campaign.id)}});
}

SandboxReply MetaAdsApi::listCampaigns(const MetaCall &call, const QString &accountId) const
{
    Q_UNUSED(call);
    Json data = Json::array();
    for (const auto &[id, campaign] : m_campaigns) {
        if (campaign.accountId == accountId)
            data.push_back(campaign.fields);
    }
    return SandboxReply::json(200, Json{{"data", data}});
}

} // namespace cf::sandbox
