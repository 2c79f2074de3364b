#include "app/planning/data/PlanningData.h"

#include "app/planning/data/PlanningJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>

#include <cmath>

Q_LOGGING_CATEGORY(lcPlanningData, "cf.planning.data")

namespace cf {

using namespace planningjson;

std::optional<PlanningData> PlanningData::load(QString *error)
{
    PlanningData data;
    QString reason;
    if (!data.loadContent(&reason) || !data.loadTemplates(&reason) || !data.loadPlaces(&reason)
        || !data.loadMoney(&reason) || !data.loadOccasions(&reason) || !data.loadBenchmarks(&reason)) {
        qCWarning(lcPlanningData) << "planning data rejected:" << reason;
        if (error)
            *error = reason;
        return std::nullopt;
    }
    return data;
}

bool PlanningData::loadTemplates(QString *error)
{
    QStringList files = QDir(QStringLiteral(":/templates")).entryList({QStringLiteral("*.json")}, QDir::Files);
    files.sort();
    for (const QString &file : files) {
        const QString path = QStringLiteral("templates/") + file;
        const auto root = readObject(path, error);
        if (!root)
            return false;
        CampaignTemplate t;
        t.type = root->value(QLatin1String("type")).toString();
        t.name = bilingual(root->value(QLatin1String("name")));
        t.defaultDurationDays = root->value(QLatin1String("default_duration_days")).toInt();
        t.defaultObjective = root->value(QLatin1String("default_objective")).toString();
        const QJsonArray messages = root->value(QLatin1String("key_messages")).toArray();
        for (const QJsonValue &m : messages)
            t.keyMessages.push_back(bilingual(m));
        const QJsonArray phases = root->value(QLatin1String("phases")).toArray();
        for (const QJsonValue &pv : phases) {
            const QJsonObject p = pv.toObject();
            TemplatePhase phase;
            phase.id = p.value(QLatin1String("id")).toString();
            phase.name = bilingual(p.value(QLatin1String("name")));
            phase.referenceDays = p.value(QLatin1String("reference_days")).toInt();
            phase.contentTypes = strings(p.value(QLatin1String("content_types")));
            const QJsonObject frequency = p.value(QLatin1String("frequency")).toObject();
            phase.perDay = frequency.value(QLatin1String("per_day")).toInt();
            phase.perWeek = frequency.value(QLatin1String("per_week")).toInt();
            phase.platformGroups = strings(p.value(QLatin1String("platform_groups")));
            phase.paidFocus = p.value(QLatin1String("paid_focus")).toBool();
            if (phase.id.isEmpty() || phase.referenceDays < 1 || (phase.perDay < 1 && phase.perWeek < 1)
                || phase.contentTypes.isEmpty()) {
                *error = invalid(path, QStringLiteral("phase \"%1\" needs an id, reference_days, a frequency and content types")
                                           .arg(phase.id));
                return false;
            }
            for (const QString &type : std::as_const(phase.contentTypes)) {
                if (!contentTypes.count(type)) {
                    *error = invalid(path, QStringLiteral("unknown content type \"%1\"").arg(type));
                    return false;
                }
            }
            t.phases.push_back(phase);
        }
        if (t.type.isEmpty() || t.phases.empty() || t.defaultDurationDays < int(t.phases.size())) {
            *error = invalid(path, QStringLiteral("a template needs a type, phases and a default duration of at least one day per phase"));
            return false;
        }
        templates[t.type] = t;
    }
    if (templates.empty()) {
        *error = invalid(QStringLiteral("templates/"), QStringLiteral("no campaign templates were built in"));
        return false;
    }
    return true;
}

bool PlanningData::loadContent(QString *error)
{
    const auto types = readObject(QStringLiteral("data/content_types.json"), error);
    if (!types)
        return false;
    const QJsonObject typeTable = types->value(QLatin1String("content_types")).toObject();
    for (auto it = typeTable.begin(); it != typeTable.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        contentTypes[it.key()] = ContentTypeInfo{strings(o.value(QLatin1String("formats"))), bilingual(o.value(QLatin1String("name")))};
    }

    const auto rules = readObject(QStringLiteral("data/platform_rules.json"), error);
    if (!rules)
        return false;
    const QJsonObject platforms = rules->value(QLatin1String("platforms")).toObject();
    for (auto it = platforms.begin(); it != platforms.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        PlatformRule rule;
        rule.group = o.value(QLatin1String("group")).toString();
        rule.formats = strings(o.value(QLatin1String("formats")));
        rule.volume = std::max(1, o.value(QLatin1String("volume")).toInt(1));
        rule.maxPerWeek = o.value(QLatin1String("max_per_week")).toInt(0);
        rule.spacingMinutes = std::max(1, o.value(QLatin1String("spacing_minutes")).toInt(60));
        platformRules[it.key()] = rule;
    }

    const QString windowsPath = QStringLiteral("data/posting_windows.json");
    const auto windows = readObject(windowsPath, error);
    if (!windows)
        return false;
    auto readWindows = [&](const QJsonValue &value, std::vector<TimeWindow> *out) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &wv : array) {
            const QJsonObject w = wv.toObject();
            const auto start = clockTime(w.value(QLatin1String("start")));
            const auto end = clockTime(w.value(QLatin1String("end")));
            if (!start || !end || *end <= *start)
                return false;
            out->push_back(TimeWindow{w.value(QLatin1String("id")).toString(), *start, *end});
        }
        return !out->empty();
    };
    auto readQuiet = [&](const QJsonValue &value, QuietHours *out) {
        const auto start = clockTime(value.toObject().value(QLatin1String("start")));
        const auto end = clockTime(value.toObject().value(QLatin1String("end")));
        if (!start || !end)
            return false;
        *out = QuietHours{*start, *end};
        return true;
    };
    const QJsonObject ramadan = windows->value(QLatin1String("ramadan")).toObject();
    if (!readQuiet(windows->value(QLatin1String("quiet_hours")), &quietHours)
        || !readQuiet(ramadan.value(QLatin1String("quiet_hours")), &ramadanQuietHours)
        || !readWindows(ramadan.value(QLatin1String("windows")), &ramadanWindows)) {
        *error = invalid(windowsPath, QStringLiteral("quiet hours or Ramadan windows are missing or malformed"));
        return false;
    }
    const QJsonObject perPlatform = windows->value(QLatin1String("platforms")).toObject();
    for (auto it = platformRules.begin(); it != platformRules.end(); ++it) {
        std::vector<TimeWindow> list;
        if (!readWindows(perPlatform.value(it->first), &list)) {
            *error = invalid(windowsPath, QStringLiteral("windows for \"%1\" are missing or malformed").arg(it->first));
            return false;
        }
        postingWindows[it->first] = list;
    }
    return true;
}

