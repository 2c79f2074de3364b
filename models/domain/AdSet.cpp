#include "models/domain/AdSet.h"

#include "models/domain/JsonSupport.h"

namespace cf {

void to_json(nlohmann::json &j, const AdSet &value)
{
    j = nlohmann::json{{"id", value.id},
                       {"campaign_id", value.campaignId},
                       {"platform", value.platform},
                       {"name", value.name},
                       {"targeting", value.targeting},
                       {"placements", value.placements},
                       {"platform_objective", value.platformObjective},
                       {"budget", value.budget},
                       {"external_id", value.externalId}};
    jsonio::writeInstant(j, "start", value.startUtc);
    jsonio::writeInstant(j, "end", value.endUtc);
}

void from_json(const nlohmann::json &j, AdSet &value)
{
    jsonio::requireObject(j, "ad set");
    value = AdSet{};
    jsonio::read(j, "id", value.id);
    jsonio::read(j, "campaign_id", value.campaignId);
    jsonio::read(j, "platform", value.platform);
    jsonio::read(j, "name", value.name);
    jsonio::read(j, "targeting", value.targeting);
    jsonio::read(j, "placements", value.placements);
    jsonio::read(j, "platform_objective", value.platformObjective);
    jsonio::read(j, "budget", value.budget);
    jsonio::read(j, "external_id", value.externalId);
    jsonio::readInstant(j, "start", value.startUtc);
    jsonio::readInstant(j, "end", value.endUtc);
}

} // namespace cf
