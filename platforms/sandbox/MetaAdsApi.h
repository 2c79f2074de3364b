#pragma once

#include "platforms/sandbox/MetaGraphSupport.h"
#include "platforms/sandbox/PlatformEmulator.h"

#include <map>

namespace cf::sandbox {

// Marketing API calls on graph.facebook.com under /act_{id}: campaign
// creation with the v23+ required fields (special_ad_categories, a budget or
// is_adset_budget_sharing_enabled), listing campaigns, and minimum_budgets.
class MetaAdsApi
{
public:
    explicit MetaAdsApi(SandboxContext &context)
        : m_context(context)
    {
    }
    std::optional<SandboxReply> handle(MetaCall &call);
    void reset() { m_campaigns.clear(); }

private:
    struct Campaign
    {
        QString id;
        QString accountId;
        Json fields;
    };
    SandboxReply createCampaign(MetaCall &call, const QString &accountId);
    SandboxReply listCampaigns(const MetaCall &call, const QString &accountId) const;

    SandboxContext &m_context;
    std::map<QString, Campaign> m_campaigns;
};

} // namespace cf::sandbox
