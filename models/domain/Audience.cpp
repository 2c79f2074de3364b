#include "models/domain/Audience.h"

#include "models/domain/JsonSupport.h"

namespace cf {

void to_json(nlohmann::json &j, const Audience &value)
{
    j = nlohmann::json{{"locations", value.locations},
                       {"genders", value.genders},
                       {"languages", value.languages},
                       {"interests", value.interests}};
    jsonio::writeOptional(j, "age_min", value.ageMin);
    jsonio::writeOptional(j, "age_max", value.ageMax);
}

void from_json(const nlohmann::json &j, Audience &value)
{
    jsonio::requireObject(j, "audience");
    value = Audience{};
    jsonio::read(j, "locations", value.locations);
    jsonio::read(j, "genders", value.genders);
    jsonio::read(j, "languages", value.languages);
    jsonio::read(j, "interests", value.interests);
    jsonio::readOptional(j, "age_min", value.ageMin);
    jsonio::readOptional(j, "age_max", value.ageMax);
}

} // namespace cf
