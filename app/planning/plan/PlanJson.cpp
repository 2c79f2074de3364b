#include "app/planning/plan/PlanJson.h"

namespace cf {

namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QJsonObject bilingual(const Bilingual &b)
{
    return {{QStringLiteral("en"), b.en}, {QStringLiteral("ar"), b.ar}};
}

QJsonObject range(const ValueRange &r)
{
    return {{QStringLiteral("low"), r.low}, {QStringLiteral("high"), r.high}};
}

QJsonObject dates(const DateRange &r)
{
    return {{QStringLiteral("start"), iso(r.first)}, {QStringLiteral("end"), iso(r.last)}, {QStringLiteral("days"), r.days()}};
}

QJsonObject briefJson(const CampaignBrief &b)
{
    QJsonObject o{{QStringLiteral("text"), b.text},
                  {QStringLiteral("campaign_type"), b.campaignType},
                  {QStringLiteral("objective"), b.objective},
                  {QStringLiteral("theme"), b.theme},
                  {QStringLiteral("flight"), dates(b.flight)},
                  {QStringLiteral("platforms"), QJsonArray::fromStringList(b.platforms)},
                  {QStringLiteral("currency"), b.currency},
                  {QStringLiteral("genders"), QJsonArray::fromStringList(b.genders)},
                  {QStringLiteral("age_min"), b.ageMin},
                  {QStringLiteral("age_max"), b.ageMax},
                  {QStringLiteral("locations"), QJsonArray::fromStringList(b.locations)},
                  {QStringLiteral("countries"), QJsonArray::fromStringList(b.countries)},
                  {QStringLiteral("time_zone"), b.timeZoneId},
                  {QStringLiteral("region"), b.region},
                  {QStringLiteral("languages"), QJsonArray::fromStringList(b.languages)}};
    o.insert(QStringLiteral("budget"), b.budget ? QJsonValue(*b.budget) : QJsonValue());
    o.insert(QStringLiteral("budget_period"), b.budget ? QJsonValue(b.budgetPeriod) : QJsonValue());
    if (b.occasion) {
        QJsonObject occasion = dates(b.occasion->days);
        occasion.insert(QStringLiteral("id"), b.occasion->id);
        occasion.insert(QStringLiteral("name"), bilingual(b.occasion->name));
        o.insert(QStringLiteral("occasion"), occasion);
    } else {
        o.insert(QStringLiteral("occasion"), QJsonValue());
    }
    return o;
}

QJsonObject strategyJson(const StrategyPlan &s)
{
    QJsonArray messages;
    for (const Bilingual &m : s.keyMessages)
        messages.append(bilingual(m));
    QJsonArray themes;
    for (const ThemePlan &t : s.themes)
        themes.append(QJsonObject{{QStringLiteral("key"), t.key}, {QStringLiteral("label"), bilingual(t.label)}});
    return {{QStringLiteral("campaign_type"), bilingual(s.typeName)},
            {QStringLiteral("objective"), bilingual(s.objectiveName)},
            {QStringLiteral("key_messages"), messages},
            {QStringLiteral("content_themes"), themes},
            {QStringLiteral("success_metrics"), QJsonArray::fromStringList(s.successMetrics)}};
}

QJsonObject calendarJson(const CampaignPlan &plan)
{
    QJsonArray phases;
    for (const PhasePlan &p : plan.phases) {
        QJsonObject o = dates(p.days);
        o.insert(QStringLiteral("id"), p.id);
        o.insert(QStringLiteral("name"), bilingual(p.name));
        o.insert(QStringLiteral("content_types"), QJsonArray::fromStringList(p.contentTypes));
        o.insert(QStringLiteral("paid_focus"), p.paidFocus);
        phases.append(o);
    }
    QJsonArray items;
    for (const PlannedItem &i : plan.items) {
        items.append(QJsonObject{{QStringLiteral("id"), i.sequence},
                                 {QStringLiteral("date"), iso(i.date)},
                                 {QStringLiteral("platform"), i.platform},
                                 {QStringLiteral("content_type"), i.contentType},
                                 {QStringLiteral("format"), i.format},
                                 {QStringLiteral("phase"), i.phase},
                                 {QStringLiteral("theme"), i.theme},
                                 {QStringLiteral("languages"), QJsonArray::fromStringList(i.languages)}});
    }
    return {{QStringLiteral("phases"), phases}, {QStringLiteral("items"), items}};
}

QJsonArray timelineJson(const CampaignPlan &plan)
{
    QJsonArray timeline;
    for (const PlannedItem &i : plan.items) {
        timeline.append(QJsonObject{{QStringLiteral("id"), i.sequence},
                                    {QStringLiteral("platform"), i.platform},
                                    {QStringLiteral("local_time"), i.scheduledAt.toString(Qt::ISODate)},
                                    {QStringLiteral("utc_time"), i.scheduledAt.toUTC().toString(Qt::ISODate)},
                                    {QStringLiteral("window"), i.window}});
    }
    return timeline;
}

QJsonObject budgetJson(const BudgetPlan &b)
{
    QJsonArray channels;
    for (const ChannelBudget &c : b.channels) {
        QJsonObject o{{QStringLiteral("channel"), c.channel},
                      {QStringLiteral("platforms"), QJsonArray::fromStringList(c.platforms)},
                      {QStringLiteral("amount"), c.amount},
                      {QStringLiteral("daily_amount"), c.dailyAmount},
                      {QStringLiteral("flight"), dates(c.flight)},
                      {QStringLiteral("shortened"), c.shortened},
                      {QStringLiteral("ad_sets"), c.adSetCount},
                      {QStringLiteral("minimum_daily_per_ad_set"), c.minimumDailyPerAdSet},
                      {QStringLiteral("budget_mode"), c.budgetMode},
                      {QStringLiteral("api"), QJsonObject{{QStringLiteral("field"), c.apiField},
                                                          {QStringLiteral("unit"), c.apiUnit},
                                                          {QStringLiteral("value"), c.apiValue}}}};
        channels.append(o);
    }
    return {{QStringLiteral("total"), b.total},
            {QStringLiteral("currency"), b.currency},
            {QStringLiteral("period"), b.period},
            {QStringLiteral("channels"), channels}};
}

QJsonArray structureJson(const std::vector<AdCampaignPlan> &campaigns)
{
    QJsonArray result;
    for (const AdCampaignPlan &c : campaigns) {
        QJsonArray sets;
        for (const AdSetPlan &s : c.adSets) {
            QJsonArray ads;
            for (const AdPlan &a : s.ads)
                ads.append(QJsonObject{{QStringLiteral("name"), a.name},
                                       {QStringLiteral("format"), a.format},
                                       {QStringLiteral("content_type"), a.contentType},
                                       {QStringLiteral("fields"), a.fields}});
            sets.append(QJsonObject{{QStringLiteral("name"), s.name},
                                    {QStringLiteral("age_min"), s.ageMin},
                                    {QStringLiteral("age_max"), s.ageMax},
                                    {QStringLiteral("genders"), QJsonArray::fromStringList(s.genders)},
                                    {QStringLiteral("flight"), dates(s.flight)},
                                    {QStringLiteral("budget"), s.budget},
                                    {QStringLiteral("fields"), s.fields},
                                    {QStringLiteral("ads"), ads}});
        }
        result.append(QJsonObject{{QStringLiteral("channel"), c.channel},
                                  {QStringLiteral("level"), c.level},
                                  {QStringLiteral("name"), c.name},
                                  {QStringLiteral("platforms"), QJsonArray::fromStringList(c.platforms)},
                                  {QStringLiteral("fields"), c.fields},
                                  {QStringLiteral("children"), sets}});
    }
    return result;
}

QJsonObject estimatesJson(const EstimatePlan &e)
{
    QJsonArray channels;
    for (const ChannelEstimate &c : e.channels) {
        channels.append(QJsonObject{{QStringLiteral("channel"), c.channel},
                                    {QStringLiteral("spend"), c.spend},
                                    {QStringLiteral("spend_usd"), c.spendUsd},
                                    {QStringLiteral("cpm_usd"), range(c.cpmUsd)},
                                    {QStringLiteral("ctr_percent"), range(c.ctrPercent)},
                                    {QStringLiteral("impressions"), range(c.impressions)},
                                    {QStringLiteral("reach"), range(c.reach)},
                                    {QStringLiteral("clicks"), range(c.clicks)},
                                    {QStringLiteral("conversions"), range(c.conversions)},
                                    {QStringLiteral("sources"), QJsonArray::fromStringList(c.sources)}});
    }
    return {{QStringLiteral("channels"), channels},
            {QStringLiteral("impressions"), range(e.impressions)},
            {QStringLiteral("reach"), range(e.reach)},
            {QStringLiteral("clicks"), range(e.clicks)},
            {QStringLiteral("conversions"), range(e.conversions)}};
}

} // namespace

