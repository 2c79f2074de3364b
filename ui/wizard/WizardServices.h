#pragma once

#include "app/workflow/PlanningResources.h"

#include <QString>

#include <memory>

namespace cf {
class Clock;
class Database;

// What the campaign wizard works with, given by its owner (the Campaigns
// page, which got it from the composition root). All must outlive the wizard.
struct WizardServices
{
    const Database &database;
    const Clock &clock;
    QString assetsDir;
    // Null when the planning tables could not be loaded; the wizard says so.
    std::shared_ptr<const PlanningResources> resources;
    QString resourcesError;
    // Make images, voice-overs and videos after the copy (tests may skip it).
    bool generateMedia = true;
};

} // namespace cf
