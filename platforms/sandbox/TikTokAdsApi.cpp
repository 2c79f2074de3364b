#include "platforms/sandbox/TikTokAdsApi.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace cf::sandbox {

namespace {
const QString kBase = QStringLiteral("/open_api/v1.3/");
const QStringList kObjectives{QStringLiteral("REACH"), QStringLiteral("TRAFFIC"), QStringLiteral("VIDEO_VIEWS"), QStringLiteral("ENGAGEMENT"),
                              QStringLiteral("LEAD_GENERATION"), QStringLiteral("APP_PROMOTION"), QStringLiteral("WEB_CONVERSIONS"),
                              QStringLiteral("PRODUCT_SALES")};
const QStringList kBudgetModes{QStringLiteral("BUDGET_MODE_INFINITE"), QStringLiteral("BUDGET_MODE_DAY"), QStringLiteral("BUDGET_MODE_TOTAL"),
                               QStringLiteral("BUDGET_MODE_DYNAMIC_DAILY_BUDGET")};
const QStringList kOperation{QStringLiteral("ENABLE"), QStringLiteral("DISABLE")};
const QStringList kPlacements{QStringLiteral("PLACEMENT_TIKTOK"), QStringLiteral("PLACEMENT_PANGLE"), QStringLiteral("PLACEMENT_GLOBAL_APP_BUNDLE")};
const QStringList kGenders{QStringLiteral("GENDER_FEMALE"), QStringLiteral("GENDER_MALE"), QStringLiteral("GENDER_UNLIMITED")};
const QStringList kAges{QStringLiteral("AGE_13_17"), QStringLiteral("AGE_18_24"), QStringLiteral("AGE_25_34"), QStringLiteral("AGE_35_44"),
                        QStringLiteral("AGE_45_54"), QStringLiteral("AGE_55_100")};
const QStringList kPromotion{QStringLiteral("WEBSITE"), QStringLiteral("APP_ANDROID"), QStringLiteral("APP_IOS")};
// optimization_goal -> the billing events it allows.
const std::map<QString, QStringList> kGoalBilling{
    {QStringLiteral("CLICK"), {QStringLiteral("CPC")}},
    {QStringLiteral("TRAFFIC_LANDING_PAGE_VIEW"), {QStringLiteral("OCPM")}},
    {QStringLiteral("REACH"), {QStringLiteral("CPM")}},
    {QStringLiteral("SHOW"), {QStringLiteral("CPM")}},
    {QStringLiteral("CONVERT"), {QStringLiteral("OCPM")}},
    {QStringLiteral("INSTALL"), {QStringLiteral("OCPM")}},
    {QStringLiteral("VALUE"), {QStringLiteral("OCPM")}},
    {QStringLiteral("LEAD_GENERATION"), {QStringLiteral("OCPM")}},
    {QStringLiteral("ENGAGED_VIEW"), {QStringLiteral("OCPM"), QStringLiteral("CPV")}},
};

SandboxReply ok(const Json &data)
{
    return tiktokBusinessEnvelope(0, QStringLiteral("OK"), data);
}

std::optional<QDateTime> utcTime(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    QDateTime time = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!time.isValid())
        return std::nullopt;
    time.setTimeZone(QTimeZone::utc());
    return time;
}

} // namespace

using tiktokads::invalid;
using tiktokads::stringArray;

namespace tiktokads {
SandboxReply invalid(const QString &field, const QString &reason)
{
    return tiktokBusinessEnvelope(40002, field + QStringLiteral(": ") + reason);
}

QStringList stringArray(const Json &body, const char *key, bool *wellFormed)
{
    QStringList out;
    const auto it = body.find(key);
    if (it == body.end())
        return out;
    if (!it->is_array()) {
        *wellFormed = false;
        return out;
    }
    for (const Json &item : *it) {
        if (!item.is_string()) {
            *wellFormed = false;
            return out;
        }
        out << fromStd(item.get<std::string>());
    }
    return out;
}
} // namespace tiktokads

SandboxReply tiktokBusinessEnvelope(int code, const QString &message, const Json &data)
{
    return SandboxReply::json(200, Json{{"code", code}, {"message", toStd(message)},
                                        {"request_id", toStd(QString::number(QDateTime::currentMSecsSinceEpoch()) + randomToken(6))},
                                        {"data", data}});
}

