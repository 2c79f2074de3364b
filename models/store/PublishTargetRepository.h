#pragma once

#include "models/domain/PublishTarget.h"
#include "models/store/StoreError.h"

#include <QDateTime>

#include <functional>
#include <optional>
#include <vector>

namespace cf {
class Database;

// What went wrong with a target, in the words the user sees.
struct TargetError
{
    QString kind;    // a PublishErrorKind id ("rate_limited"), or "blocked" for a failed safety check
    QString message; // translated
    QString action;  // translated: what the user can do
    QString code;    // the platform's own code, for the details view
    std::optional<int> httpStatus;
};

// A target to create for an approved item.
struct NewPublishTarget
{
    qint64 contentItemId = 0;
    qint64 connectionId = 0;
    Platform platform = Platform::Facebook;
    QString language;
    bool nativeSchedule = false;
};

// publish_targets rows and their state machine (docs/publishing.md).
//
// Every move is ONE transaction guarded by the state it expects
// (UPDATE ... WHERE state = ? [AND claimed_by = ?]); a move whose guard no
// longer holds changes nothing and returns false, so two workers, in one
// process or two, can never both claim or send a target. The move to
// sending inserts the pending publishing_results row and is committed before
// the request goes out; the external id is committed in the same statement
// as published. Each move also brings campaign_content.publish_state in line
// with the item's targets (publishing / published / failed / unknown ...).
class PublishTargetRepository
{
public:
    explicit PublishTargetRepository(const Database &database) : m_db(database) {}

    // Creates the target unless the pair already has one; returns its id.
    StoreResult<qint64> ensure(const NewPublishTarget &target, const QDateTime &nowUtc) const;
    StoreResult<PublishTarget> find(qint64 id) const;
    StoreResult<std::vector<PublishTarget>> listForContent(qint64 contentId) const;
    StoreResult<std::vector<PublishTarget>> listAll() const;
    StoreResult<std::vector<PublishTarget>> listInState(TargetState state) const;

    // Targets that may be claimed now: scheduled or failed_retryable, next
    // attempt due, item approved, campaign not paused/cancelled/archived, and
    // either released ("publish now") or - for campaigns that are not manual -
    // the item's time has come (up to nativeLeadSecs early for targets the
    // platform schedules natively). Oldest first.
    StoreResult<std::vector<qint64>> dueIds(const QDateTime &nowUtc, int nativeLeadSecs, int limit) const;
    // Unknown targets whose next reconcile is due.
    StoreResult<std::vector<qint64>> unknownDueIds(const QDateTime &nowUtc, int limit) const;

    // scheduled | failed_retryable -> claimed by `worker`. false: someone else moved it.
    StoreResult<bool> claim(qint64 id, const QString &worker, const QDateTime &nowUtc) const;
    // claimed -> scheduled, to be tried again at notBeforeUtc (a deferral such
    // as quiet hours or a rate limit; not a failure). reason may be empty.
    StoreResult<bool> release(qint64 id, const QString &worker, const QDateTime &notBeforeUtc, const QString &reason,
                              const QDateTime &nowUtc) const;
    // claimed -> failed_permanent without sending (a failed safety check).
    StoreResult<bool> block(qint64 id, const QString &worker, const TargetError &error, const QDateTime &nowUtc) const;
    // claimed -> sending, with a new pending publishing_results row; returns
    // the attempt id, or nullopt when the claim was lost.
    StoreResult<std::optional<qint64>> beginSending(qint64 id, const QString &worker, const QString &fingerprint,
                                                    const QString &idempotencyKey, const QDateTime &nowUtc) const;
    // Records an intermediate entity of the current send (sending only).
    // alsoWhenMoved runs in the same transaction (the worker stores shared
    // ad entities there).
    StoreResult<bool> addCheckpoint(qint64 id, qint64 attemptId, const QString &step, const QString &value,
                                    const QDateTime &nowUtc, const std::function<StoreStatus()> &alsoWhenMoved = {}) const;
    // The platform's own status of a sent post or ad (review, processing),
    // as the status sync read it at atUtc. false: no such target.
    StoreResult<bool> setPlatformStatus(qint64 id, const QString &status, const QDateTime &atUtc) const;
    // sending (or unknown, when the same attempt is decided late) -> published.
    StoreResult<bool> finishPublished(qint64 id, qint64 attemptId, const QString &externalId, const QString &permalink,
                                      std::optional<int> httpStatus, const QDateTime &nowUtc) const;
    // sending -> failed_retryable (due at nextAttemptUtc), failed_permanent,
    // or claimed (the 401 case: the worker refreshes and sends once more).
    StoreResult<bool> finishFailed(qint64 id, qint64 attemptId, TargetState to, const TargetError &error,
                                   const QDateTime &nextAttemptUtc, const QDateTime &nowUtc) const;
    // sending -> unknown: it may have been applied; reconciled from nextCheckUtc.
    StoreResult<bool> finishUnknown(qint64 id, qint64 attemptId, const TargetError &error, const QDateTime &nextCheckUtc,
                                    const QDateTime &nowUtc) const;

    // After a crash or kill: every sending target becomes unknown (its
    // request may have been applied) and every claim is dropped (claimed ->
    // scheduled: nothing was sent). Returns how many became unknown.
    StoreResult<int> recoverInterrupted(const QString &message, const QDateTime &nowUtc) const;

    // unknown -> published (a reconcile found it, or the user says so).
    StoreResult<bool> resolvePublished(qint64 id, const QString &externalId, const QString &permalink,
                                       const QDateTime &nowUtc) const;
    // unknown -> scheduled (proof it was not applied: a reconcile or the user).
    StoreResult<bool> resolveNotPublished(qint64 id, const QDateTime &nowUtc) const;
    // unknown stays unknown; the message says what to check, the next look is at nextCheckUtc.
    StoreResult<bool> noteStillUnknown(qint64 id, const TargetError &error, const QDateTime &nextCheckUtc,
                                       const QDateTime &nowUtc) const;

    // An item's failed targets (only those) go back to scheduled, due now.
    StoreResult<int> retryFailed(qint64 contentId, const QDateTime &nowUtc) const;
    // "Publish now": the item's waiting targets are released and due now.
    StoreResult<int> releaseNow(qint64 contentId, const QDateTime &nowUtc) const;
    // The item's targets that have not gone out are cancelled. A published
    // ad is cancelled too (its external id and ad_delivery stay): the
    // worker then pauses it on the platform if it was delivering, and never
    // switches it on.
    StoreResult<int> cancelForContent(qint64 contentId, const QDateTime &nowUtc) const;
    // A post the platform held for later (native_schedule, published) was
    // deleted there: published -> cancelled, or with requeue -> scheduled
    // for the item's (new) time as a fresh create (ids and checkpoints cleared).
    StoreResult<bool> withdrawNative(qint64 id, bool requeue, const QDateTime &nowUtc) const;

private:
    StoreResult<std::vector<PublishTarget>> select(const QString &where, const QVariantList &args) const;
    StoreResult<std::vector<qint64>> ids(const QString &statement, const QVariantList &args) const;
    // Runs one guarded UPDATE (and the content sync) in a transaction.
    // alsoWhenMoved runs in the same transaction when the guard held.
    StoreResult<bool> move(qint64 id, const QString &set, const QString &guard, QVariantList args,
                           const QDateTime &nowUtc, const std::function<StoreStatus()> &alsoWhenMoved = {}) const;

    const Database &m_db;
};

} // namespace cf
