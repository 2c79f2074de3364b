#include "app/automation/OptimiserLog.h"

namespace cf {

Q_LOGGING_CATEGORY(lcAutomation, "cf.automation", QtInfoMsg)

} // namespace cf
