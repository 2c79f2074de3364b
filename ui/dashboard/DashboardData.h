#pragma once

#include "app/tracking/MetricsSeries.h"
#include "models/domain/AdSet.h"
#include "models/domain/Campaign.h"

#include <QString>

#include <vector>

namespace cf {

// A campaign as the chooser lists it.
struct DashboardCampaignChoice
{
    qint64 id = 0;
    QString name;
    bool hasResults = false;
};

// Everything the dashboard shows, read in one go on a worker thread with its
// own database connection: the campaigns to choose from and, for the chosen
// one, its plan (estimate, budget, dates), ad sets and every sample.
struct DashboardData
{
    std::vector<DashboardCampaignChoice> campaigns;
    qint64 campaignId = 0; // 0: there is no campaign
    Campaign campaign;
    std::vector<AdSet> adSets;
    MetricsSeries series;
    QDateTime lastSampledUtc;
    QString error; // translated; empty when everything was read

    // Reads the database at `path`. campaignId 0 (or one that no longer
    // exists) chooses the first campaign with results, else the first one.
    static DashboardData load(const QString &path, qint64 campaignId);
};

} // namespace cf
