#include "app/publishing/PublishingLog.h"

namespace cf {

Q_LOGGING_CATEGORY(lcPublishing, "cf.publishing", QtWarningMsg)

} // namespace cf
