#pragma once

#include "platforms/sandbox/PlatformEmulator.h"
#include "platforms/sandbox/SandboxMetrics.h"

namespace cf::sandbox {

// GET /open_api/v1.3/report/integrated/get/ on business-api.tiktok.com
// (../shared/platforms/ads.md 2.7), called by TikTokBusinessEmulator once
// the Access-Token is valid. Checked: advertiser_id of a seeded advertiser,
// report_type=BASIC, data_level AUCTION_AD/ADGROUP/CAMPAIGN with the
// matching id dimension (dimensions and metrics are JSON arrays of strings,
// only known metrics), query_lifetime=true or start_date + end_date, and
// filtering as a JSON array of {field_name, filter_type: IN, filter_value:
// a JSON-encoded array}. Rows are answered for the filtered ids (a report
// without an id filter lists nothing: the sandbox keeps no delivery of its
// own); metric values are strings, spend in the advertiser currency's
// major units, from the shared MetricsTimeline.
class TikTokReportApi
{
public:
    explicit TikTokReportApi(SandboxContext &context)
        : m_context(context)
        , m_timeline(context.clock)
    {
    }
    static bool handles(const QString &path);
    SandboxReply handle(const SandboxRequest &request);
    void reset() { m_timeline.reset(); }

private:
    SandboxContext &m_context;
    MetricsTimeline m_timeline;
};

} // namespace cf::sandbox
