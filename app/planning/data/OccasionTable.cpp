// PlanningData::loadOccasions: the occasions table (resources/data/occasions.json)
// has the most structure of all the tables, so it gets its own file.
#include "app/planning/data/PlanningData.h"

#include "app/planning/data/PlanningJson.h"

namespace cf {

using namespace planningjson;

namespace {

std::optional<OccasionRule> readRule(const QJsonObject &o)
{
    OccasionRule rule;
    rule.kind = o.value(QLatin1String("kind")).toString();
    rule.month = o.value(QLatin1String("month")).toInt();
    rule.day = o.value(QLatin1String("day")).toInt();
    rule.weekday = o.value(QLatin1String("weekday")).toInt();
    rule.n = o.value(QLatin1String("n")).toInt();
    rule.offsetDays = o.value(QLatin1String("offset_days")).toInt();
    rule.wholeMonth = o.value(QLatin1String("whole_month")).toBool();
    const bool monthOk = rule.month >= 1 && rule.month <= 12;
    if (rule.kind == QLatin1String("hijri") || rule.kind == QLatin1String("fixed")) {
        if (!monthOk || rule.day < 1 || rule.day > 30)
            return std::nullopt;
    } else if (rule.kind == QLatin1String("nth_weekday")) {
        if (!monthOk || rule.weekday < 1 || rule.weekday > 7 || rule.n < 1 || rule.n > 5)
            return std::nullopt;
    } else if (rule.kind != QLatin1String("easter")) {
        return std::nullopt;
    }
    return rule;
}

} // namespace

bool PlanningData::loadOccasions(QString *error)
{
    const QString path = QStringLiteral("data/occasions.json");
    const auto root = readObject(path, error);
    if (!root)
        return false;
    const QJsonArray list = root->value(QLatin1String("occasions")).toArray();
    for (const QJsonValue &value : list) {
        const QJsonObject o = value.toObject();
        OccasionInfo info;
        info.id = o.value(QLatin1String("id")).toString();
        info.names = strings(o.value(QLatin1String("names")));
        info.countries = strings(o.value(QLatin1String("countries")));
        const auto rule = readRule(o.value(QLatin1String("rule")).toObject());
        if (info.id.isEmpty() || info.names.isEmpty() || !rule) {
            *error = invalid(path, QStringLiteral("occasion \"%1\" needs an id, names and a valid rule").arg(info.id));
            return false;
        }
        info.rule = *rule;
        const QJsonObject byCountry = o.value(QLatin1String("by_country")).toObject();
        for (auto it = byCountry.begin(); it != byCountry.end(); ++it) {
            const auto countryRule = readRule(it.value().toObject());
            if (!countryRule) {
                *error = invalid(path, QStringLiteral("occasion \"%1\" has a bad rule for %2").arg(info.id, it.key()));
                return false;
            }
            info.byCountry.insert(it.key(), *countryRule);
        }
        info.lengthDays = std::max(1, o.value(QLatin1String("length_days")).toInt(1));
        info.leadDays = std::max(0, o.value(QLatin1String("lead_days")).toInt(0));
        info.objective = o.value(QLatin1String("objective")).toString();
        info.campaignType = o.value(QLatin1String("campaign_type")).toString();
        info.ramadan = o.value(QLatin1String("ramadan")).toBool();
        info.name = bilingual(o.value(QLatin1String("name")));
        const QJsonArray themes = o.value(QLatin1String("themes")).toArray();
        for (const QJsonValue &tv : themes) {
            const QJsonObject t = tv.toObject();
            info.themes.push_back(OccasionTheme{t.value(QLatin1String("key")).toString(),
                                                t.value(QLatin1String("from")).toInt(),
                                                t.value(QLatin1String("to")).toInt(),
                                                Bilingual{t.value(QLatin1String("en")).toString(),
                                                          t.value(QLatin1String("ar")).toString()}});
        }
        const QJsonArray messages = o.value(QLatin1String("messages")).toArray();
        for (const QJsonValue &m : messages)
            info.messages.push_back(bilingual(m));
        if (!objectives.count(info.objective) || !templates.count(info.campaignType)) {
            *error = invalid(path, QStringLiteral("occasion \"%1\" names an unknown objective or campaign type").arg(info.id));
            return false;
        }
        occasions.push_back(info);
    }
    const QJsonObject undated = root->value(QLatin1String("undated_themes")).toObject();
    for (auto it = undated.begin(); it != undated.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        undatedThemes[it.key()] = {o.value(QLatin1String("campaign_type")).toString(),
                                   o.value(QLatin1String("objective")).toString()};
    }
    return true;
}

} // namespace cf
