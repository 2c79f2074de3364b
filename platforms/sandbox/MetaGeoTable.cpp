// GET /search?type=adgeolocation for MetaAdsApi: a small fixed city table.
// The keys are sandbox keys (only Dublin's is Meta's documented example);
// ad sets accept exactly these keys in geo_locations.cities.
#include "platforms/sandbox/MetaAdsApi.h"

namespace cf::sandbox {

const std::vector<MetaGeoCity> &metaGeoCities()
{
    static const std::vector<MetaGeoCity> cities{
        {"1001001", "Riyadh", "الرياض", "Riyadh Region", 4001, "SA", "Saudi Arabia"},
        {"1001002", "Jeddah", "جدة", "Makkah Region", 4002, "SA", "Saudi Arabia"},
        {"1001003", "Mecca", "مكة", "Makkah Region", 4002, "SA", "Saudi Arabia"},
        {"1001004", "Medina", "المدينة المنورة", "Al Madinah Region", 4003, "SA", "Saudi Arabia"},
        {"1001005", "Dammam", "الدمام", "Eastern Province", 4004, "SA", "Saudi Arabia"},
        {"1001006", "Khobar", "الخبر", "Eastern Province", 4004, "SA", "Saudi Arabia"},
        {"1001007", "Abha", "أبها", "Asir Region", 4005, "SA", "Saudi Arabia"},
        {"1002001", "Dubai", "دبي", "Dubai", 4101, "AE", "United Arab Emirates"},
        {"1002002", "Abu Dhabi", "أبوظبي", "Abu Dhabi", 4102, "AE", "United Arab Emirates"},
        {"1002003", "Sharjah", "الشارقة", "Sharjah", 4103, "AE", "United Arab Emirates"},
        {"1003001", "Doha", "الدوحة", "Doha", 4201, "QA", "Qatar"},
        {"1004001", "Kuwait City", "مدينة الكويت", "Al Asimah", 4301, "KW", "Kuwait"},
        {"1005001", "Manama", "المنامة", "Capital Governorate", 4401, "BH", "Bahrain"},
        {"1006001", "Muscat", "مسقط", "Muscat", 4501, "OM", "Oman"},
        {"1007001", "Cairo", "القاهرة", "Cairo Governorate", 4601, "EG", "Egypt"},
        {"1007002", "Alexandria", "الإسكندرية", "Alexandria Governorate", 4602, "EG", "Egypt"},
        {"1008001", "Amman", "عمّان", "Amman Governorate", 4701, "JO", "Jordan"},
        {"1009001", "London", "لندن", "England", 4801, "GB", "United Kingdom"},
        {"1009002", "Manchester", "مانشستر", "England", 4801, "GB", "United Kingdom"},
        {"1010001", "Paris", "باريس", "Ile-de-France", 4901, "FR", "France"},
        {"1011001", "New York", "نيويورك", "New York", 5001, "US", "United States"},
        {"2420605", "Dublin", "دبلن", "Dublin", 1234, "IE", "Ireland"},
    };
    return cities;
}

bool metaGeoCityKnown(const QString &key)
{
    for (const MetaGeoCity &city : metaGeoCities()) {
        if (key == QLatin1String(city.key))
            return true;
    }
    return false;
}

SandboxReply MetaAdsApi::searchGeo(const MetaCall &call) const
{
    const GraphParams &p = call.params;
    const QString q = p.str("q").trimmed();
    if (q.isEmpty())
        return graphError(400, 100, QStringLiteral("(#100) The parameter q is required"));
    if (p.has("location_types")) {
        const auto types = p.structured("location_types");
        if (!types || !types->is_array())
            return graphError(400, 100, QStringLiteral("(#100) location_types must be a JSON array such as [\"city\"]"));
        bool cities = false;
        for (const Json &type : *types)
            cities = cities || (type.is_string() && type.get<std::string>() == "city");
        if (!cities) // the sandbox table holds cities only
            return SandboxReply::json(200, Json{{"data", Json::array()}});
    }
    bool valid = true;
    const qint64 limit = p.integer("limit", &valid).value_or(25);
    if (!valid || limit < 1)
        return graphError(400, 100, QStringLiteral("(#100) limit must be a positive integer"));
    const QString country = p.str("country_code").toUpper();
    Json data = Json::array();
    for (const MetaGeoCity &city : metaGeoCities()) {
        const QString name = QString::fromUtf8(city.name);
        const QString nameAr = QString::fromUtf8(city.nameAr);
        if (!name.startsWith(q, Qt::CaseInsensitive) && !nameAr.startsWith(q))
            continue;
        if (!country.isEmpty() && country != QLatin1String(city.countryCode))
            continue;
        data.push_back({{"key", city.key}, {"name", city.name}, {"type", "city"}, {"country_code", city.countryCode},
                        {"country_name", city.countryName}, {"region", city.region}, {"region_id", city.regionId},
                        {"supports_region", true}, {"supports_city", true}});
        if (qint64(data.size()) >= limit)
            break;
    }
    return SandboxReply::json(200, Json{{"data", data}});
}

} // namespace cf::sandbox
