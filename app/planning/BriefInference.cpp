#include "app/planning/BriefInference.h"

#include "app/planning/OccasionCalendar.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace cf {

namespace {

void note(BriefInference::Result &r, const QString &field, const QString &value, const QString &reason)
{
    r.inferences.push_back(PlanInference{field, value, reason});
}

} // namespace

bool containsArabic(const QString &text)
{
    for (const QChar c : text) {
        if (c.script() == QChar::Script_Arabic && c.isLetter())
            return true;
    }
    return false;
}

BriefInference::Result BriefInference::infer(const ParsedInstruction &parsed, const QDate &referenceDate) const
{
    Result r;
    r.brief.text = parsed.text;
    r.brief.theme = parsed.theme;
    r.brief.platforms = parsed.platforms;
    resolvePlaces(parsed, r);
    resolveTypeAndObjective(parsed, referenceDate, r);
    resolveDates(parsed, referenceDate, r);
    resolveMoneyAndAudience(parsed, r);

    if (r.brief.platforms.isEmpty()) {
        const bool email = r.brief.campaignType == QLatin1String("nurture_sequence")
            || r.brief.campaignType == QLatin1String("re_engagement");
        r.brief.platforms = email ? QStringList{QStringLiteral("mailchimp")}
                                  : QStringList{QStringLiteral("facebook"), QStringLiteral("instagram")};
        note(r, QStringLiteral("platforms"), r.brief.platforms.join(QLatin1Char(',')),
             email ? tr("No platform was named; a %1 campaign is mostly e-mail, so Mailchimp was chosen.").arg(r.brief.campaignType)
                   : tr("No platform was named; Facebook and Instagram reach the widest audience, so both were chosen."));
    }
    return r;
}

void BriefInference::resolvePlaces(const ParsedInstruction &parsed, Result &r) const
{
    CampaignBrief &b = r.brief;
    b.locations = parsed.locations;
    QStringList zones;
    for (const QString &location : parsed.locations) {
        const auto place = m_data.places.find(location);
        if (place == m_data.places.end()) {
            r.warnings.push_back({QStringLiteral("unknown_location"),
                                  tr("\"%1\" is not in the location table, so its time zone and currency are unknown.").arg(location)});
            continue;
        }
        if (!b.countries.contains(place->second.country))
            b.countries << place->second.country;
        const QString zone = place->second.timeZone.isEmpty() ? m_data.countries.at(place->second.country).timeZone
                                                              : place->second.timeZone;
        if (!zones.contains(zone))
            zones << zone;
    }

    if (b.countries.isEmpty()) {
        // No usable location: a currency that belongs to one country tells
        // us where the audience is; an Arabic instruction suggests Saudi Arabia.
        QString country;
        QString reason;
        if (parsed.budget && !parsed.budget->currency.isEmpty()) {
            QStringList owners;
            for (const auto &[code, info] : m_data.countries) {
                if (info.currency == parsed.budget->currency)
                    owners << code;
            }
            if (owners.size() == 1 && parsed.budget->currency != QLatin1String("USD")) {
                country = owners.first();
                reason = tr("No location was named; the budget is in %1, which is used in %2.")
                             .arg(parsed.budget->currency, m_data.countries.at(country).name);
            }
        }
        if (country.isEmpty() && containsArabic(parsed.text)) {
            country = QStringLiteral("SA");
            reason = tr("No location was named; the instruction is in Arabic, so Saudi Arabia was assumed.");
        }
        if (!country.isEmpty()) {
            b.countries << country;
            b.locations << m_data.countries.at(country).name;
            zones << m_data.countries.at(country).timeZone;
            note(r, QStringLiteral("locations"), m_data.countries.at(country).name, reason);
        } else {
            r.warnings.push_back({QStringLiteral("no_location"),
                                  tr("No location was named: times are planned in UTC and ads cannot be targeted until a location is added.")});
        }
    }

    b.timeZoneId = zones.isEmpty() ? QStringLiteral("UTC") : zones.first();
    if (zones.size() > 1)
        r.warnings.push_back({QStringLiteral("several_time_zones"),
                              tr("The locations span several time zones; times are planned in %1.").arg(b.timeZoneId)});
    if (!zones.isEmpty())
        note(r, QStringLiteral("time_zone"), b.timeZoneId,
             tr("Posting times follow the audience's local time in %1.").arg(b.locations.value(0)));

    b.region = b.countries.isEmpty() ? QStringLiteral("other") : m_data.countries.at(b.countries.first()).region;
    // Content languages: the instruction's own language first, then the
    // languages spoken where the audience is.
    const QString own = containsArabic(parsed.text) ? QStringLiteral("ar") : QStringLiteral("en");
    b.languages << own;
    for (const QString &c : std::as_const(b.countries)) {
        for (const QString &lang : m_data.countries.at(c).languages) {
            if (!b.languages.contains(lang) && (lang == QLatin1String("ar") || lang == QLatin1String("en")))
                b.languages << lang;
        }
    }
    note(r, QStringLiteral("languages"), b.languages.join(QLatin1Char(',')),
         b.languages.size() > 1 ? tr("Content is written in the instruction's language and in the languages spoken where the audience is.")
                                : tr("Content is written in the instruction's language."));
}