bool TikTokAdsApi::handles(const QString &path)
{
    static const QRegularExpression routes(QStringLiteral("^/open_api/v1\\.3/(tool/region|campaign/(create|get|status/update)|adgroup/(create|get|status/update|budget/update)"
                                                          "|ad/(create|get|status/update)|file/(image|video)/ad/upload|file/video/ad/info|identity/(get|create))/$"));
    return routes.match(path).hasMatch();
}

void TikTokAdsApi::reset()
{
    m_campaigns.clear();
    m_adGroups.clear();
    m_ads.clear();
    m_images.clear();
    m_videos.clear();
    m_identities.clear();
    m_requestIds.clear();
}

double TikTokAdsApi::minimumDailyBudget(const QString &currency)
{
    static const std::map<QString, double> kMinimums{{QStringLiteral("USD"), 20}, {QStringLiteral("SAR"), 75}, {QStringLiteral("AED"), 75},
                                                     {QStringLiteral("QAR"), 75}, {QStringLiteral("KWD"), 6},  {QStringLiteral("BHD"), 8},
                                                     {QStringLiteral("OMR"), 8},  {QStringLiteral("EGP"), 1000}, {QStringLiteral("JOD"), 15},
                                                     {QStringLiteral("EUR"), 20}, {QStringLiteral("GBP"), 20}};
    const auto it = kMinimums.find(currency.toUpper());
    return it == kMinimums.end() ? 20 : it->second;
}

const std::vector<TikTokAdsApi::Region> &TikTokAdsApi::regions()
{
    // GeoNames ids, as TikTok's location ids are.
    static const std::vector<Region> kRegions{
        {"102358", "Saudi Arabia", "COUNTRY", "SA", ""},          {"108410", "Riyadh", "CITY", "SA", "102358"},
        {"105343", "Jeddah", "CITY", "SA", "102358"},             {"110336", "Dammam", "CITY", "SA", "102358"},
        {"104515", "Mecca", "CITY", "SA", "102358"},              {"109223", "Medina", "CITY", "SA", "102358"},
        {"290557", "United Arab Emirates", "COUNTRY", "AE", ""}, {"292223", "Dubai", "CITY", "AE", "290557"},
        {"292968", "Abu Dhabi", "CITY", "AE", "290557"},          {"285570", "Kuwait", "COUNTRY", "KW", ""},
        {"289688", "Qatar", "COUNTRY", "QA", ""},                 {"290030", "Doha", "CITY", "QA", "289688"},
        {"357994", "Egypt", "COUNTRY", "EG", ""},                 {"360630", "Cairo", "CITY", "EG", "357994"},
        {"361058", "Alexandria", "CITY", "EG", "357994"},         {"2635167", "United Kingdom", "COUNTRY", "GB", ""},
        {"2643743", "London", "CITY", "GB", "2635167"},           {"6252001", "United States", "COUNTRY", "US", ""},
    };
    return kRegions;
}

const TikTokAdsApi::Region *TikTokAdsApi::region(const QString &id)
{
    for (const Region &entry : regions()) {
        if (id == QLatin1String(entry.id))
            return &entry;
    }
    return nullptr;
}

std::optional<QString> TikTokAdsApi::advertiserCurrency(const QString &advertiserId) const
{
    for (const SandboxSeed::AdAccount &advertiser : m_context.seed.tiktokAdvertisers) {
        if (advertiser.id == advertiserId)
            return advertiser.currency;
    }
    return std::nullopt;
}

