#include "platforms/auth/AuthLog.h"

namespace cf {
Q_LOGGING_CATEGORY(lcAuth, "cf.auth")
} // namespace cf
