#include "models/store/ContentRepository.h"
#include "models/store/Migrations.h"
#include "models/store/PublishAttemptRepository.h"
#include "models/store/PublishTargetRepository.h"
#include "models/store/RateLimitRepository.h"
#include "models/store/Schema.h"
#include "tests/app/publishing/PublishFixture.h"

#include <QSqlQuery>
#include <QTest>

using namespace cf;
using test::noonUtc;

// The publish_targets state machine: every move is guarded by the state it
// expects, so a second worker (or process) can never claim or send a target
// that another one holds, and each move keeps the item's publish state.
class TestPublishTargetRepository : public QObject
{
    Q_OBJECT

    static PublishState itemState(const Database &db, qint64 itemId) { return ContentRepository(db).find(itemId)->publishState; }

private Q_SLOTS:
    void ensureIsIdempotentAndQueuesTheItem()
    {
        test::PublishFixture f(QStringLiteral("ptr1"));
        QVERIFY(f.ok());
        const qint64 item = f.addItem(noonUtc());
        const qint64 a = f.addTarget(item);
        const qint64 b = f.addTarget(item);
        QVERIFY(a > 0);
        QCOMPARE(a, b);
        const auto target = PublishTargetRepository(f.db).find(a);
        QVERIFY(target);
        QCOMPARE(target->state, TargetState::Scheduled);
        QCOMPARE(target->language, QStringLiteral("en"));
        QCOMPARE(itemState(f.db, item), PublishState::Queued);
    }

    void onlyOneWorkerCanClaim()
    {
        test::PublishFixture f(QStringLiteral("ptr2"));
        QVERIFY(f.ok());
        const qint64 t = f.addTarget(f.addItem(noonUtc()));
        const PublishTargetRepository repo(f.db);
        // A second connection to the same file, as another process would have.
        Database other;
        DatabaseOptions options;
        options.migrate = false;
        QVERIFY(other.open(f.path(), QStringLiteral("ptr2-other"), options));
        const PublishTargetRepository otherRepo(other);
        QCOMPARE(*repo.claim(t, QStringLiteral("w1"), noonUtc()), true);
        QCOMPARE(*otherRepo.claim(t, QStringLiteral("w2"), noonUtc()), false);
        // The loser cannot send either.
        const auto lost = otherRepo.beginSending(t, QStringLiteral("w2"), QStringLiteral("fp"), QStringLiteral("k"), noonUtc());
        QVERIFY(lost);
        QVERIFY(!lost->has_value());
        QCOMPARE(*PublishAttemptRepository(f.db).count(), 0);
        const auto won = repo.beginSending(t, QStringLiteral("w1"), QStringLiteral("fp"), QStringLiteral("k"), noonUtc());
        QVERIFY(won && won->has_value());
        QCOMPARE(repo.find(t)->state, TargetState::Sending);
        QCOMPARE(repo.find(t)->attempts, 1);
        QCOMPARE(*PublishAttemptRepository(f.db).count(), 1);
    }

