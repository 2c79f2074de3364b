#include "models/domain/AutomationLog.h"

#include "models/domain/JsonSupport.h"

namespace cf {

void to_json(nlohmann::json &j, const AutomationLog &value)
{
    j = nlohmann::json{{"id", value.id},
                       {"level", value.level},
                       {"event", value.event},
                       {"message", value.message},
                       {"details", value.detailsJson}};
    jsonio::writeOptional(j, "campaign_id", value.campaignId);
    jsonio::writeOptional(j, "content_item_id", value.contentItemId);
    jsonio::writeInstant(j, "at", value.at);
}

void from_json(const nlohmann::json &j, AutomationLog &value)
{
    jsonio::requireObject(j, "automation log");
    value = AutomationLog{};
    jsonio::read(j, "id", value.id);
    jsonio::readOptional(j, "campaign_id", value.campaignId);
    jsonio::readOptional(j, "content_item_id", value.contentItemId);
    jsonio::read(j, "level", value.level);
    jsonio::read(j, "event", value.event);
    jsonio::read(j, "message", value.message);
    jsonio::read(j, "details", value.detailsJson);
    jsonio::readInstant(j, "at", value.at);
}

} // namespace cf
