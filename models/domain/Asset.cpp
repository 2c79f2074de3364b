#include "models/domain/Asset.h"

#include "models/domain/JsonSupport.h"

namespace cf {

void to_json(nlohmann::json &j, const Asset &value)
{
    j = nlohmann::json{{"id", value.id},
                       {"kind", value.kind},
                       {"path", value.relativePath},
                       {"mime_type", value.mimeType},
                       {"size_bytes", value.sizeBytes},
                       {"sha256", value.sha256}};
    jsonio::writeOptional(j, "workspace_id", value.workspaceId);
    jsonio::writeOptional(j, "width", value.width);
    jsonio::writeOptional(j, "height", value.height);
    jsonio::writeOptional(j, "duration_ms", value.durationMs);
    jsonio::writeInstant(j, "created_at", value.createdAt);
}

void from_json(const nlohmann::json &j, Asset &value)
{
    jsonio::requireObject(j, "asset");
    value = Asset{};
    jsonio::read(j, "id", value.id);
    jsonio::readOptional(j, "workspace_id", value.workspaceId);
    jsonio::read(j, "kind", value.kind);
    jsonio::read(j, "path", value.relativePath);
    jsonio::read(j, "mime_type", value.mimeType);
    jsonio::read(j, "size_bytes", value.sizeBytes);
    jsonio::read(j, "sha256", value.sha256);
    jsonio::readOptional(j, "width", value.width);
    jsonio::readOptional(j, "height", value.height);
    jsonio::readOptional(j, "duration_ms", value.durationMs);
    jsonio::readInstant(j, "created_at", value.createdAt);
}

} // namespace cf
