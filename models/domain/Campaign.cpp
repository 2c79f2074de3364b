#include "models/domain/Campaign.h"

#include "models/domain/JsonSupport.h"

#include <QCoreApplication>

namespace cf {

QString campaignStatusDisplayName(CampaignStatus status)
{
    switch (status) {
    case CampaignStatus::Draft: return QCoreApplication::translate("cf::Campaign", "Draft");
    case CampaignStatus::InReview: return QCoreApplication::translate("cf::Campaign", "In review");
    case CampaignStatus::Scheduled: return QCoreApplication::translate("cf::Campaign", "Scheduled");
    case CampaignStatus::Active: return QCoreApplication::translate("cf::Campaign", "Active");
    case CampaignStatus::Paused: return QCoreApplication::translate("cf::Campaign", "Paused");
    case CampaignStatus::Completed: return QCoreApplication::translate("cf::Campaign", "Completed");
    case CampaignStatus::Cancelled: return QCoreApplication::translate("cf::Campaign", "Cancelled");
    case CampaignStatus::Archived: return QCoreApplication::translate("cf::Campaign", "Archived");
    }
    return {};
}

QString campaignTypeDisplayName(CampaignType type)
{
    switch (type) {
    case CampaignType::ProductLaunch: return QCoreApplication::translate("cf::Campaign", "Product launch");
    case CampaignType::NurtureSequence: return QCoreApplication::translate("cf::Campaign", "Nurture sequence");
    case CampaignType::ReEngagement: return QCoreApplication::translate("cf::Campaign", "Re-engagement");
    case CampaignType::BrandAwareness: return QCoreApplication::translate("cf::Campaign", "Brand awareness");
    case CampaignType::SalesConversion: return QCoreApplication::translate("cf::Campaign", "Sales conversion");
    }
    return {};
}

QString objectiveDisplayName(Objective objective)
{
    switch (objective) {
    case Objective::Awareness: return QCoreApplication::translate("cf::Campaign", "Awareness");
    case Objective::Reach: return QCoreApplication::translate("cf::Campaign", "Reach");
    case Objective::Traffic: return QCoreApplication::translate("cf::Campaign", "Traffic");
    case Objective::Engagement: return QCoreApplication::translate("cf::Campaign", "Engagement");
    case Objective::Leads: return QCoreApplication::translate("cf::Campaign", "Leads");
    case Objective::Sales: return QCoreApplication::translate("cf::Campaign", "Sales");
    case Objective::AppInstalls: return QCoreApplication::translate("cf::Campaign", "App installs");
    case Objective::VideoViews: return QCoreApplication::translate("cf::Campaign", "Video views");
    }
    return {};
}

void to_json(nlohmann::json &j, const CampaignStrategy &value)
{
    j = nlohmann::json{{"summary", value.summary},
                       {"key_messages", value.keyMessages},
                       {"content_themes", value.contentThemes},
                       {"success_metrics", value.successMetrics}};
}

void from_json(const nlohmann::json &j, CampaignStrategy &value)
{
    jsonio::requireObject(j, "strategy");
    value = CampaignStrategy{};
    jsonio::read(j, "summary", value.summary);
    jsonio::read(j, "key_messages", value.keyMessages);
    jsonio::read(j, "content_themes", value.contentThemes);
    jsonio::read(j, "success_metrics", value.successMetrics);
}

namespace {
nlohmann::json rangeJson(const EstimateRange &range) { return {{"low", range.low}, {"high", range.high}}; }

void readRange(const nlohmann::json &j, const char *key, EstimateRange &out)
{
    const auto it = j.find(key);
    if (it == j.end() || it->is_null())
        return;
    jsonio::requireObject(*it, key);
    jsonio::read(*it, "low", out.low);
    jsonio::read(*it, "high", out.high);
}
} // namespace

void to_json(nlohmann::json &j, const PerformanceEstimate &value)
{
    j = nlohmann::json{{"reach", rangeJson(value.reach)},
                       {"impressions", rangeJson(value.impressions)},
                       {"clicks", rangeJson(value.clicks)},
                       {"conversions", rangeJson(value.conversions)}};
}

void from_json(const nlohmann::json &j, PerformanceEstimate &value)
{
    jsonio::requireObject(j, "estimate");
    value = PerformanceEstimate{};
    readRange(j, "reach", value.reach);
    readRange(j, "impressions", value.impressions);
    readRange(j, "clicks", value.clicks);
    readRange(j, "conversions", value.conversions);
}

void to_json(nlohmann::json &j, const PerformanceTotals &value)
{
    j = nlohmann::json{{"reach", value.reach},
                       {"impressions", value.impressions},
                       {"clicks", value.clicks},
                       {"conversions", value.conversions},
                       {"spend_minor", value.spendMinor}};
}

void from_json(const nlohmann::json &j, PerformanceTotals &value)
{
    jsonio::requireObject(j, "performance");
    value = PerformanceTotals{};
    jsonio::read(j, "reach", value.reach);
    jsonio::read(j, "impressions", value.impressions);
    jsonio::read(j, "clicks", value.clicks);
    jsonio::read(j, "conversions", value.conversions);
    jsonio::read(j, "spend_minor", value.spendMinor);
}

void to_json(nlohmann::json &j, const Campaign &value)
{
    j = nlohmann::json{{"id", value.id},
                       {"workspace_id", value.workspaceId},
                       {"name", value.name},
                       {"instruction", value.instruction},
                       {"automation_level", value.automationLevel},
                       {"status", value.status},
                       {"theme", value.theme},
                       {"time_zone", value.timeZone},
                       {"languages", value.languages},
                       {"platforms", value.platforms},
                       {"strategy", value.strategy},
                       {"audience", value.audience},
                       {"budget", value.budget},
                       {"product", value.product},
                       {"estimated", value.estimated},
                       {"actual", value.actual}};
    jsonio::writeOptional(j, "type", value.type);
    jsonio::writeOptional(j, "objective", value.objective);
    jsonio::writeDate(j, "start_date", value.startDate);
    jsonio::writeDate(j, "end_date", value.endDate);
    jsonio::writeInstant(j, "created_at", value.createdAt);
    jsonio::writeInstant(j, "updated_at", value.updatedAt);
}

void from_json(const nlohmann::json &j, Campaign &value)
{
    jsonio::requireObject(j, "campaign");
    value = Campaign{};
    jsonio::read(j, "id", value.id);
    jsonio::read(j, "workspace_id", value.workspaceId);
    jsonio::read(j, "name", value.name);
    jsonio::read(j, "instruction", value.instruction);
    jsonio::readOptional(j, "type", value.type);
    jsonio::readOptional(j, "objective", value.objective);
    jsonio::read(j, "automation_level", value.automationLevel);
    jsonio::read(j, "status", value.status);
    jsonio::read(j, "theme", value.theme);
    jsonio::read(j, "time_zone", value.timeZone);
    jsonio::read(j, "languages", value.languages);
    jsonio::read(j, "platforms", value.platforms);
    jsonio::read(j, "strategy", value.strategy);
    jsonio::read(j, "audience", value.audience);
    jsonio::read(j, "budget", value.budget);
    jsonio::read(j, "product", value.product);
    jsonio::read(j, "estimated", value.estimated);
    jsonio::read(j, "actual", value.actual);
    jsonio::readDate(j, "start_date", value.startDate);
    jsonio::readDate(j, "end_date", value.endDate);
    jsonio::readInstant(j, "created_at", value.createdAt);
    jsonio::readInstant(j, "updated_at", value.updatedAt);
}

} // namespace cf
