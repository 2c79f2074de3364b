#pragma once

#include <QLoggingCategory>

namespace cf {

// "cf.publishing": the publishing thread, queue and safety checks (the
// adapters log under "cf.publish"). Target ids, states and error kinds only;
// never tokens or post text.
Q_DECLARE_LOGGING_CATEGORY(lcPublishing)

} // namespace cf
