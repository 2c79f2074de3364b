#pragma once

#include "models/domain/EnumIds.h"
#include "models/domain/Platform.h"

#include <QDateTime>
#include <QString>

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace cf {

// Pending: recorded before the request is sent (at-most-once publishing);
// after a crash a Pending attempt means the outcome is unknown.
enum class AttemptOutcome { Pending, Succeeded, Failed };
template <>
struct EnumIdTable<AttemptOutcome>
{
    static constexpr EnumIdEntries<AttemptOutcome, 3> entries{{
        {AttemptOutcome::Pending, "pending"},
        {AttemptOutcome::Succeeded, "succeeded"},
        {AttemptOutcome::Failed, "failed"},
    }};
};

// One try at publishing one content item to one platform account (the
// "publishing results" table).
struct PublishAttempt
{
    qint64 id = 0; // 0 until stored
    qint64 contentItemId = 0;
    std::optional<qint64> connectionId;
    Platform platform = Platform::Facebook;
    int attemptNumber = 1;
    QString idempotencyKey; // sent where the platform supports one
    AttemptOutcome outcome = AttemptOutcome::Pending;
    std::optional<int> httpStatus;
    QString errorCode;    // the platform's code, or ours
    QString errorMessage; // translated, for people
    bool retryable = false;
    QString externalId;
    QString permalink;
    QDateTime startedAt;
    QDateTime finishedAt;

    friend bool operator==(const PublishAttempt &, const PublishAttempt &) = default;
};

void to_json(nlohmann::json &j, const PublishAttempt &value);
void from_json(const nlohmann::json &j, PublishAttempt &value);

} // namespace cf
