#pragma once

#include "app/content/media/GenerationJobLedger.h"
#include "app/content/media/MediaJob.h"
#include "models/domain/Campaign.h"
#include "models/domain/ContentItem.h"
#include "models/domain/Workspace.h"

#include <vector>

namespace cf {
class Clock;
class Database;

// One media job planned for a content item.
struct PlannedMediaJob
{
    qint64 contentItemId = 0;
    MediaJobSpec spec;
};

// Decides which media each content item needs, in each of the campaign's
// languages, from the stored copy (headline, call to action and video script
// per language; the item's title and call to action when no structured copy
// exists), the campaign's offer and the workspace's brand colours and logo:
//   image and carousel posts: a creative at the platform's feed size;
//   stories: a 9:16 creative;
//   videos and short videos: a voice-over and a video for the platform.
// Text-only formats (posts on X and LinkedIn without media, e-mail, blog,
// threads) get nothing.
class MediaPipeline
{
public:
    explicit MediaPipeline(const MediaLimits &limits) : m_limits(limits) {}

    // logoPath: the brand logo's file (empty for none).
    std::vector<PlannedMediaJob> plan(const Campaign &campaign, const Workspace &workspace,
                                      const std::vector<ContentItem> &items, const QString &logoPath) const;

    // The creative size for an image item on a platform.
    static QSize imageSizeFor(Platform platform, ContentType type);

private:
    const MediaLimits &m_limits;
};

// How one job of a batch ended.
struct MediaJobReport
{
    qint64 jobId = 0;
    qint64 contentItemId = 0;
    GenerationKind kind = GenerationKind::Image;
    QString language;
    JobStatus status = JobStatus::Failed;
    std::optional<qint64> assetId;
    bool reused = false;
    QString error;
};

// Runs planned jobs to the end for a caller without an event loop to spare
// (the CLI): workers on a thread pool, the calling thread waiting on their
// futures (no event loop) and writing every row itself through the ledger.
std::vector<MediaJobReport> runMediaJobsBlocking(const Database &database, const MediaEnvironment &environment,
                                                 const Clock &clock, qint64 campaignId,
                                                 const std::vector<PlannedMediaJob> &jobs);

} // namespace cf
