#pragma once

// Test doubles for paid ads in the publishing worker: an ads adapter that
// builds a Meta-like hierarchy (campaign -> ad set -> image -> creative ->
// ad) from the request's checkpoints, counting what it creates, and a
// backend that hands it out for ad items (and nothing for organic ones
// unless given an organic adapter).

#include "app/publishing/PublishBackend.h"
#include "platforms/publishing/AdPublisher.h"

#include <QTimer>

#include <deque>
#include <vector>

namespace cf::test {

class FakeAdPublisher final : public AdPublisher
{
public:
    int campaignCreates = 0;
    int adSetCreates = 0;
    int imageCreates = 0;
    int creativeCreates = 0;
    int adCreates = 0;
    int failCreativeTimes = 0; // the next n creative steps answer 429 after the image exists
    std::vector<PublishRequest> sent;
    std::vector<AdDeliveryChange> deliveries;
    std::vector<AdBudgetChange> budgets;
    std::deque<PublishOutcome> deliveryScript; // one per setDelivery(); empty = applied
    std::deque<PublishOutcome> budgetScript;   // one per updateBudget(); empty = applied

    Platform platform() const override { return Platform::Facebook; }
    QStringList checkLimits(const PublishRequest &) const override { return {}; }

    void publish(const PublishRequest &request, QObject *context, Checkpoint checkpoint, Done done) override
    {
        sent.push_back(request);
        auto have = [&](const char *step, int *creates, const QString &prefix) {
            const auto found = request.checkpoints.find(QString::fromLatin1(step));
            if (found != request.checkpoints.end())
                return;
            ++*creates;
            checkpoint(QString::fromLatin1(step), prefix + QString::number(*creates));
        };
        have("campaign", &campaignCreates, QStringLiteral("camp-"));
        have("adset", &adSetCreates, QStringLiteral("adset-"));
        have("image", &imageCreates, QStringLiteral("img-"));
        PublishOutcome outcome;
        if (failCreativeTimes > 0 && request.checkpoints.count(QStringLiteral("creative")) == 0) {
            --failCreativeTimes;
            outcome.status = PublishStatus::FailedRetryable;
            outcome.error = PublishErrorKind::RateLimited;
            outcome.httpStatus = 429;
        } else {
            have("creative", &creativeCreates, QStringLiteral("creative-"));
            ++adCreates;
            outcome.status = PublishStatus::Published;
            outcome.externalId = QStringLiteral("ad-%1").arg(adCreates);
        }
        QTimer::singleShot(0, context, [done, outcome] { done(outcome); });
    }

    void reconcile(const PublishRequest &, QObject *context, ReconcileDone done) override
    {
        QTimer::singleShot(0, context, [done] { done(ReconcileOutcome{}); });
    }

    void setDelivery(const AdDeliveryChange &change, QObject *context, Done done) override
    {
        deliveries.push_back(change);
        answer(deliveryScript, context, std::move(done));
    }

    void updateBudget(const AdBudgetChange &change, QObject *context, Done done) override
    {
        budgets.push_back(change);
        answer(budgetScript, context, std::move(done));
    }

private:
    static void answer(std::deque<PublishOutcome> &script, QObject *context, Done done)
    {
        PublishOutcome outcome;
        outcome.status = PublishStatus::Published;
        if (!script.empty()) {
            outcome = script.front();
            script.pop_front();
        }
        QTimer::singleShot(0, context, [done, outcome] { done(outcome); });
    }
};

class FakeAdBackend final : public PublishBackend
{
public:
    // ads may be null: "this build has no ads adapter".
    FakeAdBackend(FakeAdPublisher *ads, PlatformPublisher *organic = nullptr) : m_ads(ads), m_organic(organic) {}

    PlatformPublisher *publisherFor(Platform) override { return m_organic; }
    AdPublisher *adPublisherFor(Platform platform) override
    {
        adPlatformsAsked.push_back(platform);
        return platform == Platform::Facebook || platform == Platform::Instagram ? m_ads : nullptr;
    }
    void accessToken(const Connection &c, TokenDone done) override
    {
        tokensFor.push_back(c.accountId);
        done(TokenAnswer{QStringLiteral("user-token"), {}, false});
    }
    void refreshAfterUnauthorized(const Connection &, const QString &, TokenDone done) override
    {
        ++refreshes;
        done(TokenAnswer{QStringLiteral("user-token-2"), {}, false});
    }

    std::vector<Platform> adPlatformsAsked;
    QStringList tokensFor;
    int refreshes = 0;

private:
    FakeAdPublisher *m_ads;
    PlatformPublisher *m_organic;
};

} // namespace cf::test
