#include "models/domain/PublishAttempt.h"

#include "models/domain/JsonSupport.h"

namespace cf {

void to_json(nlohmann::json &j, const PublishAttempt &value)
{
    j = nlohmann::json{{"id", value.id},
                       {"content_item_id", value.contentItemId},
                       {"platform", value.platform},
                       {"attempt_number", value.attemptNumber},
                       {"idempotency_key", value.idempotencyKey},
                       {"outcome", value.outcome},
                       {"error_code", value.errorCode},
                       {"error_message", value.errorMessage},
                       {"retryable", value.retryable},
                       {"external_id", value.externalId},
                       {"permalink", value.permalink}};
    jsonio::writeOptional(j, "connection_id", value.connectionId);
    jsonio::writeOptional(j, "http_status", value.httpStatus);
    jsonio::writeInstant(j, "started_at", value.startedAt);
    jsonio::writeInstant(j, "finished_at", value.finishedAt);
}

void from_json(const nlohmann::json &j, PublishAttempt &value)
{
    jsonio::requireObject(j, "publish attempt");
    value = PublishAttempt{};
    jsonio::read(j, "id", value.id);
    jsonio::read(j, "content_item_id", value.contentItemId);
    jsonio::readOptional(j, "connection_id", value.connectionId);
    jsonio::read(j, "platform", value.platform);
    jsonio::read(j, "attempt_number", value.attemptNumber);
    jsonio::read(j, "idempotency_key", value.idempotencyKey);
    jsonio::read(j, "outcome", value.outcome);
    jsonio::readOptional(j, "http_status", value.httpStatus);
    jsonio::read(j, "error_code", value.errorCode);
    jsonio::read(j, "error_message", value.errorMessage);
    jsonio::read(j, "retryable", value.retryable);
    jsonio::read(j, "external_id", value.externalId);
    jsonio::read(j, "permalink", value.permalink);
    jsonio::readInstant(j, "started_at", value.startedAt);
    jsonio::readInstant(j, "finished_at", value.finishedAt);
}

} // namespace cf
