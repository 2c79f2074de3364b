#include "models/domain/Connection.h"

#include "models/domain/JsonSupport.h"

namespace cf {

void to_json(nlohmann::json &j, const Connection &value)
{
    j = nlohmann::json{{"id", value.id},
                       {"platform", value.platform},
                       {"account_id", value.accountId},
                       {"account_name", value.accountName},
                       {"scopes", value.scopes},
                       {"status", value.status},
                       {"status_detail", value.statusDetail},
                       {"kind", value.kind},
                       {"provider", value.provider},
                       {"picture_url", value.pictureUrl},
                       {"api_base", value.apiBase},
                       {"selected", value.selected}};
    jsonio::writeOptional(j, "parent_id", value.parentId);
    jsonio::writeOptional(j, "workspace_id", value.workspaceId);
    jsonio::writeInstant(j, "expires_at", value.expiresAt);
    jsonio::writeInstant(j, "created_at", value.createdAt);
    jsonio::writeInstant(j, "updated_at", value.updatedAt);
}

void from_json(const nlohmann::json &j, Connection &value)
{
    jsonio::requireObject(j, "connection");
    value = Connection{};
    jsonio::read(j, "id", value.id);
    jsonio::readOptional(j, "workspace_id", value.workspaceId);
    jsonio::read(j, "platform", value.platform);
    jsonio::read(j, "account_id", value.accountId);
    jsonio::read(j, "account_name", value.accountName);
    jsonio::read(j, "scopes", value.scopes);
    jsonio::read(j, "status", value.status);
    jsonio::read(j, "status_detail", value.statusDetail);
    jsonio::read(j, "kind", value.kind);
    jsonio::readOptional(j, "parent_id", value.parentId);
    jsonio::read(j, "provider", value.provider);
    jsonio::read(j, "picture_url", value.pictureUrl);
    jsonio::read(j, "api_base", value.apiBase);
    jsonio::read(j, "selected", value.selected);
    jsonio::readInstant(j, "expires_at", value.expiresAt);
    jsonio::readInstant(j, "created_at", value.createdAt);
    jsonio::readInstant(j, "updated_at", value.updatedAt);
}

} // namespace cf