bool PlanningData::loadPlaces(QString *error)
{
    const QString path = QStringLiteral("data/locations.json");
    const auto root = readObject(path, error);
    if (!root)
        return false;
    const QJsonObject countryTable = root->value(QLatin1String("countries")).toObject();
    for (auto it = countryTable.begin(); it != countryTable.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        CountryInfo c{it.key(),
                      o.value(QLatin1String("name")).toString(),
                      o.value(QLatin1String("currency")).toString(),
                      o.value(QLatin1String("time_zone")).toString(),
                      strings(o.value(QLatin1String("languages"))),
                      o.value(QLatin1String("region")).toString()};
        countries[c.code] = c;
    }
    const QJsonObject placeTable = root->value(QLatin1String("places")).toObject();
    for (auto it = placeTable.begin(); it != placeTable.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        LocationInfo p{o.value(QLatin1String("country")).toString(), o.value(QLatin1String("time_zone")).toString()};
        if (!countries.count(p.country)) {
            *error = invalid(path, QStringLiteral("place \"%1\" names an unknown country").arg(it.key()));
            return false;
        }
        places[it.key()] = p;
    }
    return true;
}

bool PlanningData::loadMoney(QString *error)
{
    const auto rates = readObject(QStringLiteral("data/exchange_rates.json"), error);
    if (!rates)
        return false;
    exchangeRatesAsOf = rates->value(QLatin1String("as_of")).toString();
    const QJsonObject units = rates->value(QLatin1String("units_per_usd")).toObject();
    for (auto it = units.begin(); it != units.end(); ++it) {
        if (it.value().toDouble() > 0)
            unitsPerUsd[it.key()] = it.value().toDouble();
    }

    const auto mins = readObject(QStringLiteral("data/ad_minimums.json"), error);
    if (!mins)
        return false;
    minimums.minFlightDays = std::max(1, mins->value(QLatin1String("min_flight_days")).toInt(3));
    const QJsonObject meta = mins->value(QLatin1String("meta")).toObject();
    minimums.metaTier1Currencies = strings(meta.value(QLatin1String("tier1_currencies")));
    minimums.zeroDecimalCurrencies = strings(meta.value(QLatin1String("zero_decimal_currencies")));
    auto readMap = [](const QJsonValue &v, QMap<QString, double> *out) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out->insert(it.key(), it.value().toDouble());
    };
    readMap(meta.value(QLatin1String("tier1_daily_usd")), &minimums.metaTier1DailyUsd);
    readMap(meta.value(QLatin1String("other_daily_usd")), &minimums.metaOtherDailyUsd);
    const QJsonObject categories = meta.value(QLatin1String("goal_category")).toObject();
    for (auto it = categories.begin(); it != categories.end(); ++it)
        minimums.metaGoalCategory.insert(it.key(), it.value().toString());
    const QJsonObject tiktok = mins->value(QLatin1String("tiktok")).toObject();
    minimums.tiktokCampaignMinUsd = tiktok.value(QLatin1String("campaign_min_usd")).toDouble(50);
    minimums.tiktokAdGroupDailyMinUsd = tiktok.value(QLatin1String("adgroup_daily_min_usd")).toDouble(20);
    minimums.snapchatAdSquadDailyMinMicro =
        qint64(mins->value(QLatin1String("snapchat")).toObject().value(QLatin1String("adsquad_daily_min_micro")).toDouble(5e6));

    const QString objectivesPath = QStringLiteral("data/objectives.json");
    const auto objs = readObject(objectivesPath, error);
    if (!objs)
        return false;
    const QJsonObject table = objs->value(QLatin1String("objectives")).toObject();
    for (auto it = table.begin(); it != table.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        ObjectiveInfo info;
        info.id = it.key();
        info.name = bilingual(o.value(QLatin1String("name")));
        info.campaignType = o.value(QLatin1String("campaign_type")).toString();
        for (const char *channel : {"meta", "tiktok", "snapchat"})
            info.channels.insert(QLatin1String(channel), o.value(QLatin1String(channel)).toObject());
        readMap(o.value(QLatin1String("weights")), &info.weights);
        info.metrics = strings(o.value(QLatin1String("metrics")));
        if (!templates.count(info.campaignType)) {
            *error = invalid(objectivesPath, QStringLiteral("objective \"%1\" names an unknown campaign type").arg(info.id));
            return false;
        }
        objectives[info.id] = info;
    }
    return true;
}

