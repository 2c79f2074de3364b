#pragma once

#include "models/domain/AdSet.h"
#include "models/domain/Campaign.h"
#include "models/domain/MetricSample.h"

#include <QDate>

#include <optional>
#include <vector>

namespace cf {

class MetricsSeries;

// How far a campaign has run: days from its start to today, both counted,
// clamped to 0..totalDays (0 before the start, all of them after the end).
struct CampaignProgress
{
    int elapsedDays = 0;
    int totalDays = 0;
    double fraction() const { return totalDays > 0 ? double(elapsedDays) / totalDays : 0.0; }

    friend bool operator==(const CampaignProgress &, const CampaignProgress &) = default;
};

CampaignProgress campaignProgress(const QDate &start, const QDate &end, const QDate &today);

// Where the measured total stands against the estimate prorated to today.
enum class PaceVerdict { NoEstimate, Behind, OnTrack, Ahead };

// One metric's measured total against the plan's low..high estimate for the
// whole campaign, and against that range prorated over the elapsed days
// ("pacing"): 5 of 10 days gone means half the estimate is expected by now.
struct PredictedVsActual
{
    Metric metric = Metric::Impressions;
    double actual = 0;
    EstimateRange estimate;
    double pacedLow = 0;
    double pacedHigh = 0;
    PaceVerdict verdict = PaceVerdict::NoEstimate;
};

// The plan's range for a metric: reach, impressions, clicks and conversions
// from the estimate; nothing for the others.
std::optional<EstimateRange> estimateFor(const PerformanceEstimate &estimate, Metric metric);

PredictedVsActual compareWithEstimate(Metric metric, double actual, const std::optional<EstimateRange> &estimate,
                                      const CampaignProgress &progress);

// The planned spend in the campaign currency's minor units: the ad sets'
// budgets (a daily budget times the ad set's days, or the campaign's days
// when the ad set has no dates), optionally of one platform; with no ad sets
// of another currency counted. Without ad sets, the campaign budget. Zero
// when nothing is planned.
qint64 plannedSpendMinor(const Campaign &campaign, const std::vector<AdSet> &adSets,
                         std::optional<Platform> platform = std::nullopt);

// The numbers on the dashboard's tiles. Rates are unset when their
// denominator is zero or no spend was measured, so nothing divides by zero
// or shows a made-up 0 %.
struct ResultsKpis
{
    double impressions = 0;
    double reach = 0;
    double clicks = 0;
    double conversions = 0;
    double spendMinor = 0;
    std::optional<double> clickThroughRate;   // clicks / impressions, 0..1
    std::optional<double> costPerClickMinor;  // spend / clicks
    std::optional<double> costPerResultMinor; // spend / conversions
};

ResultsKpis resultsKpis(const MetricsSeries &series, std::optional<Platform> platform = std::nullopt);

} // namespace cf
