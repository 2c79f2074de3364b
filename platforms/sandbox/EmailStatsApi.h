#pragma once

#include "platforms/sandbox/PlatformEmulator.h"
#include "platforms/sandbox/SandboxMetrics.h"

#include <functional>

namespace cf::sandbox {

// The e-mail platforms' statistics for tracking, numbers from the shared
// MetricsTimeline (emails sent = impressions, opens = reach, clicks):
//  - Mailchimp GET /3.0/reports/{campaign_id} (a 10-hex-digit id; emails_sent,
//    opens {opens_total, unique_opens, open_rate}, clicks {clicks_total,
//    unique_clicks, click_rate}); called by MailchimpEmulator after its key check;
//  - Kit GET /v4/broadcasts/{id}/stats ({"broadcast":{"id","stats":{recipients,
//    open_rate, click_rate, total_clicks, unsubscribes, status, progress}}}) for
//    broadcasts KitEmulator holds; unknown ids answer 404 {"errors":["Not Found"]}.
class EmailStatsApi
{
public:
    explicit EmailStatsApi(SandboxContext &context)
        : m_timeline(context.clock)
    {
    }
    static bool handlesMailchimp(const SandboxRequest &request);
    static bool handlesKit(const SandboxRequest &request);
    SandboxReply mailchimpReport(const SandboxRequest &request);
    SandboxReply kitStats(const SandboxRequest &request, const std::function<bool(qint64 id)> &exists);
    void reset() { m_timeline.reset(); }

private:
    MetricsTimeline m_timeline;
};

} // namespace cf::sandbox
