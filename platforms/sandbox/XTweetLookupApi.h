#pragma once

#include "platforms/sandbox/PlatformEmulator.h"
#include "platforms/sandbox/SandboxMetrics.h"

#include <functional>
#include <optional>

namespace cf::sandbox {

// GET /2/tweets?ids=..&tweet.fields=.. on api.x.com (the v2 post lookup the
// tracking reader uses), called by XEmulator with the caller's token check
// and a lookup of the posts it holds. Checked: tweet.read and users.read
// scopes, 1-100 numeric ids, known tweet.fields. Found posts answer with
// id, text, edit_history_tweet_ids and the requested fields
// (public_metrics from the shared MetricsTimeline: impression_count,
// like_count, reply_count, retweet_count, quote_count, bookmark_count);
// missing ones come back in "errors" as resource-not-found, as X does.
class XTweetLookupApi
{
public:
    using FindText = std::function<std::optional<QString>(const QString &id)>;

    explicit XTweetLookupApi(SandboxContext &context)
        : m_timeline(context.clock)
    {
    }
    static bool handles(const SandboxRequest &request);
    SandboxReply handle(const SandboxRequest &request, const TokenCheck &check, const FindText &find);
    void reset() { m_timeline.reset(); }

private:
    MetricsTimeline m_timeline;
};

} // namespace cf::sandbox
