#pragma once

#include "app/planning/data/PlanningData.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <map>
#include <vector>

namespace cf {

// Builds the real hierarchy of each paid channel from the brief and the
// budget: Meta campaign -> ad sets -> ads (one image + text, one video +
// text), TikTok campaign -> ad group -> video ads, Snapchat campaign -> ad
// squad -> ads. Field names and enum values are the platforms' own (ads.md),
// so a publisher can send them as they are; city names that need a platform
// lookup (Meta geolocation keys, TikTok region ids) are listed under
// "location_lookups" rather than invented.
class AdStructureBuilder
{
    Q_DECLARE_TR_FUNCTIONS(cf::AdStructureBuilder)

public:
    struct Segment
    {
        int ageMin = 18;
        int ageMax = 65;
    };
    struct Result
    {
        std::vector<AdCampaignPlan> campaigns;
        std::vector<PlanMessage> warnings;
    };

    explicit AdStructureBuilder(const PlanningData &data) : m_data(data) {}

    // The age bounds ads may use for this brief (platforms do not serve ads to
    // children), and a warning when they differ from the brief.
    static Segment adAudience(const CampaignBrief &brief, std::vector<PlanMessage> *warnings);
    // Meta splits a range that spans two or three of its reporting age
    // buckets (18-24, 25-34, 35-44, ...) into one ad set per bucket, so
    // 25-40 becomes 25-34 and 35-40; wider ranges stay broad.
    static std::vector<Segment> metaSegments(const Segment &audience);
    // TikTok's fixed age groups covering [min, max].
    static QStringList tiktokAgeGroups(const Segment &audience);
    // How many ad sets each channel asks for before budget checks.
    static std::map<QString, int> desiredAdSets(const CampaignBrief &brief);

    Result build(const CampaignBrief &brief, const BudgetPlan &budget, const std::vector<PhasePlan> &phases) const;

private:
    AdCampaignPlan buildMeta(const CampaignBrief &brief, const ChannelBudget &budget, const QString &adContentType,
                             std::vector<PlanMessage> &warnings) const;
    AdCampaignPlan buildTikTok(const CampaignBrief &brief, const ChannelBudget &budget, const QString &adContentType,
                               std::vector<PlanMessage> &warnings) const;
    AdCampaignPlan buildSnapchat(const CampaignBrief &brief, const ChannelBudget &budget, const QString &adContentType,
                                 std::vector<PlanMessage> &warnings) const;
    QJsonObject locationLookups(const CampaignBrief &brief) const;

    const PlanningData &m_data;
};

} // namespace cf
