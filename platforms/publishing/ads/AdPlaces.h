#pragma once

#include <QString>

#include <optional>

namespace cf::adplaces {

// Where one of the parser's canonical place names ("Riyadh", "Saudi
// Arabia") lies, read from the compiled-in resources/data/locations.json.
// Ad networks that resolve locations per country (Snapchat's targeting geo
// endpoints) need the country before they can look a city up.
struct Place
{
    QString name;        // as given
    QString countryCode; // ISO 3166-1 alpha-2, upper case
    bool isCountry = false; // the name is the country itself
};

// nullopt when the name is not in the location table (or the table cannot be read).
std::optional<Place> find(const QString &name);

} // namespace cf::adplaces
