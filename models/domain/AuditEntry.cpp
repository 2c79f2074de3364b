#include "models/domain/AuditEntry.h"

#include "models/domain/JsonSupport.h"

namespace cf {

void to_json(nlohmann::json &j, const AuditEntry &value)
{
    j = nlohmann::json{{"id", value.id},
                       {"actor", value.actor},
                       {"action", value.action},
                       {"entity_type", value.entityType},
                       {"details", value.detailsJson}};
    jsonio::writeOptional(j, "entity_id", value.entityId);
    jsonio::writeInstant(j, "at", value.at);
}

void from_json(const nlohmann::json &j, AuditEntry &value)
{
    jsonio::requireObject(j, "audit entry");
    value = AuditEntry{};
    jsonio::read(j, "id", value.id);
    jsonio::read(j, "actor", value.actor);
    jsonio::read(j, "action", value.action);
    jsonio::read(j, "entity_type", value.entityType);
    jsonio::readOptional(j, "entity_id", value.entityId);
    jsonio::read(j, "details", value.detailsJson);
    jsonio::readInstant(j, "at", value.at);
}

} // namespace cf
