#pragma once

#include "models/domain/Audience.h"
#include "models/domain/EnumIds.h"
#include "models/domain/Money.h"
#include "models/domain/Platform.h"
#include "models/domain/ProductFacts.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <vector>

namespace cf {

enum class CampaignType { ProductLaunch, NurtureSequence, ReEngagement, BrandAwareness, SalesConversion };
template <>
struct EnumIdTable<CampaignType>
{
    static constexpr EnumIdEntries<CampaignType, 5> entries{{
        {CampaignType::ProductLaunch, "product_launch"},
        {CampaignType::NurtureSequence, "nurture_sequence"},
        {CampaignType::ReEngagement, "re_engagement"},
        {CampaignType::BrandAwareness, "brand_awareness"},
        {CampaignType::SalesConversion, "sales_conversion"},
    }};
};

enum class Objective { Awareness, Reach, Traffic, Engagement, Leads, Sales, AppInstalls, VideoViews };
template <>
struct EnumIdTable<Objective>
{
    static constexpr EnumIdEntries<Objective, 8> entries{{
        {Objective::Awareness, "awareness"},
        {Objective::Reach, "reach"},
        {Objective::Traffic, "traffic"},
        {Objective::Engagement, "engagement"},
        {Objective::Leads, "leads"},
        {Objective::Sales, "sales"},
        {Objective::AppInstalls, "app_installs"},
        {Objective::VideoViews, "video_views"},
    }};
};

// How much the app may do on its own. Manual: the owner approves and publishes
// each item. SemiAutomatic: approved items publish on schedule by themselves.
// Automatic: items publish on schedule without a per-item approval.
// AiOptimized: as Automatic, and the app may also move budget and timing
// towards what measured results favour.
enum class AutomationLevel { Manual, SemiAutomatic, Automatic, AiOptimized };
template <>
struct EnumIdTable<AutomationLevel>
{
    static constexpr EnumIdEntries<AutomationLevel, 4> entries{{
        {AutomationLevel::Manual, "manual"},
        {AutomationLevel::SemiAutomatic, "semi_automatic"},
        {AutomationLevel::Automatic, "automatic"},
        {AutomationLevel::AiOptimized, "ai_optimized"},
    }};
};

enum class CampaignStatus { Draft, InReview, Scheduled, Active, Paused, Completed, Cancelled, Archived };
template <>
struct EnumIdTable<CampaignStatus>
{
    static constexpr EnumIdEntries<CampaignStatus, 8> entries{{
        {CampaignStatus::Draft, "draft"},
        {CampaignStatus::InReview, "in_review"},
        {CampaignStatus::Scheduled, "scheduled"},
        {CampaignStatus::Active, "active"},
        {CampaignStatus::Paused, "paused"},
        {CampaignStatus::Completed, "completed"},
        {CampaignStatus::Cancelled, "cancelled"},
        {CampaignStatus::Archived, "archived"},
    }};
};

// Translated names for people (the ids above are for machines).
QString campaignStatusDisplayName(CampaignStatus status);
QString campaignTypeDisplayName(CampaignType type);
QString objectiveDisplayName(Objective objective);

// The plan's reasoning, kept with the campaign so the owner can read it later.
struct CampaignStrategy
{
    QString summary;
    QStringList keyMessages;
    QStringList contentThemes;
    QStringList successMetrics;

    friend bool operator==(const CampaignStrategy &, const CampaignStrategy &) = default;
};

// An estimated low..high range.
struct EstimateRange
{
    qint64 low = 0;
    qint64 high = 0;

    friend bool operator==(const EstimateRange &, const EstimateRange &) = default;
};

struct PerformanceEstimate
{
    EstimateRange reach;
    EstimateRange impressions;
    EstimateRange clicks;
    EstimateRange conversions;

    friend bool operator==(const PerformanceEstimate &, const PerformanceEstimate &) = default;
};

// Measured totals, refreshed by metrics sync; spend in the campaign currency.
struct PerformanceTotals
{
    qint64 reach = 0;
    qint64 impressions = 0;
    qint64 clicks = 0;
    qint64 conversions = 0;
    qint64 spendMinor = 0;

    friend bool operator==(const PerformanceTotals &, const PerformanceTotals &) = default;
};

// One campaign: what the owner asked for, what was planned, where it stands.
// Dates are calendar days in the campaign's time zone; created/updated are
// UTC instants. Ad sets and content items are stored separately and refer to
// the campaign by id.
struct Campaign
{
    qint64 id = 0; // 0 until stored
    qint64 workspaceId = 0;
    QString name;
    QString instruction; // the sentence the campaign was made from
    std::optional<CampaignType> type;
    std::optional<Objective> objective;
    AutomationLevel automationLevel = AutomationLevel::Manual;
    CampaignStatus status = CampaignStatus::Draft;
    QString theme;    // occasion or theme, e.g. "Ramadan"
    QString timeZone; // IANA id of the audience's time zone
    QStringList languages;
    std::vector<Platform> platforms;
    CampaignStrategy strategy;
    Audience audience;
    Budget budget;
    ProductFacts product; // what the copy sells (schema v2)
    QDate startDate;
    QDate endDate;
    PerformanceEstimate estimated;
    PerformanceTotals actual;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC

    friend bool operator==(const Campaign &, const Campaign &) = default;
};

void to_json(nlohmann::json &j, const CampaignStrategy &value);
void from_json(const nlohmann::json &j, CampaignStrategy &value);
void to_json(nlohmann::json &j, const PerformanceEstimate &value);
void from_json(const nlohmann::json &j, PerformanceEstimate &value);
void to_json(nlohmann::json &j, const PerformanceTotals &value);
void from_json(const nlohmann::json &j, PerformanceTotals &value);
void to_json(nlohmann::json &j, const Campaign &value);
void from_json(const nlohmann::json &j, Campaign &value);

} // namespace cf
