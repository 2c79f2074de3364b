#pragma once

#include "platforms/sandbox/PlatformEmulator.h"
#include "platforms/sandbox/SandboxMetrics.h"

#include <functional>

namespace cf::sandbox {

// GET /rest/socialActions/{post urn} on api.linkedin.com (likes and
// comments summary of a post), called by LinkedInEmulator after its token
// and LinkedIn-Version checks. Needs r_member_social, w_member_social or
// rw_organization_admin; posts the emulator does not hold answer 404.
// Counts from the shared MetricsTimeline (likes, comments).
class LinkedInSocialActionsApi
{
public:
    explicit LinkedInSocialActionsApi(SandboxContext &context)
        : m_timeline(context.clock)
    {
    }
    static bool handles(const SandboxRequest &request);
    SandboxReply handle(const SandboxRequest &request, const TokenCheck &check, const std::function<bool(const QString &urn)> &exists);
    void reset() { m_timeline.reset(); }

private:
    MetricsTimeline m_timeline;
};

} // namespace cf::sandbox
