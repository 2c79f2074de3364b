#include "models/domain/GenerationJob.h"

#include "models/domain/JsonSupport.h"

namespace cf {

void to_json(nlohmann::json &j, const GenerationJob &value)
{
    j = nlohmann::json{{"id", value.id},
                       {"campaign_id", value.campaignId},
                       {"kind", value.kind},
                       {"status", value.status},
                       {"progress_percent", value.progressPercent},
                       {"parameters", value.parametersJson},
                       {"error", value.error}};
    jsonio::writeOptional(j, "content_item_id", value.contentItemId);
    jsonio::writeOptional(j, "result_asset_id", value.resultAssetId);
    jsonio::writeInstant(j, "created_at", value.createdAt);
    jsonio::writeInstant(j, "started_at", value.startedAt);
    jsonio::writeInstant(j, "finished_at", value.finishedAt);
}

void from_json(const nlohmann::json &j, GenerationJob &value)
{
    jsonio::requireObject(j, "generation job");
    value = GenerationJob{};
    jsonio::read(j, "id", value.id);
    jsonio::read(j, "campaign_id", value.campaignId);
    jsonio::readOptional(j, "content_item_id", value.contentItemId);
    jsonio::read(j, "kind", value.kind);
    jsonio::read(j, "status", value.status);
    jsonio::read(j, "progress_percent", value.progressPercent);
    jsonio::read(j, "parameters", value.parametersJson);
    jsonio::readOptional(j, "result_asset_id", value.resultAssetId);
    jsonio::read(j, "error", value.error);
    jsonio::readInstant(j, "created_at", value.createdAt);
    jsonio::readInstant(j, "started_at", value.startedAt);
    jsonio::readInstant(j, "finished_at", value.finishedAt);
}

} // namespace cf