    void sendingIsCommittedBeforeTheRequestAndPublishedCarriesTheId()
    {
        test::PublishFixture f(QStringLiteral("ptr3"));
        QVERIFY(f.ok());
        f.addTarget(f.addItem(noonUtc())); // so target ids and attempt ids differ
        const qint64 item = f.addItem(noonUtc());
        const qint64 t = f.addTarget(item);
        const PublishTargetRepository repo(f.db);
        QVERIFY(*repo.claim(t, QStringLiteral("w"), noonUtc()));
        QCOMPARE(itemState(f.db, item), PublishState::Publishing);
        const qint64 attempt = **repo.beginSending(t, QStringLiteral("w"), QStringLiteral("abc"), QStringLiteral("key"), noonUtc());
        // Committed: another connection sees the pending attempt and the fingerprint.
        Database other;
        DatabaseOptions options;
        options.migrate = false;
        QVERIFY(other.open(f.path(), QStringLiteral("ptr3-other"), options));
        const auto seen = PublishTargetRepository(other).find(t);
        QCOMPARE(seen->state, TargetState::Sending);
        QCOMPARE(seen->requestFingerprint, QStringLiteral("abc"));
        QCOMPARE(seen->attemptId, std::optional<qint64>(attempt));
        QCOMPARE(PublishAttemptRepository(other).find(attempt)->outcome, AttemptOutcome::Pending);

        QVERIFY(*repo.addCheckpoint(t, attempt, QStringLiteral("container"), QStringLiteral("c-1"), noonUtc()));
        QVERIFY(*repo.finishPublished(t, attempt, QStringLiteral("104_9"), QStringLiteral("https://fb/p/9"), 200, noonUtc(2, 1)));
        const auto done = repo.find(t);
        QCOMPARE(done->state, TargetState::Published);
        QCOMPARE(done->externalId, QStringLiteral("104_9"));
        QCOMPARE(done->checkpoints.at(QStringLiteral("container")), QStringLiteral("c-1"));
        QCOMPARE(PublishAttemptRepository(f.db).find(attempt)->outcome, AttemptOutcome::Succeeded);
        const ContentItem stored = *ContentRepository(f.db).find(item);
        QCOMPARE(stored.publishState, PublishState::Published);
        QCOMPARE(stored.externalId, QStringLiteral("104_9"));
        // A second finish of the same attempt changes nothing.
        QCOMPARE(*repo.finishFailed(t, attempt, TargetState::FailedRetryable, {}, {}, noonUtc()), false);
        QCOMPARE(*repo.addCheckpoint(t, attempt, QStringLiteral("x"), QStringLiteral("y"), noonUtc()), false);
    }

    void movesRespectTheirGuards()
    {
        test::PublishFixture f(QStringLiteral("ptr4"));
        QVERIFY(f.ok());
        const qint64 t = f.addTarget(f.addItem(noonUtc()));
        const PublishTargetRepository repo(f.db);
        // Not claimed: no send, no block, no release.
        QVERIFY(!repo.beginSending(t, QStringLiteral("w"), {}, {}, noonUtc())->has_value());
        QCOMPARE(*repo.block(t, QStringLiteral("w"), {}, noonUtc()), false);
        QCOMPARE(*repo.release(t, QStringLiteral("w"), noonUtc(), {}, noonUtc()), false);
        // Claimed by someone else: same.
        QVERIFY(*repo.claim(t, QStringLiteral("a"), noonUtc()));
        QCOMPARE(*repo.block(t, QStringLiteral("b"), {}, noonUtc()), false);
        QCOMPARE(*repo.claim(t, QStringLiteral("b"), noonUtc()), false);
        // Unknown only leaves through a reconcile or the user.
        const qint64 attempt = **repo.beginSending(t, QStringLiteral("a"), {}, {}, noonUtc());
        QVERIFY(*repo.finishUnknown(t, attempt, {QStringLiteral("unknown"), QStringLiteral("m"), {}, {}, std::nullopt},
                                    noonUtc(2, 5), noonUtc()));
        QCOMPARE(*repo.claim(t, QStringLiteral("a"), noonUtc(3)), false);
        QCOMPARE(*repo.retryFailed(repo.find(t)->contentItemId, noonUtc()), 0);
        QCOMPARE(repo.find(t)->state, TargetState::Unknown);
        QCOMPARE(repo.unknownDueIds(noonUtc(2, 4), 10)->size(), size_t(0));
        QCOMPARE(repo.unknownDueIds(noonUtc(2, 5), 10)->size(), size_t(1));
        QVERIFY(*repo.resolveNotPublished(t, noonUtc(2, 6)));
        QCOMPARE(repo.find(t)->state, TargetState::Scheduled);
        QCOMPARE(PublishAttemptRepository(f.db).find(attempt)->outcome, AttemptOutcome::Failed);
    }

