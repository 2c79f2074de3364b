#pragma once

#include "platforms/sandbox/PlatformEmulator.h"
#include "platforms/sandbox/SandboxMetrics.h"

#include <functional>

namespace cf::sandbox {

// POST /v2/video/query/?fields=.. on open.tiktokapis.com (Display API), called
// by TikTokEmulator after its token check: needs the video.list scope,
// `fields` among id, share_url and the four counts, a JSON body {"filters":{"video_ids":[..]}}
// with 1-20 ids. Answers {"data":{"videos":[..],"cursor","has_more"},
// "error":{"code":"ok"}} for the ids that are the caller's published posts
// (others are left out, as TikTok does); counts from the shared
// MetricsTimeline (view_count = impressions, like/comment/share counts).
class TikTokVideoQueryApi
{
public:
    // True when the post id is one of the user's published posts.
    using OwnsPost = std::function<bool(const QString &postId, const QString &userId)>;

    explicit TikTokVideoQueryApi(SandboxContext &context)
        : m_timeline(context.clock)
    {
    }
    static bool handles(const SandboxRequest &request);
    SandboxReply handle(const SandboxRequest &request, const TokenCheck &check, const OwnsPost &owns);
    void reset() { m_timeline.reset(); }

private:
    MetricsTimeline m_timeline;
};

} // namespace cf::sandbox
