#pragma once

// Test doubles for the publishing worker: a scripted adapter and a backend
// that hands out fake tokens and counts refreshes. Outcomes arrive through
// the event loop, like a real adapter's.

#include "app/publishing/PublishBackend.h"
#include "platforms/publishing/PlatformPublisher.h"

#include <QTimer>

#include <deque>
#include <vector>

namespace cf::test {

class FakePublisher final : public PlatformPublisher
{
public:
    Platform platformValue = Platform::Facebook;
    bool native = false;
    QStringList limitProblems;
    std::deque<PublishOutcome> script;       // one per publish(); empty = Published
    std::deque<ReconcileOutcome> reconciles; // one per reconcile(); empty = StillUnknown
    std::vector<PublishRequest> sent;
    std::vector<PublishRequest> reconciled;
    // Called inside publish() before the answer (checkpoints, crash simulation).
    std::function<void(const PublishRequest &, const Checkpoint &)> during;

    Platform platform() const override { return platformValue; }
    bool schedulesNatively() const override { return native; }
    QStringList checkLimits(const PublishRequest &) const override { return limitProblems; }

    void publish(const PublishRequest &request, QObject *context, Checkpoint checkpoint, Done done) override
    {
        sent.push_back(request);
        if (during)
            during(request, checkpoint);
        PublishOutcome outcome;
        outcome.status = PublishStatus::Published;
        outcome.externalId = QStringLiteral("post-%1").arg(sent.size());
        if (!script.empty()) {
            outcome = script.front();
            script.pop_front();
        }
        QTimer::singleShot(0, context, [done, outcome] { done(outcome); });
    }

    void reconcile(const PublishRequest &request, QObject *context, ReconcileDone done) override
    {
        reconciled.push_back(request);
        ReconcileOutcome outcome;
        if (!reconciles.empty()) {
            outcome = reconciles.front();
            reconciles.pop_front();
        }
        QTimer::singleShot(0, context, [done, outcome] { done(outcome); });
    }

    static PublishOutcome outcome(PublishStatus status, PublishErrorKind error = PublishErrorKind::None)
    {
        PublishOutcome o;
        o.status = status;
        o.error = error;
        return o;
    }
};

struct FakeTokens
{
    QString current = QStringLiteral("token-1");
    int refreshes = 0;
    bool refreshFails = false;
    bool relogin = false;
    QStringList askedFor; // connection account ids
};

class FakeBackend final : public PublishBackend
{
public:
    FakeBackend(FakePublisher &publisher, FakeTokens &tokens) : m_publisher(publisher), m_tokens(tokens) {}

    PlatformPublisher *publisherFor(Platform platform) override
    {
        return platform == m_publisher.platformValue ? &m_publisher : nullptr;
    }
    void accessToken(const Connection &c, TokenDone done) override
    {
        m_tokens.askedFor << c.accountId;
        if (m_tokens.relogin) {
            done(TokenAnswer{{}, QStringLiteral("signed out"), true});
            return;
        }
        done(TokenAnswer{m_tokens.current, {}, false});
    }
    void refreshAfterUnauthorized(const Connection &, const QString &rejected, TokenDone done) override
    {
        ++m_tokens.refreshes;
        if (m_tokens.refreshFails) {
            done(TokenAnswer{{}, QStringLiteral("refresh refused"), true});
            return;
        }
        if (rejected == m_tokens.current)
            m_tokens.current = QStringLiteral("token-%1").arg(m_tokens.refreshes + 1);
        done(TokenAnswer{m_tokens.current, {}, false});
    }

private:
    FakePublisher &m_publisher;
    FakeTokens &m_tokens;
};

} // namespace cf::test
