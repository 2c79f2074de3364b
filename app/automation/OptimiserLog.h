#pragma once

#include <QLoggingCategory>

namespace cf {

// "cf.automation": the AI-optimised level (best hours, schedule and budget
// moves, undo). Ids, hours and amounts only; never post text or tokens.
Q_DECLARE_LOGGING_CATEGORY(lcAutomation)

} // namespace cf