SandboxReply TikTokAdsApi::handle(const SandboxRequest &request)
{
    const QString route = request.path.mid(kBase.size());
    const bool read = route == QLatin1String("tool/region/") || route.endsWith(QLatin1String("/get/")) || route == QLatin1String("file/video/ad/info/");
    if (request.method != (read ? "GET" : "POST"))
        return tiktokBusinessEnvelope(40002, QStringLiteral("Method %1 is not allowed here.").arg(QString::fromLatin1(request.method)));
    if (route.startsWith(QLatin1String("file/")) && !read) {
        // Uploads read advertiser_id from their multipart form.
        return route.startsWith(QLatin1String("file/image")) ? uploadImage(request) : uploadVideo(request);
    }
    if (read) {
        if (!advertiserCurrency(request.queryValue(QStringLiteral("advertiser_id"))))
            return tiktokBusinessEnvelope(40001, QStringLiteral("No permission to operate advertiser %1.").arg(request.queryValue(QStringLiteral("advertiser_id"))));
        if (route == QLatin1String("tool/region/"))
            return regionList(request);
        if (route == QLatin1String("file/video/ad/info/"))
            return videoInfo(request);
        if (route == QLatin1String("identity/get/"))
            return identityList(request);
        if (route.startsWith(QLatin1String("campaign/")))
            return list(request, m_campaigns, "campaign_id");
        if (route.startsWith(QLatin1String("adgroup/")))
            return list(request, m_adGroups, "adgroup_id");
        return list(request, m_ads, "ad_id");
    }
    const auto json = request.json();
    if (request.contentType() != "application/json" || !json || !json->is_object())
        return tiktokBusinessEnvelope(40002, QStringLiteral("The request body must be a JSON object."));
    if (!advertiserCurrency(jsonString(*json, "advertiser_id")))
        return tiktokBusinessEnvelope(40001, QStringLiteral("No permission to operate advertiser %1.").arg(jsonString(*json, "advertiser_id")));
    if (route.endsWith(QLatin1String("/create/"))) {
        if (json->contains("request_id") && !QRegularExpression(QStringLiteral("^[0-9]{1,19}$")).match(jsonString(*json, "request_id")).hasMatch())
            return invalid(QStringLiteral("request_id"), QStringLiteral("must be a 64-bit integer as a string"));
        if (auto again = replay(route, *json))
            return *again;
    }
    if (route == QLatin1String("campaign/create/"))
        return createCampaign(*json);
    if (route == QLatin1String("adgroup/create/"))
        return createAdGroup(*json);
    if (route == QLatin1String("ad/create/"))
        return createAds(*json);
    if (route == QLatin1String("identity/create/"))
        return createIdentity(*json);
    if (route == QLatin1String("campaign/status/update/"))
        return updateStatus(*json, m_campaigns, "campaign_ids");
    if (route == QLatin1String("adgroup/status/update/"))
        return updateStatus(*json, m_adGroups, "adgroup_ids");
    if (route == QLatin1String("ad/status/update/"))
        return updateStatus(*json, m_ads, "ad_ids");
    return updateBudget(*json);
}

std::optional<SandboxReply> TikTokAdsApi::replay(const QString &path, const Json &body) const
{
    const QString requestId = jsonString(body, "request_id");
    if (requestId.isEmpty())
        return std::nullopt;
    const auto it = m_requestIds.find(path + QLatin1Char('|') + jsonString(body, "advertiser_id") + QLatin1Char('|') + requestId);
    if (it == m_requestIds.end())
        return std::nullopt;
    return ok(it->second);
}

SandboxReply TikTokAdsApi::remember(const QString &path, const Json &body, const Json &data)
{
    const QString requestId = jsonString(body, "request_id");
    if (!requestId.isEmpty())
        m_requestIds[path + QLatin1Char('|') + jsonString(body, "advertiser_id") + QLatin1Char('|') + requestId] = data;
    return ok(data);
}

SandboxReply TikTokAdsApi::regionList(const SandboxRequest &request)
{
    const Json placements = Json::parse(request.queryValue(QStringLiteral("placements")).toStdString(), nullptr, false);
    if (!placements.is_array() || placements.empty())
        return invalid(QStringLiteral("placements"), QStringLiteral("is required, as a JSON array"));
    for (const Json &placement : placements) {
        if (!placement.is_string() || !kPlacements.contains(fromStd(placement.get<std::string>())))
            return invalid(QStringLiteral("placements"), QStringLiteral("unknown placement"));
    }
    if (!kObjectives.contains(request.queryValue(QStringLiteral("objective_type"))))
        return invalid(QStringLiteral("objective_type"), QStringLiteral("is required and must be one of %1").arg(kObjectives.join(QStringLiteral(", "))));
    Json info = Json::array();
    for (const Region &entry : regions())
        info.push_back({{"location_id", entry.id}, {"name", entry.name}, {"level", entry.level}, {"region_code", entry.code},
                        {"parent_id", entry.parentId}, {"area_type", "ADMIN"}});
    return ok(Json{{"region_info", info}});
}

