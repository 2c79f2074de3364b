#include "platforms/auth/AuthLog.h"

namespace cf {
// Warnings by default; QT_LOGGING_RULES="cf.auth.info=true" shows the steps.
Q_LOGGING_CATEGORY(lcAuth, "cf.auth", QtWarningMsg)
} // namespace cf
