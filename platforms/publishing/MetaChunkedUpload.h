#pragma once

#include "platforms/publishing/PublishHttp.h"
#include "platforms/publishing/PublishTypes.h"

#include <QUrl>

#include <functional>
#include <optional>
#include <utility>

class QObject;

namespace cf {

// The client side of Graph's chunked video upload, shared by Page videos
// (POST /{page}/videos) and ad videos (POST /act_X/advideos):
//   upload_phase=start    file_size -> video_id, upload_session_id, start_offset, end_offset
//   upload_phase=transfer the bytes [start_offset, end_offset) the platform
//                         asked for, as multipart video_file_chunk -> the next offsets
// until start_offset == end_offset. The finish call differs per edge (it is
// the create for a Page video), so the adapter sends it.
//
// Why a State: it is reported after start and after every confirmed chunk so
// the adapter checkpoints it; a later attempt passes it back and continues
// with the chunk the platform last asked for instead of starting a second
// upload. When that chunk had in fact arrived (its answer was lost), Graph
// answers 6001/1363037 with the offsets it expects in error_data, and the
// upload follows them. Start and transfer are not posts, so they are plain
// calls: a lost answer is a retryable failure, never Unknown.
class MetaChunkedUpload
{
public:
    static constexpr int kChunkTimeoutMs = 5 * 60 * 1000;
    static constexpr int kMaxOffsetCorrections = 3; // without progress, in a row

    struct State
    {
        QString videoId;
        QString sessionId;
        qint64 start = 0; // the next byte the platform expects
        qint64 end = 0;   // the end of the chunk it asked for; equal to start when every byte is in

        bool complete() const { return !sessionId.isEmpty() && start == end; }
        // Compact JSON for a checkpoint value, and back (nullopt when empty or unreadable).
        QString toCheckpoint() const;
        static std::optional<State> fromCheckpoint(const QString &text);
    };

    using Progress = std::function<void(const State &state)>;
    using Uploaded = std::function<void(const State &state)>;
    using Failed = std::function<void(const PublishOutcome &outcome)>;

    // Uploads media through `edge` (the Graph URL of the videos edge),
    // continuing from `resume` when given. `progress` is called after start
    // and each confirmed chunk, `uploaded` once every byte is in, `failed`
    // with a FailedRetryable or FailedPermanent outcome otherwise. Exactly
    // one of `uploaded` and `failed` is called, never after context is gone.
    static void upload(const PublishHttp &http, const QUrl &edge, const QString &token, const PublishMedia &media,
                       std::optional<State> resume, QObject *context, Progress progress, Uploaded uploaded, Failed failed);

    // The offsets Graph names in error_data of a chunk error (6001/1363037,
    // 1363019), or nullopt when the answer carries none.
    static std::optional<std::pair<qint64, qint64>> offsetsFromError(const HttpResult &result);
};

} // namespace cf
