#include "app/planning/ContentCalendarBuilder.h"

#include <algorithm>
#include <cmath>

namespace cf {

namespace {

// Items due on flight day `dayIndex` for a rate of `perWeek` per week, spread
// evenly (3 a week lands on days 2, 4 and 6 of each week, not 1, 2 and 3).
int weeklySlots(int dayIndex, int perWeek)
{
    return ((dayIndex + 1) * perWeek) / 7 - (dayIndex * perWeek) / 7;
}

QString slug(const QString &text)
{
    QString s = text.toLower();
    for (QChar &c : s) {
        if (!c.isLetterOrNumber())
            c = QLatin1Char('_');
    }
    return s;
}

} // namespace

std::vector<PhasePlan> ContentCalendarBuilder::layPhases(const CampaignTemplate &tpl, const DateRange &flight)
{
    const int total = flight.days();
    int reference = 0;
    for (const TemplatePhase &p : tpl.phases)
        reference += p.referenceDays;
    std::vector<int> days(tpl.phases.size(), 0);
    std::vector<std::pair<double, size_t>> remainders;
    int given = 0;
    for (size_t i = 0; i < tpl.phases.size(); ++i) {
        const double exact = double(total) * tpl.phases[i].referenceDays / std::max(1, reference);
        days[i] = int(std::floor(exact));
        given += days[i];
        remainders.push_back({exact - days[i], i});
    }
    // Hand the leftover days to the largest remainders; ties go to the earlier
    // phase, which keeps the result stable.
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (int k = 0; given < total && k < int(remainders.size()); ++k, ++given)
        ++days[remainders[size_t(k)].second];

    std::vector<PhasePlan> phases;
    QDate cursor = flight.first;
    for (size_t i = 0; i < tpl.phases.size(); ++i) {
        if (days[i] == 0)
            continue;
        const TemplatePhase &t = tpl.phases[i];
        phases.push_back(PhasePlan{t.id, t.name, DateRange{cursor, cursor.addDays(days[i] - 1)}, t.contentTypes, t.paidFocus});
        cursor = cursor.addDays(days[i]);
    }
    return phases;
}

QStringList ContentCalendarBuilder::formatsFor(const QString &platform, const QString &contentType) const
{
    QStringList result;
    const auto rule = m_data.platformRules.find(platform);
    const auto type = m_data.contentTypes.find(contentType);
    if (rule == m_data.platformRules.end() || type == m_data.contentTypes.end())
        return result;
    for (const QString &format : type->second.formats) {
        if (rule->second.formats.contains(format))
            result << format;
    }
    return result;
}

QStringList ContentCalendarBuilder::contentTypesFor(const QString &platform, const QStringList &phaseTypes) const
{
    QStringList result;
    for (const QString &type : phaseTypes) {
        if (!formatsFor(platform, type).isEmpty())
            result << type;
    }
    return result;
}

QString ContentCalendarBuilder::themeFor(const CampaignBrief &brief, const PhasePlan &phase, const QDate &date,
                                         int counter) const
{
    if (brief.occasion) {
        const OccasionInfo *occasion = m_data.occasion(brief.occasion->id);
        if (occasion && !occasion->themes.empty()) {
            const int offset = int(brief.occasion->days.first.daysTo(date));
            std::vector<const OccasionTheme *> matching;
            for (const OccasionTheme &t : occasion->themes) {
                if (offset >= t.from && offset <= t.to)
                    matching.push_back(&t);
            }
            if (!matching.empty())
                return matching[size_t(counter) % matching.size()]->key;
            // Before every range: the earliest theme; after: the last one.
            return offset < occasion->themes.front().from ? occasion->themes.front().key : occasion->themes.back().key;
        }
    }
    if (!brief.theme.isEmpty())
        return slug(brief.theme);
    return phase.id;
}

ContentCalendarBuilder::Result ContentCalendarBuilder::build(const CampaignBrief &brief) const
{
    Result result;
    const CampaignTemplate *tpl = m_data.templateFor(brief.campaignType);
    if (!tpl || brief.flight.days() < 1)
        return result;
    result.phases = layPhases(*tpl, brief.flight);

    std::map<QString, int> counters; // per platform, drives rotation of types, formats and themes
    std::map<QString, int> produced;
    for (const QString &platform : brief.platforms)
        produced[platform] = 0;

    for (const PhasePlan &phase : result.phases) {
        const TemplatePhase *source = nullptr;
        for (const TemplatePhase &t : tpl->phases) {
            if (t.id == phase.id)
                source = &t;
        }
        for (QDate date = phase.days.first; date <= phase.days.last; date = date.addDays(1)) {
            const int dayIndex = int(brief.flight.first.daysTo(date));
            for (int p = 0; p < brief.platforms.size(); ++p) {
                const QString &platform = brief.platforms.at(p);
                const auto rule = m_data.platformRules.find(platform);
                if (rule == m_data.platformRules.end() || !source->platformGroups.contains(rule->second.group))
                    continue;
                const QStringList types = contentTypesFor(platform, phase.contentTypes);
                if (types.isEmpty())
                    continue;
                int perWeek = source->perDay > 0 ? source->perDay * 7 : source->perWeek;
                perWeek *= rule->second.volume;
                if (rule->second.maxPerWeek > 0)
                    perWeek = std::min(perWeek, rule->second.maxPerWeek);
                const int slots = weeklySlots(dayIndex, perWeek);
                for (int s = 0; s < slots; ++s) {
                    int &counter = counters[platform];
                    const QString type = types.at((counter + p) % types.size());
                    const QStringList formats = formatsFor(platform, type);
                    PlannedItem item;
                    item.date = date;
                    item.platform = platform;
                    item.contentType = type;
                    item.format = formats.at((counter / types.size()) % formats.size());
                    item.phase = phase.id;
                    item.theme = themeFor(brief, phase, date, counter);
                    item.languages = brief.languages;
                    result.items.push_back(item);
                    ++counter;
                    ++produced[platform];
                }
            }
        }
    }
    for (int i = 0; i < int(result.items.size()); ++i)
        result.items[size_t(i)].sequence = i + 1;
    for (const QString &platform : brief.platforms) {
        if (produced[platform] == 0)
            result.warnings.push_back({QStringLiteral("platform_without_content"),
                                       tr("A %1 campaign has no content that %2 can publish.").arg(brief.campaignType, platform)});
    }
    return result;
}

} // namespace cf
