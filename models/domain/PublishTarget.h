#pragma once

#include "models/domain/EnumIds.h"
#include "models/domain/Platform.h"

#include <QDateTime>
#include <QString>

#include <map>
#include <optional>

namespace cf {

// Where one (content item, connection) pair is on its way out (schema v4,
// publish_targets). Moves: scheduled -> claimed -> sending -> published |
// failed_retryable | failed_permanent | unknown; failed_retryable goes back
// to claimed when due; unknown only leaves through a reconcile or the user.
enum class TargetState { Scheduled, Claimed, Sending, Published, FailedRetryable, FailedPermanent, Unknown, Cancelled };
template <>
struct EnumIdTable<TargetState>
{
    static constexpr EnumIdEntries<TargetState, 8> entries{{
        {TargetState::Scheduled, "scheduled"},
        {TargetState::Claimed, "claimed"},
        {TargetState::Sending, "sending"},
        {TargetState::Published, "published"},
        {TargetState::FailedRetryable, "failed_retryable"},
        {TargetState::FailedPermanent, "failed_permanent"},
        {TargetState::Unknown, "unknown"},
        {TargetState::Cancelled, "cancelled"},
    }};
};

// One row of publish_targets.
struct PublishTarget
{
    qint64 id = 0;
    qint64 contentItemId = 0;
    qint64 connectionId = 0;
    Platform platform = Platform::Facebook;
    QString language; // "ar" or "en"
    TargetState state = TargetState::Scheduled;
    int attempts = 0;              // sends started so far
    QDateTime nextAttemptAt;       // UTC; invalid = as soon as the item is due
    QString claimedBy;             // the worker run holding the claim
    QDateTime claimedAt;
    std::optional<qint64> attemptId; // the publishing_results row of the current or last send
    QString requestFingerprint;    // sha256 of the canonical request (no secrets)
    QDateTime sendingAt;
    QString externalId;
    QString permalink;
    QString errorKind;    // a PublishErrorKind id, or "blocked" for a failed safety check
    QString errorMessage; // translated
    QString errorAction;  // translated: what the user can do
    std::map<QString, QString> checkpoints; // step -> entity id
    bool nativeSchedule = false; // handed to the platform's own scheduler
    bool released = false;       // "publish now" was asked (manual campaigns wait for it)
    QString platformStatus;      // v5: the platform's own review / processing status (status sync)
    QDateTime platformStatusAt;  // v5: when platformStatus was read
    QString adDelivery;          // v5, ads only: "" created paused, "active", "paused" (an AdDelivery id)
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const PublishTarget &, const PublishTarget &) = default;
};

} // namespace cf
