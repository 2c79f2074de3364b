#pragma once

#include "models/domain/Connection.h"
#include "models/domain/ContentItem.h"
#include "platforms/publishing/AdSpec.h"

#include <QDateTime>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace cf {

// The one error taxonomy every adapter maps its platform's errors onto
// (issue #7). Each kind has a translated message and a user action
// (PublishErrorText.h).
enum class PublishErrorKind {
    None,
    InsufficientBudget,
    InvalidTargeting,
    ContentPolicyViolation,
    RateLimited,
    TokenExpiredOrInvalid,
    PermissionMissing,
    MediaRejected,
    Duplicate,
    PlatformUnavailable,
    ContentOutOfLimits, // caught by the adapter's own pre-send check; nothing was sent
    Unknown,
};

// A file the adapter uploads (or hands to a public media host).
struct PublishMedia
{
    QString path;     // absolute path of the local file
    QString mimeType; // image/png, video/mp4, ...
    int width = 0;
    int height = 0;
    double durationSeconds = 0;
    qint64 sizeBytes = 0;
};

// Everything one send needs. Built by the publishing worker from the
// database and the keychain; adapters never read either themselves.
struct PublishRequest
{
    qint64 targetId = 0;          // the (item, target) row being published
    qint64 attemptId = 0;         // publishing_results row, committed before the send
    ContentItem item;             // copy in item.copy (ContentCopy), both languages
    QString language;             // "ar" or "en": which copy this target gets
    Connection connection;        // the account, page or ad account to publish as
    Connection parentConnection;  // the signed-in account (equal to connection for top-level accounts)
    QString accessToken;          // for connection (a Page token for Pages); never logged
    std::vector<PublishMedia> media; // in display order
    std::optional<QDateTime> publishAtUtc; // set when the platform schedules natively
    QString idempotencyKey;       // sent where the platform accepts one
    // Entities created by earlier attempts of this target (ads hierarchy,
    // Instagram container, upload session...), keyed by step name. A retry
    // continues from them instead of creating duplicates.
    std::map<QString, QString> checkpoints;
    // Set for paid ads (items with an ad set); sent by an AdPublisher.
    std::optional<AdSpec> ad;
};

// How a send ended, from the worker's point of view.
enum class PublishStatus {
    Published,         // externalId (and permalink where known) is set
    ScheduledNatively, // the platform holds it until publishAtUtc; externalId set
    FailedRetryable,   // proof that nothing was applied (429, refused before sending, ...)
    FailedPermanent,   // the platform said no; retrying the same request cannot help
    Unknown,           // it may or may not have been applied; reconcile, never re-send blindly
};

struct PublishOutcome
{
    PublishStatus status = PublishStatus::Unknown;
    QString externalId;
    QString permalink;
    PublishErrorKind error = PublishErrorKind::None;
    std::optional<int> httpStatus;
    QString platformCode;    // the platform's own error code or subcode, as text
    QString platformMessage; // the platform's own words (may be English), for the details view
    std::optional<QDateTime> retryNotBeforeUtc; // from Retry-After / reset headers
    bool unauthorized = false; // 401 / expired token: the worker refreshes and may retry once
};

// What a read-only reconcile of an Unknown target found.
enum class ReconcileStatus { Published, NotPublished, StillUnknown };

struct ReconcileOutcome
{
    ReconcileStatus status = ReconcileStatus::StillUnknown;
    QString externalId;
    QString permalink;
    QString detail; // translated: what was checked, for the "please check" message
};

} // namespace cf