QJsonArray messagesToJson(const std::vector<PlanMessage> &messages)
{
    QJsonArray array;
    for (const PlanMessage &m : messages) {
        QJsonObject o{{QStringLiteral("code"), m.code}, {QStringLiteral("message"), m.message}};
        for (auto it = m.details.begin(); it != m.details.end(); ++it)
            o.insert(it.key(), it.value());
        array.append(o);
    }
    return array;
}

QJsonObject planToJson(const CampaignPlan &plan)
{
    QJsonArray inferences;
    for (const PlanInference &i : plan.inferences)
        inferences.append(QJsonObject{{QStringLiteral("field"), i.field},
                                      {QStringLiteral("value"), i.value},
                                      {QStringLiteral("reason"), i.reason}});
    return {{QStringLiteral("brief"), briefJson(plan.brief)},
            {QStringLiteral("strategy"), strategyJson(plan.strategy)},
            {QStringLiteral("calendar"), calendarJson(plan)},
            {QStringLiteral("timeline"), timelineJson(plan)},
            {QStringLiteral("structure"), structureJson(plan.structure)},
            {QStringLiteral("budget"), budgetJson(plan.budget)},
            {QStringLiteral("estimates"), estimatesJson(plan.estimates)},
            {QStringLiteral("warnings"), messagesToJson(plan.warnings)},
            {QStringLiteral("inferences"), inferences}};
}

} // namespace cf
