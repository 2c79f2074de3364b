#include "app/planning/parser/ParsedInstructionJson.h"

#include <cmath>

namespace cf {
namespace {

nlohmann::ordered_json stringList(const QStringList &list)
{
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const QString &item : list)
        out.push_back(item.toStdString());
    return out;
}

nlohmann::ordered_json stringOrNull(const QString &value)
{
    return value.isEmpty() ? nlohmann::ordered_json() : nlohmann::ordered_json(value.toStdString());
}

nlohmann::ordered_json intOrNull(const std::optional<int> &value)
{
    return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json();
}

} // namespace

nlohmann::ordered_json parsedInstructionToJson(const ParsedInstruction &parsed)
{
    nlohmann::ordered_json out;
    out["platforms"] = stringList(parsed.platforms);
    if (parsed.budget) {
        nlohmann::ordered_json budget;
        const double amount = parsed.budget->amount;
        // 1000, not 1000.0: whole amounts print as integers.
        if (std::isfinite(amount) && amount == std::floor(amount) && std::abs(amount) < 9e15)
            budget["amount"] = static_cast<long long>(amount);
        else
            budget["amount"] = amount;
        budget["currency"] = stringOrNull(parsed.budget->currency);
        out["budget"] = budget;
    } else {
        out["budget"] = nullptr;
    }
    out["budget_period"] = stringOrNull(parsed.budgetPeriod);
    out["genders"] = stringList(parsed.genders);
    out["age_min"] = intOrNull(parsed.ageMin);
    out["age_max"] = intOrNull(parsed.ageMax);
    out["locations"] = stringList(parsed.locations);
    out["theme"] = stringOrNull(parsed.theme);
    out["objective"] = stringOrNull(parsed.objective);
    out["campaign_type"] = stringOrNull(parsed.campaignType);
    out["duration_days"] = intOrNull(parsed.durationDays);
    out["start_date"] = parsed.startDate ? nlohmann::ordered_json(parsed.startDate->toString(Qt::ISODate).toStdString())
                                         : nlohmann::ordered_json();
    nlohmann::ordered_json errors = nlohmann::ordered_json::array();
    for (const ParseError &error : parsed.errors) {
        nlohmann::ordered_json e;
        e["code"] = error.code.toStdString();
        e["message"] = error.message.toStdString();
        e["start"] = error.start;
        e["end"] = error.end;
        errors.push_back(e);
    }
    out["errors"] = errors;
    return out;
}

} // namespace cf