    void crashRecoveryTurnsSendingIntoUnknownAndFreesClaims()
    {
        test::PublishFixture f(QStringLiteral("ptr5"));
        QVERIFY(f.ok());
        const qint64 sendingItem = f.addItem(noonUtc());
        const qint64 sending = f.addTarget(sendingItem);
        const qint64 claimed = f.addTarget(f.addItem(noonUtc()));
        const qint64 idle = f.addTarget(f.addItem(noonUtc()));
        const PublishTargetRepository repo(f.db);
        QVERIFY(*repo.claim(sending, QStringLiteral("dead"), noonUtc()));
        const qint64 attempt = **repo.beginSending(sending, QStringLiteral("dead"), {}, {}, noonUtc());
        QVERIFY(*repo.claim(claimed, QStringLiteral("dead"), noonUtc()));
        QCOMPARE(*repo.recoverInterrupted(QStringLiteral("stopped"), noonUtc(2, 1)), 1);
        QCOMPARE(repo.find(sending)->state, TargetState::Unknown);
        QCOMPARE(repo.find(sending)->errorMessage, QStringLiteral("stopped"));
        QCOMPARE(itemState(f.db, sendingItem), PublishState::Unknown);
        QCOMPARE(repo.find(claimed)->state, TargetState::Scheduled);
        QCOMPARE(repo.find(idle)->state, TargetState::Scheduled);
        // The dead worker's late answer is still accepted for its own attempt.
        QVERIFY(*repo.finishPublished(sending, attempt, QStringLiteral("late"), {}, 200, noonUtc(2, 2)));
        QCOMPARE(repo.find(sending)->state, TargetState::Published);
        // but its claim is gone.
        QVERIFY(!repo.beginSending(claimed, QStringLiteral("dead"), {}, {}, noonUtc())->has_value());
    }

    void dueFollowsApprovalScheduleAutomationAndPause()
    {
        test::PublishFixture f(QStringLiteral("ptr6"));
        QVERIFY(f.ok());
        const PublishTargetRepository repo(f.db);
        const qint64 now = f.addTarget(f.addItem(noonUtc()));
        const qint64 later = f.addTarget(f.addItem(noonUtc(3)));
        const qint64 nativeLater = f.addTarget(f.addItem(noonUtc(3)), true);
        auto due = *repo.dueIds(noonUtc(), 3600 * 25, 10);
        QCOMPARE(due, (std::vector<qint64>{now, nativeLater}));
        QCOMPARE(*repo.dueIds(noonUtc(), 60, 10), std::vector<qint64>{now});
        Q_UNUSED(later)

        // Paused campaign: nothing.
        QVERIFY(!CampaignRepository(f.db).setStatus(f.campaignId, CampaignStatus::Paused, noonUtc()).isError());
        QVERIFY(repo.dueIds(noonUtc(), 0, 10)->empty());
        QVERIFY(!CampaignRepository(f.db).setStatus(f.campaignId, CampaignStatus::Active, noonUtc()).isError());

        // Manual campaign: only released targets.
        Campaign c = *CampaignRepository(f.db).find(f.campaignId);
        c.automationLevel = AutomationLevel::Manual;
        QVERIFY(!CampaignRepository(f.db).update(c).isError());
        QVERIFY(repo.dueIds(noonUtc(), 0, 10)->empty());
        const qint64 laterItem = repo.find(later)->contentItemId;
        QCOMPARE(*repo.releaseNow(laterItem, noonUtc()), 1);
        QCOMPARE(*repo.dueIds(noonUtc(), 0, 10), std::vector<qint64>{later});

        // Not approved: nothing, even released.
        QVERIFY(!ContentRepository(f.db).setApproval(laterItem, ApprovalState::Pending, noonUtc()).isError());
        QVERIFY(repo.dueIds(noonUtc(), 0, 10)->empty());
    }

