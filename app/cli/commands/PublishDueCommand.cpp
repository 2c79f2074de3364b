// `campaignforge-cli publish-due [--once] [--settle-secs N]`: one headless
// publishing run for cron or Task Scheduler. Queued items get their
// targets, then the publishing worker runs in this process: unknown
// targets are reconciled, due targets are sent. Without --once it runs
// further passes while a pass still sent something (a refreshed token, a
// target found "not published"), at most ten. Exit code 0 when nothing
// failed or is unknown, 1 otherwise (the status command says which).
#include "app/cli/CliCommand.h"
#include "app/core/Clock.h"
#include "app/core/DataPaths.h"
#include "app/publishing/KeychainPublishBackend.h"
#include "app/publishing/PublishQueue.h"
#include "app/publishing/PublishWorker.h"
#include "app/publishing/SafetyChecks.h"
#include "models/store/Database.h"
#include "platforms/net/EndpointMap.h"

#include <QCoreApplication>

#include <memory>

namespace cf {
namespace {

class PublishDueCommand final : public AsyncCliCommand
{
public:
    QString name() const override { return QStringLiteral("publish-due"); }
    QString summary() const override
    {
        return QCoreApplication::translate("cf::PublishDueCommand",
                                           "Publish everything that is due, once: publish-due [--once] [--settle-secs N].");
    }

    void runAsync(const QStringList &args, CliContext &context, std::function<void(int)> done) override
    {
        PublishWorkerConfig config;
        for (int i = 0; i < args.size(); ++i) {
            bool ok = true;
            if (args[i] == QLatin1String("--once"))
                m_once = true;
            else if (args[i] == QLatin1String("--settle-secs") && i + 1 < args.size())
                config.reconcileSettleSecs = args[++i].toInt(&ok);
            else
                ok = false;
            if (!ok || config.reconcileSettleSecs < 0) {
                context.err << QCoreApplication::translate("cf::PublishDueCommand",
                                                           "Usage: campaignforge-cli publish-due [--once] [--settle-secs N]")
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
        if (!m_db.open(context.paths.databaseFile(), QStringLiteral("cli-publish-due"), options)) {
            context.err << m_db.error().fullText() << Qt::endl;
            done(cli::kFailed);
            return;
        }
        std::optional<SafetyChecks> safety = SafetyChecks::loadBuiltIn(&error);
        if (!safety) {
            context.err << error << Qt::endl;
            done(cli::kFailed);
            return;
        }
        auto queued = PublishQueue(m_db, context.clock, &*safety).enqueueReady();
        if (!queued) {
            context.err << queued.error().fullText() << Qt::endl;
            done(cli::kFailed);
            return;
        }
        for (const QString &problem : queued->problems)
            context.err << problem << Qt::endl;

        config.databasePath = context.paths.databaseFile();
        config.assetsDir = context.paths.assetsDir();
        const EndpointMap &endpoints = context.endpoints;
        const Clock &clock = context.clock;
        m_worker = std::make_unique<PublishWorker>(
            config,
            [&endpoints, &clock](QNetworkAccessManager &network, const Database &db) -> std::unique_ptr<PublishBackend> {
                return std::make_unique<KeychainPublishBackend>(network, db, endpoints,
                                                                PublisherRegistry::withAllAdapters(),
                                                                [&clock] { return clock.nowUtc(); });
            },
            clock);
        QObject::connect(m_worker.get(), &PublishWorker::passFinished, m_worker.get(),
                         [this, &context, done](const PublishPassSummary &summary) { passEnded(summary, context, done); });
        m_worker->runOnce();
    }

private:
    void passEnded(const PublishPassSummary &s, CliContext &context, const std::function<void(int)> &done)
    {
        ++m_passes;
        m_failed += s.failed;
        m_unknown += s.unknown;
        context.out << QCoreApplication::translate("cf::PublishDueCommand",
                                                   "Pass %1: %2 sent, %3 published, %4 retrying later, %5 failed, "
                                                   "%6 unknown, %7 deferred, %8 reconciled, %9 still unknown.")
                           .arg(m_passes)
                           .arg(s.sent)
                           .arg(s.published)
                           .arg(s.retrying)
                           .arg(s.failed)
                           .arg(s.unknown)
                           .arg(s.deferred)
                           .arg(s.reconciled)
                           .arg(s.stillUnknown)
                    << Qt::endl;
        if (!s.error.isEmpty()) {
            context.err << s.error << Qt::endl;
            finish(cli::kFailed, done);
            return;
        }
        m_stillUnknown = s.stillUnknown;
        if (!m_once && s.sent + s.reconciled > 0 && m_passes < kMaxPasses) {
            QMetaObject::invokeMethod(m_worker.get(), &PublishWorker::runOnce, Qt::QueuedConnection);
            return;
        }
        finish(m_failed + m_unknown + m_stillUnknown > 0 ? cli::kFailed : cli::kOk, done);
    }

    void finish(int code, const std::function<void(int)> &done)
    {
        // The worker's own callbacks are still on the stack: let them unwind.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [done, code] { done(code); }, Qt::QueuedConnection);
    }

    static constexpr int kMaxPasses = 10;
    bool m_once = false;
    int m_passes = 0;
    int m_failed = 0;
    int m_unknown = 0;
    int m_stillUnknown = 0;
    Database m_db;
    std::unique_ptr<PublishWorker> m_worker;
};

} // namespace

std::unique_ptr<CliCommand> makePublishDueCommand()
{
    return std::make_unique<PublishDueCommand>();
}

} // namespace cf
