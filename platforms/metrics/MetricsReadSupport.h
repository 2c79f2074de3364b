#pragma once

#include "platforms/metrics/MetricsReader.h"

#include <QPointer>

#include <functional>
#include <memory>

namespace cf::metricsread {

// Reads entities one request at a time (the platforms' per-object insights
// endpoints; sequential so a 429 or an expired token stops the whole read at
// once instead of sending the rest into the same wall). `one` answers either
// an entity or a failure; `done` gets everything read so far.
template <typename T>
using OneDone = std::function<void(std::optional<T> entity, std::optional<PublishOutcome> failure)>;

template <typename T>
void readEach(const std::vector<QString> &ids, QObject *context,
              std::function<void(const QString &id, OneDone<T> answer)> one,
              std::function<void(const ReadResult<T> &result)> done)
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
    run->step = [weak, guard] {
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
        self->one(id, [self](std::optional<T> entity, std::optional<PublishOutcome> failure) {
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
            self->step();
        });
    };
    run->step();
}

// A failure for an answer that is 2xx but not the documented shape.
PublishOutcome unreadableAnswer(const QString &what);

// "12.34" (or a number) in major units of a currency -> millionths.
std::optional<qint64> majorTextToMicros(const QString &text);

} // namespace cf::metricsread
