#pragma once

// Campaigns as a planner would store them, for the list and the screenshots.
#include "models/domain/Campaign.h"

#include <QTimeZone>

namespace cf::test {

inline Campaign sampleCampaign(
    const QString &name, const QDate &start, CampaignStatus status, std::vector<Platform> platforms, qint64 budgetMinor)
{
    Campaign campaign;
    campaign.name = name;
    campaign.instruction = QStringLiteral("Create a campaign: %1").arg(name);
    campaign.type = CampaignType::SalesConversion;
    campaign.objective = Objective::Sales;
    campaign.status = status;
    campaign.theme = QStringLiteral("Ramadan");
    campaign.timeZone = QStringLiteral("Asia/Riyadh");
    campaign.languages = { QStringLiteral("ar"), QStringLiteral("en") };
    campaign.platforms = std::move(platforms);
    campaign.budget.amount = Money { budgetMinor, QStringLiteral("SAR") };
    campaign.startDate = start;
    campaign.endDate = start.addDays(20);
    campaign.createdAt = QDateTime(start.addDays(-7), QTime(10, 0), QTimeZone::utc());
    campaign.updatedAt = campaign.createdAt;
    return campaign;
}

} // namespace cf::test