void BriefInference::resolveTypeAndObjective(const ParsedInstruction &parsed, const QDate &referenceDate, Result &r) const
{
    CampaignBrief &b = r.brief;
    const OccasionCalendar calendar(m_data);
    const OccasionInfo *occasion = nullptr;
    if (!parsed.theme.isEmpty()) {
        const auto match = calendar.resolve(parsed.theme, b.countries);
        occasion = match.occasion;
        if (occasion) {
            const QDate from = parsed.startDate.value_or(referenceDate);
            b.occasion = calendar.next(*occasion, from, b.countries.value(0));
            if (b.occasion && !occasion->names.first().isEmpty() && occasion->names.first() != parsed.theme)
                note(r, QStringLiteral("occasion"), occasion->id,
                     match.byCountry ? tr("\"%1\" was read as %2 because the audience is there.").arg(parsed.theme, occasion->name.en)
                                     : tr("\"%1\" was read as %2; name a location to pick another country's day.")
                                           .arg(parsed.theme, occasion->name.en));
        }
    }
    const auto undated = m_data.undatedThemes.find(parsed.theme);
    const bool hasUndated = !parsed.theme.isEmpty() && undated != m_data.undatedThemes.end();

    auto knownObjective = [&](const QString &id) { return m_data.objective(id) != nullptr; };
    if (!parsed.objective.isEmpty() && !knownObjective(parsed.objective))
        r.warnings.push_back({QStringLiteral("unknown_objective"),
                              tr("The objective \"%1\" is not supported; another was chosen.").arg(parsed.objective)});
    if (!parsed.campaignType.isEmpty() && !m_data.templateFor(parsed.campaignType))
        r.warnings.push_back({QStringLiteral("unknown_campaign_type"),
                              tr("The campaign type \"%1\" is not supported; another was chosen.").arg(parsed.campaignType)});
    const QString givenObjective = knownObjective(parsed.objective) ? parsed.objective : QString();
    const QString givenType = m_data.templateFor(parsed.campaignType) ? parsed.campaignType : QString();

    // Campaign type: as given, else what the objective calls for, else what
    // the occasion or theme usually is, else brand awareness.
    if (!givenType.isEmpty()) {
        b.campaignType = givenType;
    } else if (!givenObjective.isEmpty()) {
        b.campaignType = m_data.objective(givenObjective)->campaignType;
        note(r, QStringLiteral("campaign_type"), b.campaignType,
             tr("A %1 objective is best served by a %2 campaign.").arg(givenObjective, b.campaignType));
    } else if (occasion) {
        b.campaignType = occasion->campaignType;
        note(r, QStringLiteral("campaign_type"), b.campaignType,
             tr("%1 campaigns are usually %2 campaigns.").arg(occasion->name.en, b.campaignType));
    } else if (hasUndated) {
        b.campaignType = undated->second.first;
        note(r, QStringLiteral("campaign_type"), b.campaignType, tr("The theme \"%1\" calls for a %2 campaign.").arg(parsed.theme, b.campaignType));
    } else {
        b.campaignType = QStringLiteral("brand_awareness");
        note(r, QStringLiteral("campaign_type"), b.campaignType,
             tr("Neither a campaign type nor an objective was named, so the campaign builds awareness."));
    }

    // Objective: as given, else the named type's usual objective, else the
    // occasion's or theme's, else the chosen type's.
    const CampaignTemplate *tpl = m_data.templateFor(b.campaignType);
    if (!givenObjective.isEmpty()) {
        b.objective = givenObjective;
    } else if (!givenType.isEmpty() || (!occasion && !hasUndated)) {
        b.objective = tpl->defaultObjective;
        note(r, QStringLiteral("objective"), b.objective,
             tr("A %1 campaign usually aims at %2.").arg(b.campaignType, b.objective));
    } else if (occasion) {
        b.objective = occasion->objective;
        note(r, QStringLiteral("objective"), b.objective, tr("%1 campaigns usually aim at %2.").arg(occasion->name.en, b.objective));
    } else {
        b.objective = undated->second.second;
        note(r, QStringLiteral("objective"), b.objective, tr("The theme \"%1\" usually aims at %2.").arg(parsed.theme, b.objective));
    }
}

