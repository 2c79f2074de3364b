// `campaignforge-cli sync-metrics [--once] [--json]`: one tracking pass in
// this process: metrics of published targets into the metrics table, then
// the platforms' review / processing statuses (docs/tracking.md). --once
// skips the token pass that otherwise renews grants expiring within 7 days
// first. Exit code 0 when every read succeeded, 1 otherwise.
#include "app/cli/CliCommand.h"
#include "app/core/Clock.h"
#include "app/core/DataPaths.h"
#include "app/publishing/KeychainPublishBackend.h"
#include "app/tracking/TrackingWorker.h"
#include "models/store/Database.h"
#include "platforms/metrics/MetricsReaders.h"
#include "platforms/net/EndpointMap.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <memory>

namespace cf {
namespace {

class SyncMetricsCommand final : public AsyncCliCommand
{
public:
    QString name() const override { return QStringLiteral("sync-metrics"); }
    QString summary() const override
    {
        return QCoreApplication::translate("cf::SyncMetricsCommand",
                                           "Read published posts' and ads' numbers and statuses once: sync-metrics [--once] [--json].");
    }

    void runAsync(const QStringList &args, CliContext &context, std::function<void(int)> done) override
    {
        for (const QString &arg : args) {
            if (arg == QLatin1String("--once")) {
                m_once = true;
            } else if (arg == QLatin1String("--json")) {
                m_json = true;
            } else {
                context.err << QCoreApplication::translate("cf::SyncMetricsCommand",
                                                           "Usage: campaignforge-cli sync-metrics [--once] [--json]")
                            << Qt::endl;
                done(cli::kUsage);
                return;
            }
        }
        QString error;
        if (!context.paths.ensureExists(&error)) {
            context.err << error << Qt::endl;
            done(cli::kFailed);
            return;
        }
        DatabaseOptions options;
        options.backupDir = context.paths.backupsDir();
        options.nowUtc = context.clock.nowUtc();
        if (!m_db.open(context.paths.databaseFile(), QStringLiteral("cli-sync-metrics"), options)) {
            context.err << m_db.error().fullText() << Qt::endl;
            done(cli::kFailed);
            return;
        }
        const Clock &clock = context.clock;
        const EndpointMap &endpoints = context.endpoints;
        const UtcNow now = [&clock] { return clock.nowUtc(); };
        // Made here, not as a member: commands are built before the
        // application object exists, and a network manager needs it.
        m_network = std::make_unique<QNetworkAccessManager>();
        // Only its tokens are used: the empty registry holds no adapters.
        m_backend = std::make_unique<KeychainPublishBackend>(*m_network, m_db, endpoints, PublisherRegistry(), now);
        m_worker = std::make_unique<TrackingWorker>(
            m_db, *m_backend,
            [this, &endpoints, now](Platform platform, bool ads) {
                return createMetricsReader(platform, ads, *m_network, endpoints, now);
            },
            now);
        QObject::connect(m_worker.get(), &TrackingWorker::attentionNeeded, m_worker.get(),
                         [this, &context](qint64, qint64, const QString &message) {
                             m_attention << message;
                             if (!m_json)
                                 context.err << message << Qt::endl;
                         });
        auto metricsThenStatus = [this, &context, done] {
            m_worker->syncMetrics([this, &context, done](const TrackingSummary &metrics) {
                m_total.targets = metrics.targets;
                m_total.samples = metrics.samples;
                m_total.problems << metrics.problems;
                m_worker->syncStatus([this, &context, done](const TrackingSummary &status) {
                    m_total.statusChanges = status.statusChanges;
                    m_total.attention = status.attention;
                    m_total.problems << status.problems;
                    report(context);
                    const int code = m_total.ok() ? cli::kOk : cli::kFailed;
                    QMetaObject::invokeMethod(
                        QCoreApplication::instance(), [done, code] { done(code); }, Qt::QueuedConnection);
                });
            });
        };
        if (m_once) {
            metricsThenStatus();
            return;
        }
        m_worker->refreshTokens([this, metricsThenStatus](const TrackingSummary &tokens) {
            m_total.tokensRefreshed = tokens.tokensRefreshed;
            m_total.problems << tokens.problems;
            metricsThenStatus();
        });
    }

private:
    void report(CliContext &context) const
    {
        if (m_json) {
            QJsonObject o{{QStringLiteral("targets"), m_total.targets},
                          {QStringLiteral("samples"), m_total.samples},
                          {QStringLiteral("status_changes"), m_total.statusChanges},
                          {QStringLiteral("attention"), QJsonArray::fromStringList(m_attention)},
                          {QStringLiteral("tokens_refreshed"), m_total.tokensRefreshed},
                          {QStringLiteral("problems"), QJsonArray::fromStringList(m_total.problems)}};
            context.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << Qt::endl;
            return;
        }
        context.out << QCoreApplication::translate("cf::SyncMetricsCommand",
                                                   "%1 published targets read, %2 values stored, %3 statuses changed, "
                                                   "%4 need attention, %5 tokens renewed.")
                           .arg(m_total.targets)
                           .arg(m_total.samples)
                           .arg(m_total.statusChanges)
                           .arg(m_total.attention)
                           .arg(m_total.tokensRefreshed)
                    << Qt::endl;
        for (const QString &problem : m_total.problems)
            context.err << problem << Qt::endl;
    }

    bool m_once = false;
    bool m_json = false;
    TrackingSummary m_total;
    QStringList m_attention;
    Database m_db;
    // Destroyed in reverse order: the worker before the backend and the network manager.
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<KeychainPublishBackend> m_backend;
    std::unique_ptr<TrackingWorker> m_worker;
};

} // namespace

std::unique_ptr<CliCommand> makeSyncMetricsCommand()
{
    return std::make_unique<SyncMetricsCommand>();
}

} // namespace cf