SandboxReply TikTokAdsApi::createCampaign(const Json &body)
{
    const QString name = jsonString(body, "campaign_name");
    if (name.isEmpty() || utf16Length(name) > 512)
        return invalid(QStringLiteral("campaign_name"), QStringLiteral("is required, 1-512 characters"));
    if (!kObjectives.contains(jsonString(body, "objective_type")))
        return invalid(QStringLiteral("objective_type"), QStringLiteral("must be one of %1").arg(kObjectives.join(QStringLiteral(", "))));
    const QString mode = jsonString(body, "budget_mode");
    if (!kBudgetModes.contains(mode))
        return invalid(QStringLiteral("budget_mode"), QStringLiteral("is required and must be one of %1").arg(kBudgetModes.join(QStringLiteral(", "))));
    const QString status = body.contains("operation_status") ? jsonString(body, "operation_status") : QStringLiteral("ENABLE");
    if (!kOperation.contains(status))
        return invalid(QStringLiteral("operation_status"), QStringLiteral("must be ENABLE or DISABLE"));
    Json fields{{"campaign_name", toStd(name)}, {"objective_type", body["objective_type"]}, {"budget_mode", toStd(mode)},
                {"operation_status", toStd(status)}};
    if (mode != QLatin1String("BUDGET_MODE_INFINITE")) {
        if (!body.contains("budget") || !body["budget"].is_number())
            return invalid(QStringLiteral("budget"), QStringLiteral("is required for %1").arg(mode));
        const QString currency = *advertiserCurrency(jsonString(body, "advertiser_id"));
        const double minimum = minimumDailyBudget(currency) * 2.5;
        if (body["budget"].get<double>() <= minimum)
            return invalid(QStringLiteral("budget"), QStringLiteral("Budget must be greater than %1 %2").arg(QString::number(minimum, 'f', 1), currency));
        fields["budget"] = body["budget"];
    }
    Entity campaign;
    campaign.id = m_context.numericId(QStringLiteral("18"));
    campaign.advertiserId = jsonString(body, "advertiser_id");
    fields["campaign_id"] = toStd(campaign.id);
    fields["advertiser_id"] = toStd(campaign.advertiserId);
    campaign.fields = fields;
    m_campaigns[campaign.id] = campaign;
    return remember(QStringLiteral("campaign/create/"), body, Json{{"campaign_id", toStd(campaign.id)}, {"campaign_name", toStd(name)}});
}

