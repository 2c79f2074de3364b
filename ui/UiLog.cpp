#include "ui/UiLog.h"

namespace cf {
Q_LOGGING_CATEGORY(lcUi, "campaignforge.ui")
} // namespace cf
