#include "platforms/publishing/PublishLog.h"

namespace cf {
Q_LOGGING_CATEGORY(lcPublish, "cf.publish", QtWarningMsg)
} // namespace cf
