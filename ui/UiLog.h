#pragma once

#include <QLoggingCategory>

namespace cf {
// The ui module's one logging category ("campaignforge.ui").
Q_DECLARE_LOGGING_CATEGORY(lcUi)
} // namespace cf
