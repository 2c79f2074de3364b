#pragma once

#include "platforms/metrics/MetricsReader.h"

#include <QJsonValue>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <functional>
#include <map>
#include <memory>

namespace cf::metricsread {

// Reads entities one request at a time (the platforms' per-object insights
// endpoints; sequential so a 429 or an expired token stops the whole read at
// once instead of sending the rest into the same wall). `one` answers either
// an entity or a failure; `done` gets everything read so far. With
// spacingMs, each next request waits that long after the previous answer
// (on the event loop, never blocking), for platforms that count requests
// per second (Snapchat: 10 a second per token).
template <typename T>
using OneDone = std::function<void(std::optional<T> entity, std::optional<PublishOutcome> failure)>;

template <typename T>
void readEach(const std::vector<QString> &ids, QObject *context,
              std::function<void(const QString &id, OneDone<T> answer)> one,
              std::function<void(const ReadResult<T> &result)> done, int spacingMs = 0)
{
    struct Run
    {
        std::vector<QString> ids;
        size_t next = 0;
        ReadResult<T> result;
        std::function<void(const QString &, OneDone<T>)> one;
        std::function<void(const ReadResult<T> &)> done;
        std::function<void()> step;
    };
    auto run = std::make_shared<Run>();
    run->ids = ids;
    run->one = std::move(one);
    run->done = std::move(done);
    QPointer<QObject> guard(context);
    std::weak_ptr<Run> weak = run;
    run->step = [weak, guard, spacingMs] {
        auto self = weak.lock();
        if (!self || !guard)
            return;
        if (self->next >= self->ids.size()) {
            auto finish = std::move(self->done);
            ReadResult<T> result = std::move(self->result);
            self->step = nullptr; // breaks the cycle: the run ends here
            finish(result);
            return;
        }
        const QString id = self->ids[self->next++];
        self->one(id, [self, guard, spacingMs](std::optional<T> entity, std::optional<PublishOutcome> failure) {
            if (failure) {
                self->result.ok = false;
                self->result.failure = *failure;
                auto finish = std::move(self->done);
                ReadResult<T> result = std::move(self->result);
                self->step = nullptr;
                finish(result);
                return;
            }
            if (entity)
                self->result.entities.push_back(std::move(*entity));
            if (spacingMs > 0 && guard && self->next < self->ids.size()) {
                // The timer holds the run; it goes with the context.
                QTimer::singleShot(spacingMs, guard.data(), [self] {
                    if (self->step)
                        self->step();
                });
                return;
            }
            self->step();
        });
    };
    run->step();
}

// Like readEach, for endpoints that take many ids per request: `one` gets
// up to `batchSize` ids and answers the entities it read or a failure.
template <typename T>
using BatchDone = std::function<void(std::vector<T> entities, std::optional<PublishOutcome> failure)>;

template <typename T>
void readBatches(const std::vector<QString> &ids, size_t batchSize, QObject *context,
                 std::function<void(const std::vector<QString> &batch, BatchDone<T> answer)> one,
                 std::function<void(const ReadResult<T> &result)> done)
{
    std::vector<QString> batchKeys;
    std::map<QString, std::vector<QString>> batches;
    for (size_t i = 0; i < ids.size(); i += batchSize) {
        const QString key = QString::number(i);
        batchKeys.push_back(key);
        batches[key] = std::vector<QString>(ids.begin() + qsizetype(i), ids.begin() + qsizetype(std::min(ids.size(), i + batchSize)));
    }
    // Each batch is one step of readEach; its entities are collected here.
    auto collected = std::make_shared<std::vector<T>>();
    readEach<bool>(
        batchKeys, context,
        [batches, one, collected](const QString &key, OneDone<bool> answer) {
            one(batches.at(key), [collected, answer](std::vector<T> entities, std::optional<PublishOutcome> failure) {
                for (T &e : entities)
                    collected->push_back(std::move(e));
                if (failure)
                    answer(std::nullopt, failure);
                else
                    answer(true, std::nullopt);
            });
        },
        [collected, done](const ReadResult<bool> &steps) {
            ReadResult<T> result;
            result.ok = steps.ok;
            result.failure = steps.failure;
            result.entities = std::move(*collected);
            done(result);
        });
}

// The platform URL with query items, values percent-encoded completely
// (JSON-valued parameters carry brackets, quotes and commas).
QUrl urlWithQuery(const QString &base, const QList<std::pair<QString, QString>> &query);

// A JSON value that may be a number or a numeric string ("1000").
double numberOf(const QJsonValue &value);

// A failure for an answer that is 2xx but not the documented shape.
PublishOutcome unreadableAnswer(const QString &what);

// "12.34" (or a number) in major units of a currency -> millionths.
std::optional<qint64> majorTextToMicros(const QString &text);

} // namespace cf::metricsread
