#include "app/planning/PlanBundle.h"

#include <QTimeZone>

namespace cf {

namespace {

ContentType contentTypeForFormat(const QString &format)
{
    static const std::map<QString, ContentType> table{
        {QStringLiteral("image"), ContentType::ImagePost},   {QStringLiteral("short_video"), ContentType::ShortVideo},
        {QStringLiteral("video"), ContentType::Video},       {QStringLiteral("carousel"), ContentType::Carousel},
        {QStringLiteral("story"), ContentType::Story},       {QStringLiteral("post"), ContentType::TextPost},
        {QStringLiteral("thread"), ContentType::Thread},     {QStringLiteral("blog_post"), ContentType::BlogPost},
        {QStringLiteral("article"), ContentType::BlogPost},  {QStringLiteral("email"), ContentType::Email}};
    const auto it = table.find(format);
    return it == table.end() ? ContentType::TextPost : it->second;
}

Audience audienceOf(const CampaignBrief &b, int ageMin, int ageMax)
{
    Audience a;
    a.locations = b.locations;
    a.genders = b.genders;
    a.ageMin = ageMin;
    a.ageMax = ageMax;
    a.languages = b.languages;
    return a;
}

qint64 whole(double v)
{
    return qint64(v);
}

} // namespace

CampaignBundle bundleFromPlan(const CampaignPlan &plan, const QDateTime &nowUtc)
{
    const CampaignBrief &b = plan.brief;
    const QString lang = b.languages.value(0, QStringLiteral("en"));
    const QTimeZone zone(b.timeZoneId.toUtf8());
    const BudgetPeriod period = b.budgetPeriod == QLatin1String("daily") ? BudgetPeriod::Daily : BudgetPeriod::Total;
    CampaignBundle bundle;

    Campaign &c = bundle.campaign;
    const QString what = b.occasion ? b.occasion->name.in(lang) : (b.theme.isEmpty() ? plan.strategy.typeName.in(lang) : b.theme);
    c.name = QStringLiteral("%1 %2").arg(what, b.flight.first.toString(QStringLiteral("yyyy-MM")));
    c.instruction = b.text;
    c.type = enumFromId<CampaignType>(b.campaignType);
    c.objective = enumFromId<Objective>(b.objective);
    c.status = CampaignStatus::Draft;
    c.theme = b.theme;
    c.timeZone = b.timeZoneId;
    c.languages = b.languages;
    for (const QString &id : b.platforms) {
        if (const auto p = platformFromId(id))
            c.platforms.push_back(*p);
    }
    c.strategy.summary = plan.strategy.typeName.in(lang) + QStringLiteral(" / ") + plan.strategy.objectiveName.in(lang);
    for (const Bilingual &m : plan.strategy.keyMessages)
        c.strategy.keyMessages << m.in(lang);
    for (const ThemePlan &t : plan.strategy.themes)
        c.strategy.contentThemes << t.label.in(lang);
    c.strategy.successMetrics = plan.strategy.successMetrics;
    c.audience = audienceOf(b, b.ageMin, b.ageMax);
    if (b.budget)
        c.budget = Budget{moneyFromMajor(*b.budget, b.currency), period};
    c.startDate = b.flight.first;
    c.endDate = b.flight.last;
    c.estimated = PerformanceEstimate{{whole(plan.estimates.reach.low), whole(plan.estimates.reach.high)},
                                      {whole(plan.estimates.impressions.low), whole(plan.estimates.impressions.high)},
                                      {whole(plan.estimates.clicks.low), whole(plan.estimates.clicks.high)},
                                      {whole(plan.estimates.conversions.low), whole(plan.estimates.conversions.high)}};
    c.createdAt = nowUtc;
    c.updatedAt = nowUtc;

    for (const PlannedItem &item : plan.items) {
        ContentItem ci;
        const auto platform = platformFromId(item.platform);
        if (!platform)
            continue;
        ci.platform = *platform;
        ci.contentType = contentTypeForFormat(item.format);
        ci.phase = item.phase;
        ci.theme = item.contentType;
        ci.scheduledUtc = item.scheduledAt.toUTC();
        ci.createdAt = nowUtc;
        ci.updatedAt = nowUtc;
        bundle.content.push_back(ci);
    }

    QString focusPhase;
    for (const PhasePlan &p : plan.phases) {
        if (p.paidFocus)
            focusPhase = p.id;
    }
    qint64 key = 0;
    for (const AdCampaignPlan &campaign : plan.structure) {
        const QString objective = campaign.fields.value(QLatin1String("objective")).toString(
            campaign.fields.value(QLatin1String("objective_type")).toString());
        for (const AdSetPlan &set : campaign.adSets) {
            AdSet a;
            a.id = ++key; // a bundle-local key; storing assigns real ids
            a.platform = platformFromId(campaign.platforms.value(0)).value_or(Platform::Facebook);
            a.name = set.name;
            a.targeting = audienceOf(b, set.ageMin, set.ageMax);
            a.placements = campaign.platforms;
            a.platformObjective = objective;
            a.budget = Budget{moneyFromMajor(set.budget, b.currency), period};
            a.startUtc = QDateTime(set.flight.first, QTime(0, 0), zone).toUTC();
            a.endUtc = QDateTime(set.flight.last, QTime(23, 59), zone).toUTC();
            bundle.adSets.push_back(a);
            for (const AdPlan &ad : set.ads) {
                ContentItem ci;
                ci.adSetId = a.id;
                ci.platform = a.platform;
                ci.contentType = ad.format == QLatin1String("image") ? ContentType::ImagePost
                                 : campaign.channel == QLatin1String("meta") ? ContentType::Video
                                                                             : ContentType::ShortVideo;
                ci.phase = focusPhase;
                ci.theme = ad.contentType;
                ci.scheduledUtc = a.startUtc;
                ci.createdAt = nowUtc;
                ci.updatedAt = nowUtc;
                bundle.content.push_back(ci);
            }
        }
    }
    return bundle;
}

} // namespace cf