void BriefInference::resolveDates(const ParsedInstruction &parsed, const QDate &referenceDate, Result &r) const
{
    CampaignBrief &b = r.brief;
    const CampaignTemplate *tpl = m_data.templateFor(b.campaignType);
    const QDate tomorrow = referenceDate.addDays(1);
    const OccasionInfo *occasion = b.occasion ? m_data.occasion(b.occasion->id) : nullptr;

    if (parsed.startDate) {
        b.flight.first = *parsed.startDate;
        if (*parsed.startDate < referenceDate)
            r.warnings.push_back({QStringLiteral("start_in_past"),
                                  tr("The start date %1 is already past.").arg(parsed.startDate->toString(Qt::ISODate))});
    } else if (b.occasion && occasion) {
        const QDate leadStart = b.occasion->days.first.addDays(-occasion->leadDays);
        b.flight.first = std::max(leadStart, tomorrow);
        note(r, QStringLiteral("start_date"), b.flight.first.toString(Qt::ISODate),
             b.flight.first == leadStart
                 ? tr("%1 begins on %2; the campaign starts %3 days earlier to build up to it.")
                       .arg(occasion->name.en, b.occasion->days.first.toString(Qt::ISODate))
                       .arg(occasion->leadDays)
                 : tr("%1 is close or under way, so the campaign starts tomorrow.").arg(occasion->name.en));
    } else {
        b.flight.first = tomorrow;
        note(r, QStringLiteral("start_date"), tomorrow.toString(Qt::ISODate),
             tr("No start date was named; the campaign starts tomorrow, leaving today for review."));
    }

    if (parsed.durationDays && *parsed.durationDays > 0) {
        b.flight.last = b.flight.first.addDays(*parsed.durationDays - 1);
    } else if (b.occasion && b.occasion->days.last >= b.flight.first) {
        b.flight.last = b.occasion->days.last;
        note(r, QStringLiteral("duration_days"), QString::number(b.flight.days()),
             tr("The campaign runs until %1 ends on %2.").arg(b.occasion->name.en, b.occasion->days.last.toString(Qt::ISODate)));
    } else {
        b.flight.last = b.flight.first.addDays(tpl->defaultDurationDays - 1);
        note(r, QStringLiteral("duration_days"), QString::number(tpl->defaultDurationDays),
             tr("A %1 campaign runs %2 days by default.").arg(b.campaignType).arg(tpl->defaultDurationDays));
    }
}

void BriefInference::resolveMoneyAndAudience(const ParsedInstruction &parsed, Result &r) const
{
    CampaignBrief &b = r.brief;
    const QString countryCurrency = b.countries.isEmpty() ? QString() : m_data.countries.at(b.countries.first()).currency;
    if (parsed.budget) {
        b.budget = parsed.budget->amount;
        b.currency = parsed.budget->currency;
    }
    if (b.currency.isEmpty()) {
        b.currency = countryCurrency.isEmpty() ? QStringLiteral("USD") : countryCurrency;
        note(r, QStringLiteral("currency"), b.currency,
             countryCurrency.isEmpty() ? tr("No currency or location was named, so amounts are in US dollars.")
                                       : tr("%1 is the currency where the audience is.").arg(b.currency));
    }
    if (b.budget) {
        b.budgetPeriod = parsed.budgetPeriod.isEmpty() ? QStringLiteral("total") : parsed.budgetPeriod;
        if (parsed.budgetPeriod.isEmpty())
            note(r, QStringLiteral("budget_period"), b.budgetPeriod,
                 tr("The budget did not say \"per day\", so it is the total for the whole campaign."));
        if (!m_data.unitsPerUsd.count(b.currency))
            r.warnings.push_back({QStringLiteral("unknown_currency"),
                                  tr("%1 is not in the exchange table, so platform minimums cannot be checked.").arg(b.currency)});
    }

    b.genders = parsed.genders;
    if (b.genders.size() == 2)
        b.genders.clear(); // both genders = no gender targeting
    b.ageMin = parsed.ageMin.value_or(18);
    b.ageMax = parsed.ageMax.value_or(65);
    if (!parsed.ageMin)
        note(r, QStringLiteral("age_min"), QString::number(b.ageMin), tr("No minimum age was named; adults from 18 are targeted."));
    if (!parsed.ageMax)
        note(r, QStringLiteral("age_max"), QString::number(b.ageMax),
             tr("No maximum age was named; 65 means everyone 65 and older on the ad platforms."));
    if (b.ageMin > b.ageMax)
        std::swap(b.ageMin, b.ageMax);
}

} // namespace cf
