#include "app/planning/AdStructureBuilder.h"

#include <QJsonArray>

#include <algorithm>

namespace cf {

namespace {

struct Bucket
{
    int min;
    int max;
    const char *tiktok;
};
// Meta's reporting buckets double as TikTok's age groups.
constexpr Bucket kBuckets[] = {{13, 17, "AGE_13_17"}, {18, 24, "AGE_18_24"}, {25, 34, "AGE_25_34"},
                               {35, 44, "AGE_35_44"}, {45, 54, "AGE_45_54"}, {55, 100, "AGE_55_100"}};

QString isoLocal(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    return QDateTime(date, time, zone).toString(Qt::ISODate);
}

QString utcText(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    return QDateTime(date, time, zone).toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString campaignName(const CampaignBrief &brief, const QString &channel)
{
    const QString what = brief.occasion ? brief.occasion->name.en : (brief.theme.isEmpty() ? brief.campaignType : brief.theme);
    return QStringLiteral("%1 %2 %3").arg(what, brief.flight.first.toString(QStringLiteral("yyyy-MM")), channel);
}

QString audienceLabel(const CampaignBrief &brief, int ageMin, int ageMax)
{
    const QString who = brief.genders == QStringList{QStringLiteral("female")}  ? QStringLiteral("women")
                        : brief.genders == QStringList{QStringLiteral("male")} ? QStringLiteral("men")
                                                                                : QStringLiteral("all");
    return QStringLiteral("%1 %2-%3").arg(who).arg(ageMin).arg(ageMax);
}

AdPlan makeAd(const QString &name, const QString &format, const QString &contentType, const QJsonObject &fields)
{
    return AdPlan{name, format, contentType, fields};
}

} // namespace

AdStructureBuilder::Segment AdStructureBuilder::adAudience(const CampaignBrief &brief, std::vector<PlanMessage> *warnings)
{
    Segment s{brief.ageMin, brief.ageMax};
    if (s.ageMax < 18) {
        // Ad platforms do not target children; reach the parents who buy for them.
        s = Segment{25, 54};
        if (warnings)
            warnings->push_back({QStringLiteral("audience_under_18"),
                                 tr("Ads cannot target people under 18, so the ads reach parents aged 25-54; organic content still speaks to the younger audience.")});
        return s;
    }
    if (s.ageMin < 18) {
        s.ageMin = 18;
        if (warnings)
            warnings->push_back({QStringLiteral("age_raised_to_18"), tr("Ads target ages from 18; younger people see only the organic content.")});
    }
    s.ageMax = std::min(s.ageMax, 65);
    return s;
}

std::vector<AdStructureBuilder::Segment> AdStructureBuilder::metaSegments(const Segment &audience)
{
    std::vector<Segment> pieces;
    for (const Bucket &b : kBuckets) {
        const int lo = std::max(b.min, audience.ageMin);
        const int hi = std::min(b.max == 100 ? 65 : b.max, audience.ageMax);
        if (lo <= hi)
            pieces.push_back({lo, hi});
    }
    // A sliver of under three years is not worth its own ad set: fold it
    // into its neighbour.
    for (size_t i = 0; i < pieces.size() && pieces.size() > 1;) {
        if (pieces[i].ageMax - pieces[i].ageMin + 1 < 3) {
            if (i + 1 < pieces.size())
                pieces[i + 1].ageMin = pieces[i].ageMin;
            else
                pieces[i - 1].ageMax = pieces[i].ageMax;
            pieces.erase(pieces.begin() + long(i));
        } else {
            ++i;
        }
    }
    if (pieces.size() > 3 || pieces.empty())
        return {audience};
    return pieces;
}

QStringList AdStructureBuilder::tiktokAgeGroups(const Segment &audience)
{
    QStringList groups;
    for (const Bucket &b : kBuckets) {
        if (b.max >= audience.ageMin && b.min <= audience.ageMax)
            groups << QLatin1String(b.tiktok);
    }
    return groups;
}

std::map<QString, int> AdStructureBuilder::desiredAdSets(const CampaignBrief &brief)
{
    return {{QStringLiteral("meta"), int(metaSegments(adAudience(brief, nullptr)).size())},
            {QStringLiteral("tiktok"), 1},
            {QStringLiteral("snapchat"), 1}};
}

QJsonObject AdStructureBuilder::locationLookups(const CampaignBrief &brief) const
{
    QJsonArray countries;
    QJsonArray cities;
    for (const QString &location : brief.locations) {
        const auto place = m_data.places.find(location);
        if (place == m_data.places.end())
            continue;
        const CountryInfo &country = m_data.countries.at(place->second.country);
        if (country.name == location)
            countries.append(country.code);
        else
            cities.append(QJsonObject{{QStringLiteral("name"), location}, {QStringLiteral("country_code"), country.code}});
    }
    return {{QStringLiteral("countries"), countries}, {QStringLiteral("cities"), cities}};
}

AdStructureBuilder::Result AdStructureBuilder::build(const CampaignBrief &brief, const BudgetPlan &budget,
                                                     const std::vector<PhasePlan> &phases) const
{
    Result r;
    // Ads carry the content of the phase the paid flight focuses on.
    QString adType;
    for (const PhasePlan &p : phases) {
        if (p.paidFocus && !p.contentTypes.isEmpty())
            adType = p.contentTypes.first();
    }
    if (adType.isEmpty() && !phases.empty())
        adType = phases.front().contentTypes.value(0);
    if (!budget.channels.empty())
        adAudience(brief, &r.warnings);
    if (!budget.channels.empty() && brief.countries.isEmpty())
        r.warnings.push_back({QStringLiteral("ads_need_location"),
                              tr("Ads need a target location; add one before publishing.")});
    for (const ChannelBudget &cb : budget.channels) {
        if (cb.channel == QLatin1String("meta"))
            r.campaigns.push_back(buildMeta(brief, cb, adType, r.warnings));
        else if (cb.channel == QLatin1String("tiktok"))
            r.campaigns.push_back(buildTikTok(brief, cb, adType, r.warnings));
        else if (cb.channel == QLatin1String("snapchat"))
            r.campaigns.push_back(buildSnapchat(brief, cb, adType, r.warnings));
    }
    return r;
}

AdCampaignPlan AdStructureBuilder::buildMeta(const CampaignBrief &brief, const ChannelBudget &budget,
                                             const QString &adContentType, std::vector<PlanMessage> &) const
{
    const QJsonObject enums = m_data.objective(brief.objective)->channels.value(QStringLiteral("meta"));
    const QTimeZone zone(brief.timeZoneId.toUtf8());
    AdCampaignPlan c;
    c.channel = QStringLiteral("meta");
    c.level = QStringLiteral("ad_set");
    c.name = campaignName(brief, QStringLiteral("Meta"));
    c.platforms = budget.platforms;
    c.fields = {{QStringLiteral("name"), c.name},
                {QStringLiteral("objective"), enums.value(QLatin1String("objective"))},
                {QStringLiteral("status"), QStringLiteral("PAUSED")},
                {QStringLiteral("special_ad_categories"), QJsonArray()},
                {QStringLiteral("buying_type"), QStringLiteral("AUCTION")},
                {QStringLiteral("is_adset_budget_sharing_enabled"), false}};

    std::vector<Segment> segments = metaSegments(adAudience(brief, nullptr));
    if (int(segments.size()) > budget.adSetCount)
        segments = {adAudience(brief, nullptr)};
    const QJsonObject lookups = locationLookups(brief);
    // Country-wide places go straight into geo_locations; cities need Meta's
    // geolocation keys, which the publisher looks up from location_lookups.
    QJsonObject geo;
    if (!lookups.value(QLatin1String("countries")).toArray().isEmpty())
        geo.insert(QStringLiteral("countries"), lookups.value(QLatin1String("countries")));
    QJsonObject targetingBase{{QStringLiteral("geo_locations"), geo},
                              {QStringLiteral("publisher_platforms"), QJsonArray::fromStringList(budget.platforms)},
                              {QStringLiteral("targeting_automation"), QJsonObject{{QStringLiteral("advantage_audience"), 0}}}};
    if (budget.platforms.contains(QLatin1String("instagram")))
        targetingBase.insert(QStringLiteral("instagram_positions"),
                             QJsonArray{QStringLiteral("stream"), QStringLiteral("story"), QStringLiteral("reels"), QStringLiteral("explore")});
    if (budget.platforms.contains(QLatin1String("facebook")))
        targetingBase.insert(QStringLiteral("facebook_positions"),
                             QJsonArray{QStringLiteral("feed"), QStringLiteral("story"), QStringLiteral("facebook_reels")});
    if (brief.genders.size() == 1)
        targetingBase.insert(QStringLiteral("genders"), QJsonArray{brief.genders.first() == QLatin1String("male") ? 1 : 2});

    const int count = int(segments.size());
    for (int i = 0; i < count; ++i) {
        const Segment &s = segments[size_t(i)];
        AdSetPlan set;
        set.name = c.name + QStringLiteral(" | ") + audienceLabel(brief, s.ageMin, s.ageMax);
        set.ageMin = s.ageMin;
        set.ageMax = s.ageMax;
        set.genders = brief.genders;
        set.flight = budget.flight;
        // Equal split; the first ad set takes the rounding remainder.
        const double each = std::floor(budget.amount * 100 / count) / 100;
        set.budget = i == 0 ? budget.amount - each * (count - 1) : each;
        const double apiBase = budget.budgetMode == QLatin1String("daily") ? set.budget / budget.flight.days() : set.budget;
        QJsonObject targeting = targetingBase;
        targeting.insert(QStringLiteral("age_min"), s.ageMin);
        targeting.insert(QStringLiteral("age_max"), s.ageMax);
        set.fields = {{QStringLiteral("name"), set.name},
                      {QStringLiteral("status"), QStringLiteral("PAUSED")},
                      {QStringLiteral("optimization_goal"), enums.value(QLatin1String("optimization_goal"))},
                      {QStringLiteral("billing_event"), enums.value(QLatin1String("billing_event"))},
                      {QStringLiteral("bid_strategy"), QStringLiteral("LOWEST_COST_WITHOUT_CAP")},
                      {budget.apiField, QJsonValue(qint64(std::llround(apiBase * (m_data.currencyDecimals(brief.currency) == 0 ? 1 : 100))))},
                      {QStringLiteral("start_time"), isoLocal(budget.flight.first, QTime(0, 0), zone)},
                      {QStringLiteral("end_time"), isoLocal(budget.flight.last, QTime(23, 59), zone)},
                      {QStringLiteral("targeting"), targeting},
                      {QStringLiteral("location_lookups"), lookups.value(QLatin1String("cities"))}};
        if (enums.contains(QLatin1String("needs")))
            set.fields.insert(QStringLiteral("promoted_object_needs"), enums.value(QLatin1String("needs")));
        const QJsonValue cta = enums.value(QLatin1String("call_to_action"));
        set.ads.push_back(makeAd(set.name + QStringLiteral(" | image"), QStringLiteral("image"), adContentType,
                                 {{QStringLiteral("status"), QStringLiteral("PAUSED")},
                                  {QStringLiteral("creative_spec"), QStringLiteral("link_data")},
                                  {QStringLiteral("call_to_action"), cta}}));
        set.ads.push_back(makeAd(set.name + QStringLiteral(" | video"), QStringLiteral("video"), adContentType,
                                 {{QStringLiteral("status"), QStringLiteral("PAUSED")},
                                  {QStringLiteral("creative_spec"), QStringLiteral("video_data")},
                                  {QStringLiteral("call_to_action"), cta}}));
        c.adSets.push_back(set);
    }
    return c;
}

AdCampaignPlan AdStructureBuilder::buildTikTok(const CampaignBrief &brief, const ChannelBudget &budget,
                                               const QString &adContentType, std::vector<PlanMessage> &warnings) const
{
    const QJsonObject enums = m_data.objective(brief.objective)->channels.value(QStringLiteral("tiktok"));
    const QTimeZone zone(brief.timeZoneId.toUtf8());
    const bool daily = budget.budgetMode == QLatin1String("daily");
    const Segment audience = adAudience(brief, nullptr);
    const QStringList groups = tiktokAgeGroups(audience);
    AdCampaignPlan c;
    c.channel = QStringLiteral("tiktok");
    c.level = QStringLiteral("ad_group");
    c.name = campaignName(brief, QStringLiteral("TikTok"));
    c.platforms = budget.platforms;
    const QString mode = daily ? QStringLiteral("BUDGET_MODE_DAY") : QStringLiteral("BUDGET_MODE_TOTAL");
    c.fields = {{QStringLiteral("campaign_name"), c.name},
                {QStringLiteral("objective_type"), enums.value(QLatin1String("objective_type"))},
                {QStringLiteral("budget_mode"), mode},
                {QStringLiteral("budget"), budget.apiValue},
                {QStringLiteral("operation_status"), QStringLiteral("DISABLE")}};
    if (!groups.isEmpty()) {
        int coveredMin = 100;
        int coveredMax = 0;
        for (const Bucket &b : kBuckets) {
            if (groups.contains(QLatin1String(b.tiktok))) {
                coveredMin = std::min(coveredMin, b.min);
                coveredMax = std::max(coveredMax, b.max);
            }
        }
        if (coveredMin != audience.ageMin || (coveredMax != audience.ageMax && !(coveredMax == 100 && audience.ageMax >= 65)))
            warnings.push_back({QStringLiteral("age_range_widened"),
                                tr("TikTok targets fixed age groups, so ages %1-%2 become %3-%4 there.")
                                    .arg(audience.ageMin)
                                    .arg(audience.ageMax)
                                    .arg(coveredMin)
                                    .arg(coveredMax == 100 ? QStringLiteral("55+") : QString::number(coveredMax))});
    }
    AdSetPlan group;
    group.name = c.name + QStringLiteral(" | ") + audienceLabel(brief, audience.ageMin, audience.ageMax);
    group.ageMin = audience.ageMin;
    group.ageMax = audience.ageMax;
    group.genders = brief.genders;
    group.flight = budget.flight;
    group.budget = budget.amount;
    const QJsonObject lookups = locationLookups(brief);
    QJsonArray regionLookups = lookups.value(QLatin1String("cities")).toArray();
    for (const QJsonValue &code : lookups.value(QLatin1String("countries")).toArray())
        regionLookups.append(QJsonObject{{QStringLiteral("country_code"), code}});
    const QString gender = brief.genders.size() == 1
        ? (brief.genders.first() == QLatin1String("male") ? QStringLiteral("GENDER_MALE") : QStringLiteral("GENDER_FEMALE"))
        : QStringLiteral("GENDER_UNLIMITED");
    group.fields = {{QStringLiteral("adgroup_name"), group.name},
                    {QStringLiteral("placement_type"), QStringLiteral("PLACEMENT_TYPE_NORMAL")},
                    {QStringLiteral("placements"), QJsonArray{QStringLiteral("PLACEMENT_TIKTOK")}},
                    {QStringLiteral("location_lookups"), regionLookups},
                    {QStringLiteral("gender"), gender},
                    {QStringLiteral("age_groups"), QJsonArray::fromStringList(groups)},
                    {QStringLiteral("budget_mode"), mode},
                    {QStringLiteral("budget"), budget.apiValue},
                    {QStringLiteral("schedule_type"), QStringLiteral("SCHEDULE_START_END")},
                    {QStringLiteral("schedule_start_time"), utcText(budget.flight.first, QTime(0, 0), zone)},
                    {QStringLiteral("schedule_end_time"), utcText(budget.flight.last, QTime(23, 59), zone)},
                    {QStringLiteral("optimization_goal"), enums.value(QLatin1String("optimization_goal"))},
                    {QStringLiteral("billing_event"), enums.value(QLatin1String("billing_event"))},
                    {QStringLiteral("bid_type"), QStringLiteral("BID_TYPE_NO_BID")},
                    {QStringLiteral("pacing"), QStringLiteral("PACING_MODE_SMOOTH")},
                    {QStringLiteral("operation_status"), QStringLiteral("DISABLE")}};
    const QString objectiveType = enums.value(QLatin1String("objective_type")).toString();
    if (objectiveType != QLatin1String("REACH") && objectiveType != QLatin1String("ENGAGEMENT"))
        group.fields.insert(QStringLiteral("promotion_type"),
                            objectiveType == QLatin1String("APP_PROMOTION") ? QStringLiteral("APP_ANDROID") : QStringLiteral("WEBSITE"));
    if (enums.contains(QLatin1String("needs")))
        group.fields.insert(QStringLiteral("promoted_object_needs"), enums.value(QLatin1String("needs")));
    // A single image is not accepted on the TikTok placement: both ads are videos.
    for (const QString &variant : {QStringLiteral("hook A"), QStringLiteral("hook B")}) {
        group.ads.push_back(makeAd(group.name + QStringLiteral(" | video ") + variant, QStringLiteral("video"), adContentType,
                                   {{QStringLiteral("ad_format"), QStringLiteral("SINGLE_VIDEO")},
                                    {QStringLiteral("call_to_action"), enums.value(QLatin1String("call_to_action"))},
                                    {QStringLiteral("ad_text_max_length"), 100},
                                    {QStringLiteral("operation_status"), QStringLiteral("DISABLE")}}));
    }
    c.adSets.push_back(group);
    return c;
}

AdCampaignPlan AdStructureBuilder::buildSnapchat(const CampaignBrief &brief, const ChannelBudget &budget,
                                                 const QString &adContentType, std::vector<PlanMessage> &) const
{
    const QJsonObject enums = m_data.objective(brief.objective)->channels.value(QStringLiteral("snapchat"));
    const QTimeZone zone(brief.timeZoneId.toUtf8());
    const Segment audience = adAudience(brief, nullptr);
    AdCampaignPlan c;
    c.channel = QStringLiteral("snapchat");
    c.level = QStringLiteral("ad_squad");
    c.name = campaignName(brief, QStringLiteral("Snapchat"));
    c.platforms = budget.platforms;
    c.fields = {{QStringLiteral("name"), c.name},
                {QStringLiteral("status"), QStringLiteral("PAUSED")},
                {QStringLiteral("objective"), enums.value(QLatin1String("objective"))},
                {QStringLiteral("start_time"), isoLocal(budget.flight.first, QTime(0, 0), zone)},
                {QStringLiteral("end_time"), isoLocal(budget.flight.last, QTime(23, 59), zone)}};
    AdSetPlan squad;
    squad.name = c.name + QStringLiteral(" | ") + audienceLabel(brief, audience.ageMin, audience.ageMax);
    squad.ageMin = audience.ageMin;
    squad.ageMax = audience.ageMax;
    squad.genders = brief.genders;
    squad.flight = budget.flight;
    squad.budget = budget.amount;
    QJsonArray geos;
    for (const QString &code : brief.countries)
        geos.append(QJsonObject{{QStringLiteral("country_code"), code.toLower()}, {QStringLiteral("operation"), QStringLiteral("INCLUDE")}});
    QJsonObject demographics{{QStringLiteral("min_age"), audience.ageMin}};
    if (audience.ageMax < 55)
        demographics.insert(QStringLiteral("max_age"), audience.ageMax); // 55 and over is Snapchat's top band
    if (brief.genders.size() == 1)
        demographics.insert(QStringLiteral("gender"), brief.genders.first().toUpper());
    squad.fields = {{QStringLiteral("name"), squad.name},
                    {QStringLiteral("type"), QStringLiteral("SNAP_ADS")},
                    {QStringLiteral("status"), QStringLiteral("PAUSED")},
                    {QStringLiteral("placement_v2"), QJsonObject{{QStringLiteral("config"), QStringLiteral("AUTOMATIC")}}},
                    {QStringLiteral("billing_event"), QStringLiteral("IMPRESSION")},
                    {QStringLiteral("optimization_goal"), enums.value(QLatin1String("optimization_goal"))},
                    {QStringLiteral("bid_strategy"), QStringLiteral("AUTO_BID")},
                    {budget.apiField, budget.apiValue},
                    {QStringLiteral("start_time"), isoLocal(budget.flight.first, QTime(0, 0), zone)},
                    {QStringLiteral("end_time"), isoLocal(budget.flight.last, QTime(23, 59), zone)},
                    {QStringLiteral("targeting"), QJsonObject{{QStringLiteral("geos"), geos},
                                                              {QStringLiteral("demographics"), QJsonArray{demographics}}}},
                    {QStringLiteral("location_lookups"), locationLookups(brief).value(QLatin1String("cities"))}};
    const QString objective = enums.value(QLatin1String("objective")).toString();
    const QString adKind = objective == QLatin1String("APP_INSTALL") ? QStringLiteral("APP_INSTALL")
                           : objective == QLatin1String("BRAND_AWARENESS") || objective == QLatin1String("ENGAGEMENT")
                               ? QStringLiteral("SNAP_AD")
                               : QStringLiteral("REMOTE_WEBPAGE");
    const QString creativeKind = adKind == QLatin1String("REMOTE_WEBPAGE") ? QStringLiteral("WEB_VIEW") : adKind;
    for (const QString &format : {QStringLiteral("image"), QStringLiteral("video")}) {
        squad.ads.push_back(makeAd(squad.name + QStringLiteral(" | ") + format, format, adContentType,
                                   {{QStringLiteral("type"), adKind},
                                    {QStringLiteral("creative_type"), creativeKind},
                                    {QStringLiteral("call_to_action"), enums.value(QLatin1String("call_to_action"))},
                                    {QStringLiteral("headline_max_length"), 34},
                                    {QStringLiteral("status"), QStringLiteral("PAUSED")}}));
    }
    c.adSets.push_back(squad);
    return c;
}

} // namespace cf
