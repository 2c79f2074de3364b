#pragma once

#include <QString>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace cf {

// Who a campaign or an ad set is aimed at. Places are canonical English names
// ("Riyadh"); genders are "female"/"male" (empty means everyone); languages
// are ISO 639-1 codes. Ages are inclusive.
struct Audience
{
    QStringList locations;
    QStringList genders;
    std::optional<int> ageMin;
    std::optional<int> ageMax;
    QStringList languages;
    QStringList interests;

    friend bool operator==(const Audience &, const Audience &) = default;
};

void to_json(nlohmann::json &j, const Audience &value);
void from_json(const nlohmann::json &j, Audience &value);

} // namespace cf
