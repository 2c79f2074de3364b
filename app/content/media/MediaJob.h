#pragma once

#include "app/content/media/CancelToken.h"
#include "app/content/media/CreativeSpec.h"
#include "app/content/media/FontRegistry.h"
#include "app/content/media/MediaLimits.h"
#include "app/content/media/ToolLocator.h"
#include "models/domain/Asset.h"
#include "models/domain/GenerationJob.h"
#include "models/domain/VideoScript.h"

#include <functional>
#include <optional>

namespace cf {

// The inputs of one media generation job, as plain values.
//   Image: `creative` is drawn.
//   Voice: `script` is spoken.
//   Video: `script` is spoken and shown in `creative`'s look at `target`.
struct MediaJobSpec
{
    GenerationKind kind = GenerationKind::Image;
    CreativeSpec creative;
    VideoScript script;
    VideoTarget target;
};

// What every media job needs from the composition root: the registered
// fonts, where the tools are, and the assets folder.
struct MediaEnvironment
{
    CreativeFonts fonts;
    ToolLocator tools;
    QString assetsDir;
};

// How a job ended. On success `asset` describes the stored file (id 0: the
// caller writes the metadata row on its own database connection).
struct MediaJobOutcome
{
    JobStatus status = JobStatus::Failed;
    QString error;
    std::optional<Asset> asset;
};

// Bumped with any change in how voice or video are produced, so cached
// results are made again.
constexpr int kMediaPipelineVersion = 1;

// The cache identity of a job: sha256 over its kind, every input that
// changes the result (including the bytes of the logo and photo) and the
// renderer and pipeline versions. Empty with *error when an input file
// cannot be read.
QString mediaJobCacheKey(const MediaJobSpec &spec, QString *error);
// The JSON kept in generation_jobs.parameters: the inputs for people and the
// cache key for findSucceededByCacheKey.
QString mediaJobParameters(const MediaJobSpec &spec, const QString &cacheKey);

// Runs one job to the end on the calling (worker) thread and stores its file
// in the asset folder. progress receives 0..100; cancel is honoured between
// steps and while tools run.
MediaJobOutcome runMediaJob(const MediaJobSpec &spec, const MediaEnvironment &environment, const CancelToken &cancel,
                            const std::function<void(int)> &progress);

} // namespace cf
