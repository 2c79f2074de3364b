#include "models/domain/MetricSample.h"

#include "models/domain/JsonSupport.h"

namespace cf {

void to_json(nlohmann::json &j, const MetricSample &value)
{
    j = nlohmann::json{{"id", value.id},
                       {"campaign_id", value.campaignId},
                       {"platform", value.platform},
                       {"metric", value.metric},
                       {"value", value.value}};
    jsonio::writeOptional(j, "ad_set_id", value.adSetId);
    jsonio::writeOptional(j, "content_item_id", value.contentItemId);
    jsonio::writeInstant(j, "sampled_at", value.sampledAt);
}

void from_json(const nlohmann::json &j, MetricSample &value)
{
    jsonio::requireObject(j, "metric sample");
    value = MetricSample{};
    jsonio::read(j, "id", value.id);
    jsonio::read(j, "campaign_id", value.campaignId);
    jsonio::readOptional(j, "ad_set_id", value.adSetId);
    jsonio::readOptional(j, "content_item_id", value.contentItemId);
    jsonio::read(j, "platform", value.platform);
    jsonio::read(j, "metric", value.metric);
    jsonio::read(j, "value", value.value);
    jsonio::readInstant(j, "sampled_at", value.sampledAt);
}

} // namespace cf
