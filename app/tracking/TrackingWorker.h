#pragma once

#include "app/publishing/PublishBackend.h"
#include "platforms/auth/AuthTypes.h"
#include "platforms/metrics/MetricsReader.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace cf {
class Database;

// What one tracking pass did, for the CLI summary and the log.
struct TrackingSummary
{
    int targets = 0;        // published targets looked at
    int samples = 0;        // metric rows written
    int statusChanges = 0;  // platform_status values that changed
    int attention = 0;      // rejections / failures raised
    int tokensRefreshed = 0;
    QStringList problems;   // translated, one per failed read
    bool ok() const { return problems.isEmpty(); }
};

// The tracking work (issue #7 section 3), on whichever thread owns it (the
// TrackingThread, or the CLI's main thread for `sync-metrics`):
//  - metrics pass: published targets of campaigns that are not archived and
//    were published within the last 90 days are read per (platform, paid or
//    organic, connection), and every entity's cumulative numbers are written
//    to the metrics table with one time per pass (spend converted from the
//    platform's micros into the campaign currency's minor units);
//  - status pass: the platform's review / processing status goes to
//    publish_targets.platform_status; a rejection or failure that is new
//    raises attentionNeeded with a translated message;
//  - token pass: grants expiring within 7 days are renewed through the
//    backend (TokenRefresher in the product).
// Everything is asynchronous; each pass calls its `done` exactly once.
class TrackingWorker : public QObject
{
    Q_OBJECT
public:
    using ReaderFactory = std::function<std::unique_ptr<MetricsReader>(Platform platform, bool ads)>;

    TrackingWorker(const Database &db, PublishBackend &tokens, ReaderFactory readers, UtcNow now,
                   QObject *parent = nullptr);
    ~TrackingWorker() override;

    static constexpr int kTrackDays = 90;
    static constexpr qint64 kRefreshWithinSecs = 7 * 24 * 3600;

    using Done = std::function<void(const TrackingSummary &summary)>;
    void syncMetrics(Done done);
    void syncStatus(Done done);
    void refreshTokens(Done done);

Q_SIGNALS:
    // A published target was rejected or failed on the platform; translated.
    void attentionNeeded(qint64 targetId, qint64 contentId, const QString &message);

private:
    struct Group;
    struct Pass;
    std::vector<Group> loadGroups(const QDateTime &nowUtc, TrackingSummary &summary) const;
    void runGroups(std::shared_ptr<Pass> pass);
    void readGroup(std::shared_ptr<Pass> pass, size_t index, bool refreshed, const QString &token);
    void applyMetrics(Pass &pass, const Group &group, const MetricsResult &result);
    void applyStatus(Pass &pass, const Group &group, const StatusResult &result);
    MetricsReader *readerFor(Platform platform, bool ads);

    const Database &m_db;
    PublishBackend &m_tokens;
    ReaderFactory m_factory;
    UtcNow m_now;
    std::map<std::pair<Platform, bool>, std::unique_ptr<MetricsReader>> m_readers;
};

} // namespace cf