    void retryResendsOnlyFailedTargets()
    {
        test::PublishFixture f(QStringLiteral("ptr7"));
        QVERIFY(f.ok());
        const qint64 item = f.addItem(noonUtc());
        // A second Page gets the same item.
        Connection page2;
        page2.platform = Platform::Facebook;
        page2.kind = ConnectionKind::Page;
        page2.accountId = QStringLiteral("104000000000002");
        page2.accountName = QStringLiteral("Second");
        page2.parentId = f.accountId;
        const qint64 page2Id = *ConnectionRepository(f.db).upsert(page2);
        const PublishTargetRepository repo(f.db);
        const qint64 ok = f.addTarget(item);
        const qint64 bad = *repo.ensure({item, page2Id, Platform::Facebook, QStringLiteral("ar"), false}, noonUtc());
        for (qint64 t : {ok, bad})
            QVERIFY(*repo.claim(t, QStringLiteral("w"), noonUtc()));
        const qint64 a1 = **repo.beginSending(ok, QStringLiteral("w"), {}, {}, noonUtc());
        const qint64 a2 = **repo.beginSending(bad, QStringLiteral("w"), {}, {}, noonUtc());
        QVERIFY(*repo.finishPublished(ok, a1, QStringLiteral("1"), {}, 200, noonUtc()));
        QVERIFY(*repo.finishFailed(bad, a2, TargetState::FailedPermanent,
                                   {QStringLiteral("content_policy_violation"), QStringLiteral("no"), {}, {}, 400}, {}, noonUtc()));
        QCOMPARE(itemState(f.db, item), PublishState::Failed);
        QCOMPARE(*repo.retryFailed(item, noonUtc(2, 1)), 1);
        QCOMPARE(repo.find(ok)->state, TargetState::Published);
        QCOMPARE(repo.find(bad)->state, TargetState::Scheduled);
        QCOMPARE(itemState(f.db, item), PublishState::Queued);
        QCOMPARE(*repo.dueIds(noonUtc(2, 1), 0, 10), std::vector<qint64>{bad});
        // Cancelling leaves the published target alone.
        QCOMPARE(*repo.cancelForContent(item, noonUtc(2, 2)), 1);
        QCOMPARE(repo.find(ok)->state, TargetState::Published);
        QCOMPARE(itemState(f.db, item), PublishState::Published);
    }

    void rateLimitsPersist()
    {
        test::PublishFixture f(QStringLiteral("ptr8"));
        QVERIFY(f.ok());
        const RateLimitRepository limits(f.db);
        QVERIFY(!limits.find(QStringLiteral("x:app"))->has_value());
        QVERIFY(!limits.save({QStringLiteral("x:app"), noonUtc(2, 30), noonUtc(), 3}, noonUtc()).isError());
        QVERIFY(!limits.save({QStringLiteral("x:app"), noonUtc(2, 40), noonUtc(), 4}, noonUtc()).isError());
        const auto back = *limits.find(QStringLiteral("x:app"));
        QCOMPARE(back->nextAllowedAt, noonUtc(2, 40));
        QCOMPARE(back->windowCount, 4);
    }

    void migrationFromV3KeepsDataAndAddsTables()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v3.sqlite"));
        qint64 campaignId = 0;
        {
            Database v3;
            DatabaseOptions options;
            std::vector<MigrationStep> steps = schemaMigrations();
            steps.resize(3);
            options.migrations = steps;
            QVERIFY(v3.open(path, QStringLiteral("mig-v3"), options));
            QCOMPARE(v3.schemaVersion(), 3);
            Workspace w;
            w.name = QStringLiteral("W");
            Campaign c;
            c.workspaceId = *WorkspaceRepository(v3).insert(w);
            c.name = QStringLiteral("Kept");
            campaignId = *CampaignRepository(v3).insert(c);
            QSqlQuery q(v3.handle());
            QVERIFY(!q.exec(QStringLiteral("SELECT 1 FROM publish_targets")));
        }
        Database v4;
        DatabaseOptions options;
        options.backupDir = dir.filePath(QStringLiteral("backups"));
        QVERIFY(v4.open(path, QStringLiteral("mig-v4"), options));
        QCOMPARE(v4.schemaVersion(), kCurrentSchemaVersion); // v4 and every later step
        QVERIFY(!v4.lastBackupPath().isEmpty());
        QCOMPARE(CampaignRepository(v4).find(campaignId)->name, QStringLiteral("Kept"));
        QVERIFY(PublishTargetRepository(v4).listAll()->empty());
        QVERIFY(!RateLimitRepository(v4).find(QStringLiteral("k"))->has_value());
    }

    void damagedRowsGiveAnErrorNotACrash()
    {
        test::PublishFixture f(QStringLiteral("ptr9"));
        QVERIFY(f.ok());
        const qint64 t = f.addTarget(f.addItem(noonUtc()));
        QSqlQuery q(f.db.handle());
        QVERIFY(q.exec(QStringLiteral("UPDATE publish_targets SET state = 'exploded', checkpoints = '{'")));
        const auto row = PublishTargetRepository(f.db).find(t);
        QVERIFY(!row);
        QCOMPARE(row.error().code, StoreError::Code::InvalidData);
    }
};

QTEST_GUILESS_MAIN(TestPublishTargetRepository)
#include "tst_publishtargetrepository.moc"