SandboxReply TikTokAdsApi::createAdGroup(const Json &body)
{
    const QString advertiser = jsonString(body, "advertiser_id");
    const auto campaign = m_campaigns.find(jsonString(body, "campaign_id"));
    if (campaign == m_campaigns.end() || campaign->second.advertiserId != advertiser)
        return invalid(QStringLiteral("campaign_id"), QStringLiteral("the campaign does not exist"));
    const QString name = jsonString(body, "adgroup_name");
    if (name.isEmpty() || utf16Length(name) > 512)
        return invalid(QStringLiteral("adgroup_name"), QStringLiteral("is required, 1-512 characters"));
    const QString objective = fromStd(campaign->second.fields["objective_type"].get<std::string>());
    const bool promotionOptional = objective == QLatin1String("REACH") || objective == QLatin1String("VIDEO_VIEWS") || objective == QLatin1String("ENGAGEMENT");
    if (!promotionOptional && !kPromotion.contains(jsonString(body, "promotion_type")))
        return invalid(QStringLiteral("promotion_type"), QStringLiteral("is required for objective %1").arg(objective));
    const QString placementType = body.contains("placement_type") ? jsonString(body, "placement_type") : QStringLiteral("PLACEMENT_TYPE_NORMAL");
    if (placementType != QLatin1String("PLACEMENT_TYPE_NORMAL") && placementType != QLatin1String("PLACEMENT_TYPE_AUTOMATIC"))
        return invalid(QStringLiteral("placement_type"), QStringLiteral("must be PLACEMENT_TYPE_AUTOMATIC or PLACEMENT_TYPE_NORMAL"));
    bool wellFormed = true;
    const QStringList placements = stringArray(body, "placements", &wellFormed);
    if (!wellFormed || (placementType == QLatin1String("PLACEMENT_TYPE_NORMAL") && placements.isEmpty()))
        return invalid(QStringLiteral("placements"), QStringLiteral("is required with PLACEMENT_TYPE_NORMAL"));
    for (const QString &placement : placements) {
        if (!kPlacements.contains(placement))
            return invalid(QStringLiteral("placements"), QStringLiteral("unknown placement %1").arg(placement));
    }
    const QStringList locations = stringArray(body, "location_ids", &wellFormed);
    if (!wellFormed || locations.isEmpty() || locations.size() > 3000)
        return invalid(QStringLiteral("location_ids"), QStringLiteral("is required: 1-3000 location ids from /tool/region/"));
    for (const QString &id : locations) {
        const Region *entry = region(id);
        if (!entry)
            return invalid(QStringLiteral("location_ids"), QStringLiteral("unknown location id %1").arg(id));
        if (locations.contains(QLatin1String(entry->parentId)))
            return invalid(QStringLiteral("location_ids"), QStringLiteral("locations %1 and %2 overlap").arg(id, QLatin1String(entry->parentId)));
    }
    if (body.contains("gender") && !kGenders.contains(jsonString(body, "gender")))
        return invalid(QStringLiteral("gender"), QStringLiteral("must be one of %1").arg(kGenders.join(QStringLiteral(", "))));
    for (const QString &age : stringArray(body, "age_groups", &wellFormed)) {
        if (!kAges.contains(age))
            return invalid(QStringLiteral("age_groups"), QStringLiteral("unknown age group %1").arg(age));
    }
    if (!wellFormed)
        return invalid(QStringLiteral("age_groups"), QStringLiteral("must be an array of age groups"));
    const QString schedule = jsonString(body, "schedule_type");
    if (schedule != QLatin1String("SCHEDULE_FROM_NOW") && schedule != QLatin1String("SCHEDULE_START_END"))
        return invalid(QStringLiteral("schedule_type"), QStringLiteral("is required: SCHEDULE_FROM_NOW or SCHEDULE_START_END"));
    const auto start = utcTime(jsonString(body, "schedule_start_time"));
    const auto end = utcTime(jsonString(body, "schedule_end_time"));
    if ((schedule == QLatin1String("SCHEDULE_START_END") && (!start || !end)) || (body.contains("schedule_start_time") && !start)
        || (body.contains("schedule_end_time") && !end))
        return invalid(QStringLiteral("schedule_start_time"), QStringLiteral("times are \"YYYY-MM-DD HH:MM:SS\" in UTC; SCHEDULE_START_END needs both"));
    if (start && end && *end <= *start)
        return invalid(QStringLiteral("schedule_end_time"), QStringLiteral("must be after schedule_start_time"));
    const QString mode = jsonString(body, "budget_mode");
    if (mode != QLatin1String("BUDGET_MODE_DAY") && mode != QLatin1String("BUDGET_MODE_TOTAL"))
        return invalid(QStringLiteral("budget_mode"), QStringLiteral("must be BUDGET_MODE_DAY or BUDGET_MODE_TOTAL"));
    if (mode == QLatin1String("BUDGET_MODE_TOTAL") && schedule != QLatin1String("SCHEDULE_START_END"))
        return invalid(QStringLiteral("budget_mode"), QStringLiteral("BUDGET_MODE_TOTAL requires SCHEDULE_START_END"));
    if (!body.contains("budget") || !body["budget"].is_number())
        return invalid(QStringLiteral("budget"), QStringLiteral("is required, a number in the account currency"));
    const QString currency = *advertiserCurrency(advertiser);
    const double days = start && end ? std::max<qint64>(1, (start->secsTo(*end) + 86399) / 86400) : 1;
    const double minimum = minimumDailyBudget(currency) * (mode == QLatin1String("BUDGET_MODE_TOTAL") ? days : 1);
    if (body["budget"].get<double>() < minimum)
        return invalid(QStringLiteral("budget"), QStringLiteral("Budget must be at least %1 %2").arg(QString::number(minimum, 'f', 1), currency));
    const QString goal = jsonString(body, "optimization_goal");
    const auto billing = kGoalBilling.find(goal);
    if (billing == kGoalBilling.end())
        return invalid(QStringLiteral("optimization_goal"), QStringLiteral("is required; %1 is not supported").arg(goal));
    if (!billing->second.contains(jsonString(body, "billing_event")))
        return invalid(QStringLiteral("billing_event"), QStringLiteral("%1 does not go with optimization_goal %2").arg(jsonString(body, "billing_event"), goal));
    if (goal == QLatin1String("CONVERT") && jsonString(body, "pixel_id").isEmpty())
        return invalid(QStringLiteral("pixel_id"), QStringLiteral("is required for conversion goals"));
    const QString status = body.contains("operation_status") ? jsonString(body, "operation_status") : QStringLiteral("ENABLE");
    if (!kOperation.contains(status))
        return invalid(QStringLiteral("operation_status"), QStringLiteral("must be ENABLE or DISABLE"));
    Entity group;
    group.id = m_context.numericId(QStringLiteral("18"));
    group.advertiserId = advertiser;
    group.parentId = campaign->first;
    group.fields = body;
    group.fields.erase("request_id");
    group.fields["adgroup_id"] = toStd(group.id);
    group.fields["operation_status"] = toStd(status);
    m_adGroups[group.id] = group;
    return remember(QStringLiteral("adgroup/create/"), body, Json{{"adgroup_id", toStd(group.id)}, {"adgroup_name", toStd(name)}});
}

} // namespace cf::sandbox
