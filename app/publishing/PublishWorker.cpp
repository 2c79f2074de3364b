#include "app/publishing/PublishWorker.h"

#include "app/core/Clock.h"
#include "app/publishing/PublishContext.h"
#include "app/publishing/PublishQueue.h"
#include "app/publishing/PublishingLog.h"
#include "app/publishing/RateLimiter.h"
#include "app/publishing/SafetyChecks.h"
#include "models/domain/AutomationLog.h"
#include "models/store/AutomationLogRepository.h"
#include "models/store/Database.h"
#include "models/store/PublishTargetRepository.h"
#include "models/store/RateLimitRepository.h"
#include "platforms/publishing/PlatformPublisher.h"
#include "platforms/publishing/PublishErrorText.h"
#include "platforms/publishing/PublicMediaHost.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTimer>
#include <QUuid>

#include <nlohmann/json.hpp>

namespace cf {


PublishWorker::PublishWorker(PublishWorkerConfig config, BackendFactory backendFactory, const Clock &clock, QObject *parent)
    : QObject(parent),
      m_config(std::move(config)),
      m_backendFactory(std::move(backendFactory)),
      m_clock(clock),
      m_workerId(QUuid::createUuid().toString(QUuid::WithoutBraces)),
      m_random(m_config.randomSeed ? m_config.randomSeed : QRandomGenerator::system()->generate())
{
    qRegisterMetaType<cf::PublishPassSummary>();
}

PublishWorker::~PublishWorker() = default;

bool PublishWorker::open(QString *error)
{
    if (m_open)
        return true;
    m_db = std::make_unique<Database>();
    DatabaseOptions options;
    options.createIfMissing = false;
    options.nowUtc = m_clock.nowUtc();
    if (!m_db->open(m_config.databasePath, Database::connectionNameForCurrentThread(QStringLiteral("cf-publish")),
                    options)) {
        *error = m_db->error().message;
        return false;
    }
    if (StoreStatus w = m_db->checkWritable(); w.isError()) {
        *error = w.message;
        return false;
    }
    std::optional<SafetyChecks> safety = SafetyChecks::loadBuiltIn(error);
    if (!safety)
        return false;
    m_safety = std::make_unique<SafetyChecks>(std::move(*safety));
    m_rateStore = std::make_unique<RateLimitRepository>(*m_db);
    m_limiter = std::make_unique<RateLimiter>(*m_rateStore);
    m_network = new QNetworkAccessManager(this);
    m_backend = m_backendFactory(*m_network, *m_db);
    // A send that was under way when the program died may have been
    // applied: it becomes unknown and is reconciled, never re-sent.
    const auto recovered = PublishTargetRepository(*m_db).recoverInterrupted(
        QCoreApplication::translate("cf::PublishWorker",
                                    "The app stopped while this was being sent, so it may or may not have been published."),
        m_clock.nowUtc());
    if (!recovered) {
        *error = recovered.error().message;
        return false;
    }
    if (*recovered > 0)
        qCWarning(lcPublishing) << recovered.value() << "interrupted sends are now unknown";
    m_open = true;
    return true;
}

void PublishWorker::start()
{
    QString error;
    const bool ok = open(&error);
    Q_EMIT started(ok, error);
    if (!ok)
        return;
    m_timer = new QTimer(this);
    m_timer->setInterval(m_config.timerIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &PublishWorker::wake);
    m_timer->start();
    wake();
}

void PublishWorker::runOnce()
{
    QString error;
    if (!open(&error)) {
        m_summary = {};
        m_summary.error = error;
        Q_EMIT passFinished(m_summary);
        return;
    }
    runPass();
}

void PublishWorker::wake()
{
    if (!m_open || m_stopping || m_paused || m_pauseRequested.load())
        return;
    if (m_passRunning) {
        m_passAgain = true;
        return;
    }
    runPass();
}

void PublishWorker::stop()
{
    m_stopping = true;
    if (m_timer)
        m_timer->stop();
    m_publishQueue.clear();
    m_reconcileQueue.clear();
    m_adsTasks.clear();
}

void PublishWorker::pause()
{
    if (m_paused || m_stopping)
        return;
    m_paused = true;
    m_passAgain = false;
    if (m_timer)
        m_timer->stop();
    // A pass under way ends at its next step (after the current target's
    // outcome is committed) and reports then.
    if (!m_passRunning)
        Q_EMIT pausedAndIdle();
}

void PublishWorker::resume()
{
    if (!m_paused || m_stopping)
        return;
    m_paused = false;
    if (m_timer)
        m_timer->start();
    wake();
}

void PublishWorker::runPass()
{
    m_passRunning = true;
    m_passAgain = false;
    m_summary = {};
    const QDateTime now = m_clock.nowUtc();
    // Items the review queued (and, for automatic campaigns, guard-clean
    // pending items) become targets here, so the GUI's thread needs no
    // separate step.
    auto queued = PublishQueue(*m_db, m_clock, m_safety.get()).enqueueReady();
    if (!queued)
        storeFailed(queued.error().fullText());
    else
        for (const QString &problem : queued->problems)
            qCWarning(lcPublishing) << "not queued:" << problem;
    const PublishTargetRepository targets(*m_db);
    auto unknown = targets.unknownDueIds(now, m_config.batchLimit);
    if (!unknown) {
        storeFailed(unknown.error().fullText());
        finishPass();
        return;
    }
    m_reconcileQueue.assign(unknown->begin(), unknown->end());
    m_publishQueue.clear();
    m_dueLoaded = false;
    m_adsLoaded = false;
    m_adsTasks.clear();
    next();
}

void PublishWorker::step()
{
    // Adapters may answer synchronously; going through the event loop keeps
    // the stack flat however many targets a pass has.
    QMetaObject::invokeMethod(this, &PublishWorker::next, Qt::QueuedConnection);
}

void PublishWorker::next()
{
    if (m_stopping || m_paused || m_pauseRequested.load()) {
        finishPass();
        return;
    }
    if (!m_reconcileQueue.empty()) {
        const qint64 id = m_reconcileQueue.front();
        m_reconcileQueue.pop_front();
        reconcileTarget(id);
        return;
    }
    if (!m_dueLoaded) {
        // After the reconciles, so a target found "not published" goes out in this pass.
        m_dueLoaded = true;
        auto due = PublishTargetRepository(*m_db).dueIds(m_clock.nowUtc(), m_config.nativeLeadSecs, m_config.batchLimit);
        if (!due)
            storeFailed(due.error().fullText());
        else
            m_publishQueue.assign(due->begin(), due->end());
        m_dueBatchFull = due && int(due->size()) >= m_config.batchLimit;
    }
    if (!m_publishQueue.empty()) {
        const qint64 id = m_publishQueue.front();
        m_publishQueue.pop_front();
        publishTarget(id);
        return;
    }
    if (!m_adsLoaded) {
        // After every send of the pass, so an ad published just now counts.
        m_adsLoaded = true;
        loadAdsTasks();
    }
    if (!m_adsTasks.empty()) {
        const std::function<void()> task = std::move(m_adsTasks.front());
        m_adsTasks.pop_front();
        task();
        return;
    }
    finishPass();
}

void PublishWorker::finishPass()
{
    m_passRunning = false;
    // More may be due behind a full batch; every target of it was sent,
    // deferred or failed (none is due again at once), so this ends.
    if (m_dueBatchFull && m_summary.sent + m_summary.deferred + m_summary.failed > 0)
        m_passAgain = true;
    m_dueBatchFull = false;
    Q_EMIT passFinished(m_summary);
    if (m_paused) {
        Q_EMIT pausedAndIdle();
        return;
    }
    if (m_passAgain && !m_stopping)
        QMetaObject::invokeMethod(this, &PublishWorker::wake, Qt::QueuedConnection);
}

void PublishWorker::storeFailed(const QString &what)
{
    qCWarning(lcPublishing) << "database:" << what;
    if (m_summary.error.isEmpty())
        m_summary.error = what;
}

void PublishWorker::report(qint64 targetId)
{
    auto target = PublishTargetRepository(*m_db).find(targetId);
    if (!target)
        return;
    Q_EMIT targetChanged(targetId, target->contentItemId, enumId(target->state));
    switch (target->state) {
    case TargetState::FailedPermanent:
    case TargetState::Unknown:
        Q_EMIT attentionNeeded(targetId, target->contentItemId,
                               target->errorAction.isEmpty() ? target->errorMessage
                                                             : target->errorMessage + QLatin1Char(' ') + target->errorAction);
        break;
    default:
        break;
    }
}

void PublishWorker::log(const PublishContext &context, const QString &event, const QString &message, bool problem)
{
    AutomationLog entry;
    if (context.campaign.id > 0)
        entry.campaignId = context.campaign.id;
    if (context.item.id > 0)
        entry.contentItemId = context.item.id;
    entry.level = problem ? LogLevel::Warning : LogLevel::Info;
    entry.event = event;
    entry.message = message;
    entry.detailsJson = QString::fromStdString(
        nlohmann::json{{"target", context.target.id}, {"connection", context.connection.id},
                       {"platform", platformId(context.connection.platform).toStdString()}}
            .dump());
    entry.at = m_clock.nowUtc();
    if (auto stored = AutomationLogRepository(*m_db).insert(entry); !stored)
        storeFailed(stored.error().fullText());
}

void PublishWorker::block(const PublishContext &context, const TargetError &error)
{
    auto moved = PublishTargetRepository(*m_db).block(context.target.id, m_workerId, error, m_clock.nowUtc());
    if (!moved)
        storeFailed(moved.error().fullText());
    else if (*moved) {
        ++m_summary.failed;
        log(context, QStringLiteral("publish_blocked"), error.message, true);
        report(context.target.id);
    }
    step();
}

void PublishWorker::defer(const PublishContext &context, const QDateTime &until, const QString &reason)
{
    auto moved = PublishTargetRepository(*m_db).release(context.target.id, m_workerId, until, reason, m_clock.nowUtc());
    if (!moved)
        storeFailed(moved.error().fullText());
    else if (*moved) {
        ++m_summary.deferred;
        report(context.target.id);
    }
    step();
}

void PublishWorker::publishTarget(qint64 targetId)
{
    const QDateTime now = m_clock.nowUtc();
    auto claimed = PublishTargetRepository(*m_db).claim(targetId, m_workerId, now);
    if (!claimed) {
        storeFailed(claimed.error().fullText());
        step();
        return;
    }
    if (!*claimed) { // another worker got there first
        step();
        return;
    }
    QString error;
    std::optional<PublishContext> loaded = loadPublishContext(*m_db, targetId, m_config.assetsDir, &error);
    if (!loaded) {
        PublishContext minimal;
        minimal.target.id = targetId;
        block(minimal, TargetError{QStringLiteral("blocked"), error,
                                   QCoreApplication::translate("cf::PublishWorker",
                                                               "Check the item and its account, then retry."),
                                   {}, std::nullopt});
        return;
    }
    auto context = std::make_shared<PublishContext>(std::move(*loaded));
    PlatformPublisher *adapter = adapterFor(*context);
    if (!adapter) {
        block(*context, noAdapterError(*context));
        return;
    }

    // Before the limits check: adapters that fetch media from a public
    // address check that a host exists. The choice is read per target, so a
    // host chosen while the thread runs is used from the next send on.
    if (auto *hostUser = dynamic_cast<UsesPublicMediaHost *>(adapter))
        hostUser->setPublicMediaHost(m_backend->publicMediaHost());

    // Local scheduling: a target claimed early for a native schedule goes
    // to the platform's scheduler, or waits for its time.
    const PublishTarget &t = context->target;
    const QDateTime when = context->item.scheduledUtc;
    std::optional<QDateTime> publishAt;
    if (!t.released && when.isValid() && when > now) {
        if (t.nativeSchedule && adapter->schedulesNatively() && when >= now.addSecs(m_config.nativeMinNoticeSecs))
            publishAt = when;
        else {
            defer(*context, when, {});
            return;
        }
    }

    PublishRequest request = buildPublishRequest(*context);
    request.publishAtUtc = publishAt;
    const SafetyVerdict verdict = m_safety->check(*context, adapter->checkLimits(request), now);
    if (verdict.kind == SafetyVerdict::Kind::Block) {
        block(*context, verdict.error);
        return;
    }
    if (verdict.kind == SafetyVerdict::Kind::Defer) {
        defer(*context, verdict.notBeforeUtc, verdict.reason);
        return;
    }
    auto notBefore = m_limiter->notBefore(context->connection.platform, context->connection.accountId, now);
    if (!notBefore) {
        storeFailed(notBefore.error().fullText());
        defer(*context, now.addSecs(60), {});
        return;
    }
    if (*notBefore > now) {
        defer(*context, *notBefore,
              QCoreApplication::translate("cf::PublishWorker", "%1 asked to wait before the next post; it will go out then.")
                  .arg(platformDisplayName(context->connection.platform)));
        return;
    }
    withToken(context, [this, context](const QString &token) { send(context, token, false); });
}

void PublishWorker::withToken(const std::shared_ptr<PublishContext> &context, std::function<void(const QString &)> go)
{
    QPointer<PublishWorker> self(this);
    m_backend->accessToken(context->tokenConnection(), [self, context, go](const TokenAnswer &answer) {
        if (!self)
            return;
        if (!answer.error.isEmpty()) {
            if (answer.reloginNeeded) {
                self->block(*context, TargetError{PublishErrorText::kindId(PublishErrorKind::TokenExpiredOrInvalid),
                                                  answer.error,
                                                  QCoreApplication::translate("cf::PublishWorker",
                                                                              "Sign in to the account again under "
                                                                              "Connections, then retry."),
                                                  {}, std::nullopt});
            } else {
                // The keychain may be locked for a moment: nothing was sent, try later.
                self->defer(*context, self->m_clock.nowUtc().addSecs(300), answer.error);
            }
            return;
        }
        go(answer.accessToken);
    });
}

void PublishWorker::send(const std::shared_ptr<PublishContext> &context, const QString &token, bool afterRefresh)
{
    PlatformPublisher *adapter = adapterFor(*context);
    auto reread = PublishTargetRepository(*m_db).find(context->target.id);
    if (reread)
        context->target = *reread; // checkpoints from an earlier attempt
    if (QString error; !loadAdEntities(*m_db, *context, &error))
        storeFailed(error);
    PublishRequest request = buildPublishRequest(*context);
    const QDateTime now = m_clock.nowUtc();
    const QDateTime when = context->item.scheduledUtc;
    if (!context->target.released && context->target.nativeSchedule && adapter->schedulesNatively() && when.isValid()
        && when >= now.addSecs(m_config.nativeMinNoticeSecs))
        request.publishAtUtc = when;
    request.accessToken = token;
    const QString fingerprint = requestFingerprint(request);

    // Committed before anything leaves this machine.
    auto attempt = PublishTargetRepository(*m_db).beginSending(context->target.id, m_workerId, fingerprint,
                                                               request.idempotencyKey, now);
    if (!attempt) {
        storeFailed(attempt.error().fullText());
        step();
        return;
    }
    if (!*attempt) { // the claim was taken away (cancelled, or another process recovered it)
        step();
        return;
    }
    const qint64 attemptId = **attempt;
    request.attemptId = attemptId;
    ++m_summary.sent;
    report(context->target.id);
    qCInfo(lcPublishing) << "sending target" << context->target.id << "attempt" << attemptId;

    QPointer<PublishWorker> self(this);
    auto answered = std::make_shared<bool>(false);
    adapter->publish(
        request, this,
        [self, context, attemptId](const QString &stepName, const QString &value) {
            if (!self)
                return;
            self->saveCheckpoint(*context, attemptId, stepName, value);
        },
        [self, context, attemptId, token, afterRefresh, answered](const PublishOutcome &outcome) {
            if (!self || *answered)
                return;
            *answered = true;
            self->applyOutcome(context, attemptId, token, afterRefresh, outcome);
        });
}

} // namespace cf
