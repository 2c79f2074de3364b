#include "platforms/publishing/MetaChunkedUpload.h"

#include "platforms/publishing/MetaGraphErrors.h"
#include "platforms/publishing/PublishLog.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace cf {

namespace {

// Graph sends offsets as strings ("1048576"); error_data has numbers.
qint64 offsetValue(const QJsonValue &value, bool *ok)
{
    if (value.isDouble()) {
        *ok = true;
        return qint64(value.toDouble());
    }
    return value.toString().toLongLong(ok);
}

PublishOutcome unreadable(const PublishMedia &media)
{
    PublishOutcome outcome;
    outcome.status = PublishStatus::FailedPermanent;
    outcome.error = PublishErrorKind::MediaRejected;
    outcome.platformMessage = QCoreApplication::translate("cf::PublishHttp", "The media file %1 cannot be read or is empty.")
                                  .arg(QFileInfo(media.path).fileName());
    return outcome;
}

PublishOutcome malformed(const HttpResult &result)
{
    PublishOutcome outcome;
    outcome.status = PublishStatus::FailedRetryable;
    outcome.error = PublishErrorKind::PlatformUnavailable;
    outcome.httpStatus = result.status;
    outcome.platformMessage = QString::fromUtf8(result.body.left(300));
    return outcome;
}

// One upload in flight.
struct Run
{
    const PublishHttp *http = nullptr;
    QUrl edge;
    QString token;
    PublishMedia media;
    qint64 fileSize = 0;
    QObject *context = nullptr;
    MetaChunkedUpload::State state;
    int corrections = 0;
    MetaChunkedUpload::Progress progress;
    MetaChunkedUpload::Uploaded uploaded;
    MetaChunkedUpload::Failed failed;
};

void transferNext(std::shared_ptr<Run> run);

bool readOffsets(const QJsonObject &object, MetaChunkedUpload::State *state)
{
    bool startOk = false;
    bool endOk = false;
    const qint64 start = offsetValue(object.value(QLatin1String("start_offset")), &startOk);
    const qint64 end = offsetValue(object.value(QLatin1String("end_offset")), &endOk);
    if (!startOk || !endOk || start < 0 || end < start)
        return false;
    state->start = start;
    state->end = end;
    return true;
}

void startSession(std::shared_ptr<Run> run)
{
    HttpCall call = PublishHttp::formCall("POST", run->edge,
                                          {{QStringLiteral("upload_phase"), QStringLiteral("start")},
                                           {QStringLiteral("file_size"), QString::number(run->fileSize)}});
    call.header("Authorization", metagraph::authorization(run->token));
    run->http->send(call, run->context, [run](const HttpResult &result) {
        if (!result.ok())
            return run->failed(metagraph::failureOutcome(result, false, QDateTime::currentDateTimeUtc()));
        const QJsonObject answer = result.object();
        MetaChunkedUpload::State state;
        state.videoId = answer.value(QLatin1String("video_id")).toString();
        state.sessionId = answer.value(QLatin1String("upload_session_id")).toString();
        if (state.videoId.isEmpty() || state.sessionId.isEmpty() || !readOffsets(answer, &state))
            return run->failed(malformed(result));
        run->state = state;
        run->progress(run->state);
        transferNext(run);
    });
}

void transferNext(std::shared_ptr<Run> run)
{
    if (run->state.complete())
        return run->uploaded(run->state);
    QFile file(run->media.path);
    QByteArray chunk;
    if (file.open(QIODevice::ReadOnly) && file.seek(run->state.start))
        chunk = file.read(run->state.end - run->state.start);
    if (chunk.size() != run->state.end - run->state.start)
        return run->failed(unreadable(run->media));
    HttpCall call = PublishHttp::multipartCall("POST", run->edge,
                                               {{"upload_phase", "transfer", {}, {}},
                                                {"upload_session_id", run->state.sessionId.toUtf8(), {}, {}},
                                                {"start_offset", QByteArray::number(run->state.start), {}, {}},
                                                {"video_file_chunk", chunk, QFileInfo(run->media.path).fileName().toUtf8(), "application/octet-stream"}});
    call.header("Authorization", metagraph::authorization(run->token));
    call.timeoutMs = MetaChunkedUpload::kChunkTimeoutMs;
    run->http->send(call, run->context, [run](const HttpResult &result) {
        MetaChunkedUpload::State next = run->state;
        if (result.ok()) {
            if (!readOffsets(result.object(), &next) || next.start < run->state.start)
                return run->failed(malformed(result));
            run->corrections = 0;
        } else if (const auto expected = MetaChunkedUpload::offsetsFromError(result)) {
            // The platform stands elsewhere (a chunk whose answer was lost, an
            // older checkpoint): continue where it says, a few times at most.
            if (++run->corrections > MetaChunkedUpload::kMaxOffsetCorrections)
                return run->failed(metagraph::failureOutcome(result, false, QDateTime::currentDateTimeUtc()));
            qCInfo(lcPublish) << "video upload continues at the platform's offset" << expected->first;
            next.start = expected->first;
            next.end = expected->second;
        } else {
            return run->failed(metagraph::failureOutcome(result, false, QDateTime::currentDateTimeUtc()));
        }
        run->state = next;
        run->progress(run->state);
        transferNext(run);
    });
}

} // namespace

QString MetaChunkedUpload::State::toCheckpoint() const
{
    const QJsonObject object{{QStringLiteral("video_id"), videoId},
                             {QStringLiteral("session"), sessionId},
                             {QStringLiteral("start"), QString::number(start)},
                             {QStringLiteral("end"), QString::number(end)}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<MetaChunkedUpload::State> MetaChunkedUpload::State::fromCheckpoint(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    State state;
    state.videoId = object.value(QLatin1String("video_id")).toString();
    state.sessionId = object.value(QLatin1String("session")).toString();
    bool startOk = false;
    bool endOk = false;
    state.start = object.value(QLatin1String("start")).toString().toLongLong(&startOk);
    state.end = object.value(QLatin1String("end")).toString().toLongLong(&endOk);
    if (state.videoId.isEmpty() || state.sessionId.isEmpty() || !startOk || !endOk || state.end < state.start)
        return std::nullopt;
    return state;
}

std::optional<std::pair<qint64, qint64>> MetaChunkedUpload::offsetsFromError(const HttpResult &result)
{
    const QJsonObject error = result.object().value(QLatin1String("error")).toObject();
    QJsonValue data = error.value(QLatin1String("error_data"));
    if (data.isString()) // some Graph errors carry error_data as JSON text
        data = QJsonDocument::fromJson(data.toString().toUtf8()).object();
    State state;
    if (!data.isObject() || !readOffsets(data.toObject(), &state))
        return std::nullopt;
    return std::pair{state.start, state.end};
}

void MetaChunkedUpload::upload(const PublishHttp &http, const QUrl &edge, const QString &token, const PublishMedia &media,
                               std::optional<State> resume, QObject *context, Progress progress, Uploaded uploaded, Failed failed)
{
    auto run = std::make_shared<Run>();
    run->http = &http;
    run->edge = edge;
    run->token = token;
    run->media = media;
    run->fileSize = QFileInfo(media.path).size();
    run->context = context;
    run->progress = std::move(progress);
    run->uploaded = std::move(uploaded);
    run->failed = std::move(failed);
    if (run->fileSize <= 0)
        return run->failed(unreadable(media));
    if (!resume)
        return startSession(run);
    run->state = *resume;
    transferNext(run);
}

} // namespace cf