bool PlanningData::loadBenchmarks(QString *error)
{
    const QString path = QStringLiteral("data/benchmarks.json");
    const auto root = readObject(path, error);
    if (!root)
        return false;
    const QJsonArray sources = root->value(QLatin1String("sources")).toArray();
    for (const QJsonValue &sv : sources) {
        const QJsonObject s = sv.toObject();
        QString text = s.value(QLatin1String("title")).toString();
        if (s.contains(QLatin1String("url")))
            text += QStringLiteral(" <") + s.value(QLatin1String("url")).toString() + QLatin1Char('>');
        benchmarkSourceTitles[s.value(QLatin1String("id")).toString()] = text;
    }
    const QJsonObject rows = root->value(QLatin1String("rows")).toObject();
    for (auto channel = rows.begin(); channel != rows.end(); ++channel) {
        const QJsonObject regions = channel.value().toObject();
        for (auto region = regions.begin(); region != regions.end(); ++region) {
            const QJsonObject o = region.value().toObject();
            BenchmarkRow row{range(o.value(QLatin1String("cpm"))), range(o.value(QLatin1String("ctr"))),
                             range(o.value(QLatin1String("cvr"))), range(o.value(QLatin1String("frequency"))),
                             strings(o.value(QLatin1String("sources")))};
            if (row.cpm.low <= 0 || row.cpm.high < row.cpm.low || row.frequency.low <= 0) {
                *error = invalid(path, QStringLiteral("row %1/%2 has no usable CPM or frequency").arg(channel.key(), region.key()));
                return false;
            }
            benchmarks[channel.key()][region.key()] = row;
        }
    }
    return true;
}

const CampaignTemplate *PlanningData::templateFor(const QString &type) const
{
    const auto it = templates.find(type);
    return it == templates.end() ? nullptr : &it->second;
}

const ObjectiveInfo *PlanningData::objective(const QString &id) const
{
    const auto it = objectives.find(id);
    return it == objectives.end() ? nullptr : &it->second;
}

const OccasionInfo *PlanningData::occasion(const QString &id) const
{
    for (const OccasionInfo &o : occasions) {
        if (o.id == id)
            return &o;
    }
    return nullptr;
}

std::optional<double> PlanningData::fromUsd(double usd, const QString &currency) const
{
    const auto it = unitsPerUsd.find(currency);
    if (it == unitsPerUsd.end())
        return std::nullopt;
    return usd * it->second;
}

std::optional<double> PlanningData::toUsd(double amount, const QString &currency) const
{
    const auto it = unitsPerUsd.find(currency);
    if (it == unitsPerUsd.end())
        return std::nullopt;
    return amount / it->second;
}

int PlanningData::currencyDecimals(const QString &currency) const
{
    return minimums.zeroDecimalCurrencies.contains(currency) ? 0 : 2;
}

} // namespace cf
