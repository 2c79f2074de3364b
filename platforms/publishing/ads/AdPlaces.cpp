#include "platforms/publishing/ads/AdPlaces.h"

#include "resources/ResourceFile.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cf::adplaces {

std::optional<Place> find(const QString &name)
{
    // Read on each call: a handful of lookups per ad, and no shared mutable cache.
    const QJsonObject root = QJsonDocument::fromJson(readResource(QStringLiteral("data/locations.json"))).object();
    const QJsonObject places = root.value(QLatin1String("places")).toObject();
    const QJsonObject countries = root.value(QLatin1String("countries")).toObject();
    for (auto it = places.begin(); it != places.end(); ++it) {
        if (it.key().compare(name.trimmed(), Qt::CaseInsensitive) != 0)
            continue;
        Place place;
        place.name = it.key();
        place.countryCode = it.value().toObject().value(QLatin1String("country")).toString().toUpper();
        place.isCountry = countries.value(place.countryCode).toObject().value(QLatin1String("name")).toString() == it.key();
        if (place.countryCode.isEmpty())
            return std::nullopt;
        return place;
    }
    return std::nullopt;
}

} // namespace cf::adplaces
