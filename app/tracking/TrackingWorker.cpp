#include "app/tracking/TrackingWorker.h"

#include "app/publishing/PublishContext.h"
#include "models/domain/Money.h"
#include "models/store/ConnectionRepository.h"
#include "models/store/Database.h"
#include "models/store/MetricRepository.h"
#include "models/store/PublishTargetRepository.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <map>

Q_LOGGING_CATEGORY(lcTracking, "cf.tracking")

namespace cf {

// The published targets one read covers: same platform, paid or organic,
// same account and same token.
struct TrackingWorker::Group
{
    Platform platform = Platform::Facebook;
    bool ads = false;
    Connection connection;
    Connection parent;
    Connection tokenConnection;
    std::vector<PublishContext> targets;
};

struct TrackingWorker::Pass
{
    enum class Kind { Metrics, Status };
    Kind kind = Kind::Metrics;
    QDateTime at;
    std::vector<Group> groups;
    TrackingSummary summary;
    Done done;
};

TrackingWorker::TrackingWorker(const Database &db, PublishBackend &tokens, ReaderFactory readers, UtcNow now,
                               QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_tokens(tokens)
    , m_factory(std::move(readers))
    , m_now(std::move(now))
{
}

TrackingWorker::~TrackingWorker() = default;

MetricsReader *TrackingWorker::readerFor(Platform platform, bool ads)
{
    auto &slot = m_readers[{platform, ads}];
    if (!slot)
        slot = m_factory(platform, ads);
    return slot.get();
}

std::vector<TrackingWorker::Group> TrackingWorker::loadGroups(const QDateTime &nowUtc, TrackingSummary &summary) const
{
    std::vector<Group> groups;
    const auto published = PublishTargetRepository(m_db).listInState(TargetState::Published);
    if (!published) {
        summary.problems << published.error().message;
        return groups;
    }
    const QDateTime oldest = nowUtc.addDays(-kTrackDays);
    std::map<std::tuple<Platform, bool, qint64, qint64>, size_t> index;
    for (const PublishTarget &t : *published) {
        const QDateTime publishedAt = t.sendingAt.isValid() ? t.sendingAt : t.updatedAt;
        if (t.externalId.isEmpty() || (publishedAt.isValid() && publishedAt < oldest))
            continue;
        QString error;
        auto context = loadPublishContext(m_db, t.id, QString(), &error);
        if (!context) {
            summary.problems << error;
            continue;
        }
        if (context->campaign.status == CampaignStatus::Archived)
            continue;
        const bool ads = context->item.adSetId.has_value();
        const auto key = std::make_tuple(t.platform, ads, context->connection.id, context->tokenConnection().id);
        auto [it, fresh] = index.emplace(key, groups.size());
        if (fresh) {
            Group g;
            g.platform = t.platform;
            g.ads = ads;
            g.connection = context->connection;
            g.parent = context->parent;
            g.tokenConnection = context->tokenConnection();
            groups.push_back(std::move(g));
        }
        groups[it->second].targets.push_back(std::move(*context));
        ++summary.targets;
    }
    return groups;
}

void TrackingWorker::syncMetrics(Done done)
{
    auto pass = std::make_shared<Pass>();
    pass->kind = Pass::Kind::Metrics;
    pass->at = m_now();
    pass->done = std::move(done);
    pass->groups = loadGroups(pass->at, pass->summary);
    runGroups(pass);
}

void TrackingWorker::syncStatus(Done done)
{
    auto pass = std::make_shared<Pass>();
    pass->kind = Pass::Kind::Status;
    pass->at = m_now();
    pass->done = std::move(done);
    pass->groups = loadGroups(pass->at, pass->summary);
    runGroups(pass);
}

void TrackingWorker::runGroups(std::shared_ptr<Pass> pass)
{
    // Groups are read one after the other; readGroup moves on to the next.
    readGroup(std::move(pass), 0, false, QString());
}

void TrackingWorker::readGroup(std::shared_ptr<Pass> pass, size_t index, bool refreshed, const QString &rejected)
{
    // Skip groups this build cannot read.
    while (index < pass->groups.size()) {
        const Group &g = pass->groups[index];
        MetricsReader *reader = readerFor(g.platform, g.ads);
        const bool readable = reader && (!g.ads || reader->readsAds())
            && (pass->kind == Pass::Kind::Metrics || reader->readsStatus(g.ads));
        if (readable)
            break;
        ++index;
    }
    if (index >= pass->groups.size()) {
        qCInfo(lcTracking) << (pass->kind == Pass::Kind::Metrics ? "metrics" : "status") << "pass:" << pass->summary.targets
                           << "targets," << pass->summary.samples << "samples," << pass->summary.statusChanges
                           << "status changes," << pass->summary.problems.size() << "problems";
        auto done = std::move(pass->done);
        done(pass->summary);
        return;
    }
    const Group &group = pass->groups[index];
    auto withToken = [this, pass, index, refreshed](const TokenAnswer &answer) {
        Group &g = pass->groups[index];
        if (!answer.error.isEmpty()) {
            pass->summary.problems << answer.error;
            readGroup(pass, index + 1, false, QString());
            return;
        }
        MetricsQuery query;
        query.connection = g.connection;
        query.parentConnection = g.parent;
        query.accessToken = answer.accessToken;
        query.ads = g.ads;
        for (const PublishContext &c : g.targets)
            query.externalIds.push_back(c.target.externalId);
        MetricsReader *reader = readerFor(g.platform, g.ads);
        const QString token = answer.accessToken;
        auto after = [this, pass, index, refreshed, token](const PublishOutcome &failure, bool ok) {
            if (!ok && failure.unauthorized && !refreshed) {
                readGroup(pass, index, true, token); // once, with a renewed token
                return;
            }
            readGroup(pass, index + 1, false, QString());
        };
        if (pass->kind == Pass::Kind::Metrics) {
            reader->readMetrics(query, this, [this, pass, index, after](const MetricsResult &result) {
                applyMetrics(*pass, pass->groups[index], result);
                after(result.failure, result.ok);
            });
        } else {
            reader->readStatus(query, this, [this, pass, index, after](const StatusResult &result) {
                applyStatus(*pass, pass->groups[index], result);
                after(result.failure, result.ok);
            });
        }
    };
    if (refreshed)
        m_tokens.refreshAfterUnauthorized(group.tokenConnection, rejected, withToken);
    else
        m_tokens.accessToken(group.tokenConnection, withToken);
}

void TrackingWorker::applyMetrics(Pass &pass, const Group &group, const MetricsResult &result)
{
    if (!result.ok && !(result.failure.unauthorized))
        pass.summary.problems << QCoreApplication::translate("cf::TrackingWorker", "%1: the numbers could not be read (%2).")
                                     .arg(platformDisplayName(group.platform),
                                          result.failure.platformMessage.isEmpty() ? result.failure.platformCode
                                                                                   : result.failure.platformMessage);
    std::vector<MetricSample> samples;
    for (const EntityMetrics &entity : result.entities) {
        for (const PublishContext &c : group.targets) {
            if (c.target.externalId != entity.externalId)
                continue;
            MetricSample base;
            base.campaignId = c.campaign.id;
            base.adSetId = c.item.adSetId;
            base.contentItemId = c.item.id;
            base.platform = c.target.platform;
            base.sampledAt = pass.at;
            for (const auto &[metric, value] : entity.values) {
                MetricSample s = base;
                s.metric = metric;
                s.value = value;
                samples.push_back(s);
            }
            const QString currency = c.campaign.budget.amount.currency;
            if (entity.spendMicros && (entity.spendCurrency.isEmpty() || entity.spendCurrency == currency)) {
                MetricSample s = base;
                s.metric = Metric::SpendMinor;
                s.value = double(*entity.spendMicros * minorUnitsPerMajor(currency) / 1000000);
                samples.push_back(s);
            } else if (entity.spendMicros) {
                qCWarning(lcTracking) << "spend in" << entity.spendCurrency << "for a campaign in" << currency
                                      << "is not converted; target" << c.target.id;
            }
        }
    }
    if (StoreStatus s = MetricRepository(m_db).append(samples); s.isError()) {
        pass.summary.problems << s.message;
        return;
    }
    pass.summary.samples += int(samples.size());
}

void TrackingWorker::applyStatus(Pass &pass, const Group &group, const StatusResult &result)
{
    if (!result.ok && !result.failure.unauthorized)
        pass.summary.problems << QCoreApplication::translate("cf::TrackingWorker", "%1: the status could not be read (%2).")
                                     .arg(platformDisplayName(group.platform),
                                          result.failure.platformMessage.isEmpty() ? result.failure.platformCode
                                                                                   : result.failure.platformMessage);
    const PublishTargetRepository targets(m_db);
    for (const EntityStatus &status : result.entities) {
        for (const PublishContext &c : group.targets) {
            if (c.target.externalId != status.externalId)
                continue;
            const bool changed = c.target.platformStatus != status.platformStatus;
            if (auto stored = targets.setPlatformStatus(c.target.id, status.platformStatus, pass.at); !stored) {
                pass.summary.problems << stored.error().message;
                continue;
            }
            if (!changed)
                continue;
            ++pass.summary.statusChanges;
            const QString title = c.item.title.en.isEmpty() ? c.item.title.ar : c.item.title.en;
            QString message;
            if (status.verdict == EntityVerdict::Rejected)
                message = QCoreApplication::translate("cf::TrackingWorker", "%1 rejected \"%2\" (%3). %4")
                              .arg(platformDisplayName(c.target.platform), title, status.platformStatus, status.detail);
            else if (status.verdict == EntityVerdict::Failed)
                message = QCoreApplication::translate("cf::TrackingWorker", "\"%2\" has a problem on %1 (%3). %4")
                              .arg(platformDisplayName(c.target.platform), title, status.platformStatus, status.detail);
            if (!message.isEmpty()) {
                ++pass.summary.attention;
                Q_EMIT attentionNeeded(c.target.id, c.item.id, message.trimmed());
            }
        }
    }
}

void TrackingWorker::refreshTokens(Done done)
{
    struct Run
    {
        std::vector<Connection> due;
        size_t next = 0;
        TrackingSummary summary;
        Done done;
        std::function<void()> step;
    };
    auto run = std::make_shared<Run>();
    run->done = std::move(done);
    const QDateTime now = m_now();
    const auto all = ConnectionRepository(m_db).list();
    if (!all)
        run->summary.problems << all.error().message;
    else
        for (const Connection &c : *all)
            if (c.status == ConnectionStatus::Connected && c.expiresAt.isValid() && c.expiresAt <= now.addSecs(kRefreshWithinSecs))
                run->due.push_back(c);
    std::weak_ptr<Run> weak = run;
    run->step = [this, weak] {
        auto self = weak.lock();
        if (!self)
            return;
        if (self->next >= self->due.size()) {
            auto finish = std::move(self->done);
            const TrackingSummary summary = self->summary;
            self->step = nullptr;
            finish(summary);
            return;
        }
        const Connection connection = self->due[self->next++];
        // The current token first, then a renewal as if it had been refused:
        // TokenRefresher renews, writes the keychain and updates the expiry.
        m_tokens.accessToken(connection, [this, self, connection](const TokenAnswer &current) {
            if (!current.error.isEmpty()) {
                self->summary.problems << current.error;
                self->step();
                return;
            }
            m_tokens.refreshAfterUnauthorized(connection, current.accessToken, [self](const TokenAnswer &renewed) {
                if (renewed.error.isEmpty())
                    ++self->summary.tokensRefreshed;
                else
                    self->summary.problems << renewed.error;
                self->step();
            });
        });
    };
    run->step();
}

} // namespace cf
