#pragma once

#include "models/domain/Connection.h"
#include "models/domain/MetricSample.h"
#include "platforms/publishing/PublishTypes.h"

#include <QObject>
#include <QString>

#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace cf {

// What one read asks for: the published entities of one connection.
struct MetricsQuery
{
    Connection connection;       // the page, account or ad account the entities were published as
    Connection parentConnection; // the signed-in account (equal to connection for top-level accounts)
    QString accessToken;         // never logged
    bool ads = false;            // the external ids are ads (paid), not organic posts
    std::vector<QString> externalIds;
};

// One entity's cumulative values as the platform reports them. Spend is
// kept apart, in millionths of the ad account's currency, because only the
// caller knows the campaign currency it must be converted into.
struct EntityMetrics
{
    QString externalId;
    std::map<Metric, double> values; // never contains Metric::SpendMinor
    std::optional<qint64> spendMicros;
    QString spendCurrency; // ISO 4217 when the platform says; empty = the account's own
};

// What the platform says about an entity's review or processing.
enum class EntityVerdict {
    Live,       // delivering / published / processed
    Pending,    // in review, processing, or paused by the owner
    Rejected,   // refused by review (ads) or by the platform's checks
    Failed,     // processing failed (videos), deleted by the platform
};

struct EntityStatus
{
    QString externalId;
    QString platformStatus; // the platform's own word(s), e.g. "DISAPPROVED", "PUBLISH_COMPLETE"
    EntityVerdict verdict = EntityVerdict::Pending;
    QString detail; // the platform's own reason, when it gives one (may be English)
};

// The result of one read. On failure `failure` uses the publishing error
// taxonomy (RateLimited with retryNotBeforeUtc, TokenExpiredOrInvalid with
// unauthorized set, ...); entities read before the failure are kept.
template <typename T>
struct ReadResult
{
    bool ok = true;
    PublishOutcome failure;
    std::vector<T> entities;
};
using MetricsResult = ReadResult<EntityMetrics>;
using StatusResult = ReadResult<EntityStatus>;

// Reads current cumulative numbers and review/processing statuses of
// published entities from one platform's API (issue #7, tracking). Readers
// are asynchronous like the publishing adapters: they run on the tracking
// thread with its QNetworkAccessManager, call `done` exactly once, and never
// touch the database or the keychain.
class MetricsReader
{
public:
    virtual ~MetricsReader() = default;

    using MetricsDone = std::function<void(const MetricsResult &result)>;
    using StatusDone = std::function<void(const StatusResult &result)>;

    virtual Platform platform() const = 0;
    // True when the platform reports ad statistics through this reader.
    virtual bool readsAds() const = 0;
    // True when the platform reports a review or processing status worth syncing.
    virtual bool readsStatus(bool ads) const = 0;

    virtual void readMetrics(const MetricsQuery &query, QObject *context, MetricsDone done) = 0;
    virtual void readStatus(const MetricsQuery &query, QObject *context, StatusDone done) = 0;
};

} // namespace cf
