#pragma once

#include "app/content/text/PhraseBank.h"
#include "app/content/text/PlatformLimits.h"
#include "app/planning/data/PlanningData.h"

#include <memory>

namespace cf {

// The compiled-in tables that review needs to check and rewrite copy: the
// phrase banks, the platforms' text limits and the planning data. Loaded once
// and shared read-only, also with the worker threads that regenerate.
struct ReviewResources
{
    PhraseBank bank;
    PlatformLimits limits;
    PlanningData planning;

    // nullptr with *error set when a table fails to load (a broken build).
    static std::shared_ptr<const ReviewResources> loadBuiltIn(QString *error);
};

} // namespace cf
