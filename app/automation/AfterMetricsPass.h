#pragma once

#include "app/automation/Optimiser.h"

namespace cf {
class AppSettings;

// The hook for the tracking worker: after each metrics pass, optimise every
// AI-optimised campaign that is scheduled or active, each with its limits
// from the settings. Loads the planning tables (quiet hours, spacing, ad
// minimums) itself; a failure to load them is reported as InvalidData with
// the translated reason. Runs on the caller's thread and database connection.
StoreResult<std::vector<OptimisationReport>> optimiseAfterMetricsPass(const Database &db, const Clock &clock,
                                                                      const AppSettings &settings);

} // namespace cf
